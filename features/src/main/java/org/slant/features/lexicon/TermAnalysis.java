package org.slant.features.lexicon;

import java.util.List;

/**
 * Loaded terms found in one text with their context.
 *
 * @param terms every occurrence, in text order
 * @param scareQuotes every scare quote, in text order
 * @param words number of word tokens in the text
 */
public record TermAnalysis(List<TermOccurrence> terms, List<ScareQuote> scareQuotes, int words) {
    /**
     * Copies both lists and validates the word count.
     *
     * @param terms every occurrence; not null
     * @param scareQuotes every scare quote; not null
     * @param words number of word tokens, 0 or more
     * @throws IllegalArgumentException if {@code words} is negative
     */
    public TermAnalysis {
        terms = List.copyOf(terms);
        scareQuotes = List.copyOf(scareQuotes);
        if (words < 0) {
            throw new IllegalArgumentException("negative word count");
        }
    }
}
