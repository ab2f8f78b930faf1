package org.slant.analysis.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slant.analysis.table.FeatureTable;
import org.slant.analysis.table.FeatureVector;
import org.slant.analysis.table.Row;

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
     * @param counts word counts per outlet
     * @param priorSize α_0, the prior's total pseudo-count; greater than 0
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
            long nj = corpus - ni;
            List<Word> words = new ArrayList<>(total.size());
            for (Map.Entry<String, Long> e : total.entrySet()) {
                double a = priorSize * e.getValue() / corpus;
                long yi = mine.getOrDefault(e.getKey(), 0L);
                long yj = e.getValue() - yi;
                double d = Math.log((yi + a) / (ni + priorSize - yi - a)) - Math.log((yj + a) / (nj + priorSize - yj - a));
                double var = 1 / (yi + a) + 1 / (yj + a);
                words.add(new Word(e.getKey(), yi, yj, d, d / Math.sqrt(var)));
            }
            words.sort(Comparator.comparingDouble(Word::z).reversed().thenComparing(Word::word));
            out.put(o, List.copyOf(words.subList(0, Math.min(top, words.size()))));
        }
        return out;
    }

    /**
     * Word counts per outlet summed from a table's {@code w:} columns (word features with COUNT weighting);
     * rows without an outlet are left out.
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
                if (n.startsWith("w:") && !Double.isNaN(x)) {
                    m.merge(n.substring(2), Math.round(x), Long::sum);
                }
            }
        }
        return out;
    }
}
