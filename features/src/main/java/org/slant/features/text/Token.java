package org.slant.features.text;

/**
 * A token: a word (letters and digits, with inner apostrophes, hyphens and initialism dots) or one
 * punctuation character.
 *
 * @param start first character, inclusive
 * @param end last character, exclusive
 * @param text the token as written
 * @param word true for a word, false for punctuation
 */
public record Token(int start, int end, String text, boolean word) {
    /**
     * Validates the token.
     *
     * @param start first character, 0 or more
     * @param end last character, exclusive; greater than {@code start}
     * @param text the token as written; not null
     * @param word true for a word, false for punctuation
     * @throws IllegalArgumentException if {@code text} is null or the range is empty or invalid
     */
    public Token {
        if (start < 0 || end <= start || text == null) {
            throw new IllegalArgumentException("bad token [" + start + ", " + end + ")");
        }
    }
}
