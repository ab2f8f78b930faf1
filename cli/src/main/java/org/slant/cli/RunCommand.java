package org.slant.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.slant.cli.batch.BatchRun;
import org.slant.cli.batch.Progress;
import org.slant.cli.batch.RunConfig;
import org.slant.ingest.IngestException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code slant run}: the batch over a corpus: articles, rejections, the feature table (CSV and ARFF)
 * and provenance in one streaming pass on all cores; then outlet statistics ({@code stats/}), stories
 * ({@code story/}), a classifier when the articles carry labels ({@code model/}), and the report
 * ({@code report/}, {@code report.json}).
 */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = SlantCli.Version.class,
        description = {"Run the batch over a corpus: articles.jsonl.gz, rejects.jsonl, features.csv, features.arff, provenance.json,",
            "stats/, story/, model/ (when labelled), report/index.html and report.json.",
            "Example: slant run --in corpus.jsonl.gz --out run/ --config run.json   (slant config --print-default)"})
final class RunCommand implements Callable<Integer> {

    @Option(names = "--in", required = true, arity = "1..*", paramLabel = "PATH", description = "Input files or directories.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
    Path out;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration JSON (see 'slant config --print-default').")
    Path config;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads; overrides the configuration (0 = all cores).")
    Integer threads;

    @Override
    public Integer call() throws IOException {
        RunConfig cfg;
        try {
            cfg = config == null ? RunConfig.defaults() : RunConfig.fromJson(Files.readString(config, StandardCharsets.UTF_8));
            if (threads != null) {
                cfg = cfg.withThreads(threads);
            }
        } catch (IllegalArgumentException e) {
            System.err.println("slant run: " + e.getMessage());
            return SlantCli.USAGE;
        }
        try {
            BatchRun.Summary summary = new BatchRun(cfg, SlantCli.version()).run(inputs, out, Progress.onTerminal(System.err));
            summary.print(System.err);
            System.err.println("written to " + out);
            return SlantCli.OK;
        } catch (IngestException e) {
            System.err.println("slant run: " + e.getMessage());
            return SlantCli.FAILURE;
        }
    }
}
