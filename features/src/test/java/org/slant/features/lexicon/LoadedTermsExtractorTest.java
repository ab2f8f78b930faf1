package org.slant.features.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.slant.features.ArticleFeatures;
import org.slant.features.Evidence;
import org.slant.features.FeatureValue;
import org.slant.features.Features;
import org.slant.features.text.TextLayer;
import org.slant.ingest.Article;
import org.slant.ingest.BlockKind;

class LoadedTermsExtractorTest {
    private final LoadedTermsExtractor extractor = LoadedTermsExtractor.standard();

    private static final Article ARTICLE = Article.builder("a1").headline("Regime 'thugs' slammed")
            .block(BlockKind.PARAGRAPH, "Russian forces shelled Kiev on Monday, officials claimed.")
            .block(BlockKind.PARAGRAPH, "\"These thugs are criminals,\" the mayor said. The regime denied it.")
            .block(BlockKind.PARAGRAPH, "Witnesses said the strike was not reckless but deliberate; the ministry admitted it.")
            .block(BlockKind.BLURB, "Support our outrageous, radical, shameless journalism.")
            .build();

    private List<FeatureValue> values() {
        return extractor.extract(ARTICLE, TextLayer.of(ARTICLE));
    }

    private FeatureValue value(String name) {
        return values().stream().filter(v -> v.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name));
    }

    @Test
    void oneValuePerSpecInSpecOrder() {
        List<FeatureValue> v = values();
        assertEquals(extractor.specs().size(), v.size());
        for (int i = 0; i < v.size(); i++) {
            assertEquals(extractor.specs().get(i).name(), v.get(i).name());
        }
    }

    @Test
    void quotedAndNarratorHitsAreCountedApartPerThousandWords() {
        FeatureValue quoted = value("loaded.charged.quoted_per_1k");
        assertEquals(1, quoted.evidence().size());
        Evidence e = quoted.evidence().get(0);
        assertEquals("thugs", ARTICLE.text().substring(e.start(), e.end()));
        assertTrue(quoted.value() > 0);
        // the blurb's charged words do not count as body language
        assertTrue(value("loaded.charged.narrator_per_1k").evidence().stream()
                .noneMatch(ev -> ARTICLE.text().substring(ev.start(), ev.end()).equals("outrageous")));
    }

    @Test
    void reportVerbStancesAreSharesOfNarratorReportVerbs() {
        double neutral = value("loaded.report.neutral_share").value();
        double doubting = value("loaded.report.doubting_share").value();
        double endorsing = value("loaded.report.endorsing_share").value();
        assertEquals(1.0, neutral + doubting + endorsing, 1e-9);
        assertEquals(1, value("loaded.report.doubting_share").evidence().size());
        assertEquals(1, value("loaded.report.endorsing_share").evidence().size());
    }

    @Test
    void namingVariantChoicesAreCounted() {
        assertEquals(1.0, value("loaded.naming.kyiv.russian").value());
        assertEquals(0.0, value("loaded.naming.kyiv.ukrainian").value());
        assertEquals(1.0, value("loaded.naming.government.hostile").value());
    }

    @Test
    void negatedLoadedTermIsShared() {
        FeatureValue neg = value("loaded.negated_share");
        assertTrue(neg.value() > 0);
        assertEquals("reckless", ARTICLE.text().substring(neg.evidence().get(0).start(), neg.evidence().get(0).end()));
    }

    @Test
    void headlineHitsAreCountedApartWithHeadlineOffsets() {
        FeatureValue h = value("loaded.headline.hits");
        assertEquals(2.0, h.value());
        Evidence e = h.evidence().get(0);
        assertEquals("headline-term", e.kind());
        assertEquals("thugs", ARTICLE.headline().substring(e.start(), e.end()));
        assertEquals(1.0, value("loaded.headline.scare_quotes").value());
    }

    @Test
    void extractorIsRegisteredInTheStandardPipeline() {
        ArticleFeatures f = Features.standard().extract(ARTICLE);
        assertTrue(f.find("loaded.total.narrator_per_1k").isPresent());
        assertTrue(f.find("blurbs.count").isPresent());
    }

    @Test
    void emptyArticleGivesZerosNotErrors() {
        Article empty = Article.builder("e").build();
        for (FeatureValue v : extractor.extract(empty, TextLayer.of(empty))) {
            assertEquals(0.0, v.value(), v.name());
        }
    }
}
