package org.slant.analysis.stats;

/**
 * Mann–Whitney U test between two outlets on one feature.
 *
 * @param outletA first outlet (alphabetical order)
 * @param outletB second outlet
 * @param u U statistic of {@code outletA}: pairs where A's value is larger, ties counted half
 * @param pValue two-sided p-value (normal approximation with tie correction); 1 when all values tie
 * @param pAdjusted Benjamini–Hochberg adjusted p-value over all pairwise tests of the report
 * @param cliffsDelta P(A &gt; B) − P(A &lt; B), in [−1, 1]
 */
public record PairwiseTest(String outletA, String outletB, double u, double pValue, double pAdjusted,
        double cliffsDelta) {}
