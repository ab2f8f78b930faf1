package org.slant.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slant.analysis.table.FeatureTable;
import org.slant.analysis.text.TextFeatureConfig;
import org.slant.analysis.text.Weighting;
import org.slant.features.Features;
import org.slant.ingest.Article;

class ArticleTablesTest {

    static Article seed(String name) throws IOException {
        try (java.io.InputStream in = ArticleTablesTest.class.getResourceAsStream("story/" + name + ".txt")) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return ((org.slant.ingest.IngestResult.Accepted) org.slant.ingest.Ingest.parseTextDump(text, name, name)).article();
        }
    }

    static List<Article> seeds() throws IOException {
        return List.of(seed("almayadeen-trump-putin-budapest"), seed("indiablooms-trump-putin-budapest"));
    }

    @Test
    void framingAndWordFeaturesSitSideBySideWithTheirMeaning() throws Exception {
        List<Article> articles = seeds();
        Features features = Features.standard();
        ArticleTables.Built b = ArticleTables.build(articles::stream, features,
                TextFeatureConfig.words().withVocabulary(2, 1.0, 5000).withWeighting(Weighting.COUNT));
        FeatureTable t = b.table();
        assertEquals(2, t.rows().size());
        assertEquals(features.specs().size() + b.vectorizer().terms().size(), t.columns().size());
        assertTrue(b.vectorizer().terms().size() > 50);
        assertEquals(features.specs().get(0).description(), t.columns().get(0).description());
        assertTrue(t.featureSet().startsWith("slant-features:") && t.featureSet().contains("+words/1-1/count"),
                t.featureSet());
        int trump = t.columnIndex("w:trump");
        assertTrue(t.rows().get(0).values().get(trump) >= 5);
        // the same values as the features module computes directly
        double direct = features.extract(articles.get(1)).values().get(0).value();
        assertEquals(direct, t.rows().get(1).values().get(0));
        // built in one streaming pass, or from the features module's records joined with the words: the same
        assertEquals(t, rebuilt(t, features, articles, b));
    }

    private static FeatureTable rebuilt(FeatureTable t, Features features, List<Article> articles, ArticleTables.Built b) {
        FeatureTable framing = ArticleTables.fromFeatures(ArticleTables.featureSetName(features), features.specs(),
                articles, articles.stream().map(features::extract).toList());
        FeatureTable words = b.vectorizer().table(articles.stream().map(org.slant.analysis.text.TextDoc::of).toList());
        FeatureTable joined = framing.join(words);
        return new FeatureTable(t.featureSet(), joined.columns(), joined.rows());
    }
}
