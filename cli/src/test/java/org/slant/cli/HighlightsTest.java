package org.slant.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.slant.cli.batch.Highlights;
import org.slant.features.ArticleFeatures;
import org.slant.features.Evidence;
import org.slant.features.FeatureValue;
import org.slant.ingest.Article;
import org.slant.ingest.BlockKind;
import org.slant.report.Highlight;

class HighlightsTest {
    private static final Article ARTICLE = Article.builder("a1").outlet(org.slant.ingest.Outlet.named("Paper"))
            .block(BlockKind.PARAGRAPH, "The regime said the so-called reforms were over, a spokesman claimed.").build();

    private static List<Highlight> of(Evidence... evidence) {
        return Highlights.of(ARTICLE, new ArticleFeatures("a1", List.of(new FeatureValue("x", 1, List.of(evidence)))));
    }

    @Test
    void sourcingKindsBecomeAttributionPartsWithTheSpeaker() {
        List<Highlight> h = of(new Evidence(4, 10, "source", "the regime"), new Evidence(11, 15, "cue", "say"),
                new Evidence(16, 50, "content", "the regime"));
        assertEquals(List.of(new Highlight.Attribution(4, 10, Highlight.Part.SOURCE, "the regime", null),
                new Highlight.Attribution(11, 15, Highlight.Part.CUE, null, null),
                new Highlight.Attribution(16, 50, Highlight.Part.CONTENT, "the regime", null)), h);
    }

    @Test
    void sourcingNotesCarryTheSpeakersAffiliation() {
        List<Highlight> h = of(new Evidence(4, 10, "source", "Yury Ushakov | Russia government"),
                new Evidence(16, 50, "content", "Yury Ushakov | Russia government"));
        assertEquals(List.of(new Highlight.Attribution(4, 10, Highlight.Part.SOURCE, "Yury Ushakov", "Russia government"),
                new Highlight.Attribution(16, 50, Highlight.Part.CONTENT, "Yury Ushakov", "Russia government")), h);
    }

    @Test
    void termNotesGiveCategoryVoiceAndNamingSets() {
        List<Highlight> h = of(new Evidence(4, 10, "term", "naming side=critical group=the state quoted"),
                new Evidence(20, 29, "term", "loaded quoted negated"), new Evidence(54, 61, "term", "report side=doubting"));
        assertEquals(List.of(new Highlight.NamingVariant(4, 10, "the state", "critical"),
                new Highlight.LoadedTerm(20, 29, "loaded", "quoted"),
                new Highlight.LoadedTerm(54, 61, "report", "author")), h);
    }

    @Test
    void duplicatesEmptySpansHeadlineSpansAndUnknownKindsAreLeftOut() {
        List<Highlight> h = of(new Evidence(30, 37, "scare-quote", "reforms"), new Evidence(30, 37, "scare-quote", "reforms"),
                new Evidence(5, 5, "cue", "say"), new Evidence(0, 3, "headline-term", "loaded"),
                new Evidence(0, 3, "credit", "AP"), new Evidence(60, 500, "blurb", "promo read"),
                new Evidence(0, 12, "blurb", "promo read,more"));
        assertEquals(List.of(new Highlight.Blurb(0, 12, "promo"), new Highlight.ScareQuote(30, 37)), h);
        assertTrue(h.stream().allMatch(x -> x.end() <= ARTICLE.text().length()));
    }
}
