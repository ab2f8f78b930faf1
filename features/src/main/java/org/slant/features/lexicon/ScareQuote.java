package org.slant.features.lexicon;

/**
 * A short name or term set in quotation marks that is not quoted speech: the outlet distances itself
 * from the word ('Israel', the "peace process").
 *
 * @param start offset of the opening mark
 * @param end offset after the closing mark
 * @param term the words inside the marks
 */
public record ScareQuote(int start, int end, String term) {
    /**
     * Validates the scare quote.
     *
     * @param start offset of the opening mark, 0 or more
     * @param end offset after the closing mark, greater than {@code start}
     * @param term the words inside the marks; not null
     * @throws IllegalArgumentException if the range is empty or invalid or {@code term} is null
     */
    public ScareQuote {
        if (start < 0 || end <= start || term == null) {
            throw new IllegalArgumentException("bad scare quote [" + start + ", " + end + ")");
        }
    }
}
