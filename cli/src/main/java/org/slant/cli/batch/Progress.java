package org.slant.cli.batch;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress display on a terminal (articles, rate); silent when stderr is not a terminal or
 * in CI, so logs stay clean. Called from one thread.
 */
public final class Progress {
    private final PrintStream err;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private long done;
    private long lastPrint;

    private Progress(PrintStream err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    /**
     * Shows progress when a person is watching: a console is attached and CI is not set.
     *
     * @param err where the progress line goes
     * @return the progress display
     */
    public static Progress onTerminal(PrintStream err) {
        return new Progress(err, System.console() != null && System.getenv("CI") == null);
    }

    /**
     * Shows nothing.
     *
     * @return a progress display that prints nothing
     */
    public static Progress silent() {
        return new Progress(System.err, false);
    }

    void articleDone() {
        done++;
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastPrint > 250_000_000L) {
            lastPrint = now;
            double seconds = (now - start) / 1e9;
            err.printf(Locale.ROOT, "\r%,d articles  %,.0f/s  %.0f s ", done, done / Math.max(seconds, 1e-9), seconds);
        }
    }

    void finish() {
        if (enabled && done > 0) {
            err.print("\r" + " ".repeat(60) + "\r");
        }
    }
}
