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
    public ScareQuote {
        if (start < 0 || end <= start || term == null) {
            throw new IllegalArgumentException("bad scare quote [" + start + ", " + end + ")");
        }
    }
}
