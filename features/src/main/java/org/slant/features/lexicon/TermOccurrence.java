package org.slant.features.lexicon;

/**
 * A term hit in its context.
 *
 * @param hit the match
 * @param voice narrator, or quoted when the hit lies inside a direct quote (scare quotes excluded)
 * @param negated whether a negator ("not", "never", "no", "n't", "without", ...) precedes it closely in
 *     the same sentence
 * @param scareQuoted whether the hit lies inside a {@link ScareQuote}
 * @param sentence index of its sentence in the text layer, or -1
 */
public record TermOccurrence(TermHit hit, Voice voice, boolean negated, boolean scareQuoted, int sentence) {
    /**
     * Validates the occurrence.
     *
     * @param hit the match; not null
     * @param voice narrator or quoted; not null
     * @param negated whether a negator precedes it closely
     * @param scareQuoted whether it lies inside a scare quote
     * @param sentence index of its sentence, or -1
     * @throws IllegalArgumentException if {@code hit} or {@code voice} is null
     */
    public TermOccurrence {
        if (hit == null || voice == null) {
            throw new IllegalArgumentException("hit and voice are required");
        }
    }

    /**
     * Gives the category of the entry matched, for grouping occurrences.
     *
     * @return {@code hit().entry().category()}
     */
    public Category category() {
        return hit.entry().category();
    }
}
