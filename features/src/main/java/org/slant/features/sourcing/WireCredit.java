package org.slant.features.sourcing;

/**
 * Evidence that an article relies on a wire service or agency.
 *
 * @param agency the agency, normalised ("AP", "Reuters", "AFP", "Agencies")
 * @param how where it was found: {@code "credit"} (the article's credits), {@code "dateline"}
 *     ("WASHINGTON (AP) —"), {@code "contributed"} ("Reuters contributed to this report"),
 *     {@code "headline-colon"} ("AFP: Ukraine behind ...") or {@code "source-line"} ("Source: Agencies")
 * @param span where in the text; null for a credit that is not part of the text
 */
public record WireCredit(String agency, String how, Span span) {
    /**
     * Validates the credit.
     *
     * @param agency the agency; not null or blank
     * @param how where it was found; not null or blank
     * @param span where in the text, or null
     * @throws IllegalArgumentException if {@code agency} or {@code how} is null or blank
     */
    public WireCredit {
        if (agency == null || agency.isBlank() || how == null || how.isBlank()) {
            throw new IllegalArgumentException("wire credit needs an agency and how it was found");
        }
    }
}
