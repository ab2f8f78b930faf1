package org.slant.report;

import java.util.List;

/**
 * The words that set one outlet apart from the others (log-odds with an informative prior).
 *
 * @param outlet outlet name
 * @param terms terms in display order, most distinctive first
 */
public record DistinctiveWords(String outlet, List<TermScore> terms) {
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
        public TermScore {
            Checks.required(term, "term");
            Checks.finite(z, "z of term " + term);
        }
    }
}
