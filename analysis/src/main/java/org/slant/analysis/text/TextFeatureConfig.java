package org.slant.analysis.text;

/**
 * Which word features to make. Validated; round-trips through Jackson.
 *
 * @param minN shortest n-gram, at least 1
 * @param maxN longest n-gram, {@code minN..4}
 * @param minDocFreq keep terms found in at least this many texts
 * @param maxDocFraction drop terms found in more than this fraction of texts (0..1]; 1 keeps all
 * @param maxFeatures keep at most this many terms, the most frequent by document frequency
 * @param weighting how counts become values
 * @param maxTokens count only the first this many tokens of each text; 0 for all
 */
public record TextFeatureConfig(int minN, int maxN, int minDocFreq, double maxDocFraction, int maxFeatures,
        Weighting weighting, int maxTokens) {

    /**
     * Validates the configuration.
     *
     * @param minN shortest n-gram, at least 1
     * @param maxN longest n-gram, from {@code minN} to 4
     * @param minDocFreq keep terms found in at least this many texts; at least 1
     * @param maxDocFraction drop terms found in more than this fraction of texts; in (0, 1]
     * @param maxFeatures keep at most this many terms; at least 1
     * @param weighting how counts become values; not null
     * @param maxTokens count only the first this many tokens of each text; 0 for all, never negative
     * @throws IllegalArgumentException if a value is outside its range or {@code weighting} is null
     */
    public TextFeatureConfig {
        if (minN < 1 || maxN < minN || maxN > 4) {
            throw new IllegalArgumentException("n-gram range must satisfy 1 <= minN <= maxN <= 4: " + minN + ".." + maxN);
        }
        if (minDocFreq < 1) {
            throw new IllegalArgumentException("minDocFreq must be at least 1: " + minDocFreq);
        }
        if (!(maxDocFraction > 0 && maxDocFraction <= 1)) {
            throw new IllegalArgumentException("maxDocFraction must be in (0, 1]: " + maxDocFraction);
        }
        if (maxFeatures < 1) {
            throw new IllegalArgumentException("maxFeatures must be positive: " + maxFeatures);
        }
        if (weighting == null) {
            throw new IllegalArgumentException("weighting is required: one of " + java.util.Arrays.toString(Weighting.values()));
        }
        if (maxTokens < 0) {
            throw new IllegalArgumentException("maxTokens must be 0 (all) or positive: " + maxTokens);
        }
    }

    /**
     * Gives the default: single words, counted, found in at least 3 texts, at most 20,000 of them, whole texts.
     *
     * @return the default configuration
     */
    public static TextFeatureConfig words() {
        return new TextFeatureConfig(1, 1, 3, 1.0, 20_000, Weighting.COUNT, 0);
    }

    /**
     * Changes the n-gram range.
     *
     * @param min shortest n-gram, at least 1
     * @param max longest n-gram, from {@code min} to 4
     * @return a copy with the range and every other setting unchanged
     * @throws IllegalArgumentException if the range is invalid
     */
    public TextFeatureConfig withNgrams(int min, int max) {
        return new TextFeatureConfig(min, max, minDocFreq, maxDocFraction, maxFeatures, weighting, maxTokens);
    }

    /**
     * Changes the weighting.
     *
     * @param w how counts become values; not null
     * @return a copy with {@code w} and every other setting unchanged
     * @throws IllegalArgumentException if {@code w} is null
     */
    public TextFeatureConfig withWeighting(Weighting w) {
        return new TextFeatureConfig(minN, maxN, minDocFreq, maxDocFraction, maxFeatures, w, maxTokens);
    }

    /**
     * Changes the vocabulary limits.
     *
     * @param minDf the new {@code minDocFreq}; at least 1
     * @param maxDf the new {@code maxDocFraction}; in (0, 1]
     * @param max the new {@code maxFeatures}; at least 1
     * @return a copy with the limits and every other setting unchanged
     * @throws IllegalArgumentException if a limit is outside its range
     */
    public TextFeatureConfig withVocabulary(int minDf, double maxDf, int max) {
        return new TextFeatureConfig(minN, maxN, minDf, maxDf, max, weighting, maxTokens);
    }

    /**
     * Limits how much of each text is read, e.g. to compare outlets whose articles differ in length.
     *
     * @param n read only the first {@code n} tokens of each text; 0 for all
     * @return a copy with the limit and every other setting unchanged
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public TextFeatureConfig withMaxTokens(int n) {
        return new TextFeatureConfig(minN, maxN, minDocFreq, maxDocFraction, maxFeatures, weighting, n);
    }
}
