package org.slant.analysis.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.slant.analysis.table.FeatureTable;
import org.slant.analysis.table.FeatureVector;
import org.slant.analysis.table.Row;

/**
 * Ranks features by information gain about the label: each feature is split once into "above its
 * threshold" and "not", where the threshold is 0 for features that are zero in at least half the rows
 * (word counts: present or absent) and the median otherwise. Missing values are left out of that
 * feature's computation. Labelled rows only.
 */
public final class FeatureRanking {
    private FeatureRanking() {}

    /**
     * One ranked feature.
     *
     * @param name column name
     * @param infoGain information gain in bits
     * @param threshold the split point used
     */
    public record Ranked(String name, double infoGain, double threshold) {}

    /**
     * Ranks every column of a table by information gain about its labels.
     *
     * @param table the table; only labelled rows count
     * @param top how many features to return; 0 or more
     * @return the {@code top} most informative features (all of them if fewer), best first, ties in column
     *     order; a column without values has gain 0
     * @throws IllegalArgumentException if {@code top} is negative
     */
    public static List<Ranked> infoGain(FeatureTable table, int top) {
        List<String> classes = table.labels();
        Map<String, Integer> ci = Classifiers.index(classes);
        List<Row> rows = table.rows().stream().filter(r -> r.label() != null).toList();
        int k = classes.size();
        int width = table.columns().size();
        // per column: the non-zero stored values, for thresholds and counts
        List<List<double[]>> byColumn = new ArrayList<>(width);
        for (int c = 0; c < width; c++) {
            byColumn.add(new ArrayList<>());
        }
        int[] classTotal = new int[k];
        for (Row r : rows) {
            int y = ci.get(r.label());
            classTotal[y]++;
            FeatureVector v = r.values();
            for (int s = 0; s < v.storedCount(); s++) {
                byColumn.get(v.storedIndex(s)).add(new double[] {v.storedValue(s), y});
            }
        }
        List<Ranked> out = new ArrayList<>(width);
        for (int c = 0; c < width; c++) {
            List<double[]> stored = byColumn.get(c);
            int[] missingByClass = new int[k];
            List<double[]> present = new ArrayList<>(stored.size());
            for (double[] e : stored) {
                if (Double.isNaN(e[0])) {
                    missingByClass[(int) e[1]]++;
                } else {
                    present.add(e);
                }
            }
            int[] total = new int[k];
            int n = 0;
            for (int y = 0; y < k; y++) {
                total[y] = classTotal[y] - missingByClass[y];
                n += total[y];
            }
            if (n == 0) {
                out.add(new Ranked(table.columns().get(c).name(), 0, 0));
                continue;
            }
            int zeros = n - present.size();
            double threshold = 0;
            if (zeros * 2 < n) {
                double[] all = new double[n];
                int i = 0;
                for (double[] e : present) {
                    all[i++] = e[0];
                }
                Arrays.sort(all); // zeros are the remaining 0.0 entries
                threshold = all[(n - 1) / 2];
            }
            int[] above = new int[k];
            for (double[] e : present) {
                if (e[0] > threshold) {
                    above[(int) e[1]]++;
                }
            }
            int nAbove = Arrays.stream(above).sum();
            double h = entropy(total, n);
            int[] below = new int[k];
            for (int y = 0; y < k; y++) {
                below[y] = total[y] - above[y];
            }
            double cond = (nAbove * entropy(above, nAbove) + (n - nAbove) * entropy(below, n - nAbove)) / n;
            out.add(new Ranked(table.columns().get(c).name(), Math.max(0, h - cond), threshold));
        }
        out.sort(Comparator.comparingDouble(Ranked::infoGain).reversed());
        return out.subList(0, Math.min(top, out.size()));
    }

    private static double entropy(int[] counts, int n) {
        if (n == 0) {
            return 0;
        }
        double h = 0;
        for (int c : counts) {
            if (c > 0) {
                double p = (double) c / n;
                h -= p * Math.log(p) / Math.log(2);
            }
        }
        return h;
    }
}
