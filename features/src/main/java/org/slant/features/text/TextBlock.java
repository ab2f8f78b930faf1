package org.slant.features.text;

import org.slant.ingest.BlockKind;

/**
 * A paragraph-level block of the text.
 *
 * @param start first character, inclusive
 * @param end last character, exclusive
 * @param kind the article block's kind; {@link BlockKind#PARAGRAPH} for plain text
 */
public record TextBlock(int start, int end, BlockKind kind) {
    /**
     * Validates the block.
     *
     * @param start first character, 0 or more
     * @param end last character, exclusive; at least {@code start}
     * @param kind the block's kind; not null
     * @throws IllegalArgumentException if {@code kind} is null or the range is invalid
     */
    public TextBlock {
        if (start < 0 || end < start || kind == null) {
            throw new IllegalArgumentException("bad block [" + start + ", " + end + ") " + kind);
        }
    }
}
