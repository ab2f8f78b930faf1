package org.slant.analysis.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Prepares the JVM before any Weka class loads: Weka's package manager would otherwise create
 * {@code ~/wekafiles} and scan it for plug-ins. {@code WEKA_HOME} is pointed at a private temporary
 * directory (deleted on exit) and package loading is switched off. Idempotent and thread-safe.
 */
public final class WekaRuntime {
    private static volatile Path home;

    private WekaRuntime() {}

    /** Call before touching any {@code weka.*} class. */
    public static synchronized void init() {
        if (home != null) {
            return;
        }
        try {
            Path dir = Files.createTempDirectory("slant-weka-");
            dir.toFile().deleteOnExit();
            if (System.getProperty("WEKA_HOME") == null) {
                System.setProperty("WEKA_HOME", dir.toString());
            }
            System.setProperty("weka.packageManager.loadPackages", "false");
            System.setProperty("weka.core.loadPackages", "false");
            System.setProperty("weka.packageManager.offline", "true");
            System.setProperty("weka.pluginManager.disable", "true");
            home = Path.of(System.getProperty("WEKA_HOME"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary WEKA_HOME", e);
        }
    }

    /** The directory Weka was told to use as its home. */
    public static Path home() {
        init();
        return home;
    }

    /** How deep each thread is inside {@link #quietly}; only those threads are silenced. */
    private static final ThreadLocal<int[]> QUIET_DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    /**
     * Runs {@code work} with {@code System.err} silenced for the calling thread: some Weka classifiers
     * print progress and warnings there. Other threads keep printing (progress, log lines), and calls on
     * different threads run concurrently, so cross-validation folds can train side by side.
     */
    @SuppressWarnings("java:S112")
    public static <T> T quietly(WekaCall<T> work) throws Exception {
        init();
        routeErr();
        int[] depth = QUIET_DEPTH.get();
        depth[0]++;
        try {
            return work.call();
        } finally {
            depth[0]--;
        }
    }

    /** Puts a per-thread filter in front of whatever {@code System.err} is now (once per stream set). */
    private static synchronized void routeErr() {
        if (!(System.err instanceof PerThreadErr)) {
            System.setErr(new PerThreadErr(System.err));
        }
    }

    private static boolean silenced() {
        return QUIET_DEPTH.get()[0] > 0;
    }

    /** {@code System.err} that drops what threads inside {@link #quietly} write and passes on the rest. */
    private static final class PerThreadErr extends PrintStream {
        PerThreadErr(PrintStream target) {
            super(new OutputStream() {
                @Override
                public void write(int b) {
                    if (!silenced()) {
                        target.write(b);
                    }
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    if (!silenced()) {
                        target.write(b, off, len);
                    }
                }

                @Override
                public void flush() {
                    if (!silenced()) {
                        target.flush();
                    }
                }
            }, true);
        }
    }

    /** A call into Weka, whose API throws {@link Exception}; callers wrap it in AnalysisException. */
    @FunctionalInterface
    public interface WekaCall<T> {
        T call() throws Exception;
    }
}
