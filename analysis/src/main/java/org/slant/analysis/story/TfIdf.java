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
