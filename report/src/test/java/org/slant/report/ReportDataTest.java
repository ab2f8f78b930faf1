package org.slant.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.slant.ingest.Block;
import org.slant.ingest.BlockKind;

class ReportDataTest {
    @Test
    void reversedIntervalIsRejectedNamingTheOutlet() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new FeatureComparison.OutletStat("Harbour Times", 3, 0.5, 0.6, 0.4));
        assertTrue(e.getMessage().contains("Harbour Times"), e.getMessage());
    }

    @Test
    void highlightPastTheTextIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new StoryArticle("x", "o", "h",
                null, null, List.of(), "short", List.of(), List.of(new Highlight.ScareQuote(2, 9))));
        assertTrue(e.getMessage().contains("runs past"), e.getMessage());
    }

    @Test
    void overlappingBlocksAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new StoryArticle("x", "o", "h", null, null, List.of(), "0123456789",
                List.of(new Block(BlockKind.PARAGRAPH, 0, 6), new Block(BlockKind.PARAGRAPH, 4, 9)), List.of()));
    }

    @Test
    void exclusiveContentMustNameAnArticleOfTheStory() {
        StoryArticle a = new StoryArticle("a", "o", "h", null, null, List.of(), "some text", List.of(), List.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Story("s", "t", List.of(a), List.of(new Story.Exclusive("b", 0, 3))));
        assertTrue(e.getMessage().contains("b"), e.getMessage());
    }

    @Test
    void duplicateStoryIdsAreRejected() {
        Story s = new Story("s1", "t", List.of(), List.of());
        assertThrows(IllegalArgumentException.class, () -> ReportData.builder("t").story(s).story(s).build());
    }

    @Test
    void confusionMatrixMustBeSquareOverTheClasses() {
        assertThrows(IllegalArgumentException.class, () -> new ClassifierResult("nb", "", List.of("a", "b"),
                List.of(List.of(1L, 2L)), List.of(), 0.5, 0.5, List.of()));
    }

    @Test
    void pValuesOutsideTheUnitIntervalAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new FeatureComparison("f", "", null, List.of(), null, null,
                1.5, null, null, null, null));
    }

    @Test
    void missingPartsBecomeEmpty() {
        ReportData d = ReportData.builder(null).build();
        assertEquals("Slant report", d.title());
        assertEquals(0, d.corpus().articleCount());
        assertEquals("unknown", d.provenance().slantVersion());
        assertEquals(ReportData.SCHEMA_VERSION, d.schemaVersion());
    }

    @Test
    void listsAreCopiedAndUnmodifiable() {
        java.util.ArrayList<String> examples = new java.util.ArrayList<>(List.of("one"));
        CorpusSummary.RejectionSummary r = new CorpusSummary.RejectionSummary("EMPTY", 1, examples);
        examples.add("two");
        assertEquals(List.of("one"), r.examples());
        assertThrows(UnsupportedOperationException.class, () -> r.examples().add("three"));
    }
}
