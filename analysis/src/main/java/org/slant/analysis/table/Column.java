package org.slant.analysis.table;

import java.util.regex.Pattern;

/**
 * One numeric column of a {@link FeatureTable}: a feature's name and its documented meaning.
 *
 * @param name unique within a table; letters, digits and {@code _ . : - /} only, so every format can hold it
 * @param description what the value means, e.g. {@code "quotes per 100 words"}; may be empty, never null
 * @param unit the value's unit, e.g. {@code "count"} or {@code "ratio"}; may be empty, never null
 */
public record Column(String name, String description, String unit) {
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}_.:/\\-]+");

    /**
     * Validates the name; a null description or unit becomes empty.
     *
     * @param name letters, digits and {@code _ . : - /} only
     * @param description what the value means; null becomes empty
     * @param unit the value's unit; null becomes empty
     * @throws IllegalArgumentException if {@code name} is null, empty or has another character
     */
    public Column {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("column name must be letters, digits or _.:/- : '" + name + "'");
        }
        description = description == null ? "" : description;
        unit = unit == null ? "" : unit;
    }

    /**
     * Creates a column without description or unit, e.g. for a table read from a file that has none.
     *
     * @param name letters, digits and {@code _ . : - /} only
     * @return the column, with empty description and unit
     * @throws IllegalArgumentException if {@code name} is null, empty or has another character
     */
    public static Column named(String name) {
        return new Column(name, "", "");
    }
}
