package org.slant.features.sourcing;

/**
 * A half-open character range {@code [start, end)} of an article's text.
 *
 * @param start first character, inclusive
 * @param end last character, exclusive; {@code end > start}
 */
public record Span(int start, int end) {
    /**
     * Validates the span.
     *
     * @param start first character, 0 or more
     * @param end last character, exclusive; greater than {@code start}
     * @throws IllegalArgumentException if {@code start} is negative or the span is empty
     */
    public Span {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /**
     * Measures the span.
     *
     * @return the number of characters covered, at least 1
     */
    public int length() {
        return end - start;
    }

    /**
     * Cuts the covered characters out of a text.
     *
     * @param text the text the span indexes
     * @return the covered characters
     * @throws IndexOutOfBoundsException if the span runs past {@code text}
     */
    public String of(String text) {
        return text.substring(start, end);
    }
}
