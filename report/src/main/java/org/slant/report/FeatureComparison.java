package org.slant.report;

import java.util.List;

/**
 * One framing feature compared across outlets: per-outlet means with intervals and the test that
 * compares them.
 *
 * @param name machine name, e.g. {@code sourcing.official_share}
 * @param description what the feature measures, one sentence
 * @param unit unit of the values, e.g. {@code share of attributions}; may be null
 * @param outlets per-outlet statistics, in display order
 * @param test name of the test, e.g. {@code Kruskal-Wallis}; may be null
 * @param statistic the test statistic; may be null
 * @param p the test's p-value; may be null
 * @param adjustedP the p-value after multiple-testing correction; may be null
 * @param effectName name of the effect size, e.g. {@code Cliff's delta}; may be null
 * @param effect the effect size; may be null
 * @param mark significance mark as shown, e.g. {@code **}; may be null or empty
 */
public record FeatureComparison(String name, String description, String unit, List<OutletStat> outlets,
                                String test, Double statistic, Double p, Double adjustedP, String effectName,
                                Double effect, String mark) {
    /**
     * Validates the comparison: a null description becomes empty, outlets are copied unmodifiably, null
     * meaning none.
     *
     * @param name machine name; not null or blank
     * @param description what the feature measures; may be null
     * @param unit unit of the values; may be null
     * @param outlets per-outlet statistics; may be null, must not contain null
     * @param test name of the test; may be null
     * @param statistic the test statistic; null or finite
     * @param p the p-value; null or in [0, 1]
     * @param adjustedP the adjusted p-value; null or in [0, 1]
     * @param effectName name of the effect size; may be null
     * @param effect the effect size; null or finite
     * @param mark significance mark; may be null
     * @throws IllegalArgumentException if {@code name} is null or blank, {@code outlets} contains null, or
     *     a number is out of its range
     */
    public FeatureComparison {
        Checks.required(name, "feature name");
        description = description == null ? "" : description;
        outlets = Checks.list(outlets, "outlets of feature " + name);
        Checks.optionalFinite(statistic, "statistic of " + name);
        Checks.probability(p, "p of " + name);
        Checks.probability(adjustedP, "adjusted p of " + name);
        Checks.optionalFinite(effect, "effect of " + name);
    }

    /**
     * One outlet's value of a feature.
     *
     * @param outlet outlet name
     * @param n number of articles
     * @param mean mean value
     * @param low lower end of the interval
     * @param high upper end of the interval
     */
    public record OutletStat(String outlet, long n, double mean, double low, double high) {
        /**
         * Validates the statistic.
         *
         * @param outlet outlet name; not null or blank
         * @param n number of articles; 0 or more
         * @param mean mean value; finite
         * @param low lower end of the interval; finite, at most {@code high}
         * @param high upper end of the interval; finite
         * @throws IllegalArgumentException if {@code outlet} is null or blank, {@code n} is negative, a
         *     value is NaN or infinite, or {@code low > high}
         */
        public OutletStat {
            Checks.required(outlet, "outlet name");
            Checks.count(n, "n of " + outlet);
            Checks.finite(mean, "mean of " + outlet);
            Checks.finite(low, "interval low of " + outlet);
            Checks.finite(high, "interval high of " + outlet);
            if (low > high) {
                throw new IllegalArgumentException("interval of " + outlet + " is reversed: [" + low + ", " + high + "]");
            }
        }
    }
}
