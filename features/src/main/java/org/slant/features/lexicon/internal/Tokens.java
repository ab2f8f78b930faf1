package org.slant.features.lexicon.internal;

/**
 * The matcher's word tokens: maximal runs of letters and digits, lower-cased char by char (so offsets
 * stay those of the input). Hyphens, apostrophes (' and ’) and all other punctuation separate words.
 * {@link #joined} says whether a token may continue a multi-word term begun by the previous token: only
 * spaces, hyphens, apostrophes and slashes may lie between them, never sentence punctuation or a line
 * break. Not thread-safe; reuse one instance per thread.
 */
public final class Tokens {
    private int[] starts = new int[256];
    private int[] ends = new int[256];
    private boolean[] joined = new boolean[256];
    private String[] words = new String[256];
    private int size;
    private char[] buf = new char[64];

    /** Splits the text into tokens, replacing the previous contents. */
    public Tokens split(CharSequence text) {
        size = 0;
        int n = text.length();
        int i = 0;
        boolean join = false;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int s = i;
                int len = 0;
                while (i < n) {
                    char d = text.charAt(i);
                    if (!Character.isLetterOrDigit(d)) {
                        break;
                    }
                    if (len == buf.length) {
                        buf = java.util.Arrays.copyOf(buf, len * 2);
                    }
                    buf[len++] = Character.toLowerCase(d);
                    i++;
                }
                add(s, i, join, new String(buf, 0, len));
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
            boolean w = Character.isLetterOrDigit(text.charAt(i));
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

    private void add(int s, int e, boolean join, String word) {
        if (size == starts.length) {
            int cap = size * 2;
            starts = java.util.Arrays.copyOf(starts, cap);
            ends = java.util.Arrays.copyOf(ends, cap);
            joined = java.util.Arrays.copyOf(joined, cap);
            words = java.util.Arrays.copyOf(words, cap);
        }
        starts[size] = s;
        ends[size] = e;
        joined[size] = join;
        words[size] = word;
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
        return words[i];
    }

    /** Whether token {@code i} may continue a term begun by token {@code i - 1}. */
    public boolean joined(int i) {
        return joined[i];
    }
}
