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
    public Credit {
        if (kind == null || text == null || agency == null || agency.isBlank()) {
            throw new IllegalArgumentException("credit needs a kind, its text and an agency");
        }
    }
}
