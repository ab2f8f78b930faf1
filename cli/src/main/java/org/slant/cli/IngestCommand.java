package org.slant.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.slant.ingest.ArticleJson;
import org.slant.ingest.ArticleSource;
import org.slant.ingest.FieldMapping;
import org.slant.ingest.Ingest;
import org.slant.ingest.IngestException;
import org.slant.ingest.IngestOptions;
import org.slant.ingest.IngestResult;
import org.slant.ingest.InputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code slant ingest}: reads pages and corpora into article records, writes them as JSONL (stdout or
 * a file), writes every rejection with its reason, and prints a summary with counts per outlet.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true, versionProvider = SlantCli.Version.class,
        description = {"Read pages and corpora into article records.",
            "Inputs: files or directories (recursive) of .txt page dumps, .jsonl/.csv corpora, optionally .gz; '-' for stdin."})
final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or directories to read; '-' reads stdin (needs --format).")
    List<String> inputs = new ArrayList<>();

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Write articles as JSONL to FILE (.gz compresses); default: stdout.")
    Path out;

    @Option(names = "--rejects", paramLabel = "FILE",
            description = "Write rejections as JSONL to FILE; default: rejects.jsonl beside --out, or none with stdout.")
    Path rejects;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Input format instead of detection by file name: ${COMPLETION-CANDIDATES}.")
    InputFormat format;

    @Option(names = "--fields", paramLabel = "SPEC",
            description = "Corpus field mapping, e.g. 'title=headline,outlet=source,domain=outlet_host'. Keys: id, title, text, outlet, domain, date, url, label, authors, extra.")
    String fields;

    @Option(names = "--outlet", paramLabel = "NAME", description = "Outlet name for records that do not name one.")
    String outlet;

    @Option(names = "--max-record-bytes", paramLabel = "N", description = "Reject records larger than N bytes (default ${DEFAULT-VALUE}).")
    long maxRecordBytes = IngestOptions.DEFAULT_MAX_RECORD_BYTES;

    @Option(names = "--pretty", description = "Indent the JSON of each article (for reading, not for JSONL tools).")
    boolean pretty;

    @Option(names = "--count-only", description = "Read everything but write no articles; print the summary only.")
    boolean countOnly;

    @Override
    public Integer call() throws IOException {
        IngestOptions options;
        try {
            options = new IngestOptions(format, fields == null ? FieldMapping.defaults() : FieldMapping.parse(fields),
                    maxRecordBytes, outlet);
        } catch (IllegalArgumentException e) {
            System.err.println("slant ingest: " + e.getMessage());
            return SlantCli.USAGE;
        }
        Path rejectsPath = rejects != null ? rejects
                : out != null ? out.toAbsolutePath().resolveSibling("rejects.jsonl") : null;
        IngestSummary summary = new IngestSummary();
        try (ArticleSource source = open(options);
                Writer articles = countOnly ? Writer.nullWriter()
                        : out == null ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                        : ArticleJson.writer(out);
                Writer rejectWriter = rejectsPath == null ? Writer.nullWriter() : ArticleJson.writer(rejectsPath);
                Stream<IngestResult> results = source.results()) {
            var mapper = pretty ? ArticleJson.mapper().copy().enable(SerializationFeature.INDENT_OUTPUT) : null;
            for (IngestResult r : (Iterable<IngestResult>) results::iterator) {
                summary.add(r);
                if (r instanceof IngestResult.Accepted a) {
                    articles.write(pretty ? mapper.writeValueAsString(a.article()) : ArticleJson.toJson(a.article()));
                    articles.write('\n');
                } else if (r instanceof IngestResult.Rejected rej) {
                    rejectWriter.write(ArticleJson.mapper().writeValueAsString(rej.rejection()));
                    rejectWriter.write('\n');
                    if (rejectsPath == null) {
                        System.err.println("rejected " + rej.rejection());
                    }
                }
            }
            articles.flush();
        } catch (IngestException e) {
            System.err.println("slant ingest: " + e.getMessage());
            return SlantCli.FAILURE;
        }
        summary.print(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        if (rejectsPath != null && summary.rejected() > 0) {
            System.err.println("rejections written to " + rejectsPath);
        }
        return SlantCli.OK;
    }

    private ArticleSource open(IngestOptions options) throws IngestException {
        if (inputs.equals(List.of("-"))) {
            if (options.format() == null) {
                throw new IngestException("reading stdin needs --format");
            }
            return Ingest.open(System.in, "<stdin>", options.format(), options);
        }
        List<Path> paths = inputs.stream().map(Path::of).toList();
        return Ingest.open(paths, options);
    }
}
