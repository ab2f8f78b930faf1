package org.slant.ingest;

/** What a credit line credits. */
public enum CreditKind {
    /** The text relies on a wire service or agency ("Source: Agencies", "(AP)" after a dateline, "Reuters contributed"). */
    WIRE,
    /** A photo or image credit ("Photo Courtesy: ...", "(AP)" after a caption). */
    PHOTO,
    /** Any other contribution credit. */
    OTHER
}
