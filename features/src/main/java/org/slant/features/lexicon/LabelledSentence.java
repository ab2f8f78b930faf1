package org.slant.features.lexicon;

import java.util.List;

/**
 * A training sentence: its text, the spans annotators marked as bias-inducing, and a group (e.g. the
 * source article) that cross-validation keeps on one side of a split.
 *
 * @param id the sentence id
 * @param text the sentence
 * @param biasedSpans marked spans, offsets into {@code text}; empty if none
 * @param group grouping key for cross-validation; the id when the data has none
 * @param biased the sentence-level label
 */
public record LabelledSentence(String id, String text, List<Span> biasedSpans, String group, boolean biased) {
    /**
     * Validates the sentence; null spans become none and a null or blank group becomes the id.
     *
     * @param id the sentence id; not null
     * @param text the sentence; not null
     * @param biasedSpans marked spans within {@code text}, or null for none
     * @param group grouping key, or null or blank for the id
     * @param biased the sentence-level label
     * @throws IllegalArgumentException if {@code id} or {@code text} is null, or a span runs past the text
     */
    public LabelledSentence {
        if (id == null || text == null) {
            throw new IllegalArgumentException("sentence id and text are required");
        }
        biasedSpans = List.copyOf(biasedSpans == null ? List.of() : biasedSpans);
        for (Span s : biasedSpans) {
            if (s.end() > text.length()) {
                throw new IllegalArgumentException("sentence " + id + ": span " + s + " runs past the text");
            }
        }
        group = group == null || group.isBlank() ? id : group;
    }

    /**
     * A half-open character span.
     *
     * @param start first character, inclusive
     * @param end last character, exclusive
     */
    public record Span(int start, int end) {
        /**
         * Validates the span.
         *
         * @param start first character, 0 or more
         * @param end last character, exclusive; at least {@code start}
         * @throws IllegalArgumentException if {@code start} is negative or {@code end} is before it
         */
        public Span {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
            }
        }
    }

    /**
     * Tells whether annotators marked a word, for the word's training label.
     *
     * @param start the word's first character, inclusive
     * @param end the word's last character, exclusive
     * @return true if [start, end) overlaps a marked span by at least one character
     */
    public boolean marks(int start, int end) {
        for (Span s : biasedSpans) {
            if (start < s.end() && s.start() < end) {
                return true;
            }
        }
        return false;
    }
}
