package org.slant.features.sourcing.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slant.features.text.TextLayer;

class SpanTaggerTest {

    private static final SpanTagger MODEL = SpanTagger.standard();

    private static String part(String text, int start, int end) {
        return start < 0 ? null : text.substring(start, end);
    }

    private static List<Found> rules(TextLayer l) {
        return new AttributionFinder(MODEL.wantsLearnedCues() ? CueTagger.standard() : null).find(l);
    }

    private static Found only(List<Found> found, String text) {
        assertEquals(1, found.size(), () -> "attributions in: " + text);
        return found.get(0);
    }

    @Test
    void shippedModelStatesItsTrainingDataAndCombination() {
        assertTrue(MODEL.provenance().contains("PolNeAR v1.0.0 train"), MODEL.provenance());
        assertTrue(MODEL.provenance().contains("seed"), MODEL.provenance());
        assertEquals(SpanTagger.REPLACE | SpanTagger.ADD | SpanTagger.ADD_CUED | SpanTagger.VETO
                | SpanTagger.DROP_CONTAINED, MODEL.combineMode());
    }

    @Test
    void clearQuoteIsTaggedAsContentWithItsCueAndSource() {
        String text = "\"We will win this election and we will win it big,\" the governor said on Monday.";
        TextLayer l = TextLayer.of(text);
        Found f = only(MODEL.find(l, rules(l)), text);
        assertTrue(part(text, f.start(), f.end()).contains("We will win this election and we will win it big"),
                part(text, f.start(), f.end()));
        assertEquals("said", part(text, f.cueStart, f.cueEnd));
        assertEquals("the governor", part(text, f.srcStart, f.srcEnd));
    }

    @Test
    void reportedSpeechAfterThatIsContent() {
        String text = "The minister said that the talks would resume next week in Geneva.";
        TextLayer l = TextLayer.of(text);
        Found f = only(MODEL.apply(l, rules(l)), text);
        assertTrue(part(text, f.start(), f.end()).endsWith("the talks would resume next week in Geneva"),
                part(text, f.start(), f.end()));
        assertEquals("The minister", part(text, f.srcStart, f.srcEnd));
    }

    @Test
    void plainNarrationGetsNoAttribution() {
        String text = "The bridge was built in 1932 and carries four lanes of traffic.";
        TextLayer l = TextLayer.of(text);
        assertTrue(MODEL.apply(l, rules(l)).isEmpty());
    }

    @Test
    void attributionsWhoseContentLiesWithinAnothersAreDropped() {
        Found outer = new Found().content(0, 50);
        Found inner = new Found().content(10, 20);
        Found twin = new Found().content(0, 50);
        Found apart = new Found().content(40, 60);
        List<Found> kept = SpanTagger.dropContained(List.of(outer, inner, twin, apart));
        assertEquals(List.of(outer, apart), kept);
    }

    @Test
    void modelFileRoundTripsToTheSameTags() throws IOException {
        SpanTagger copy = SpanTagger.read(new BufferedReader(new StringReader(MODEL.write())));
        assertEquals(MODEL.write(), copy.write());
        TextLayer l = TextLayer.of("\"It is over,\" she told reporters. Officials said the vote was fair. "
                + "According to the report, turnout fell.");
        int[] role = SpanTagger.roles(l, rules(l));
        assertArrayEquals(MODEL.tag(l, role, CueTagger.standard()), copy.tag(l, role, CueTagger.standard()));
    }

    @Test
    void cueModelProbabilitiesReachTheFeaturesOfLikelyCues() {
        String text = "The senator said the deal was done.";
        TextLayer l = TextLayer.of(text);
        int[] role = SpanTagger.roles(l, List.of());
        int n = l.tokenCount();
        int[] with = new int[n * SpanTagger.STRIDE];
        int[] without = new int[n * SpanTagger.STRIDE];
        MODEL.features(l, l.sentences(), 0, n, role, CueTagger.standard(), with);
        MODEL.features(l, l.sentences(), 0, n, role, null, without);
        int said = l.tokenAtOrAfter(text.indexOf("said"));
        int deal = l.tokenAtOrAfter(text.indexOf("deal"));
        int cueFeature = SpanTagger.F_R0_CUEP;
        assertTrue(with[said * SpanTagger.STRIDE + cueFeature] > without[said * SpanTagger.STRIDE + cueFeature],
                "\"said\" is a likely cue");
        assertEquals(without[deal * SpanTagger.STRIDE + cueFeature], with[deal * SpanTagger.STRIDE + cueFeature],
                "\"deal\" is no cue head");
        // the words after the cue see a likely cue before them
        int ctx = SpanTagger.F_R0_CUECTX;
        assertTrue(with[deal * SpanTagger.STRIDE + ctx] != without[deal * SpanTagger.STRIDE + ctx]);
    }

    @Test
    void cueBucketsAreOrderedAndWordPairsStayInTheirTable() {
        assertEquals(0, SpanTagger.cueBucket(0));
        assertEquals(3, SpanTagger.cueBucket(0.3));
        assertEquals(SpanTagger.CUEP - 1, SpanTagger.cueBucket(1));
        for (int a = 0; a < 2000; a += 7) {
            for (int b = 0; b < 2000; b += 13) {
                int h = SpanTagger.pair(a, b);
                assertTrue(h >= 0 && h < 1 << SpanTagger.PAIR_BITS, () -> "bucket " + h);
            }
        }
        assertTrue(SpanTagger.pair(3, 5) != SpanTagger.pair(5, 3), "a pair is ordered");
    }

    @Test
    void goldTagsDecodeBackToTheirAttributions() {
        String text = "Smith said the plan was dead. Jones, an aide, disagreed with him.";
        // brat: source "Smith" 0-5, cue "said" 6-10, content 11-28; source "Jones" 30-35, cue "disagreed with"
        // 46-60, content "him" 61-64
        String ann = "T1\tSource 0 5\tSmith\nT2\tCue 6 10\tsaid\nT3\tContent 11 28\tthe plan was dead\n"
                + "T4\tAttribution 6 10\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
                + "T5\tSource 30 35\tJones\nT6\tCue 46 60\tdisagreed with\nT7\tContent 61 64\thim\n"
                + "T8\tAttribution 46 60\tdisagreed with\nE2\tAttribution:T8 Content:T7 Cue:T6 Source:T5\n";
        TextLayer l = TextLayer.of(text);
        List<Found> found = SpanTagger.decode(l, SpanTrainer.goldTags(l, BratAnnotations.attributions(ann)), List.of());
        assertEquals(2, found.size());
        assertEquals("the plan was dead", part(text, found.get(0).start(), found.get(0).end()));
        assertEquals("said", part(text, found.get(0).cueStart, found.get(0).cueEnd));
        assertEquals("Smith", part(text, found.get(0).srcStart, found.get(0).srcEnd));
        // the source keeps its attribution across the untagged apposition before the cue
        assertEquals("him", part(text, found.get(1).start(), found.get(1).end()));
        assertEquals("Jones", part(text, found.get(1).srcStart, found.get(1).srcEnd));
        assertEquals("disagreed with", part(text, found.get(1).cueStart, found.get(1).cueEnd));
    }

    @Test
    void viterbiFollowsTransitionsOverWeakEmissions() {
        // two tokens whose every feature slot points at one weight row each (0, then 1), so a row's weights
        // count K times: the first token prefers O, the second I-CONTENT (2) over B-CONTENT (1.5)
        int tags = SpanTagger.TAGS;
        int k = SpanTagger.K;
        float[] w = new float[2 * tags];
        w[SpanTagger.O] = 1f / k;
        w[tags + SpanTagger.I_CONTENT] = 2f / k;
        w[tags + SpanTagger.B_CONTENT] = 1.5f / k;
        float[] trans = new float[(tags + 1) * tags];
        float[] edge = new float[SpanTagger.EDGE_CONTEXTS * (tags + 1) * tags];
        int[] feats = new int[2 * SpanTagger.STRIDE];
        java.util.Arrays.fill(feats, SpanTagger.STRIDE, SpanTagger.STRIDE + k, 1);
        int[] out = new int[2];
        SpanTagger.viterbi(w, trans, edge, feats, 2, out, new float[2 * tags], new int[2 * tags]);
        assertArrayEquals(new int[] {SpanTagger.O, SpanTagger.I_CONTENT}, out);
        // a continuation after O is penalised: the weaker B-CONTENT wins
        trans[SpanTagger.O * tags + SpanTagger.I_CONTENT] = -1;
        SpanTagger.viterbi(w, trans, edge, feats, 2, out, new float[2 * tags], new int[2 * tags]);
        assertArrayEquals(new int[] {SpanTagger.O, SpanTagger.B_CONTENT}, out);
    }

    private static Found found(int cs, int ce, int cueS, int cueE) {
        return new Found().content(cs, ce).cue(cueS, cueE, "say");
    }

    @Test
    void combinationReplacesAddsAndVetoes() {
        Found ruleA = found(10, 40, 0, 4);
        Found ruleB = found(100, 120, 90, 94);
        Found modelA = found(10, 60, 0, 4);
        Found modelC = found(200, 230, 190, 194);
        List<Found> rules = List.of(ruleA, ruleB);
        List<Found> model = List.of(modelA, modelC);
        assertEquals(model, SpanTagger.combine(rules, model, SpanTagger.MODEL));
        List<Found> replaced = SpanTagger.combine(rules, model, SpanTagger.REPLACE);
        assertEquals(2, replaced.size());
        assertEquals(60, replaced.get(0).end(), "the model's boundary");
        assertEquals(0, replaced.get(0).cueStart, "the rule's cue");
        assertEquals(ruleB, replaced.get(1));
        List<Found> all = SpanTagger.combine(rules, model, SpanTagger.REPLACE | SpanTagger.ADD | SpanTagger.VETO);
        assertEquals(2, all.size(), "B vetoed, C added");
        assertEquals(10, all.get(0).start());
        assertEquals(200, all.get(1).start());
        assertFalse(all.contains(ruleB));
        Found uncued = new Found().content(300, 330);
        List<Found> cuedOnly = SpanTagger.combine(rules, List.of(modelA, modelC, uncued),
                SpanTagger.ADD | SpanTagger.ADD_CUED);
        assertEquals(3, cuedOnly.size(), "A, B kept; C added; the cue-less model attribution is not");
        assertFalse(cuedOnly.contains(uncued));
    }

    @Test
    void longUnbalancedQuoteStaysLinear() {
        StringBuilder sb = new StringBuilder("\u201CThis never closes ");
        for (int i = 0; i < 20_000; i++) {
            sb.append("and the minister said it went on, ");
        }
        TextLayer l = TextLayer.of(sb.toString());
        long t0 = System.nanoTime();
        List<Found> found = MODEL.apply(l, rules(l));
        assertTrue(System.nanoTime() - t0 < 20_000_000_000L, "tagging 700 KB took too long");
        for (Found f : found) {
            assertTrue(f.start() < f.end());
        }
    }
}
