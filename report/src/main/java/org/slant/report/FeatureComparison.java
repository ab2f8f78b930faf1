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
