package org.slant.report;

/**
 * What one feature or method in the report means and how it is computed.
 *
 * @param name feature or method name
 * @param description explanation, one paragraph of plain text
 */
public record MethodNote(String name, String description) {
    public MethodNote {
        Checks.required(name, "method name");
        description = description == null ? "" : description;
    }
}
