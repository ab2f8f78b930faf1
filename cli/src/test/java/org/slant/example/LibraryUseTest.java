package org.slant.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.analysis.ArticleTables;
import org.slant.analysis.classify.ClassifierSpec;
import org.slant.analysis.classify.Classifiers;
import org.slant.analysis.classify.CrossValidation;
import org.slant.analysis.classify.Evaluation;
import org.slant.analysis.classify.GroupBy;
import org.slant.analysis.stats.FeatureComparison;
import org.slant.analysis.stats.OutletStatistics;
import org.slant.analysis.stats.StatsConfig;
import org.slant.analysis.table.FeatureTable;
import org.slant.cli.batch.InMemoryRun;
import org.slant.cli.batch.RunConfig;
import org.slant.features.ArticleFeatures;
import org.slant.features.Features;
import org.slant.ingest.Article;
import org.slant.ingest.ArticleSource;
import org.slant.ingest.FieldMapping;
import org.slant.ingest.Ingest;
import org.slant.ingest.IngestOptions;
import org.slant.ingest.IngestResult;

/**
 * What research code does with Slant, using only the public API (this package is outside every module's):
 * read a JSONL corpus, extract features, evaluate a classifier with folds grouped by outlet, compare the
 * outlets, write the report. {@link #researchScript} is the part a researcher writes.
 */
class LibraryUseTest {
    @TempDir
    Path dir;

    /** The twenty-odd lines of a research script. */
    private Result researchScript(Path corpus, Path out) throws Exception {
        IngestOptions options = IngestOptions.defaults().withMapping(FieldMapping.parse("outlet=source,label=leaning"));
        List<Article> articles = new ArrayList<>();
        try (ArticleSource source = Ingest.open(corpus, options)) {
            for (IngestResult r : (Iterable<IngestResult>) source.results()::iterator) {
                if (r instanceof IngestResult.Accepted a) {
                    articles.add(a.article());
                }
            }
        }
        Features features = Features.standard();
        List<ArticleFeatures> values = articles.stream().map(features::extract).toList();
        FeatureTable table = ArticleTables.fromFeatures(ArticleTables.featureSetName(features), features.specs(),
                articles, values);
        Evaluation eval = Classifiers.crossValidate(table, ClassifierSpec.defaults().get("logistic"),
                CrossValidation.grouped(3, GroupBy.OUTLET), 42L);
        List<FeatureComparison> outlets = OutletStatistics.compare(table, StatsConfig.defaults());
        Path report = InMemoryRun.report(articles, List.of(), Map.of(corpus.getFileName().toString(), "sha256-of-input"),
                RunConfig.defaults(), "example", out);
        return new Result(articles, table, eval, outlets, report);
    }

    private record Result(List<Article> articles, FeatureTable table, Evaluation eval, List<FeatureComparison> outlets,
            Path report) {}

    @Test
    void aResearchScriptRunsTheWholeAnalysisThroughThePublicApi() throws Exception {
        Path corpus = dir.resolve("corpus.jsonl");
        Files.write(corpus, corpusLines());
        Result r = researchScript(corpus, dir.resolve("out"));

        assertEquals(36, r.articles().size());
        assertEquals(36, r.table().rows().size());
        assertTrue(r.table().columnNames().contains("sourcing.anonymous_share"), r.table().columnNames().toString());
        // every labelled article predicted once, by a model that never saw its outlet
        assertEquals(36, r.eval().predictions().size());
        assertEquals(List.of("left", "right"), r.eval().classes());
        assertTrue(r.eval().macroF1() >= 0 && r.eval().macroF1() <= 1);
        FeatureComparison anonymous = r.outlets().stream()
                .filter(c -> c.feature().equals("sourcing.anonymous_share")).findFirst().orElseThrow();
        assertEquals(6, anonymous.outlets().size());
        assertTrue(anonymous.tested(), anonymous.note());
        String html = Files.readString(r.report());
        for (String outlet : List.of("Left Daily", "Right Times", "The &lt;Centre&gt; Post")) {
            assertTrue(html.contains(outlet), outlet);
        }
        assertFalse(html.contains("<Centre>"), "outlet names are escaped");
    }

    /** Six outlets, six articles each; left outlets lean on anonymous activists, right ones on named officials. */
    private static List<String> corpusLines() {
        String[][] outlets = {{"Left Daily", "left"}, {"Left Weekly", "left"}, {"The <Centre> Post", "left"},
            {"Right Times", "right"}, {"Right Herald", "right"}, {"Right Wire", "right"}};
        String[] topics = {"the river dam", "school funding", "the port strike", "a tax plan", "the border fence",
            "rail fares"};
        List<String> lines = new ArrayList<>();
        for (String[] o : outlets) {
            boolean left = o[1].equals("left");
            for (int i = 0; i < topics.length; i++) {
                String body = left
                        ? "Activists say " + topics[i] + " will hurt families. \"This is a scandal,\" one organiser said. "
                                + "Critics claimed the plan was rushed, according to campaigners who asked not to be named."
                        : "Minister Jane Holt said " + topics[i] + " would go ahead. \"We are delivering,\" Holt told "
                                + "reporters on Tuesday. Officials said the costs were within budget.";
                lines.add(String.format("{\"id\":\"%s-%d\",\"source\":\"%s\",\"leaning\":\"%s\",\"title\":\"On %s\","
                        + "\"text\":\"%s\"}", o[0].replaceAll("\\W", "").toLowerCase(), i, o[0], o[1], topics[i],
                        body.replace("\"", "\\\"")));
            }
        }
        return lines;
    }
}
