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

    private static final PrintStream NULL = new PrintStream(OutputStream.nullOutputStream());

    /**
     * Runs {@code work} with {@code System.err} silenced: some Weka classifiers print progress and
     * warnings there. Serialised, because {@code System.err} is global.
     */
    @SuppressWarnings("java:S112")
    public static synchronized <T> T quietly(WekaCall<T> work) throws Exception {
        init();
        PrintStream saved = System.err;
        System.setErr(NULL);
        try {
            return work.call();
        } finally {
            System.setErr(saved);
        }
    }

    /** A call into Weka, whose API throws {@link Exception}; callers wrap it in AnalysisException. */
    @FunctionalInterface
    public interface WekaCall<T> {
        T call() throws Exception;
    }
}
