package org.slant.analysis.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The clusterer's fast paths (inverted-index similarities, cached best partners) against the plain
 * definition: scan every pair, merge the most similar one (earliest on ties), average the similarities.
 */
class StoryClustererReferenceTest {

    @Test
    void clustersEqualThoseOfThePlainAverageLinkageDefinition() {
        for (long seed = 1; seed <= 6; seed++) {
            List<StoryDoc> docs = corpus(seed, 120);
            for (StoryConfig config : List.of(StoryConfig.defaults(), new StoryConfig(0.1, 1, 30, 1, false, 0.35))) {
                List<List<String>> expected = reference(docs, config);
                List<List<String>> actual = StoryClusterer.cluster(docs, config).stream().map(Story::articleIds).toList();
                assertEquals(expected, actual, "seed " + seed + ", " + config);
                assertTrue(actual.stream().anyMatch(s -> s.size() > 2), "the corpus must produce real merges");
            }
        }
    }

    /** Articles about a few events, each told with words of its own plus shared filler, over two weeks. */
    private static List<StoryDoc> corpus(long seed, int n) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<StoryDoc> docs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int event = rnd.nextInt(15);
            List<String> words = new ArrayList<>();
            for (int w = 0; w < 25; w++) {
                words.add(rnd.nextInt(3) == 0 ? "filler" + rnd.nextInt(40) : "event" + event + "word" + rnd.nextInt(8));
            }
            String headline = "event" + event + "word" + rnd.nextInt(8) + " filler" + rnd.nextInt(40);
            LocalDate date = rnd.nextInt(10) == 0 ? null : LocalDate.of(2020, 1, 1).plusDays(event % 7 + rnd.nextInt(3));
            docs.add(new StoryDoc("a" + i, "outlet" + rnd.nextInt(6), date, headline,
                    List.of(String.join(" ", words) + ".")));
        }
        return docs;
    }

    private static List<List<String>> reference(List<StoryDoc> docs, StoryConfig config) {
        int n = docs.size();
        List<Map<String, Double>> v = TfIdf.vectors(docs.stream().map(d -> StoryClusterer.leadText(d, config)).toList());
        double[][] sim = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                StoryDoc a = docs.get(i);
                StoryDoc b = docs.get(j);
                boolean allowed = !(config.onePerOutlet() && a.outlet().equals(b.outlet()))
                        && (a.date() == null || b.date() == null
                                || Math.abs(ChronoUnit.DAYS.between(a.date(), b.date())) <= config.windowDays());
                sim[i][j] = sim[j][i] = allowed ? (float) TfIdf.cosine(v.get(i), v.get(j)) : -1;
            }
        }
        List<List<Integer>> groups = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            groups.add(new ArrayList<>(List.of(i)));
        }
        boolean[] active = new boolean[n];
        java.util.Arrays.fill(active, true);
        while (true) {
            int ba = -1;
            int bb = -1;
            for (int a = 0; a < n; a++) {
                for (int b = a + 1; b < n; b++) {
                    if (active[a] && active[b] && (float) sim[a][b] >= (float) config.threshold()
                            && (ba < 0 || (float) sim[a][b] > (float) sim[ba][bb])) {
                        ba = a;
                        bb = b;
                    }
                }
            }
            if (ba < 0) {
                break;
            }
            for (int k = 0; k < n; k++) {
                if (active[k] && k != ba && k != bb) {
                    float s = sim[ba][k] == -1 || sim[bb][k] == -1 ? -1
                            : (groups.get(ba).size() * (float) sim[ba][k] + groups.get(bb).size() * (float) sim[bb][k])
                                    / (groups.get(ba).size() + groups.get(bb).size());
                    sim[ba][k] = sim[k][ba] = s;
                }
            }
            active[bb] = false;
            groups.get(ba).addAll(groups.get(bb));
        }
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (active[i]) {
                out.add(groups.get(i).stream().sorted().map(k -> docs.get(k).id()).toList());
            }
        }
        return out;
    }
}
