package org.slant.analysis.text;

/** How a term's count in a text becomes its value. */
public enum Weighting {
    /** The raw count. */
    COUNT,
    /** 1 when the term occurs, else 0. */
    BINARY,
    /** {@code 1 + ln(count)}. */
    LOG_COUNT,
    /** {@code (1 + ln(count)) * idf}, rows scaled to unit Euclidean length; idf = {@code ln((1+N)/(1+df)) + 1}. */
    TFIDF
}
