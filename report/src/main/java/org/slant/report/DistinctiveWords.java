package org.slant.report;

import java.util.List;

/**
 * The words that set one outlet apart from the others (log-odds with an informative prior).
 *
 * @param outlet outlet name
 * @param terms terms in display order, most distinctive first
 */
public record DistinctiveWords(String outlet, List<TermScore> terms) {
    /**
     * Validates the entry; the terms are copied unmodifiably, null meaning none.
     *
     * @param outlet outlet name; not null or blank
     * @param terms terms, most distinctive first; may be null, must not contain null
     * @throws IllegalArgumentException if {@code outlet} is null or blank, or {@code terms} contains null
     */
    public DistinctiveWords {
        Checks.required(outlet, "outlet name");
        terms = Checks.list(terms, "distinctive terms of " + outlet);
    }

    /**
     * One distinctive term.
     *
     * @param term the word or phrase
     * @param z its z-score
     */
    public record TermScore(String term, double z) {
        /**
         * Validates the term.
         *
         * @param term the word or phrase; not null or blank
         * @param z its z-score; finite
         * @throws IllegalArgumentException if {@code term} is null or blank, or {@code z} is NaN or infinite
         */
        public TermScore {
            Checks.required(term, "term");
            Checks.finite(z, "z of term " + term);
        }
    }
}
