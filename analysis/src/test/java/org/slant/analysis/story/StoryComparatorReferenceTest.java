package org.slant.analysis.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The comparator's one scan per pair of articles against the plain definition: every sentence pair, both ways. */
class StoryComparatorReferenceTest {

    private static List<StoryDoc> story(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        String[] vocabulary = new String[40];
        for (int w = 0; w < vocabulary.length; w++) {
            vocabulary[w] = "word" + Integer.toString(w * 31 + 7, 36);
        }
        List<StoryDoc> docs = new ArrayList<>();
        int articles = 2 + rnd.nextInt(5);
        for (int d = 0; d < articles; d++) {
            List<String> sentences = new ArrayList<>();
            int n = 1 + rnd.nextInt(8);
            for (int s = 0; s < n; s++) {
                StringBuilder sb = new StringBuilder();
                int len = 2 + rnd.nextInt(6); // short sentences over few words: many equal-size vectors
                for (int k = 0; k < len; k++) {
                    sb.append(k == 0 ? "" : " ").append(vocabulary[rnd.nextInt(vocabulary.length)]);
                }
                sentences.add(sb.append('.').toString());
            }
            docs.add(new StoryDoc("a" + d, "outlet" + d, null, "Headline " + d, sentences));
        }
        return docs;
    }

    @Test
    void bestSimilaritiesEqualThoseOfEverySentencePairScannedInBothDirections() {
        int aligned = 0;
        for (long seed = 1; seed <= 40; seed++) {
            List<StoryDoc> docs = story(seed);
            List<String> all = new ArrayList<>();
            List<List<Integer>> byDoc = new ArrayList<>();
            for (StoryDoc d : docs) {
                List<Integer> mine = new ArrayList<>();
                for (String s : d.sentences()) {
                    mine.add(all.size());
                    all.add(s);
                }
                byDoc.add(mine);
            }
            List<Map<String, Double>> vec = TfIdf.vectors(all);
            StoryComparison cmp = StoryComparator.compare("s", docs, StoryConfig.defaults());
            for (int d = 0; d < docs.size(); d++) {
                List<StoryComparison.AlignedSentence> sentences = cmp.articles().get(d).sentences();
                assertEquals(byDoc.get(d).size(), sentences.size());
                for (int i = 0; i < sentences.size(); i++) {
                    List<Double> expected = new ArrayList<>();
                    for (int o = 0; o < docs.size(); o++) {
                        if (o != d) {
                            double b = 0;
                            for (int k : byDoc.get(o)) {
                                b = Math.max(b, TfIdf.cosine(vec.get(byDoc.get(d).get(i)), vec.get(k)));
                            }
                            expected.add(b);
                            if (b > 0) {
                                aligned++;
                            }
                        }
                    }
                    assertEquals(expected, sentences.get(i).bestSimilarity(), "seed " + seed + ", article " + d);
                }
            }
        }
        assertTrue(aligned > 100, "sentences must share words");
    }
}
