package org.slant.ingest;

/**
 * One block of an article's plain text: a half-open character range {@code [start, end)} into
 * {@link Article#text()}, with its kind.
 *
 * @param kind what the block is
 * @param start first character, inclusive
 * @param end last character, exclusive
 */
public record Block(BlockKind kind, int start, int end) {
    /**
     * Validates the block.
     *
     * @param kind what the block is; not null
     * @param start first character, inclusive; 0 or more
     * @param end last character, exclusive; at least {@code start}
     * @throws IllegalArgumentException if {@code kind} is null, {@code start} is negative or {@code end}
     *     is before {@code start}; whether the range fits the article's text is checked by {@link Article}
     */
    public Block {
        if (kind == null) {
            throw new IllegalArgumentException("block kind is required");
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad block range [" + start + ", " + end + ")");
        }
    }

    /**
     * The size of the block in the article's text.
     *
     * @return {@code end - start}, in UTF-16 chars; never negative
     */
    public int length() {
        return end - start;
    }
}
