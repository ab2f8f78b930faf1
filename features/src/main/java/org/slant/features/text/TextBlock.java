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
    public TextBlock {
        if (start < 0 || end < start || kind == null) {
            throw new IllegalArgumentException("bad block [" + start + ", " + end + ") " + kind);
        }
    }
}
