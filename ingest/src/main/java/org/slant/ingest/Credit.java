package org.slant.ingest;

/**
 * A credit found on the page.
 *
 * @param kind what is credited
 * @param text the credit as written, e.g. {@code "Source: Agencies"} or {@code "(AP)"}
 * @param agency the credited agency or source normalised, e.g. {@code "AP"} or {@code "Agencies"};
 *     never blank
 */
public record Credit(CreditKind kind, String text, String agency) {
    /**
     * Validates the credit.
     *
     * @param kind what is credited; not null
     * @param text the credit as written; not null
     * @param agency the credited agency or source, normalised; not null or blank
     * @throws IllegalArgumentException if {@code kind} or {@code text} is null, or {@code agency} is null
     *     or blank
     */
    public Credit {
        if (kind == null || text == null || agency == null || agency.isBlank()) {
            throw new IllegalArgumentException("credit needs a kind, its text and an agency");
        }
    }
}
