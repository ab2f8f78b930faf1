package org.slant.features.lexicon;

/**
 * Scores how likely a word is to be bias-inducing. Implementations must be immutable and thread-safe,
 * never throw for any well-formed {@link WordFeatures}, and return a finite value in [0, 1].
 * {@link HeuristicWordModel} is the default; a trained model plugs in here.
 */
public interface WordModel {

    /**
     * Scores one word in its sentence.
     *
     * @param word the word's features
     * @return a finite score in [0, 1]; higher means more likely bias-inducing
     */
    double score(WordFeatures word);

    /**
     * Gives the score at or above which a word is flagged.
     *
     * @return the threshold in [0, 1]; 0.5 unless the model was calibrated otherwise
     */
    default double threshold() {
        return 0.5;
    }

    /**
     * Gives the highest word score at or above which a sentence is labelled biased.
     *
     * @return the threshold in [0, 1]; {@link #threshold()} by default
     */
    default double sentenceThreshold() {
        return threshold();
    }
}
