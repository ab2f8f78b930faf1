package org.slant.analysis.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import org.slant.analysis.table.FeatureTable;
import org.slant.analysis.table.FeatureVector;
import org.slant.analysis.table.Row;
import org.slant.analysis.text.TextVectorizer;

/**
 * Words that set each outlet apart from all the others: the log-odds ratio with an informative Dirichlet
 * prior of Monroe, Colaresi and Quinn (2008, "Fightin' Words", eq. 16–22). The prior is the pooled corpus
 * word distribution scaled to {@code priorSize} pseudo-counts, {@code α_w = priorSize · c_w / C}; for
 * outlet i against the rest j,
 * {@code δ_w = ln((y_iw + α_w) / (n_i + α_0 − y_iw − α_w)) − ln((y_jw + α_w) / (n_j + α_0 − y_jw − α_w))},
 * {@code Var ≈ 1/(y_iw + α_w) + 1/(y_jw + α_w)} and {@code z = δ / √Var}. A large positive z means the
 * outlet uses the word more than the others beyond what chance and word frequency explain.
 */
public final class DistinctiveWords {
    private DistinctiveWords() {}

    /**
     * One distinctive word of an outlet.
     *
     * @param word the word (or n-gram, words separated by {@code /})
     * @param count occurrences at the outlet
     * @param otherCount occurrences at all other outlets
     * @param logOdds the prior-smoothed log-odds ratio δ
     * @param z δ over its standard deviation
     */
    public record Word(String word, long count, long otherCount, double logOdds, double z) {}

    /**
     * The {@code top} words with the highest z for each outlet, outlets in alphabetical order.
     *
     * @param counts word counts per outlet; outlets without words are left out
     * @param priorSize α_0, the prior's total pseudo-count; greater than 0
     * @param top words kept per outlet; 0 or less keeps none
     * @return for each outlet with words, its {@code top} words, highest z first (ties by word); a sorted map
     * @throws IllegalArgumentException if fewer than two outlets have words or priorSize is not positive
     */
    public static Map<String, List<Word>> compute(Map<String, Map<String, Long>> counts, double priorSize, int top) {
        if (!(priorSize > 0)) {
            throw new IllegalArgumentException("priorSize must be > 0: " + priorSize);
        }
        Map<String, Long> total = new HashMap<>();
        Map<String, Long> outletTotal = new TreeMap<>();
        counts.forEach((o, m) -> {
            long s = 0;
            for (Map.Entry<String, Long> e : m.entrySet()) {
                total.merge(e.getKey(), e.getValue(), Long::sum);
                s += e.getValue();
            }
            if (s > 0) {
                outletTotal.put(o, s);
            }
        });
        if (outletTotal.size() < 2) {
            throw new IllegalArgumentException("distinctive words need at least two outlets with words; found "
                    + outletTotal.keySet());
        }
        long corpus = outletTotal.values().stream().mapToLong(Long::longValue).sum();
        Map<String, List<Word>> out = new TreeMap<>();
        for (String o : outletTotal.keySet()) {
            Map<String, Long> mine = counts.get(o);
            long ni = outletTotal.get(o);
            // A word the outlet never uses has δ ≤ 0: with y_i = 0, δ ≤ 0 reduces to
            // α_0·n_j/C ≤ n_i + α_0 + α_0·n_i/C, true since n_j ≤ C. So when the outlet's own words fill the
            // top with positive z, the rest of the vocabulary need not be scored.
            List<Word> best = top(mine.keySet(), total, mine, ni, corpus, priorSize, top);
            if (best.size() < top || best.isEmpty() || best.get(best.size() - 1).z() <= 0) {
                best = top(total.keySet(), total, mine, ni, corpus, priorSize, top);
            }
            out.put(o, best);
        }
        return out;
    }

    private static final Comparator<Word> BEST_FIRST = Comparator.comparingDouble(Word::z).reversed()
            .thenComparing(Word::word);

    /** The {@code top} best of these words, best first, keeping only a bounded heap. */
    private static List<Word> top(Iterable<String> words, Map<String, Long> total, Map<String, Long> mine, long ni,
            long corpus, double priorSize, int top) {
        if (top <= 0) {
            return List.of();
        }
        long nj = corpus - ni;
        PriorityQueue<Word> heap = new PriorityQueue<>(top + 1, BEST_FIRST.reversed()); // worst on top
        for (String w : words) {
            long c = total.get(w);
            double a = priorSize * c / corpus;
            long yi = mine.getOrDefault(w, 0L);
            long yj = c - yi;
            double d = Math.log((yi + a) / (ni + priorSize - yi - a)) - Math.log((yj + a) / (nj + priorSize - yj - a));
            double z = d / Math.sqrt(1 / (yi + a) + 1 / (yj + a));
            if (heap.size() < top) {
                heap.add(new Word(w, yi, yj, d, z));
            } else {
                Word worst = heap.peek();
                if (z > worst.z() || z == worst.z() && w.compareTo(worst.word()) < 0) {
                    heap.poll();
                    heap.add(new Word(w, yi, yj, d, z));
                }
            }
        }
        List<Word> best = new ArrayList<>(heap);
        best.sort(BEST_FIRST);
        return List.copyOf(best);
    }

    /**
     * Word counts per outlet summed from a table's {@code w:} columns (word features with COUNT weighting);
     * rows without an outlet are left out.
     *
     * @param table a table with word columns; other columns and missing values are ignored
     * @return for each outlet, its summed count of each word (values rounded to whole counts), without the
     *     {@code w:} prefix; outlets in alphabetical order
     */
    public static Map<String, Map<String, Long>> countsFrom(FeatureTable table) {
        List<String> names = table.columnNames();
        Map<String, Map<String, Long>> out = new TreeMap<>();
        for (Row r : table.rows()) {
            if (r.outlet() == null) {
                continue;
            }
            Map<String, Long> m = out.computeIfAbsent(r.outlet(), x -> new HashMap<>());
            FeatureVector v = r.values();
            for (int k = 0; k < v.storedCount(); k++) {
                String n = names.get(v.storedIndex(k));
                double x = v.storedValue(k);
                if (n.startsWith(TextVectorizer.WORD_PREFIX) && !Double.isNaN(x)) {
                    m.merge(n.substring(TextVectorizer.WORD_PREFIX.length()), Math.round(x), Long::sum);
                }
            }
        }
        return out;
    }
}
