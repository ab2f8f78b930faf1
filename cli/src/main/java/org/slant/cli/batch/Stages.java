package org.slant.cli.batch;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Wall-clock and process CPU time of a run's stages, in the order they ran. CPU time is shown beside wall
 * time because on a shared machine wall time alone says little about the work done.
 */
final class Stages {
    /** One stage's times, in seconds. */
    record Time(double wall, double cpu) {}

    private final Map<String, Time> times = new LinkedHashMap<>();
    private long wallMark = System.nanoTime();
    private long cpuMark = cpuNanos();

    /** Ends the current stage under {@code name} and starts the next. */
    void lap(String name) {
        long wall = System.nanoTime();
        long cpu = cpuNanos();
        double cpuSeconds = cpu < 0 || cpuMark < 0 ? Double.NaN : (cpu - cpuMark) / 1e9;
        times.put(name, new Time((wall - wallMark) / 1e9, cpuSeconds));
        wallMark = wall;
        cpuMark = cpu;
    }

    /** Adds the stages of another timer, which just ended, after this one's; the next stage starts now. */
    void addAll(Stages other) {
        times.putAll(other.times);
        wallMark = System.nanoTime();
        cpuMark = cpuNanos();
    }

    /**
     * Records a stage that ran on another thread alongside the ones before it: its wall time only, since
     * process CPU time cannot be split between threads. The current stage's clock is not touched.
     */
    void record(String name, double wallSeconds) {
        times.put(name, new Time(wallSeconds, Double.NaN));
    }

    Map<String, Time> times() {
        return java.util.Collections.unmodifiableMap(times);
    }

    /** E.g. {@code "ingest and features 20.1 s (cpu 38.0 s), statistics 1.2 s (cpu 2.3 s)"}. */
    @Override
    public String toString() {
        StringJoiner j = new StringJoiner(", ");
        times.forEach((name, t) -> j.add(Double.isNaN(t.cpu())
                ? String.format(Locale.ROOT, "%s %.1f s", name, t.wall())
                : String.format(Locale.ROOT, "%s %.1f s (cpu %.1f s)", name, t.wall(), t.cpu())));
        return j.toString();
    }

    /** CPU time of the whole process so far, or −1 where the platform does not tell. */
    private static long cpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
    }
}
