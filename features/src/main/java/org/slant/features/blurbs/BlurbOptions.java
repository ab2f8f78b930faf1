package org.slant.features.blurbs;

/**
 * Settings of the blurb detector; round-trips through Jackson as a JSON object.
 *
 * @param threshold cue score at which a block counts as a blurb (default 2.0; the cue weights are in
 *     {@link BlurbDetector}'s documentation)
 * @param templatePages a block seen in at least this many of the same outlet's pages is a template (default 3)
 * @param titleWords a block of at most this many words right before a blurb is its title (default 8)
 */
public record BlurbOptions(double threshold, int templatePages, int titleWords) {
    /** Threshold 2.0, templates recurring in 3 pages, titles of at most 8 words. */
    public static final BlurbOptions DEFAULTS = new BlurbOptions(2.0, 3, 8);

    /**
     * Validates the settings.
     *
     * @param threshold cue score at which a block counts as a blurb; positive and finite
     * @param templatePages pages a block must recur in to be a template; at least 2
     * @param titleWords longest title block in words; 1..30
     * @throws IllegalArgumentException if a value is outside its range
     */
    public BlurbOptions {
        if (!(threshold > 0) || Double.isInfinite(threshold)) {
            throw new IllegalArgumentException("blurb threshold must be positive and finite, was " + threshold);
        }
        if (templatePages < 2) {
            throw new IllegalArgumentException("templatePages must be at least 2, was " + templatePages);
        }
        if (titleWords < 1 || titleWords > 30) {
            throw new IllegalArgumentException("titleWords must lie in 1..30, was " + titleWords);
        }
    }
}
