package org.slant.analysis.story;

/**
 * Settings of story clustering and comparison. Validated; round-trips through Jackson.
 *
 * @param threshold minimum average cosine similarity (TF-IDF of headline and lead) for two groups to merge, in (0, 1)
 * @param windowDays articles further apart in publication date than this are never in one story; at least 0
 * @param leadTokens tokens of the body that count next to the headline, at least 1
 * @param headlineWeight how many times the headline's tokens are counted, at least 1
 * @param onePerOutlet whether a story holds at most one article per outlet (the unit of a cross-outlet comparison)
 * @param alignThreshold minimum cosine similarity for two sentences to say the same thing, in (0, 1)
 */
public record StoryConfig(double threshold, int windowDays, int leadTokens, int headlineWeight, boolean onePerOutlet,
        double alignThreshold) {
    /**
     * Validates the settings.
     *
     * @param threshold merge threshold, in (0, 1)
     * @param windowDays date window in days, 0 or more
     * @param leadTokens body tokens next to the headline, at least 1
     * @param headlineWeight times the headline counts, at least 1
     * @param onePerOutlet whether a story holds at most one article per outlet
     * @param alignThreshold sentence alignment threshold, in (0, 1)
     * @throws IllegalArgumentException if a value is outside its range
     */
    public StoryConfig {
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1): " + threshold);
        }
        if (windowDays < 0) {
            throw new IllegalArgumentException("windowDays must be >= 0: " + windowDays);
        }
        if (leadTokens < 1 || headlineWeight < 1) {
            throw new IllegalArgumentException("leadTokens and headlineWeight must be >= 1");
        }
        if (!(alignThreshold > 0 && alignThreshold < 1)) {
            throw new IllegalArgumentException("alignThreshold must be in (0, 1): " + alignThreshold);
        }
    }

    /**
     * Gives the defaults: threshold 0.2, three days, 150 lead tokens, headline counted twice, one article per
     * outlet, alignment 0.35.
     *
     * @return the default settings
     */
    public static StoryConfig defaults() {
        return new StoryConfig(0.2, 3, 150, 2, true, 0.35);
    }
}
