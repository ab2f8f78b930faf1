package org.slant.features.sourcing.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slant.features.text.TextLayer;

class BoundaryRescorerTest {

    private static final CueTagger.Vocabulary WORDS = new CueTagger.Vocabulary(
            List.of("the", "said", "that", "which", "was", "he", "she", "plan", "fair", "vote", "would"));

    private static Found said(String text, String content) {
        int s = text.indexOf(content);
        int c = text.indexOf("said");
        return new Found().content(s, s + content.length()).cue(c, c + 4, "say");
    }

    /** Articles where the tagged content stops at the first comma but the gold runs on to the sentence end. */
    private static String article(int i) {
        return "Officials said that the plan number " + i + " was fair, which pleased voters in district " + i
                + ". The vote was held on day " + i + ".";
    }

    @Test
    void fitLearnsToMoveAContentEndToWhereTheGoldEnds() {
        BoundaryRescorer blank = new BoundaryRescorer(WORDS, new float[1 << BoundaryRescorer.BITS], 0f);
        List<BoundaryRescorer.Example> examples = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String text = article(i);
            TextLayer l = TextLayer.of(text);
            Found f = said(text, "the plan number " + i + " was fair");
            int gs = text.indexOf("the plan");
            List<int[]> gold = List.of(new int[] {gs, text.indexOf(". The vote")});
            examples.addAll(BoundaryRescorer.examples(blank, l, List.of(f), List.of(gold)));
        }
        assertEquals(40, examples.size());
        float[] w = BoundaryRescorer.fit(examples, 3, 7L);
        BoundaryRescorer model = new BoundaryRescorer(WORDS, w, 0.5f);
        String text = article(99);
        TextLayer l = TextLayer.of(text);
        Found moved = model.rescore(l, List.of(said(text, "the plan number 99 was fair"))).get(0);
        assertEquals("the plan number 99 was fair, which pleased voters in district 99",
                text.substring(moved.start(), moved.end()));
        assertEquals("said", text.substring(moved.cueStart, moved.cueEnd));
    }

    @Test
    void fitIsDeterministicForTheSameSeed() {
        BoundaryRescorer blank = new BoundaryRescorer(WORDS, new float[1 << BoundaryRescorer.BITS], 0f);
        List<BoundaryRescorer.Example> examples = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String text = article(i);
            Found f = said(text, "the plan number " + i + " was fair");
            List<int[]> gold = List.of(new int[] {f.start(), text.indexOf(". The vote")});
            examples.addAll(BoundaryRescorer.examples(blank, TextLayer.of(text), List.of(f), List.of(gold)));
        }
        assertArrayEquals(BoundaryRescorer.fit(examples, 2, 3L), BoundaryRescorer.fit(examples, 2, 3L));
    }

    @Test
    void endStaysWhereNoCutPointBeatsItByTheThreshold() {
        BoundaryRescorer zero = new BoundaryRescorer(WORDS, new float[1 << BoundaryRescorer.BITS], 0f);
        String text = article(1);
        Found f = said(text, "the plan number 1 was fair");
        assertSame(f, zero.rescore(TextLayer.of(text), List.of(f)).get(0));
    }

    @Test
    void cutPointsAreWordEndsBeforeClausePunctuationWithinTheBlock() {
        BoundaryRescorer zero = new BoundaryRescorer(WORDS, new float[1 << BoundaryRescorer.BITS], 0f);
        String text = "He said the plan, which was fair, would pass. \"It will,\" she said.\n\nThe vote was held.";
        TextLayer l = TextLayer.of(text);
        Found f = said(text, "the plan");
        BoundaryRescorer.Choice c = zero.endChoice(l, new BoundaryRescorer.Spans(List.of(f)), 0, f.content);
        List<String> cuts = new ArrayList<>();
        for (int at : c.at()) {
            cuts.add(text.substring(f.start(), at));
        }
        assertEquals(List.of("the plan", "the plan, which was fair", "the plan, which was fair, would pass",
                "the plan, which was fair, would pass. \"It will", "the plan, which was fair, would pass. \"It will,\""
                        + " she said"), cuts);
        assertEquals(0, c.current());
    }

    @Test
    void movingAnEndOverTheOwnCueAndSourceResumesTheContentAsANewFragment() {
        String text = "\u201CWe will win,\u201D he said on Monday. \u201CIt is over.\u201D";
        TextLayer l = TextLayer.of(text);
        int c = text.indexOf("said");
        int h = text.indexOf("he said");
        Found f = new Found().content(0, text.indexOf(" he")).cue(c, c + 4, "say").source(h, h + 2);
        List<int[]> moved = BoundaryRescorer.withEnd(l, f, f.content, text.indexOf("over") + 4);
        assertEquals(2, moved.size());
        assertEquals("\u201CWe will win,\u201D", text.substring(moved.get(0)[0], moved.get(0)[1]));
        assertEquals("\u201CIt is over", text.substring(moved.get(1)[0], moved.get(1)[1]));
        // an end moved over words that hold no cue or source of its own just runs on
        Found g = new Found().content(text.indexOf("It"), text.indexOf(" is")).cue(c, c + 4, "say");
        List<int[]> plain = BoundaryRescorer.withEnd(l, g, g.content, text.indexOf("over") + 4);
        assertEquals(1, plain.size());
        assertEquals("It is over", text.substring(plain.get(0)[0], plain.get(0)[1]));
    }

    @Test
    void shippedModelCarriesTrainedBoundaryWeightsThatRoundTrip() throws IOException {
        SpanTagger model = SpanTagger.standard();
        BoundaryRescorer b = model.boundaries();
        assertNotNull(b, "the shipped span model re-scores content ends");
        int nonZero = 0;
        for (float v : b.weights()) {
            nonZero += v != 0f ? 1 : 0;
        }
        assertTrue(nonZero > 1000, "trained weights: " + nonZero);
        assertTrue(model.provenance().contains("boundary re-scorer"), model.provenance());
        SpanTagger copy = SpanTagger.read(new BufferedReader(new StringReader(model.write())));
        assertArrayEquals(b.weights(), copy.boundaries().weights());
        assertEquals(b.threshold(), copy.boundaries().threshold());
    }
}
