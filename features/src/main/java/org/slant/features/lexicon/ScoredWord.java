package org.slant.features.lexicon;

/**
 * A word with its model score.
 *
 * @param features what the model saw
 * @param score the model's score in [0, 1]
 * @param flagged whether the score reaches the model's threshold
 */
public record ScoredWord(WordFeatures features, double score, boolean flagged) {
    /**
     * Validates the scored word.
     *
     * @param features what the model saw; not null
     * @param score the model's score, in [0, 1]
     * @param flagged whether the score reaches the threshold
     * @throws IllegalArgumentException if {@code features} is null or {@code score} is outside [0, 1] or NaN
     */
    public ScoredWord {
        if (features == null || !(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("features required and score in [0, 1], was " + score);
        }
    }
}
