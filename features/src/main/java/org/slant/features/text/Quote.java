package org.slant.features.text;

/**
 * A quotation: the text between a pair of quotation marks, marks included.
 *
 * <p>Quotes that continue over paragraphs (no closing mark at a paragraph's end, an opening mark at the
 * next one's start) form one quote. A quote whose closing mark is missing ends at its block's end and has
 * {@code closed == false}.
 *
 * @param start offset of the opening mark
 * @param end offset after the closing mark, or the block end when unclosed
 * @param depth 0 for an outermost quote, 1 for a quote inside it, ...
 * @param closed whether a closing mark was found
 * @param markWidth characters per quotation mark: 1, or 2 for typewriter pairs such as {@code ''} and
 *     {@code ``}
 */
public record Quote(int start, int end, int depth, boolean closed, int markWidth) {
    /**
     * Validates the quote.
     *
     * @param start offset of the opening mark, 0 or more
     * @param end offset after the closing mark or block end, greater than {@code start}
     * @param depth nesting depth, 0 or more
     * @param closed whether a closing mark was found
     * @param markWidth characters per mark, 1 or 2
     * @throws IllegalArgumentException if a value is outside its range
     */
    public Quote {
        if (start < 0 || end <= start || depth < 0 || markWidth < 1 || markWidth > 2) {
            throw new IllegalArgumentException("bad quote [" + start + ", " + end + ")");
        }
    }

    /**
     * Finds where the quoted words begin.
     *
     * @return the offset of the first character after the opening mark, at most {@link #end()}
     */
    public int contentStart() {
        return Math.min(end, start + markWidth);
    }

    /**
     * Finds where the quoted words end.
     *
     * @return the offset before the closing mark, or {@link #end()} when unclosed; at least
     *     {@link #contentStart()}
     */
    public int contentEnd() {
        return closed ? Math.max(contentStart(), end - markWidth) : end;
    }

    /**
     * Tells whether a character is part of the quote.
     *
     * @param offset a character offset in the layer's text
     * @return true if {@code offset} lies inside the quote, marks included
     */
    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
