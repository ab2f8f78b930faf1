package org.slant.features.lexicon.internal;

import java.util.Set;

/**
 * A fixed set of lower-case words that {@link Tokens} tests by their characters, without making a string
 * per token. Immutable and thread-safe.
 */
public final class WordSet {
    private final String[] words;
    private final int[] hashes;
    private final int mask;

    private WordSet(Set<String> words) {
        int cap = Integer.highestOneBit(Math.max(4, words.size() * 4) - 1) << 1;
        this.words = new String[cap];
        this.hashes = new int[cap];
        this.mask = cap - 1;
        for (String w : words) {
            int s = slot(w.hashCode());
            while (this.words[s] != null) {
                s = (s + 1) & mask;
            }
            this.words[s] = w;
            this.hashes[s] = w.hashCode();
        }
    }

    /** The set of these words. */
    public static WordSet of(Set<String> words) {
        return new WordSet(Set.copyOf(words));
    }

    private int slot(int h) {
        return slot(h, mask);
    }

    /**
     * The first slot of a word with String hash {@code h} in an open-addressing table of {@code mask + 1}
     * slots (a power of two); shared with {@link TokenTrie}. Spreads the hash, whose low bits alone cluster.
     */
    static int slot(int h, int mask) {
        int x = h * 0x9E3779B9;
        return (x ^ (x >>> 16)) & mask;
    }

    boolean contains(Tokens tokens, int i) {
        int h = tokens.hash(i);
        for (int s = slot(h); words[s] != null; s = (s + 1) & mask) {
            if (tokens.is(i, words[s], h)) {
                return true;
            }
        }
        return false;
    }
}
