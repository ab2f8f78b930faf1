package org.slant.features;

/**
 * What a feature measures, as documented to users and reports.
 *
 * @param name unique dotted name, e.g. {@code "sourcing.direct_quote_share"}
 * @param description one sentence saying what the value means
 * @param unit the value's unit, e.g. {@code "count"}, {@code "share"} (0..1), {@code "chars"}
 */
public record FeatureSpec(String name, String description, String unit) {
    /**
     * Validates the spec.
     *
     * @param name unique dotted name; not null or blank
     * @param description what the value means; not null or blank
     * @param unit the value's unit; not null or blank
     * @throws IllegalArgumentException if a component is null or blank
     */
    public FeatureSpec {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("feature name is required");
        }
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("feature " + name + ": description is required");
        }
        if (unit == null || unit.isBlank()) {
            throw new IllegalArgumentException("feature " + name + ": unit is required");
        }
    }
}
