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
    public Block {
        if (kind == null) {
            throw new IllegalArgumentException("block kind is required");
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad block range [" + start + ", " + end + ")");
        }
    }

    /** Number of characters in the block. */
    public int length() {
        return end - start;
    }
}
