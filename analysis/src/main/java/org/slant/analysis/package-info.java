/**
 * Slant's analysis: feature tables ({@link org.slant.analysis.table}), classifiers behind a typed Weka
 * adapter ({@link org.slant.analysis.classify}), per-outlet statistics ({@link org.slant.analysis.stats}),
 * and same-story clustering and comparison ({@link org.slant.analysis.story}). Every checked failure is an
 * {@link org.slant.analysis.AnalysisException}.
 */
package org.slant.analysis;
