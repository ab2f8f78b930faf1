package org.slant.features;

import java.util.List;

/**
 * One measured feature of one article, with the spans that produced it.
 *
 * @param name the feature's name, as in its {@link FeatureSpec}
 * @param value the value; finite (a share with nothing to divide is 0, see the spec's description)
 * @param evidence spans of the article text behind the value, in text order; may be empty
 */
public record FeatureValue(String name, double value, List<Evidence> evidence) {
    /**
     * Validates the value and copies the evidence; null evidence becomes none.
     *
     * @param name the feature's name; not null or blank
     * @param value the value; finite
     * @param evidence spans behind the value, or null for none
     * @throws IllegalArgumentException if {@code name} is null or blank or {@code value} is NaN or infinite
     */
    public FeatureValue {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("feature name is required");
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("feature " + name + ": value must be finite, was " + value);
        }
        evidence = List.copyOf(evidence == null ? List.of() : evidence);
    }

    /**
     * Makes a value without evidence, e.g. a word count.
     *
     * @param name the feature's name; not null or blank
     * @param value the value; finite
     * @return the value with empty evidence
     * @throws IllegalArgumentException if {@code name} is null or blank or {@code value} is NaN or infinite
     */
    public static FeatureValue of(String name, double value) {
        return new FeatureValue(name, value, List.of());
    }
}
