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
        int k = classes.size();
        int width = table.columns().size();
        // per column: the stored values and their rows' classes, in primitive arrays (12 bytes a value)
        double[][] value = new double[width][8];
        int[][] valueClass = new int[width][8];
        int[] stored = new int[width];
        int[] classTotal = new int[k];
        for (Row r : table.rows()) {
            if (r.label() == null) {
                continue;
            }
            int y = ci.get(r.label());
            classTotal[y]++;
            FeatureVector v = r.values();
            for (int s = 0; s < v.storedCount(); s++) {
                int c = v.storedIndex(s);
                if (stored[c] == value[c].length) {
                    value[c] = Arrays.copyOf(value[c], stored[c] * 2);
                    valueClass[c] = Arrays.copyOf(valueClass[c], stored[c] * 2);
                }
                value[c][stored[c]] = v.storedValue(s);
                valueClass[c][stored[c]++] = y;
            }
        }
        List<Ranked> out = new ArrayList<>(width);
        for (int c = 0; c < width; c++) {
            int[] missingByClass = new int[k];
            int presentCount = 0;
            for (int e = 0; e < stored[c]; e++) {
                if (Double.isNaN(value[c][e])) {
                    missingByClass[valueClass[c][e]]++;
                } else {
                    presentCount++;
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
            int zeros = n - presentCount;
            double threshold = 0;
            if (zeros * 2 < n) {
                double[] all = new double[n];
                int i = 0;
                for (int e = 0; e < stored[c]; e++) {
                    if (!Double.isNaN(value[c][e])) {
                        all[i++] = value[c][e];
                    }
                }
                Arrays.sort(all); // zeros are the remaining 0.0 entries
                threshold = all[(n - 1) / 2];
            }
            int[] above = new int[k];
            for (int e = 0; e < stored[c]; e++) {
                if (value[c][e] > threshold) { // false for NaN
                    above[valueClass[c][e]]++;
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
