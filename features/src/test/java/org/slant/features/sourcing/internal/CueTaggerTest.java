package org.slant.features.sourcing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slant.features.text.Sentence;
import org.slant.features.text.TextLayer;

class CueTaggerTest {

    private static final CueTagger MODEL = CueTagger.standard();

    /** Probability of the first token of the first sentence that reads {@code word}. */
    private static double probability(CueTagger m, String text, String word) {
        TextLayer l = TextLayer.of(text);
        Sentence s = l.sentence(0);
        int n = s.endToken() - s.firstToken();
        double[] p = new double[n];
        m.score(l, s.firstToken(), s.endToken(), p, new int[2 * n]);
        for (int t = s.firstToken(); t < s.endToken(); t++) {
            if (l.tokenText(t).equals(word)) {
                return p[t - s.firstToken()];
            }
        }
        throw new AssertionError("no token " + word + " in " + text);
    }

    private static String part(String text, int start, int end) {
        return start < 0 ? null : text.substring(start, end);
    }

    @Test
    void shippedModelStatesItsTrainingDataAndThresholds() {
        assertTrue(MODEL.provenance().contains("PolNeAR v1.0.0 train"), MODEL.provenance());
        assertTrue(MODEL.provenance().contains("seed"), MODEL.provenance());
        assertTrue(MODEL.threshold() > 0 && MODEL.threshold() < 1);
        assertTrue(MODEL.veto() >= 0 && MODEL.veto() < MODEL.threshold());
    }

    @Test
    void reportVerbScoresAboveThresholdAndItsSubjectBelow() {
        String text = "The senator said on Tuesday that the bill would pass.";
        assertTrue(probability(MODEL, text, "said") > 0.9);
        assertTrue(probability(MODEL, text, "senator") < 0.1);
        assertTrue(probability(MODEL, text, "bill") < 0.1);
    }

    @Test
    void cueOutsideTheLexiconGetsSourceAndContent() {
        String text = "Smith voted against the resolution last week.";
        TextLayer l = TextLayer.of(text);
        assertTrue(new AttributionFinder(null).find(l).isEmpty(), "the rules alone know no such cue");
        List<Found> found = new AttributionFinder(MODEL).find(l);
        assertEquals(1, found.size());
        Found f = found.get(0);
        assertEquals("voted against", part(text, f.cueStart, f.cueEnd));
        assertEquals("Smith", part(text, f.srcStart, f.srcEnd));
        assertTrue(part(text, f.start(), f.end()).startsWith("the resolution"));
    }

    @Test
    void attitudePhraseReadsTheSubjectAsSource() {
        String text = "The mayor was clear about his plans for the city.";
        List<Found> found = new AttributionFinder(MODEL).find(TextLayer.of(text));
        assertEquals(1, found.size());
        assertEquals("The mayor", part(text, found.get(0).srcStart, found.get(0).srcEnd));
        assertEquals("his plans for the city", part(text, found.get(0).start(), found.get(0).end()));
    }

    @Test
    void plainNarrationGetsNoLearnedCue() {
        String text = "The bridge was built in 1932 and carries four lanes of traffic.";
        assertTrue(new AttributionFinder(MODEL).find(TextLayer.of(text)).isEmpty());
    }

    @Test
    void inflectionsShareOneStem() {
        for (String w : new String[] {"hope", "hopes", "hoped", "hoping"}) {
            TextLayer l = TextLayer.of(w);
            assertEquals("hop", w.substring(0, CueTagger.stemLength(l, 0, w.length())), w);
        }
    }

    @Test
    void writtenModelReadsBackWithTheSameScores() throws IOException {
        List<String> words = List.of("said", "the");
        List<String> stems = List.of("said");
        CueTagger.Vocabulary wv = new CueTagger.Vocabulary(words);
        CueTagger.Vocabulary sv = new CueTagger.Vocabulary(stems);
        TextLayer probe = TextLayer.of("said the");
        int[] ids = new int[4];
        long[] keys = new long[CueTagger.MAX_FEATURES];
        CueTagger blank = new CueTagger(wv, sv, new CueTagger.LongFloatMap(4), new boolean[4], 0.5, 0, "");
        blank.ids(probe, 0, 2, ids);
        CueTagger.features(probe, 0, 2, 0, ids, 2, keys);
        CueTagger.LongFloatMap w = new CueTagger.LongFloatMap(4);
        w.put(keys[0], -2f); // bias
        w.put(keys[1], 3.5f); // w0=said, a dense word weight
        w.put(keys[7], 0.25f); // w0|w+1 = said|the, a hashed pair weight
        boolean[] heads = {false, false, true, false};
        String text = CueTagger.write("# test model\n", 0.4, 0.05, words, stems, heads, w);
        CueTagger read = CueTagger.read(new BufferedReader(new StringReader(text)));
        CueTagger direct = new CueTagger(wv, sv, w, heads, 0.4, 0.05, "# test model\n");
        double expected = 1 / (1 + Math.exp(-(-2 + 3.5 + 0.25)));
        assertEquals(expected, probability(direct, "said the", "said"), 1e-6);
        assertEquals(expected, probability(read, "said the", "said"), 1e-6);
        assertEquals(0.4, read.threshold(), 1e-9);
        assertEquals(0.05, read.veto(), 1e-9);
        assertEquals("# test model\n", read.provenance());
        assertTrue(read.mayHead(probe, 0));
        assertTrue(!read.mayHead(probe, 1));
        assertEquals(text, CueTagger.write(read.provenance(), 0.4, 0.05, words, stems, heads, w));
    }

    @Test
    void trainingVocabularyLeavesOutNamesAndRareWords() {
        List<TextLayer> layers = new java.util.ArrayList<>();
        for (int d = 0; d < CueTrainer.MIN_DOCS; d++) {
            layers.add(TextLayer.of("The mayor said that Smith would resign. Smith denied it."
                    + (d == 0 ? " A zeppelin passed." : "")));
        }
        List<String> words = CueTrainer.vocabulary(layers, false);
        assertTrue(words.contains("said") && words.contains("denied") && words.contains("the"), words.toString());
        assertFalse(words.contains("smith"), "a name: " + words);
        assertFalse(words.contains("zeppelin"), "in one article only: " + words);
    }

    @Test
    void sourcingReadsLearnedCuesOnlyWhenAskedTo() {
        String text = "Smith voted against the resolution last week.";
        org.slant.features.sourcing.Sourcing rules = org.slant.features.sourcing.Sourcing.standard();
        assertFalse(rules.learnedCues());
        assertTrue(rules.analyze(text).attributions().isEmpty());
        org.slant.features.sourcing.Sourcing learned = rules.withLearnedCues();
        assertTrue(learned.learnedCues());
        assertEquals(1, learned.analyze(text).attributions().size());
        assertEquals(rules.registry(), learned.registry());
    }
}
