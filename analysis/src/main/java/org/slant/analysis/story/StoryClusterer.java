package org.slant.analysis.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slant.analysis.text.Tokens;

/**
 * Groups articles of the same event: average-linkage agglomerative clustering over TF-IDF cosine
 * similarity of headline (counted {@link StoryConfig#headlineWeight()} times) and lead
 * ({@link StoryConfig#leadTokens()}), merging while the best pair of groups is at least
 * {@link StoryConfig#threshold()} similar. Two groups never merge when any two of their articles lie more
 * than {@link StoryConfig#windowDays()} apart, or (with {@link StoryConfig#onePerOutlet()}) share an
 * outlet. IDF comes from the input itself.
 *
 * <p>Deterministic (ties go to the earliest pair in input order). Memory grows with the square of the input
 * size, and time with the square times the number of merges: meant for a news cycle's worth of articles
 * (thousands), not a whole archive.
 */
public final class StoryClusterer {
    private static final float FORBIDDEN = -1f;

    /** Largest input clustered at once: the similarity matrix takes 4 n² bytes (1.6 GB at this size). */
    public static final int MAX_ARTICLES = 20_000;

    private StoryClusterer() {}

    /**
     * Clusters articles into stories; every article is in exactly one story.
     *
     * @param docs the articles, ids unique; their order breaks ties and numbers the stories
     * @param config the threshold, date window, lead length, headline weight and outlet rule
     * @return the stories, in order of each story's first article in {@code docs}; members in input order
     * @throws IllegalArgumentException on duplicate ids or more than {@link #MAX_ARTICLES} articles
     */
    public static List<Story> cluster(List<StoryDoc> docs, StoryConfig config) {
        int n = docs.size();
        if (n > MAX_ARTICLES) {
            throw new IllegalArgumentException(n + " articles are more than the " + MAX_ARTICLES
                    + " clustered at once; split the input by date range");
        }
        Set<String> ids = new HashSet<>();
        for (StoryDoc d : docs) {
            if (!ids.add(d.id())) {
                throw new IllegalArgumentException("duplicate article id '" + d.id() + "'");
            }
        }
        float[][] sim = similarities(docs, config);
        float[][] original = new float[n][];
        for (int i = 0; i < n; i++) {
            original[i] = sim[i].clone();
        }
        int[] size = new int[n];
        boolean[] active = new boolean[n];
        List<List<Integer>> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            size[i] = 1;
            active[i] = true;
            members.add(new ArrayList<>(List.of(i)));
        }
        // Each group's most similar later group, so that finding the best pair costs O(n) rather than O(n²);
        // the best pair is the most similar one, ties going to the earliest (a, b) in input order.
        int[] partner = new int[n];
        for (int a = 0; a < n; a++) {
            partner[a] = bestPartner(sim, active, a);
        }
        float threshold = (float) config.threshold();
        while (true) {
            int ba = -1;
            for (int a = 0; a < n; a++) {
                int b = partner[a];
                if (active[a] && b >= 0 && sim[a][b] >= threshold && (ba < 0 || sim[a][b] > sim[ba][partner[ba]])) {
                    ba = a;
                }
            }
            if (ba < 0) {
                break;
            }
            int bb = partner[ba];
            for (int k = 0; k < n; k++) {
                if (!active[k] || k == ba || k == bb) {
                    continue;
                }
                float s = sim[ba][k] == FORBIDDEN || sim[bb][k] == FORBIDDEN ? FORBIDDEN
                        : (size[ba] * sim[ba][k] + size[bb] * sim[bb][k]) / (size[ba] + size[bb]);
                sim[ba][k] = s;
                sim[k][ba] = s;
            }
            size[ba] += size[bb];
            active[bb] = false;
            members.get(ba).addAll(members.get(bb));
            partner[ba] = bestPartner(sim, active, ba);
            for (int k = 0; k < n; k++) {
                if (!active[k] || k == ba) {
                    continue;
                }
                int p = partner[k];
                if (p == ba || p == bb) {
                    partner[k] = bestPartner(sim, active, k);
                } else if (k < ba && (p < 0 || sim[k][ba] > sim[k][p] || sim[k][ba] == sim[k][p] && ba < p)) {
                    partner[k] = ba;
                }
            }
        }
        List<Story> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!active[i]) {
                continue;
            }
            List<Integer> m = members.get(i);
            m.sort(Integer::compare);
            double total = 0;
            int pairs = 0;
            for (int x = 0; x < m.size(); x++) {
                for (int y = x + 1; y < m.size(); y++) {
                    total += original[m.get(x)][m.get(y)];
                    pairs++;
                }
            }
            out.add(new Story("", m.stream().map(k -> docs.get(k).id()).toList(), pairs == 0 ? 1 : total / pairs));
        }
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < n; i++) {
            position.put(docs.get(i).id(), i);
        }
        out.sort((x, y) -> Integer.compare(position.get(x.articleIds().get(0)), position.get(y.articleIds().get(0))));
        List<Story> numbered = new ArrayList<>(out.size());
        for (int i = 0; i < out.size(); i++) {
            Story s = out.get(i);
            numbered.add(new Story("story-" + (i + 1), s.articleIds(), s.cohesion()));
        }
        return numbered;
    }

    /** The active group after {@code a} most similar to it (the earliest on ties), or −1 if none. */
    private static int bestPartner(float[][] sim, boolean[] active, int a) {
        int best = -1;
        float[] row = sim[a];
        for (int b = a + 1; b < row.length; b++) {
            if (active[b] && (best < 0 || row[b] > row[best])) {
                best = b;
            }
        }
        return best;
    }

    /**
     * Cosine similarity of every pair of TF-IDF vectors, FORBIDDEN where {@link #allowed} says no. The dot
     * products are summed through an inverted index, so pairs without a shared word cost nothing.
     */
    private static float[][] similarities(List<StoryDoc> docs, StoryConfig config) {
        int n = docs.size();
        List<Map<String, Double>> vectors = TfIdf.vectors(docs.stream().map(d -> leadText(d, config)).toList());
        Map<String, Integer> termIds = new HashMap<>();
        int[][] terms = new int[n][];
        double[][] weights = new double[n][];
        for (int i = 0; i < n; i++) {
            Map<String, Double> v = vectors.get(i);
            terms[i] = new int[v.size()];
            weights[i] = new double[v.size()];
            int k = 0;
            for (Map.Entry<String, Double> e : v.entrySet()) {
                terms[i][k] = termIds.computeIfAbsent(e.getKey(), x -> termIds.size());
                weights[i][k++] = e.getValue();
            }
        }
        // postings: for each term, the documents holding it in input order, with their weights
        int[] df = new int[termIds.size()];
        for (int[] t : terms) {
            for (int id : t) {
                df[id]++;
            }
        }
        int[][] postDoc = new int[df.length][];
        double[][] postWeight = new double[df.length][];
        for (int t = 0; t < df.length; t++) {
            postDoc[t] = new int[df[t]];
            postWeight[t] = new double[df[t]];
        }
        int[] fill = new int[df.length];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < terms[i].length; k++) {
                int t = terms[i][k];
                postDoc[t][fill[t]] = i;
                postWeight[t][fill[t]++] = weights[i][k];
            }
        }
        long[] day = new long[n];
        for (int i = 0; i < n; i++) {
            day[i] = docs.get(i).date() == null ? Long.MIN_VALUE : docs.get(i).date().toEpochDay();
        }
        int[] cursor = new int[df.length]; // first posting after the current document, per term
        double[] dot = new double[n];
        float[][] sim = new float[n][n];
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(dot, i + 1, n, 0);
            for (int k = 0; k < terms[i].length; k++) {
                int t = terms[i][k];
                double w = weights[i][k];
                int[] docsOfTerm = postDoc[t];
                double[] ws = postWeight[t];
                int from = ++cursor[t]; // postings are in document order and i is the next one of term t
                for (int q = from; q < docsOfTerm.length; q++) {
                    dot[docsOfTerm[q]] += w * ws[q];
                }
            }
            for (int j = i + 1; j < n; j++) {
                float s = allowed(docs.get(i), docs.get(j), day[i], day[j], config) ? (float) dot[j] : FORBIDDEN;
                sim[i][j] = s;
                sim[j][i] = s;
            }
        }
        return sim;
    }

    private static boolean allowed(StoryDoc a, StoryDoc b, long dayA, long dayB, StoryConfig config) {
        if (config.onePerOutlet() && a.outlet().equals(b.outlet())) {
            return false;
        }
        return dayA == Long.MIN_VALUE || dayB == Long.MIN_VALUE || Math.abs(dayA - dayB) <= config.windowDays();
    }

    static String leadText(StoryDoc d, StoryConfig config) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < config.headlineWeight(); i++) {
            sb.append(d.headline()).append('\n');
        }
        List<String> lead = Tokens.of(d.body(), config.leadTokens());
        sb.append(String.join(" ", lead));
        return sb.toString();
    }
}
