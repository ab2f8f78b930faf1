package org.slant.features.lexicon;

/**
 * Scores how likely a word is to be bias-inducing. Implementations must be immutable and thread-safe,
 * never throw for any well-formed {@link WordFeatures}, and return a finite value in [0, 1].
 * {@link HeuristicWordModel} is the default; a trained model plugs in here.
 */
public interface WordModel {

    /** The word's score in [0, 1]; higher means more likely bias-inducing. */
    double score(WordFeatures word);

    /** Score at or above which a word is flagged; 0.5 unless the model was calibrated otherwise. */
    default double threshold() {
        return 0.5;
    }

    /** Highest word score at or above which a sentence is labelled biased; {@link #threshold()} by default. */
    default double sentenceThreshold() {
        return threshold();
    }
}
