package org.slant.features.lexicon;

/**
 * Settings of {@link WordModelTrainer}; round-trips through Jackson.
 *
 * @param epochs passes over the training words (1..100; default 10)
 * @param learningRate initial SGD step (default 0.1), decayed as {@code rate / sqrt(1 + epoch)}
 * @param l2 L2 penalty per step (default 1e-6)
 * @param hashBits log2 of the hashed feature space (10..24; default 18)
 * @param holdout share of training groups held out to choose the thresholds (0.05..0.5; default 0.2)
 * @param seed seed of every shuffle and split
 */
public record WordTrainerOptions(int epochs, double learningRate, double l2, int hashBits, double holdout, long seed) {
    /** Default seed, as everywhere in Slant. */
    public static final long DEFAULT_SEED = 42L;
    /** 10 epochs, step 0.1, L2 1e-6, 2^18 hashed features, a 20 % holdout and {@link #DEFAULT_SEED}. */
    public static final WordTrainerOptions DEFAULTS = new WordTrainerOptions(10, 0.1, 1e-6, 18, 0.2, DEFAULT_SEED);

    /**
     * Validates the settings.
     *
     * @param epochs passes over the training words, 1..100
     * @param learningRate initial step, in (0, 10]
     * @param l2 L2 penalty per step, in [0, 1)
     * @param hashBits log2 of the hashed feature space, 10..24
     * @param holdout share of groups held out, in [0.05, 0.5]
     * @param seed seed of every shuffle and split
     * @throws IllegalArgumentException if a value is outside its range
     */
    public WordTrainerOptions {
        if (epochs < 1 || epochs > 100) {
            throw new IllegalArgumentException("epochs must lie in 1..100, was " + epochs);
        }
        if (!(learningRate > 0 && learningRate <= 10)) {
            throw new IllegalArgumentException("learningRate must lie in (0, 10], was " + learningRate);
        }
        if (!(l2 >= 0 && l2 < 1)) {
            throw new IllegalArgumentException("l2 must lie in [0, 1), was " + l2);
        }
        if (hashBits < 10 || hashBits > 24) {
            throw new IllegalArgumentException("hashBits must lie in 10..24, was " + hashBits);
        }
        if (!(holdout >= 0.05 && holdout <= 0.5)) {
            throw new IllegalArgumentException("holdout must lie in [0.05, 0.5], was " + holdout);
        }
    }
}
