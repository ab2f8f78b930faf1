package org.slant.features.sourcing;

/**
 * A half-open character range {@code [start, end)} of an article's text.
 *
 * @param start first character, inclusive
 * @param end last character, exclusive; {@code end > start}
 */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** Number of characters covered. */
    public int length() {
        return end - start;
    }

    /** The covered text. */
    public String of(String text) {
        return text.substring(start, end);
    }
}
