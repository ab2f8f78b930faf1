package org.slant.features.sourcing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import org.slant.ingest.Credit;
import org.slant.ingest.CreditKind;

class SourcingExtractorTest {

    private static final Article ARTICLE = Article.builder("a")
            .block(BlockKind.PARAGRAPH, "Russian presidential aide Yury Ushakov said the call was productive.")
            .block(BlockKind.PARAGRAPH, "\u201CWe agreed to meet,\u201D Ushakov told reporters.")
            .block(BlockKind.PARAGRAPH, "The summit is a gamble, analysts say.")
            .credit(new Credit(CreditKind.WIRE, "Source: Agencies", "Agencies"))
            .build();

    @Test
    void oneValuePerSpecInSpecOrder() {
        SourcingExtractor x = SourcingExtractor.standard();
        List<FeatureValue> values = x.extract(ARTICLE, TextLayer.of(ARTICLE));
        assertEquals(x.specs().size(), values.size());
        for (int i = 0; i < values.size(); i++) {
            assertEquals(x.specs().get(i).name(), values.get(i).name());
        }
    }

    @Test
    void sharesCountsAndEvidenceDescribeTheArticle() {
        ArticleFeatures f = Features.standard().extract(ARTICLE);
        assertEquals(3, f.value("sourcing.attributions"));
        assertEquals(2, f.value("sourcing.distinct_sources"));
        assertEquals(2.0 / 3, f.value("sourcing.named_share"), 1e-9);
        assertEquals(1.0 / 3, f.value("sourcing.anonymous_share"), 1e-9);
        assertEquals(1.0 / 3, f.value("sourcing.direct_share"), 1e-9);
        assertEquals(1, f.value("sourcing.first_source_official"));
        assertEquals(1, f.value("sourcing.wire_dependence"));
        assertEquals(1, f.value("sourcing.affiliations"));
        double quoted = f.value("sourcing.direct_quote_share");
        assertTrue(quoted > 0.1 && quoted < f.value("sourcing.attributed_share"), "quoted " + quoted);
        for (FeatureValue v : f.values()) {
            for (Evidence e : v.evidence()) {
                assertTrue(e.end() <= ARTICLE.text().length(), v.name());
            }
        }
        FeatureValue first = f.find("sourcing.first_source_official").orElseThrow();
        assertEquals("Yury Ushakov | Russia government", first.evidence().get(0).note());
    }

    @Test
    void articleWithoutAttributionsHasZeroSharesNotNaN() {
        Article empty = Article.builder("e").block(BlockKind.PARAGRAPH, "Rain is expected.").build();
        ArticleFeatures f = Features.standard().extract(empty);
        for (FeatureValue v : f.values()) {
            if (v.name().startsWith(SourcingExtractor.NAME + ".")) {
                assertEquals(0, v.value(), v.name());
            }
        }
        assertThrows(IllegalArgumentException.class, () -> f.value("no.such.feature"));
    }
}
