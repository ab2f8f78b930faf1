package org.slant.analysis.stats;

/**
 * A confidence interval.
 *
 * @param low lower bound
 * @param high upper bound
 * @param method {@code "wilson"} (proportions), {@code "bootstrap"} (percentile, seeded) or {@code "none"}
 *     (a single value: the bounds equal it)
 */
public record Interval(double low, double high, String method) {}
