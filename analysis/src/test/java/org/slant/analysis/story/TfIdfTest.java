package org.slant.analysis.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TfIdfTest {

    /** Sentences over a small vocabulary, so that most pairs share words and many vectors have equal sizes. */
    private static List<String> sentences(long seed, int n) {
        SplittableRandom rnd = new SplittableRandom(seed);
        String[] vocabulary = new String[60];
        for (int w = 0; w < vocabulary.length; w++) {
            vocabulary[w] = "w" + Integer.toString(w * 7919 + 13, 36) + (w % 3 == 0 ? "x" : "");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + rnd.nextInt(25);
            for (int k = 0; k < len; k++) {
                sb.append(vocabulary[rnd.nextInt(rnd.nextBoolean() ? 12 : vocabulary.length)]).append(' ');
            }
            out.add(sb.toString());
        }
        return out;
    }

    @Test
    void sparseCosineEqualsTheMapCosineToTheLastBitInBothArgumentOrders() {
        int shared = 0;
        for (long seed = 1; seed <= 5; seed++) {
            List<String> texts = sentences(seed, 80);
            List<Map<String, Double>> maps = TfIdf.vectors(texts);
            List<TfIdf.Sparse> sparse = TfIdf.sparse(texts);
            for (int i = 0; i < texts.size(); i++) {
                assertEquals(maps.get(i).size(), sparse.get(i).size());
                for (int j = 0; j < texts.size(); j++) {
                    double expected = TfIdf.cosine(maps.get(i), maps.get(j));
                    double actual = TfIdf.cosine(sparse.get(i), sparse.get(j));
                    assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual),
                            "seed " + seed + ", " + i + " x " + j + ": " + expected + " vs " + actual);
                    if (i != j && expected > 0) {
                        shared++;
                    }
                }
            }
        }
        assertTrue(shared > 1000, "the pairs must share words");
    }

    @Test
    void sparseCosineOfDisjointOrEmptyVectorsIsZero() {
        List<TfIdf.Sparse> v = TfIdf.sparse(List.of("alpha beta", "gamma delta", ""));
        assertEquals(0.0, TfIdf.cosine(v.get(0), v.get(1)));
        assertEquals(0.0, TfIdf.cosine(v.get(2), v.get(0)));
        assertEquals(1.0, TfIdf.cosine(v.get(0), v.get(0)), 1e-12);
    }
}
