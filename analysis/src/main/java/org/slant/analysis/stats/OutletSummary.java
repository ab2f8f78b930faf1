package org.slant.analysis.stats;

/**
 * One feature at one outlet.
 *
 * @param outlet the outlet
 * @param n rows with a value
 * @param missing rows whose value is missing (left out of everything)
 * @param mean mean of the values (the rate, for a 0/1 feature); NaN when {@code n == 0}
 * @param interval interval of the mean; null when {@code n == 0}
 * @param tested whether the outlet took part in the tests ({@code n >= minArticles})
 */
public record OutletSummary(String outlet, int n, int missing, double mean, Interval interval, boolean tested) {}
