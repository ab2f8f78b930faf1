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
        Best best = new Best(top);
        for (String w : words) {
            best.offer(w, mine.getOrDefault(w, 0L), total.get(w), ni, corpus, priorSize);
        }
        return best.list();
    }

    /** The best words of one outlet seen so far: a bounded heap, worst on top. */
    private static final class Best {
        private final int top;
        private final PriorityQueue<Word> heap;

        Best(int top) {
            this.top = top;
            this.heap = new PriorityQueue<>(Math.max(1, top) + 1, BEST_FIRST.reversed());
        }

        /** Scores word {@code w}, used {@code yi} times by the outlet and {@code c} times in all, and keeps it if it is among the best. */
        void offer(String w, long yi, long c, long ni, long corpus, double priorSize) {
            if (top <= 0) {
                return;
            }
            long nj = corpus - ni;
            double a = priorSize * c / corpus;
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

        /** Whether the words the outlet never uses could still enter: the heap is short or ends at z ≤ 0. */
        boolean unsettled() {
            return heap.size() < top || heap.isEmpty() || heap.peek().z() <= 0;
        }

        List<Word> list() {
            List<Word> best = new ArrayList<>(heap);
            best.sort(BEST_FIRST);
            return List.copyOf(best);
        }
    }

    /**
     * Word counts per outlet that are read word by word rather than held in maps, so that a corpus's counts
     * can stay on disk. {@link #compute(CountStream, double, int)} reads them two or three times.
     */
    public interface CountStream {
        /**
         * The outlets, in the order the outlet numbers given to a {@link WordVisitor} refer to.
         *
         * @return the outlet names, distinct
         */
        List<String> outlets();

        /**
         * Gives every word once, in any order, with the outlets that use it. Each call must give the same
         * words and counts.
         *
         * @param visitor called once per word
         */
        void forEachWord(WordVisitor visitor);
    }

    /** Receives one word of a {@link CountStream} at a time. */
    @FunctionalInterface
    public interface WordVisitor {
        /**
         * One word and its counts; the arrays are reused once this returns.
         *
         * @param word the word
         * @param outlets numbers (into {@link CountStream#outlets()}) of the outlets that use it, in {@code [0, n)}, distinct
         * @param counts the word's count at each of those outlets, in {@code [0, n)}
         * @param n how many outlets use it
         */
        void word(String word, int[] outlets, long[] counts, int n);
    }

    /**
     * The same as {@link #compute(Map, double, int)} for counts read word by word: the {@code top} words
     * with the highest z for each outlet, with the same scores and order, in memory that grows with the
     * number of outlets and {@code top}, not with the vocabulary.
     *
     * @param counts word counts per outlet
     * @param priorSize α_0, the prior's total pseudo-count; greater than 0
     * @param top words kept per outlet; 0 or less keeps none
     * @return for each outlet with words, its {@code top} words, highest z first (ties by word); a sorted map
     * @throws IllegalArgumentException if fewer than two outlets have words or priorSize is not positive
     */
    public static Map<String, List<Word>> compute(CountStream counts, double priorSize, int top) {
        if (!(priorSize > 0)) {
            throw new IllegalArgumentException("priorSize must be > 0: " + priorSize);
        }
        List<String> outlets = List.copyOf(counts.outlets());
        int m = outlets.size();
        long[] outletTotal = new long[m];
        counts.forEachWord((w, os, cs, n) -> {
            for (int k = 0; k < n; k++) {
                outletTotal[os[k]] += cs[k];
            }
        });
        Map<String, Integer> withWords = new TreeMap<>();
        long corpus = 0;
        for (int o = 0; o < m; o++) {
            if (outletTotal[o] > 0) {
                withWords.put(outlets.get(o), o);
                corpus += outletTotal[o];
            }
        }
        if (withWords.size() < 2) {
            throw new IllegalArgumentException("distinctive words need at least two outlets with words; found "
                    + withWords.keySet());
        }
        long c0 = corpus;
        Best[] best = new Best[m];
        for (int o : withWords.values()) {
            best[o] = new Best(top);
        }
        // first each outlet's own words (see compute(Map...) for why that usually suffices) ...
        counts.forEachWord((w, os, cs, n) -> {
            long c = 0;
            for (int k = 0; k < n; k++) {
                c += cs[k];
            }
            for (int k = 0; k < n; k++) {
                if (best[os[k]] != null) {
                    best[os[k]].offer(w, cs[k], c, outletTotal[os[k]], c0, priorSize);
                }
            }
        });
        // ... then, for outlets whose top is not settled by them, every word of the corpus
        List<Integer> unsettled = new ArrayList<>();
        for (int o : withWords.values()) {
            if (top > 0 && best[o].unsettled()) {
                best[o] = new Best(top);
                unsettled.add(o);
            }
        }
        if (!unsettled.isEmpty()) {
            long[] yi = new long[m];
            counts.forEachWord((w, os, cs, n) -> {
                long c = 0;
                for (int k = 0; k < n; k++) {
                    c += cs[k];
                    yi[os[k]] = cs[k];
                }
                for (int o : unsettled) {
                    best[o].offer(w, yi[o], c, outletTotal[o], c0, priorSize);
                }
                for (int k = 0; k < n; k++) {
                    yi[os[k]] = 0;
                }
            });
        }
        Map<String, List<Word>> out = new TreeMap<>();
        withWords.forEach((o, i) -> out.put(o, best[i].list()));
        return out;
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
