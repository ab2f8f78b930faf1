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

    /** Words only, counted, found in at least 3 texts, at most 20,000 of them. */
    public static TextFeatureConfig words() {
        return new TextFeatureConfig(1, 1, 3, 1.0, 20_000, Weighting.COUNT, 0);
    }

    /** A copy with another n-gram range. */
    public TextFeatureConfig withNgrams(int min, int max) {
        return new TextFeatureConfig(min, max, minDocFreq, maxDocFraction, maxFeatures, weighting, maxTokens);
    }

    /** A copy with another weighting. */
    public TextFeatureConfig withWeighting(Weighting w) {
        return new TextFeatureConfig(minN, maxN, minDocFreq, maxDocFraction, maxFeatures, w, maxTokens);
    }

    /** A copy with other vocabulary limits. */
    public TextFeatureConfig withVocabulary(int minDf, double maxDf, int max) {
        return new TextFeatureConfig(minN, maxN, minDf, maxDf, max, weighting, maxTokens);
    }

    /** A copy that reads only the first {@code n} tokens of each text. */
    public TextFeatureConfig withMaxTokens(int n) {
        return new TextFeatureConfig(minN, maxN, minDocFreq, maxDocFraction, maxFeatures, weighting, n);
    }
}
