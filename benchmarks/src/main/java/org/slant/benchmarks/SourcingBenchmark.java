package org.slant.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.slant.features.sourcing.Sourcing;
import org.slant.features.sourcing.SourcingExtractor;
import org.slant.features.text.TextLayer;
import org.slant.ingest.Article;
import org.slant.ingest.BlockKind;

/**
 * Sourcing on 5 KB news-like articles assembled (seed 42) from attribution-rich paragraphs: direct quotes
 * with "he said", reported speech, "according to", inversions, anonymous sources, pronouns. Reports time per
 * article; articles/s = 1e6 / µs. {@code layer}: the shared text layer alone; {@code sourcing}: attribution,
 * speaker and credit finding on a prebuilt layer; {@code layerAndSourcing}: both; {@code features}: the
 * sourcing feature extractor on a prebuilt layer.
 *
 * <p>{@code corpus=polnear} runs the same on the 84 PolNeAR dev texts (real political news, median 3.9 KB),
 * read at run time from {@code ../shared/data/polnear/dev/text} (or {@code -Dslant.polnear.dir=DIR}); the
 * evaluation data is never copied into the project. {@link #articleBytes} is then the mean size.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:ActiveProcessorCount=1", "-Xmx1g"})
public class SourcingBenchmark {

    private static final String[] PARAGRAPHS = {
        "US President Donald Trump said on Thursday that he and Russian President Vladimir Putin had agreed to "
            + "meet in Budapest, following what he described as a \u201Cvery productive\u201D phone call.",
        "\u201CI believe great progress was made with today\u2019s telephone conversation,\u201D Trump wrote, "
            + "noting that the talks would be followed by lower-level meetings next week.",
        "Russian presidential aide Yury Ushakov told reporters in Moscow that both sides highlighted the "
            + "\u201Cdeep mutual sympathies of the peoples of both countries.\u201D",
        "According to Ushakov, the Russian president told his US counterpart that new missiles would not change "
            + "the situation on the frontlines but would damage relations.",
        "The summit marks one of the most direct diplomatic engagements between Washington and Moscow since the "
            + "war began, analysts say.",
        "\u201CWe are not going to accept that,\u201D said Sen. Jane Miller, a Democrat from Ohio. \u201CIt is "
            + "simply not how this country works.\u201D",
        "Officials familiar with the talks said the date had not been set, and a source told the newspaper that "
            + "preparations were under way.",
        "IRGC sources tell Al Mayadeen that reports of Iranian missile strikes on northern Iraq are false, "
            + "calling them rumors spread by hostile media.",
        "The ministry, which has repeatedly denied the reports, insisted in a statement that its forces had "
            + "acted within the law.",
        "She later added that the government would review the decision, according to a spokesman.",
        "Prices rose again in October as fuel costs climbed and shipping lanes stayed congested for a third "
            + "straight month across the region.",
        "In a Fox poll released Sunday, Cruz had 38 percent support among likely Republican primary voters.",
    };

    /** Where the articles come from: {@code generated} (seeded, 5 KB each) or {@code polnear} (dev texts). */
    @Param({"generated", "polnear"})
    public String corpus;

    /**
     * {@code rules}: the default; {@code learned}: with the learned cue model ({@link Sourcing#withLearnedCues()});
     * {@code spans}: with the learned span tagger ({@link Sourcing#withLearnedSpans()}).
     */
    @Param({"rules", "learned", "spans"})
    public String cues;

    /** UTF-8 size of each article (the mean for {@code polnear}). */
    public int articleBytes;

    private final List<Article> articles = new ArrayList<>();
    private final List<TextLayer> layers = new ArrayList<>();
    private Sourcing sourcing;
    private SourcingExtractor extractor;
    private int next;

    @Setup
    public void setUp() throws IOException {
        sourcing = switch (cues) {
            case "learned" -> Sourcing.standard().withLearnedCues();
            case "spans" -> Sourcing.standard().withLearnedSpans();
            case "rules" -> Sourcing.standard();
            default -> throw new IllegalArgumentException("cues must be rules, learned or spans: " + cues);
        };
        extractor = SourcingExtractor.of(sourcing);
        if (corpus.equals("polnear")) {
            loadPolnear();
            return;
        }
        SplittableRandom random = new SplittableRandom(42);
        for (int a = 0; a < 16; a++) {
            Article.Builder b = Article.builder("bench-" + a);
            int chars = 0;
            while (chars < 5_000) {
                String p = PARAGRAPHS[random.nextInt(PARAGRAPHS.length)];
                b.block(BlockKind.PARAGRAPH, p);
                chars += p.length() + 2;
            }
            Article article = b.build();
            articles.add(article);
            layers.add(TextLayer.of(article));
        }
        articleBytes = articles.get(0).text().getBytes(StandardCharsets.UTF_8).length;
    }

    private void loadPolnear() throws IOException {
        String configured = System.getProperty("slant.polnear.dir");
        Path dir = Path.of(configured != null ? configured : "../shared/data/polnear/dev/text");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("skipped: " + dir.toAbsolutePath() + " not found (set -Dslant.polnear.dir=DIR)");
        }
        long bytes = 0;
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            bytes += text.getBytes(StandardCharsets.UTF_8).length;
            Article.Builder b = Article.builder(f.getFileName().toString());
            for (String line : text.split("\n")) {
                if (!line.isBlank()) {
                    b.block(BlockKind.PARAGRAPH, line.strip());
                }
            }
            Article article = b.build();
            articles.add(article);
            layers.add(TextLayer.of(article));
        }
        articleBytes = (int) (bytes / Math.max(1, files.size()));
    }

    private int pick() {
        next = next + 1 >= articles.size() ? 0 : next + 1;
        return next;
    }

    @Benchmark
    public void layer(Blackhole bh) {
        bh.consume(TextLayer.of(articles.get(pick())));
    }

    @Benchmark
    public void sourcing(Blackhole bh) {
        int i = pick();
        bh.consume(sourcing.analyze(articles.get(i), layers.get(i)));
    }

    @Benchmark
    public void layerAndSourcing(Blackhole bh) {
        Article a = articles.get(pick());
        bh.consume(sourcing.analyze(a, TextLayer.of(a)));
    }

    @Benchmark
    public void features(Blackhole bh) {
        int i = pick();
        bh.consume(extractor.extract(articles.get(i), layers.get(i)));
    }
}
