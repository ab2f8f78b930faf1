package org.slant.analysis.classify;

/**
 * How training rows are weighted. Large outlets otherwise define what a class looks like, and a model
 * then learns their house style rather than what the class shares; weighting helps it generalise to
 * outlets it has not seen.
 */
public enum RowWeights {
    /** Every row weighs 1. */
    UNIFORM,
    /** Each class weighs the same in total (rows weigh {@code n / (classes · n_class)}). */
    CLASS_BALANCED,
    /**
     * Each outlet weighs the same within its class, and each class the same in total: a row of outlet o in
     * class c weighs {@code n / (classes · outlets_c · n_o,c)}. Rows without an outlet count as one outlet.
     */
    OUTLET_BALANCED
}
