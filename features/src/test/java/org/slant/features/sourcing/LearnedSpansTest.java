package org.slant.features.sourcing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LearnedSpansTest {

    @Test
    void learnedSpansAreOffByDefaultAndAlternativeToLearnedCues() {
        Sourcing rules = Sourcing.standard();
        assertFalse(rules.learnedSpans());
        Sourcing spans = rules.withLearnedSpans();
        assertTrue(spans.learnedSpans());
        assertFalse(spans.learnedCues());
        assertSame(spans, spans.withLearnedSpans());
        Sourcing cues = spans.withLearnedCues();
        assertTrue(cues.learnedCues());
        assertFalse(cues.learnedSpans());
        assertSame(rules.registry(), spans.registry());
    }

    @Test
    void quoteWithSpeakerIsFoundAndResolved() {
        String t = "Governor Jane Miller spoke in Albany. \"We will not raise taxes this year,\" Miller said.";
        SourcingResult r = Sourcing.standard().withLearnedSpans().analyze(t);
        List<Attribution> found = r.attributions();
        assertEquals(1, found.size(), found::toString);
        Attribution a = found.get(0);
        assertTrue(a.content().get(0).of(t).contains("We will not raise taxes this year"), a.toString());
        assertEquals("said", a.cue().of(t));
        assertEquals("Miller", a.source().of(t));
        assertTrue(r.speaker(a.speakerId()).orElseThrow().name().contains("Miller"));
    }

    @Test
    void textWithoutSpeechHasNoAttributions() {
        assertTrue(Sourcing.standard().withLearnedSpans().analyze("The river rose two metres overnight.")
                .attributions().isEmpty());
        assertTrue(Sourcing.standard().withLearnedSpans().analyze("").attributions().isEmpty());
    }
}
