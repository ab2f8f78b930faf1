package org.slant.features.text;

/**
 * A sentence: never crosses a block boundary.
 *
 * @param start first character, inclusive
 * @param end last character, exclusive (after the final punctuation and any closing quote)
 * @param block index of the block in {@link TextLayer#blocks()}
 * @param firstToken index of its first token in the layer, or the next token's index if it has none
 * @param endToken index after its last token
 */
public record Sentence(int start, int end, int block, int firstToken, int endToken) {
    /**
     * Validates the sentence.
     *
     * @param start first character, 0 or more
     * @param end last character, exclusive; at least {@code start}
     * @param block index of the block, 0 or more
     * @param firstToken index of its first token, 0 or more
     * @param endToken index after its last token; at least {@code firstToken}
     * @throws IllegalArgumentException if a value is outside its range
     */
    public Sentence {
        if (start < 0 || end < start || block < 0 || firstToken < 0 || endToken < firstToken) {
            throw new IllegalArgumentException("bad sentence [" + start + ", " + end + ")");
        }
    }
}
