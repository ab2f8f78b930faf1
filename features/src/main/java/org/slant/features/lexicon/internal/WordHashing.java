package org.slant.features.lexicon.internal;

import java.util.List;
import org.slant.features.lexicon.WordFeatures;

/**
 * Turns {@link WordFeatures} into hashed sparse features for the logistic word model: the dense vector
 * (scaled to about [0, 1]) plus the word itself, its suffixes, its neighbours and its categories crossed
 * with its voice. Feature i of the dense part gets index {@code i}; strings are hashed above them.
 */
public final class WordHashing {
    private WordHashing() {
    }

    /** Sparse features of one word; {@code idx}/{@code val} must hold {@link #MAX_FEATURES}; returns the count. */
    public static int features(WordFeatures w, int bits, int[] idx, double[] val) {
        int mask = (1 << bits) - 1;
        List<Double> dense = w.vector();
        int n = 0;
        idx[n] = 0;
        val[n++] = 1.0; // bias
        int d = dense.size();
        for (int i = 0; i < d; i++) {
            double v = dense.get(i);
            if (v == 0) {
                continue;
            }
            String name = WordFeatures.VECTOR_NAMES.get(i);
            if (name.equals("loaded_in_sentence")) {
                v = Math.min(v, 5) / 5;
            } else if (name.equals("sentence_words")) {
                v = Math.min(v, 100) / 50;
            } else if (name.equals("word_length")) {
                v = Math.min(v, 20) / 10;
            }
            idx[n] = 1 + i;
            val[n++] = v;
        }
        int base = 1 + d;
        String word = w.word();
        n = put(idx, val, n, "w=" + word, base, mask);
        if (word.length() > 4) {
            n = put(idx, val, n, "s3=" + word.substring(word.length() - 3), base, mask);
            n = put(idx, val, n, "p4=" + word.substring(0, 4), base, mask);
        }
        n = put(idx, val, n, "st=" + stem(word), base, mask);
        n = put(idx, val, n, "pw=" + w.previousWord(), base, mask);
        n = put(idx, val, n, "nw=" + w.nextWord(), base, mask);
        n = put(idx, val, n, "bg=" + w.previousWord() + "_" + word, base, mask);
        for (var c : w.categories()) {
            n = put(idx, val, n, "cv=" + c.key() + "_" + w.voice(), base, mask);
        }
        return n;
    }

    /** A crude stem shared by a word's inflections ("slammed", "slams" -> "slam"), so they share evidence. */
    static String stem(String w) {
        for (String suffix : new String[] {"ingly", "edly", "ing", "ed", "ly", "es", "s"}) {
            if (w.length() > suffix.length() + 3 && w.endsWith(suffix)) {
                String s = w.substring(0, w.length() - suffix.length());
                int n = s.length();
                return n > 2 && s.charAt(n - 1) == s.charAt(n - 2) ? s.substring(0, n - 1) : s;
            }
        }
        return w;
    }

    /** Upper bound on the features of one word. */
    public static final int MAX_FEATURES = 64;

    private static int put(int[] idx, double[] val, int n, String key, int base, int mask) {
        if (n >= MAX_FEATURES) {
            return n;
        }
        int h = key.hashCode() * 0x9E3779B1;
        int i = base + ((h ^ (h >>> 15)) & mask);
        idx[n] = i;
        val[n] = 1.0;
        return n + 1;
    }
}
