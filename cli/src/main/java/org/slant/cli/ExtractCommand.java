package org.slant.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.slant.ingest.Article;
import org.slant.ingest.ArticleJson;
import org.slant.ingest.ArticleSource;
import org.slant.ingest.Ingest;
import org.slant.ingest.IngestException;
import org.slant.ingest.IngestOptions;
import org.slant.ingest.IngestResult;
import org.slant.ingest.InputFormat;
import org.slant.ingest.RejectReason;
import org.slant.ingest.Rejection;
import org.slant.ingest.html.HtmlExtractor;
import org.slant.ingest.html.HtmlOptions;
import org.slant.ingest.html.PageSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code slant extract}: saved HTML pages (and WARC archives) into one {@code <id>.txt} body text and
 * one {@code <id>.json} metadata file per article, the layout the extraction scorers read, plus a
 * {@code rejects.jsonl} and a {@code timings.tsv} (milliseconds per page). The text file holds the
 * body without image captions unless {@code --captions} is given.
 */
@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = SlantCli.Version.class,
        description = {"Extract article text and metadata from HTML pages and WARC files.",
            "Writes <id>.txt (body blocks, one per line) and <id>.json (headline, byline, published, outlet, ...)"
                    + " per article, rejects.jsonl and timings.tsv; <id> is the file name without extensions."})
final class ExtractCommand implements Callable<Integer> {

    @Option(names = "--in", required = true, paramLabel = "DIR_OR_FILE",
            description = "An .html/.htm page, a .warc file (optionally .gz), or a directory of them (recursive).")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write into (created).")
    Path out;

    @Option(names = "--charset", paramLabel = "NAME",
            description = "Decode every HTML page with this charset instead of detecting it.")
    String charset;

    @Option(names = "--time-limit-ms", paramLabel = "MS", description = "Per-page time limit (default ${DEFAULT-VALUE}).")
    long timeLimitMs = HtmlOptions.DEFAULT_TIME_LIMIT_MILLIS;

    @Option(names = "--min-words", paramLabel = "N",
            description = "Reject pages with fewer body words as no article (default ${DEFAULT-VALUE}).")
    int minWords = HtmlOptions.DEFAULT_MIN_BODY_WORDS;

    @Option(names = "--captions", description = "Also write image captions into <id>.txt (they are always in the article's blocks).")
    boolean captions;

    @Option(names = "--max-record-bytes", paramLabel = "N", description = "Reject pages larger than N bytes (default ${DEFAULT-VALUE}).")
    long maxRecordBytes = IngestOptions.DEFAULT_MAX_RECORD_BYTES;

    private final ObjectMapper json = ArticleJson.mapper().copy().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public Integer call() throws IOException {
        HtmlExtractor extractor;
        IngestOptions options;
        try {
            extractor = HtmlExtractor.create(new HtmlOptions(timeLimitMs, charset, minWords));
            options = IngestOptions.defaults().withMaxRecordBytes(maxRecordBytes);
        } catch (IllegalArgumentException e) {
            System.err.println("slant extract: " + e.getMessage());
            return SlantCli.USAGE;
        }
        if (!Files.exists(in)) {
            System.err.println("slant extract: input does not exist: " + in);
            return SlantCli.FAILURE;
        }
        Files.createDirectories(out);
        List<Path> files;
        if (Files.isDirectory(in)) {
            try (Stream<Path> walk = Files.walk(in)) {
                files = walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                        .sorted().toList();
            }
        } else {
            files = List.of(in);
        }
        int accepted = 0;
        Map<RejectReason, Integer> rejected = new TreeMap<>();
        try (Writer rejects = Files.newBufferedWriter(out.resolve("rejects.jsonl"), StandardCharsets.UTF_8);
                Writer timings = Files.newBufferedWriter(out.resolve("timings.tsv"), StandardCharsets.UTF_8)) {
            for (Path file : files) {
                InputFormat format = InputFormat.detect(file.getFileName().toString());
                List<IngestResult> results = new ArrayList<>();
                long t0 = System.nanoTime();
                if (format == InputFormat.HTML) {
                    results.add(extractHtml(extractor, file, options));
                    String ms = String.format(java.util.Locale.ROOT, "%.2f", (System.nanoTime() - t0) / 1e6);
                    timings.write(idOf(file) + "\t" + ms + "\n");
                } else if (format == InputFormat.WARC) {
                    try (ArticleSource source = Ingest.open(file, options.withFormat(InputFormat.WARC));
                            Stream<IngestResult> s = source.results()) {
                        s.forEach(results::add);
                    } catch (IngestException e) {
                        results.add(IngestResult.rejected(file.toString(), 0, RejectReason.UNREADABLE, e.getMessage()));
                    }
                } else {
                    results.add(IngestResult.rejected(file.toString(), 0, RejectReason.UNSUPPORTED_FORMAT,
                            "not an HTML page or WARC file"));
                }
                for (IngestResult r : results) {
                    if (r instanceof IngestResult.Accepted a) {
                        write(a.article());
                        accepted++;
                    } else if (r instanceof IngestResult.Rejected rej) {
                        Rejection x = rej.rejection();
                        rejects.write(ArticleJson.mapper().writeValueAsString(x));
                        rejects.write('\n');
                        rejected.merge(x.reason(), 1, Integer::sum);
                    }
                }
            }
        }
        int total = rejected.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder line = new StringBuilder("extracted " + accepted + " articles, rejected " + total);
        if (total > 0) {
            line.append(" (");
            rejected.forEach((k, v) -> line.append(k.name().toLowerCase(java.util.Locale.ROOT)).append(' ').append(v).append(", "));
            line.setLength(line.length() - 2);
            line.append(")");
        }
        System.out.println(line + " -> " + out);
        return SlantCli.OK;
    }

    private static IngestResult extractHtml(HtmlExtractor extractor, Path file, IngestOptions options) {
        String origin = file.toString();
        byte[] bytes;
        try (InputStream raw = Files.newInputStream(file);
                InputStream body = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxRecordBytes() + 1));
        } catch (IOException e) {
            return IngestResult.rejected(origin, 0, RejectReason.UNREADABLE, e.toString());
        }
        if (bytes.length > options.maxRecordBytes()) {
            return IngestResult.rejected(origin, 0, RejectReason.OVERSIZED,
                    "page is larger than the limit of " + options.maxRecordBytes() + " bytes");
        }
        return extractor.extract(bytes, PageSource.ofFile(idOf(file), origin));
    }

    /**
     * The file name without its {@code .gz} and page extension. Only known extensions are cut, so
     * {@code blog.python.org.html.gz} gives {@code blog.python.org}.
     */
    static String idOf(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
            lower = lower.substring(0, lower.length() - 3);
        }
        for (String ext : new String[] {".html", ".htm", ".xhtml", ".warc", ".arc"}) {
            if (lower.endsWith(ext) && lower.length() > ext.length()) {
                return name.substring(0, name.length() - ext.length());
            }
        }
        return name;
    }

    /**
     * The body text, one block per line: {@link Article#bodyText()}, less captions unless
     * {@code --captions} is given (the extraction benchmarks' annotations leave captions out; the
     * article keeps them as {@code CAPTION} blocks either way).
     */
    String runningText(Article a) {
        if (captions) {
            return a.bodyText();
        }
        StringBuilder sb = new StringBuilder(a.text().length());
        for (org.slant.ingest.Block b : a.blocks()) {
            if (b.kind().isBody() && b.kind() != org.slant.ingest.BlockKind.CAPTION) {
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                sb.append(a.text(), b.start(), b.end());
            }
        }
        return sb.toString();
    }

    private void write(Article a) throws IOException {
        Files.writeString(out.resolve(a.id() + ".txt"), runningText(a) + "\n", StandardCharsets.UTF_8);
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("headline", a.headline());
        meta.put("byline", a.bylines().isEmpty() ? null : String.join(", ", a.bylines()));
        meta.put("published", a.published() == null ? null : a.published().toString());
        // The outlet's name as the page states it; a name made up from the domain is not a stated name.
        boolean stated = !a.outlet().equals(org.slant.ingest.Outlet.UNKNOWN)
                && !a.outlet().name().equals(a.outlet().domain());
        meta.put("outlet", stated ? a.outlet().name() : null);
        meta.put("domain", a.outlet().domain());
        meta.put("url", a.url());
        meta.put("section", a.section());
        meta.put("tags", a.tags());
        meta.put("language", a.language());
        meta.put("standfirst", a.standfirst());
        meta.put("words", a.wordCount());
        meta.put("origin", a.origin());
        try (BufferedWriter w = Files.newBufferedWriter(out.resolve(a.id() + ".json"), StandardCharsets.UTF_8)) {
            json.writeValue(w, meta);
        }
    }
}
