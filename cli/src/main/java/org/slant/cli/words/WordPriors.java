package org.slant.cli.words;

import java.util.Map;
import java.util.TreeMap;

/**
 * How often each word form was marked in training: a smoothed rate that lets a model over a few dozen
 * dense columns use word identity. Immutable.
 *
 * @param counts per key ({@link #wordKey} or {@link #stemKey}), how often it was marked and seen
 * @param baseRate the share of all training words that were marked; unseen words get it
 * @param smoothing pseudo-count pulling rare words towards the base rate, greater than 0
 */
public record WordPriors(Map<String, Count> counts, double baseRate, double smoothing) {

    /** The smoothing used by the trainer. */
    public static final double DEFAULT_SMOOTHING = 2.0;

    /**
     * Validates the rates and copies the counts.
     *
     * @param counts per key ({@link #wordKey} or {@link #stemKey}), how often it was marked and seen
     * @param baseRate the share of all training words that were marked; unseen words get it
     * @param smoothing pseudo-count pulling rare words towards the base rate, greater than 0
     */
    public WordPriors {
        counts = java.util.Collections.unmodifiableMap(new TreeMap<>(counts));
        if (!(baseRate >= 0 && baseRate <= 1)) {
            throw new IllegalArgumentException("baseRate must be in [0, 1]: " + baseRate);
        }
        if (!(smoothing > 0) || Double.isInfinite(smoothing)) {
            throw new IllegalArgumentException("smoothing must be a finite number > 0: " + smoothing);
        }
    }

    /**
     * Marked and seen counts of one word.
     *
     * @param marked times the word overlapped a marked span
     * @param seen times the word occurred
     */
    public record Count(int marked, int seen) {
        /**
         * Validates the counts.
         *
         * @param marked times the word overlapped a marked span
         * @param seen times the word occurred
         */
        public Count {
            if (marked < 0 || seen < marked) {
                throw new IllegalArgumentException("need 0 <= marked <= seen, was " + marked + "/" + seen);
            }
        }
    }

    /**
     * The key of a lower-case word's own counts.
     *
     * @param word a lower-case word
     * @return its key
     */
    public static String wordKey(String word) {
        return "w:" + word;
    }

    /**
     * The key of the counts of every word sharing the lower-case word's first five characters.
     *
     * @param word a lower-case word
     * @return its stem's key
     */
    public static String stemKey(String word) {
        return "s:" + (word.length() > 5 ? word.substring(0, 5) : word);
    }

    /** The smoothed marked rate of {@code key} with {@code minus} removed from its counts (for held-out rows). */
    double rate(String key, Count minus) {
        Count c = counts.get(key);
        int marked = (c == null ? 0 : c.marked()) - (minus == null ? 0 : minus.marked());
        int seen = (c == null ? 0 : c.seen()) - (minus == null ? 0 : minus.seen());
        return (marked + smoothing * baseRate) / (seen + smoothing);
    }

    /** {@code log(1 + seen)} of {@code key} with {@code minus} removed. */
    double familiarity(String key, Count minus) {
        Count c = counts.get(key);
        int seen = (c == null ? 0 : c.seen()) - (minus == null ? 0 : minus.seen());
        return Math.log1p(Math.max(0, seen));
    }

    /**
     * The smoothed marked rate of a lower-case word.
     *
     * @param word a lower-case word
     * @return marked over seen, pulled towards the base rate by the smoothing
     */
    public double rate(String word) {
        return rate(wordKey(word), null);
    }
}
