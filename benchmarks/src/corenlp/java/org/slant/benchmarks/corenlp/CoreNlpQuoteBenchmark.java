package org.slant.benchmarks.corenlp;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
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
import org.slant.features.sourcing.Sourcing;
import org.slant.features.text.TextLayer;
import org.slant.ingest.Article;
import org.slant.ingest.ArticleSource;
import org.slant.ingest.FieldMapping;
import org.slant.ingest.Ingest;
import org.slant.ingest.IngestException;
import org.slant.ingest.IngestOptions;
import org.slant.ingest.IngestResult;

/**
 * Stanford CoreNLP's quote annotator against Slant's sourcing, in one JMH run on the same real articles (the
 * first {@value #ARTICLES} of ABP dev, read at run time). Built only with {@code -Pcorenlp} (CoreNLP is GPL and
 * its models take about 500 MB). {@code tool}: {@code corenlp-quotes} is tokenize, ssplit and quote with
 * attribution off (quote marks only); {@code slant} is Slant's whole sourcing analysis (attributions with
 * sources, cues and speakers, text layer included). Time per article.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-XX:ActiveProcessorCount=1", "-Xmx4g"})
public class CoreNlpQuoteBenchmark {
    static final int ARTICLES = 200;

    /** Which tool runs. */
    @Param({"corenlp-quotes", "slant"})
    public String tool;

    private final List<Article> articles = new ArrayList<>();
    private StanfordCoreNLP pipeline;
    private Sourcing sourcing;
    private int next;

    @Setup
    public void setUp() throws IngestException {
        Path corpus = Path.of(System.getProperty("slant.abp", "../shared/data/abp/dev.jsonl.gz"));
        if (!Files.isRegularFile(corpus)) {
            throw new IllegalStateException("skipped: ../shared/data not found (looked for " + corpus.toAbsolutePath()
                    + "; set -Dslant.abp=FILE)");
        }
        IngestOptions options = IngestOptions.defaults().withMapping(FieldMapping.parse("domain=outlet_host"));
        try (ArticleSource source = Ingest.open(corpus, options)) {
            for (IngestResult r : (Iterable<IngestResult>) source.results()::iterator) {
                if (r instanceof IngestResult.Accepted a && articles.size() < ARTICLES) {
                    articles.add(a.article());
                }
            }
        }
        if (tool.equals("slant")) {
            sourcing = Sourcing.standard();
        } else {
            Properties p = new Properties();
            p.setProperty("annotators", "tokenize,ssplit,quote");
            p.setProperty("quote.attributeQuotes", "false");
            pipeline = new StanfordCoreNLP(p);
        }
    }

    @Benchmark
    public Object perArticle() {
        Article a = articles.get(next);
        next = (next + 1) % articles.size();
        if (sourcing != null) {
            return sourcing.analyze(a, TextLayer.of(a));
        }
        CoreDocument doc = new CoreDocument(a.text());
        pipeline.annotate(doc);
        return doc.quotes();
    }
}
