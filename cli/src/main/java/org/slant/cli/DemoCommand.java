package org.slant.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.slant.cli.batch.InMemoryRun;
import org.slant.cli.batch.Provenance;
import org.slant.cli.batch.RunConfig;
import org.slant.ingest.Article;
import org.slant.ingest.ArticleJson;
import org.slant.ingest.BlockKind;
import org.slant.ingest.Ingest;
import org.slant.ingest.IngestResult;
import org.slant.ingest.RemovalReason;
import org.slant.ingest.Rejection;
import org.slant.ingest.RemovedBlock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code slant demo}: the main job on the bundled sample, two pages of the same story from two outlets.
 * Writes the article records, rejections, provenance and the full report (statistics, the story side by
 * side with highlights, {@code report/index.html}, {@code report.json}) to the output directory, prints a
 * readable account of each record and the report's path.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = SlantCli.Version.class,
        description = "Run Slant on the bundled sample: two outlets' pages of the same story.")
final class DemoCommand implements Callable<Integer> {

    /** The bundled sample pages, in the order they are read. */
    static final List<String> SAMPLE = List.of("almayadeen-trump-putin-budapest.txt", "indiablooms-trump-putin-budapest.txt");

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Output directory (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("slant-demo");

    @Override
    public Integer call() throws IOException {
        Files.createDirectories(out);
        List<Article> articles = new ArrayList<>();
        List<String> rejects = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        Map<String, String> inputs = new TreeMap<>();
        for (String name : SAMPLE) {
            byte[] bytes = sample(name);
            inputs.put("sample/" + name, Provenance.sha256(bytes));
            IngestResult r = Ingest.parseTextDump(new String(bytes, StandardCharsets.UTF_8),
                    Ingest.idOf(Path.of(name)), "sample/" + name);
            if (r instanceof IngestResult.Accepted a) {
                articles.add(a.article());
            } else if (r instanceof IngestResult.Rejected rej) {
                rejects.add(ArticleJson.mapper().writeValueAsString(rej.rejection()));
                rejections.add(rej.rejection());
            }
        }
        ArticleJson.writeAll(out.resolve("articles.jsonl"), articles);
        Files.write(out.resolve("rejects.jsonl"), rejects, StandardCharsets.UTF_8);
        RunConfig config = RunConfig.defaults();
        Provenance.write(out.resolve("provenance.json"), SlantCli.version(), "demo", config.toJson(), inputs, config.seed());
        PrintStream o = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        for (Article a : articles) {
            describe(a, o);
        }
        Path index = InMemoryRun.report(articles, rejections, inputs, config, SlantCli.version(), out);
        o.printf("%d articles, %d rejected; records in %s%n", articles.size(), rejects.size(), out.resolve("articles.jsonl"));
        o.println("report: " + index);
        return SlantCli.OK;
    }

    private static byte[] sample(String name) throws IOException {
        try (InputStream in = DemoCommand.class.getResourceAsStream("sample/" + name)) {
            if (in == null) {
                throw new IOException("the bundled sample " + name + " is missing from the jar");
            }
            return in.readAllBytes();
        }
    }

    /** A person-readable account of one record. */
    static void describe(Article a, PrintStream o) {
        o.println("== " + a.id());
        o.println("outlet     " + a.outlet().name() + (a.outlet().domain() == null ? "" : " (" + a.outlet().domain() + ")"));
        o.println("headline   " + a.headline());
        if (a.standfirst() != null) {
            o.println("standfirst " + a.standfirst());
        }
        o.println("published  " + (a.published() == null ? "-" : a.published()));
        o.println("bylines    " + String.join("; ", a.bylines()));
        a.credits().forEach(c -> o.println("credit     " + c.kind().name().toLowerCase(java.util.Locale.ROOT) + ": " + c.agency() + "  [" + c.text() + "]"));
        o.println("tags       " + String.join(", ", a.tags()));
        o.println("language   " + (a.language() == null ? "-" : a.language()));
        Map<BlockKind, Integer> kinds = new TreeMap<>();
        a.blocks().forEach(b -> kinds.merge(b.kind(), 1, Integer::sum));
        o.println("blocks     " + kinds + ", " + a.wordCount() + " words");
        for (var b : a.blocksOf(BlockKind.BLURB)) {
            o.println("  blurb    " + abbreviate(a.textOf(b), 100));
        }
        Map<RemovalReason, Integer> removed = new TreeMap<>();
        a.removed().forEach(r -> removed.merge(r.reason(), 1, Integer::sum));
        o.println("removed    " + removed);
        a.removed().stream().filter(r -> r.reason() == RemovalReason.TICKER || r.reason() == RemovalReason.CLOCK)
                .map(RemovedBlock::text).limit(3).forEach(t -> o.println("  e.g.     " + abbreviate(t, 100)));
        o.println();
    }

    static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
