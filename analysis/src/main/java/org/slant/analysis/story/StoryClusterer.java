package org.slant.analysis.story;

import java.time.temporal.ChronoUnit;
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
 * <p>Deterministic (ties go to the earliest pair in input order). Memory and time grow with the square
 * and cube of the input size: meant for a news cycle's worth of articles (thousands), not a whole archive.
 */
public final class StoryClusterer {
    private static final float FORBIDDEN = -1f;

    /** Largest input clustered at once: the similarity matrix takes 4 n² bytes (1.6 GB at this size). */
    public static final int MAX_ARTICLES = 20_000;

    private StoryClusterer() {}

    /**
     * The stories of {@code docs}; every article is in exactly one story.
     *
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
        List<Map<String, Double>> vectors = TfIdf.vectors(docs.stream().map(d -> leadText(d, config)).toList());
        float[][] sim = new float[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                float s = allowed(docs.get(i), docs.get(j), config) ? (float) TfIdf.cosine(vectors.get(i), vectors.get(j))
                        : FORBIDDEN;
                sim[i][j] = s;
                sim[j][i] = s;
            }
        }
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
        while (true) {
            int ba = -1;
            int bb = -1;
            float best = (float) config.threshold();
            for (int a = 0; a < n; a++) {
                if (!active[a]) {
                    continue;
                }
                for (int b = a + 1; b < n; b++) {
                    if (active[b] && sim[a][b] >= best && (ba < 0 || sim[a][b] > sim[ba][bb])) {
                        ba = a;
                        bb = b;
                    }
                }
            }
            if (ba < 0) {
                break;
            }
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

    private static boolean allowed(StoryDoc a, StoryDoc b, StoryConfig config) {
        if (config.onePerOutlet() && a.outlet().equals(b.outlet())) {
            return false;
        }
        return a.date() == null || b.date() == null
                || Math.abs(ChronoUnit.DAYS.between(a.date(), b.date())) <= config.windowDays();
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
