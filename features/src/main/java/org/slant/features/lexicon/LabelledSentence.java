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

    /** A half-open character span. */
    public record Span(int start, int end) {
        public Span {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
            }
        }
    }

    /** Whether a word [start, end) overlaps a marked span. */
    public boolean marks(int start, int end) {
        for (Span s : biasedSpans) {
            if (start < s.end() && s.start() < end) {
                return true;
            }
        }
        return false;
    }
}
