package org.slant.analysis.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.slant.analysis.text.Tokens;

/** Sparse TF-IDF vectors ({@code (1 + ln tf) · ln((1 + N) / (1 + df)) + 1}, unit length) over Slant's tokens. */
final class TfIdf {
    private TfIdf() {}

    static List<Map<String, Double>> vectors(List<String> texts) {
        List<Map<String, Integer>> counts = new ArrayList<>(texts.size());
        Map<String, Integer> df = new HashMap<>();
        for (String t : texts) {
            Map<String, Integer> c = new HashMap<>();
            for (String tok : Tokens.of(t)) {
                c.merge(tok, 1, Integer::sum);
            }
            counts.add(c);
            for (String tok : new HashSet<>(c.keySet())) {
                df.merge(tok, 1, Integer::sum);
            }
        }
        int n = texts.size();
        List<Map<String, Double>> out = new ArrayList<>(n);
        for (Map<String, Integer> c : counts) {
            Map<String, Double> v = new HashMap<>();
            double norm = 0;
            for (Map.Entry<String, Integer> e : c.entrySet()) {
                double w = (1 + Math.log(e.getValue())) * (Math.log((1.0 + n) / (1.0 + df.get(e.getKey()))) + 1);
                v.put(e.getKey(), w);
                norm += w * w;
            }
            double s = norm > 0 ? 1 / Math.sqrt(norm) : 0;
            v.replaceAll((k, w) -> w * s);
            out.add(v);
        }
        return out;
    }

    /**
     * A vector of {@link #vectors} with its words numbered: the entries in the map's iteration order (the
     * order {@link #cosine(Map, Map)} sums in) and the word numbers sorted, for binary search.
     */
    static final class Sparse {
        final int[] ids;
        final double[] weights;
        final int[] sortedIds;
        final double[] sortedWeights;

        private Sparse(int[] ids, double[] weights) {
            this.ids = ids;
            this.weights = weights;
            long[] packed = new long[ids.length]; // (id, position) pairs, so one sort of primitives suffices
            for (int k = 0; k < ids.length; k++) {
                packed[k] = (long) ids[k] << 32 | k;
            }
            java.util.Arrays.sort(packed);
            this.sortedIds = new int[ids.length];
            this.sortedWeights = new double[ids.length];
            for (int k = 0; k < packed.length; k++) {
                sortedIds[k] = (int) (packed[k] >>> 32);
                sortedWeights[k] = weights[(int) packed[k]];
            }
        }

        int size() {
            return ids.length;
        }
    }

    /** {@link #vectors}, with the words numbered in first-seen order. */
    static List<Sparse> sparse(List<String> texts) {
        List<Map<String, Double>> maps = vectors(texts);
        Map<String, Integer> numbers = new HashMap<>();
        List<Sparse> out = new ArrayList<>(maps.size());
        for (Map<String, Double> v : maps) {
            int[] ids = new int[v.size()];
            double[] ws = new double[v.size()];
            int k = 0;
            for (Map.Entry<String, Double> e : v.entrySet()) {
                Integer id = numbers.get(e.getKey());
                if (id == null) {
                    id = numbers.size();
                    numbers.put(e.getKey(), id);
                }
                ids[k] = id;
                ws[k++] = e.getValue();
            }
            out.add(new Sparse(ids, ws));
        }
        return out;
    }

    /**
     * {@link #cosine(Map, Map)} of the same vectors, to the last bit: it sums the same products in the same
     * order (the smaller vector's, the first one's on a tie), finding each word by binary search instead of
     * hashing a string.
     */
    static double cosine(Sparse a, Sparse b) {
        if (a.size() > b.size()) {
            Sparse t = a;
            a = b;
            b = t;
        }
        int[] ids = a.ids;
        double[] ws = a.weights;
        int[] other = b.sortedIds;
        double dot = 0;
        for (int k = 0; k < ids.length; k++) {
            int at = java.util.Arrays.binarySearch(other, ids[k]);
            if (at >= 0) {
                dot += ws[k] * b.sortedWeights[at];
            }
        }
        return dot;
    }

    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        if (a.size() > b.size()) {
            Map<String, Double> t = a;
            a = b;
            b = t;
        }
        double dot = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double w = b.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        return dot;
    }
}
