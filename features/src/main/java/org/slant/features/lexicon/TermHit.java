package org.slant.features.lexicon;

/**
 * A lexicon term found in a text.
 *
 * @param start first character of the match, inclusive
 * @param end last character, exclusive
 * @param entry the entry matched; a span matching entries of several categories yields one hit each
 */
public record TermHit(int start, int end, LexiconEntry entry) {
    /**
     * Validates the hit.
     *
     * @param start first character, 0 or more
     * @param end last character, exclusive; at least {@code start}
     * @param entry the entry matched; not null
     * @throws IllegalArgumentException if the range is invalid or {@code entry} is null
     */
    public TermHit {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad hit range [" + start + ", " + end + ")");
        }
        if (entry == null) {
            throw new IllegalArgumentException("hit entry is required");
        }
    }
}
