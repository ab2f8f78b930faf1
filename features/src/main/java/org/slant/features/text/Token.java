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
    public Token {
        if (start < 0 || end <= start || text == null) {
            throw new IllegalArgumentException("bad token [" + start + ", " + end + ")");
        }
    }
}
