package org.slant.features.lexicon.internal;

import java.util.Arrays;

/**
 * The matcher's word tokens: maximal runs of letters and digits, lower-cased char by char (so offsets
 * stay those of the input). Hyphens, apostrophes (' and ’) and all other punctuation separate words.
 * {@link #joined} says whether a token may continue a multi-word term begun by the previous token: only
 * spaces, hyphens, apostrophes and slashes may lie between them, never sentence punctuation or a line
 * break. Not thread-safe; reuse one instance per thread.
 *
 * <p>Splitting makes no strings: the lower-cased characters stay in one buffer, each token with its
 * {@link String#hashCode} hash, so that {@link TokenTrie} and {@link #is} compare characters; {@link #word}
 * makes a token's string on first request.
 */
public final class Tokens {
    private int[] starts = new int[256];
    private int[] ends = new int[256];
    private int[] hashes = new int[256];
    private boolean[] joined = new boolean[256];
    private String[] words = new String[256];
    private int size;
    /** Per-char lower case of the text, at the text's offsets. */
    private char[] lower = new char[1024];

    /** Which ASCII characters are letters or digits. */
    private static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD[c] = Character.isLetterOrDigit(c);
        }
    }

    private static boolean isWord(char c) {
        return c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
    }

    /** Splits the text into tokens, replacing the previous contents. */
    public Tokens split(CharSequence text) {
        Arrays.fill(words, 0, size, null);
        size = 0;
        int n = text.length();
        if (lower.length < n) {
            lower = new char[Math.max(n, lower.length * 2)];
        }
        char[] low = lower;
        if (text instanceof String s) {
            s.getChars(0, n, low, 0);
        } else {
            for (int k = 0; k < n; k++) {
                low[k] = text.charAt(k);
            }
        }
        int i = 0;
        boolean join = false;
        while (i < n) {
            char c = low[i];
            if (isWord(c)) {
                int s = i;
                int h = 0;
                while (i < n) {
                    char d = low[i];
                    if (d < 128) {
                        if (!ASCII_WORD[d]) {
                            break;
                        }
                        if (d >= 'A' && d <= 'Z') {
                            d = (char) (d + 32);
                        }
                    } else if (Character.isLetterOrDigit(d)) {
                        d = Character.toLowerCase(d);
                    } else {
                        break;
                    }
                    low[i] = d;
                    h = 31 * h + d;
                    i++;
                }
                add(s, i, join, h);
                join = true;
            } else {
                if (!isJoiner(c)) {
                    join = false;
                }
                i++;
            }
        }
        return this;
    }

    /** The number of tokens {@link #split} would find in {@code text[from, to)}, without making them. */
    public static int count(CharSequence text, int from, int to) {
        int n = 0;
        boolean inWord = false;
        for (int i = from; i < to; i++) {
            boolean w = isWord(text.charAt(i));
            if (w && !inWord) {
                n++;
            }
            inWord = w;
        }
        return n;
    }

    private static boolean isJoiner(char c) {
        return c == ' ' || c == '\t' || c == '-' || c == '\'' || c == '\u2019' || c == '\u2018' || c == '/'
                || c == '\u00a0' || c == '\u2010' || c == '\u2011';
    }

    private void add(int s, int e, boolean join, int hash) {
        if (size == starts.length) {
            int cap = size * 2;
            starts = Arrays.copyOf(starts, cap);
            ends = Arrays.copyOf(ends, cap);
            hashes = Arrays.copyOf(hashes, cap);
            joined = Arrays.copyOf(joined, cap);
            words = Arrays.copyOf(words, cap);
        }
        starts[size] = s;
        ends[size] = e;
        hashes[size] = hash;
        joined[size] = join;
        size++;
    }

    /** Number of tokens. */
    public int size() {
        return size;
    }

    /** First character of token {@code i}. */
    public int start(int i) {
        return starts[i];
    }

    /** Offset after token {@code i}. */
    public int end(int i) {
        return ends[i];
    }

    /** Lower-cased text of token {@code i}. */
    public String word(int i) {
        String w = words[i];
        if (w == null) {
            w = new String(lower, starts[i], ends[i] - starts[i]);
            words[i] = w;
        }
        return w;
    }

    /** Whether token {@code i} may continue a term begun by token {@code i - 1}. */
    public boolean joined(int i) {
        return joined[i];
    }

    /** The {@link String#hashCode} of {@link #word}{@code (i)}, without making the string. */
    int hash(int i) {
        return hashes[i];
    }

    /** Whether {@link #word}{@code (i)} equals {@code w} (with its hash {@code h}), without making the string. */
    boolean is(int i, String w, int h) {
        int s = starts[i];
        int len = ends[i] - s;
        if (hashes[i] != h || len != w.length()) {
            return false;
        }
        char[] low = lower;
        for (int k = 0; k < len; k++) {
            if (low[s + k] != w.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@link #word}{@code (i)} equals {@code lowerCased}, without making the string. */
    public boolean is(int i, String lowerCased) {
        return is(i, lowerCased, lowerCased.hashCode());
    }

    /** Whether {@link #word}{@code (i)} is one of {@code set}, without making the string. */
    public boolean in(int i, WordSet set) {
        return set.contains(this, i);
    }
}
