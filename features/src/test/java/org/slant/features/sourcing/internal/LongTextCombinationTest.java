package org.slant.features.sourcing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The span mode's steps over all of a text's attributions (dropping contained contents, asking whether
 * another attribution lies in a range) work by a sweep and an index instead of comparing every pair; these
 * tests hold them to the pairwise definitions on random attributions, nested, equal and in fragments.
 */
class LongTextCombinationTest {

    private static List<Found> randomAttributions(SplittableRandom rnd, int n) {
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Found f = new Found();
            int s = rnd.nextInt(400);
            int e = s + 1 + rnd.nextInt(rnd.nextInt(4) == 0 ? 200 : 30);
            f.content(s, e);
            if (rnd.nextInt(4) == 0) { // a second fragment after a gap
                int s2 = e + 1 + rnd.nextInt(20);
                f.content(s2, s2 + 1 + rnd.nextInt(30));
            }
            if (rnd.nextBoolean()) {
                int c = rnd.nextInt(500);
                f.cue(c, c + 1 + rnd.nextInt(8), "say");
            }
            if (rnd.nextBoolean()) {
                int c = rnd.nextInt(500);
                f.source(c, c + 1 + rnd.nextInt(12));
            }
            found.add(f);
        }
        if (n > 1 && rnd.nextBoolean()) { // an exact copy of one of them
            Found copy = found.get(rnd.nextInt(n));
            Found g = new Found();
            copy.content.forEach(c -> g.content(c[0], c[1]));
            found.add(rnd.nextInt(found.size()), g);
        }
        return found;
    }

    /** The definition: dropped when another content, longer or as long and earlier, holds all of it. */
    private static List<Found> dropContainedPairwise(List<Found> found) {
        int n = found.size();
        int[] len = new int[n];
        for (int i = 0; i < n; i++) {
            for (int[] c : found.get(i).content) {
                len[i] += c[1] - c[0];
            }
        }
        List<Found> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean inside = false;
            for (int j = 0; j < n && !inside; j++) {
                inside = j != i && (len[j] > len[i] || len[j] == len[i] && j < i)
                        && SpanTagger.overlap(found.get(i), found.get(j)) == len[i];
            }
            if (!inside) {
                out.add(found.get(i));
            }
        }
        return out;
    }

    @Test
    void droppingContainedContentsKeepsExactlyWhatThePairwiseDefinitionKeeps() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int round = 0; round < 500; round++) {
            List<Found> found = randomAttributions(rnd, 1 + rnd.nextInt(40));
            List<Found> expected = dropContainedPairwise(found);
            List<Found> actual = SpanTagger.dropContained(found);
            assertEquals(expected.size(), actual.size(), "round " + round);
            for (int i = 0; i < expected.size(); i++) {
                assertSame(expected.get(i), actual.get(i), "round " + round + ", attribution " + i);
            }
        }
    }

    @Test
    void theSpanIndexFindsAnotherAttributionInARangeExactlyWhenOneOverlapsIt() {
        SplittableRandom rnd = new SplittableRandom(11);
        for (int round = 0; round < 300; round++) {
            List<Found> found = randomAttributions(rnd, 1 + rnd.nextInt(30));
            BoundaryRescorer.Spans spans = new BoundaryRescorer.Spans(found);
            for (int q = 0; q < 50; q++) {
                int self = rnd.nextInt(found.size());
                int s = rnd.nextInt(600);
                int e = s + 1 + rnd.nextInt(60);
                boolean expected = false;
                for (int i = 0; i < found.size(); i++) {
                    Found f = found.get(i);
                    if (i == self) {
                        continue;
                    }
                    for (int[] c : f.content) {
                        expected |= c[0] < e && c[1] > s;
                    }
                    expected |= f.cueStart >= 0 && f.cueStart < e && f.cueEnd > s;
                    expected |= f.srcStart >= 0 && f.srcStart < e && f.srcEnd > s;
                }
                assertEquals(expected, spans.othersOverlap(self, s, e), "round " + round + ", [" + s + ", " + e + ")");
            }
        }
    }

    @Test
    void amongTensOfThousandsOfAttributionsEachContainedOneIsDropped() {
        // 40,000 contents in pairs, each long one holding a short one (a 1 MB paragraph's worth); compared
        // pairwise this took some 1.6 billion overlap checks
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            found.add(new Found().content(i * 100, i * 100 + 90));
            found.add(new Found().content(i * 100 + 10, i * 100 + 20));
        }
        List<Found> kept = SpanTagger.dropContained(found);
        assertEquals(20_000, kept.size());
        assertEquals(90, kept.get(1).content.get(0)[1] - kept.get(1).content.get(0)[0]);
    }
}
