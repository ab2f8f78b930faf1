package org.slant.analysis.classify;

/**
 * Precision, recall and F1 of one class; 0 where the denominator is 0.
 *
 * @param label the class
 * @param precision correct predictions of the class over all predictions of it
 * @param recall correct predictions of the class over its rows
 * @param f1 harmonic mean of precision and recall
 * @param support number of rows of the class
 */
public record ClassMetrics(String label, double precision, double recall, double f1, int support) {}
