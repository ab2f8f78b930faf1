package org.slant.analysis.stats;

import java.util.List;

/**
 * One feature compared across outlets.
 *
 * @param feature column name
 * @param description the column's documented meaning
 * @param proportion whether every value is 0 or 1 (then means are rates with Wilson intervals)
 * @param outlets per-outlet summaries, outlets in alphabetical order
 * @param kruskalWallisH the H statistic (tie-corrected); NaN when not tested
 * @param pValue Kruskal–Wallis p-value (chi-squared, outlets − 1 degrees of freedom); NaN when not tested
 * @param pAdjusted Benjamini–Hochberg adjusted over the report's features; NaN when not tested
 * @param note why the feature was not tested, or empty
 * @param pairs pairwise tests between the tested outlets; empty when not tested
 */
public record FeatureComparison(String feature, String description, boolean proportion, List<OutletSummary> outlets,
        double kruskalWallisH, double pValue, double pAdjusted, String note, List<PairwiseTest> pairs) {
    /**
     * Copies both lists.
     *
     * @param feature column name
     * @param description the column's documented meaning
     * @param proportion whether every value is 0 or 1
     * @param outlets per-outlet summaries; not null
     * @param kruskalWallisH the H statistic, or NaN
     * @param pValue Kruskal–Wallis p-value, or NaN
     * @param pAdjusted Benjamini–Hochberg adjusted p-value, or NaN
     * @param note why the feature was not tested, or empty; not null
     * @param pairs pairwise tests; not null
     */
    public FeatureComparison {
        outlets = List.copyOf(outlets);
        pairs = List.copyOf(pairs);
    }

    /**
     * Tells whether the cross-outlet test ran.
     *
     * @return true when {@link #note()} is empty
     */
    public boolean tested() {
        return note.isEmpty();
    }
}
