package org.slant.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.slant.features.FeatureExtractor;
import org.slant.features.Features;
import org.slant.features.text.TextLayer;
import org.slant.ingest.Article;
import org.slant.ingest.ArticleSource;
import org.slant.ingest.FieldMapping;
import org.slant.ingest.Ingest;
import org.slant.ingest.IngestException;
import org.slant.ingest.IngestOptions;
import org.slant.ingest.IngestResult;

/**
 * The feature-extraction core on real news articles: the first {@value #ARTICLES} articles of the ABP dev
 * corpus ({@code ../shared/data/abp/dev.jsonl.gz}, read at run time, never shipped), cycled. {@code part}
 * picks what runs per article: {@code layer} builds the shared text layer; {@code sourcing},
 * {@code loaded} and {@code blurbs} run one extractor on a prebuilt layer; {@code all} is
 * {@code Features.standard().extract(article)}, layer included, as the batch runs it. Time per article;
 * the set-up prints the mean article size so that MB/s = size / time.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:ActiveProcessorCount=1", "-Xmx1g"})
public class FeatureSetBenchmark {
    static final int ARTICLES = 500;

    /** What runs per article. */
    @Param({"layer", "sourcing", "loaded", "blurbs", "all"})
    public String part;

    private final List<Article> articles = new ArrayList<>();
    private final List<TextLayer> layers = new ArrayList<>();
    private Features features;
    private FeatureExtractor extractor;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws IngestException {
        Path corpus = corpus();
        if (!Files.isRegularFile(corpus)) {
            throw new IllegalStateException("skipped: ../shared/data not found (looked for " + corpus.toAbsolutePath()
                    + "; set -Dslant.abp=FILE)");
        }
        IngestOptions options = IngestOptions.defaults().withMapping(FieldMapping.parse("domain=outlet_host"));
        try (ArticleSource source = Ingest.open(corpus, options)) {
            for (IngestResult r : (Iterable<IngestResult>) source.results()::iterator) {
                if (r instanceof IngestResult.Accepted a) {
                    articles.add(a.article());
                    if (articles.size() == ARTICLES) {
                        break;
                    }
                }
            }
        }
        long bytes = 0;
        for (Article a : articles) {
            layers.add(TextLayer.of(a));
            bytes += a.text().getBytes(StandardCharsets.UTF_8).length;
        }
        features = Features.standard();
        extractor = features.extractors().stream().filter(e -> e.name().equals(part)).findFirst().orElse(null);
        System.out.printf("%n%d ABP dev articles, mean %.0f bytes of text%n", articles.size(),
                (double) bytes / articles.size());
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        articles.clear();
        layers.clear();
    }

    static Path corpus() {
        String configured = System.getProperty("slant.abp");
        if (configured != null) {
            return Path.of(configured);
        }
        for (String candidate : List.of("../shared/data/abp/dev.jsonl.gz", "../../shared/data/abp/dev.jsonl.gz")) {
            if (Files.isRegularFile(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        return Path.of("../shared/data/abp/dev.jsonl.gz");
    }

    @Benchmark
    public Object perArticle() {
        int i = next;
        next = (next + 1) % articles.size();
        Article a = articles.get(i);
        return switch (part) {
            case "layer" -> TextLayer.of(a);
            case "all" -> features.extract(a);
            default -> extractor.extract(a, layers.get(i));
        };
    }
}
