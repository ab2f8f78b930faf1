package org.slant.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.slant.cli.batch.RunConfig;
import org.slant.ingest.ArticleJson;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code slant config}: prints the default batch configuration, or checks a configuration file. */
@Command(name = "config", mixinStandardHelpOptions = true, versionProvider = SlantCli.Version.class,
        description = "Print the default batch configuration, or check a configuration file.")
final class ConfigCommand implements Callable<Integer> {

    static final class Mode {
        @Option(names = "--print-default", required = true, description = "Print the default configuration as JSON.")
        boolean printDefault;

        @Option(names = "--check", required = true, paramLabel = "FILE", description = "Validate a configuration file and print it in canonical form.")
        Path check;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Mode mode;

    @Override
    public Integer call() throws IOException {
        RunConfig cfg;
        if (mode.printDefault) {
            cfg = RunConfig.defaults();
        } else {
            try {
                cfg = RunConfig.fromJson(Files.readString(mode.check, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                System.err.println("slant config: " + mode.check + ": " + e.getMessage());
                return SlantCli.FAILURE;
            }
        }
        var mapper = ArticleJson.mapper().copy().enable(SerializationFeature.INDENT_OUTPUT);
        System.out.println(mapper.writeValueAsString(mapper.readTree(cfg.toJson())));
        return SlantCli.OK;
    }
}
