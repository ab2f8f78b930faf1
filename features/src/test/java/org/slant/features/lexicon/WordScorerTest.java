package org.slant.features.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordScorerTest {
    private final WordScorer scorer = WordScorer.standard();

    private static String flagged(String text, SentenceScore s) {
        return String.join(",", s.flagged().stream()
                .map(w -> text.substring(w.features().start(), w.features().end())).toList());
    }

    @Test
    void chargedWordIsFlaggedAndSentenceLabelledBiased() {
        String text = "The senator's bizarre tirade stunned the chamber.";
        SentenceScore s = scorer.score(text);
        assertTrue(s.biased());
        assertEquals("bizarre,tirade,stunned", flagged(text, s));
    }

    @Test
    void plainReportIsNotFlagged() {
        SentenceScore s = scorer.score("The council approved the budget on Tuesday, the clerk said.");
        assertFalse(s.biased());
        assertTrue(s.flagged().isEmpty());
    }

    @Test
    void intensifierNeedsALoadedSentenceToBeFlagged() {
        assertTrue(scorer.score("Turnout was extremely low.").flagged().isEmpty());
        String text = "It was an extremely reckless scheme.";
        assertEquals("extremely,reckless,scheme", flagged(text, scorer.score(text)));
    }

    @Test
    void negationLowersTheScore() {
        double plain = score("The plan is reckless.", "reckless");
        double negated = score("The plan is not reckless.", "reckless");
        assertTrue(negated < plain, negated + " vs " + plain);
    }

    private double score(String text, String word) {
        return scorer.score(text).words().stream().filter(w -> w.features().word().equals(word))
                .findFirst().orElseThrow().score();
    }

    @Test
    void featuresCarryVoiceNeighboursAndShape() {
        String text = "\"These thugs are dangerous,\" Mayor Smith said.";
        List<WordFeatures> f = scorer.features(text);
        WordFeatures thugs = f.stream().filter(w -> w.word().equals("thugs")).findFirst().orElseThrow();
        assertEquals(Voice.QUOTED, thugs.voice());
        assertEquals("these", thugs.previousWord());
        assertEquals("are", thugs.nextWord());
        assertTrue(thugs.categories().contains(Category.CHARGED));
        WordFeatures smith = f.stream().filter(w -> w.word().equals("smith")).findFirst().orElseThrow();
        assertTrue(smith.capitalized());
        assertEquals(WordFeatures.VECTOR_NAMES.size(), thugs.vector().size());
    }

    @Test
    void emptyTextScoresNothing() {
        SentenceScore s = scorer.score("");
        assertTrue(s.words().isEmpty());
        assertFalse(s.biased());
    }
}
