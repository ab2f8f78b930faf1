package org.slant.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code slant} command: offline batches over news corpora. Only {@link #main} exits the JVM. */
@Command(
        name = "slant",
        mixinStandardHelpOptions = true,
        versionProvider = SlantCli.Version.class,
        description = "Measures how news outlets frame the same events.",
        subcommands = {
            IngestCommand.class,
            AttributionsCommand.class,
            ExtractCommand.class,
            DemoCommand.class,
            RunCommand.class,
            ConfigCommand.class,
            EvaluateCommand.class,
            TrainCommand.class,
            PredictCommand.class,
            CompareCommand.class,
            StoriesCommand.class,
            ReportCommand.class,
            LoadedWordsCommand.class,
            TrainWordsCommand.class,
            CommandLine.HelpCommand.class
        })
public final class SlantCli implements Runnable {

    /** Exit code for success. */
    public static final int OK = 0;
    /** Exit code for a failure while running. */
    public static final int FAILURE = 1;
    /** Exit code for bad usage. */
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
    }

    /**
     * Runs the command line and exits with its code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /**
     * Runs the command line without exiting.
     *
     * @param args the command line
     * @return the exit code: {@link #OK}, or non-zero on a usage or run error
     */
    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new SlantCli());
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            line.getErr().println(line.getCommandSpec().qualifiedName() + ": " + message(ex));
            return FAILURE;
        });
        return cl.execute(args);
    }

    /** One line for an exception that escaped a command; file system errors name the file and the reason. */
    static String message(Exception ex) {
        if (ex instanceof java.nio.file.NoSuchFileException e) {
            return e.getFile() + ": no such file or directory";
        }
        if (ex instanceof java.nio.file.AccessDeniedException e) {
            return e.getFile() + ": permission denied";
        }
        if (ex instanceof java.nio.file.FileSystemException e) {
            return e.getFile() + ": " + (e.getReason() != null ? e.getReason() : ex.getClass().getSimpleName());
        }
        return ex.getMessage() != null ? ex.getMessage() : ex.getClass().getSimpleName();
    }

    /** The version, read from the jar's build properties. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"slant " + version()};
        }
    }

    /**
     * Slant's version as built.
     *
     * @return the version, or "unknown" outside a built jar
     */
    public static String version() {
        try (InputStream in = SlantCli.class.getResourceAsStream("/slant-version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
