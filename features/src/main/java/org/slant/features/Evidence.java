package org.slant.features;

/**
 * A span of {@link org.slant.ingest.Article#text()} behind a feature value.
 *
 * @param start first character, inclusive
 * @param end last character, exclusive; {@code end >= start}
 * @param kind what the span is, e.g. {@code "quote"}, {@code "cue"}, {@code "source"}, {@code "credit"}
 * @param note a short human-readable explanation, e.g. the resolved speaker; may be empty, never null
 */
public record Evidence(int start, int end, String kind, String note) {
    /**
     * Validates the span; a null note becomes empty.
     *
     * @param start first character, 0 or more
     * @param end last character, exclusive; at least {@code start}
     * @param kind what the span is; not null or blank
     * @param note a short explanation, or null
     * @throws IllegalArgumentException if the range is invalid or {@code kind} is null or blank
     */
    public Evidence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad evidence range [" + start + ", " + end + ")");
        }
        if (kind == null || kind.isBlank()) {
            throw new IllegalArgumentException("evidence kind is required");
        }
        note = note == null ? "" : note;
    }

    /**
     * Measures the span.
     *
     * @return the number of characters covered, 0 or more
     */
    public int length() {
        return end - start;
    }
}
