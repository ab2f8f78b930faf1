/**
 * Feature tables: one {@link org.slant.analysis.table.Row} per article or sentence with outlet, date,
 * story and label, and named numeric {@link org.slant.analysis.table.Column}s with their documented
 * meaning; lossless CSV, JSONL and ARFF through {@link org.slant.analysis.table.FeatureTables}.
 */
package org.slant.analysis.table;
