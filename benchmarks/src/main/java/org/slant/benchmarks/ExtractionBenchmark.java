package org.slant.benchmarks;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.dankito.readability4j.Readability4J;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.slant.ingest.IngestResult;
import org.slant.ingest.html.HtmlExtractor;
import org.slant.ingest.html.PageSource;

/**
 * Time to turn one saved page (already a String) into article text: parse plus extraction, one page per
 * call, rotating through the AEB dev pages. Sample mode gives the distribution of per-page times, so
 * the median (p0.50) is the median milliseconds per page. The same pages go through Slant,
 * readability4j 1.0.8 and boilerpipe 1.2.2 ({@code ArticleExtractor}) in the same run; the
 * {@code bucket} parameter restricts the pages to a size tercile.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:ActiveProcessorCount=1", "-Xmx1g"})
public class ExtractionBenchmark {

    /** Which extractor runs. */
    @Param({"slant", "readability4j", "boilerpipe"})
    public String extractor;

    /** Which pages: all, or a size tercile. */
    @Param({"all", "small", "medium", "large"})
    public String bucket;

    private List<AebPages.Page> pages;
    private int next;
    private final HtmlExtractor slant = HtmlExtractor.standard();

    @Setup(Level.Trial)
    public void load() {
        pages = AebPages.load(bucket);
        next = 0;
    }

    @Benchmark
    public void extractOnePage(Blackhole bh) throws BoilerpipeProcessingException {
        AebPages.Page page = pages.get(next);
        next = next + 1 == pages.size() ? 0 : next + 1;
        switch (extractor) {
            case "slant" -> {
                IngestResult r = slant.extract(page.html(), PageSource.ofFile(page.id(), page.id()));
                bh.consume(r instanceof IngestResult.Accepted a ? a.article().bodyText() : r);
            }
            case "readability4j" -> bh.consume(new Readability4J("https://example.org/" + page.id(), page.html())
                    .parse().getTextContent());
            case "boilerpipe" -> bh.consume(ArticleExtractor.INSTANCE.getText(page.html()));
            default -> throw new IllegalStateException("unknown extractor " + extractor);
        }
    }
}
