package org.slant.ingest;

import java.util.Locale;

/**
 * The outlet that published an article.
 *
 * @param name display name as the outlet writes it, e.g. {@code "Al Mayadeen English"}; never blank
 * @param domain registrable web domain when known, lower case without {@code www.}; may be null
 */
public record Outlet(String name, String domain) {
    /**
     * Validates and normalises the outlet: the name is stripped; the domain is stripped, lower-cased and
     * loses a leading {@code www.}, and becomes null if nothing is left.
     *
     * @param name display name; not null or blank
     * @param domain web domain, or null when unknown
     * @throws IllegalArgumentException if {@code name} is null or blank
     */
    public Outlet {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("outlet name is required");
        }
        name = name.strip();
        if (domain != null) {
            domain = domain.strip().toLowerCase(Locale.ROOT);
            if (domain.startsWith("www.")) {
                domain = domain.substring(4);
            }
            if (domain.isEmpty()) {
                domain = null;
            }
        }
    }

    /** The outlet used when a page does not say who published it. */
    public static final Outlet UNKNOWN = new Outlet("unknown", null);

    /**
     * An outlet known only by name.
     *
     * @param name display name; not null or blank (it is stripped)
     * @return the outlet, with a null domain
     * @throws IllegalArgumentException if {@code name} is null or blank
     */
    public static Outlet named(String name) {
        return new Outlet(name, null);
    }
}
