/**
 * Per-outlet statistics: {@link org.slant.analysis.stats.OutletStatistics} gives each feature's n, mean or
 * rate with a 95 % interval per outlet, Kruskal–Wallis across outlets, pairwise Mann–Whitney with
 * Benjamini–Hochberg correction and Cliff's delta; {@link org.slant.analysis.stats.DistinctiveWords} ranks
 * each outlet's words by log-odds ratio with an informative Dirichlet prior.
 */
package org.slant.analysis.stats;
