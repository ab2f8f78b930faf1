package org.slant.report;

/**
 * What one feature or method in the report means and how it is computed.
 *
 * @param name feature or method name
 * @param description explanation, one paragraph of plain text
 */
public record MethodNote(String name, String description) {
    /**
     * Validates the note; a null description becomes empty.
     *
     * @param name feature or method name; not null or blank
     * @param description explanation; may be null
     * @throws IllegalArgumentException if {@code name} is null or blank
     */
    public MethodNote {
        Checks.required(name, "method name");
        description = description == null ? "" : description;
    }
}
