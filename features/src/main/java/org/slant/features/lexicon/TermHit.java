package org.slant.features.lexicon;

/**
 * A lexicon term found in a text.
 *
 * @param start first character of the match, inclusive
 * @param end last character, exclusive
 * @param entry the entry matched; a span matching entries of several categories yields one hit each
 */
public record TermHit(int start, int end, LexiconEntry entry) {
    public TermHit {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad hit range [" + start + ", " + end + ")");
        }
        if (entry == null) {
            throw new IllegalArgumentException("hit entry is required");
        }
    }
}
