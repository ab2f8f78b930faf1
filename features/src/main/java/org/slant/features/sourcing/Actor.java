package org.slant.features.sourcing;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A known actor of the news: a person or organisation with the names it goes by, whom it speaks for and in
 * which role.
 *
 * @param name canonical name ("Donald Trump")
 * @param aliases other names it is mentioned by ("Trump", "President Trump"), matched ignoring case
 * @param kind {@link SourceKind#PERSON} or {@link SourceKind#ORGANISATION}
 * @param affiliation whom it speaks for ("US government", "Hezbollah", "Reuters")
 * @param category its role category
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Actor(String name, List<String> aliases, SourceKind kind, String affiliation, RoleCategory category) {
    /**
     * Validates the actor; null aliases become none, a null kind {@link SourceKind#PERSON} and a null
     * category {@link RoleCategory#UNKNOWN}.
     *
     * @param name canonical name; not null or blank
     * @param aliases other names, or null
     * @param kind person or organisation, or null for a person
     * @param affiliation whom it speaks for; not null or blank
     * @param category its role category, or null
     * @throws IllegalArgumentException if {@code name} or {@code affiliation} is null or blank, or
     *     {@code kind} is neither person nor organisation
     */
    public Actor {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("actor name is required");
        }
        aliases = List.copyOf(aliases == null ? List.of() : aliases);
        kind = kind == null ? SourceKind.PERSON : kind;
        if (kind != SourceKind.PERSON && kind != SourceKind.ORGANISATION) {
            throw new IllegalArgumentException("actor " + name + ": kind must be PERSON or ORGANISATION, was " + kind);
        }
        if (affiliation == null || affiliation.isBlank()) {
            throw new IllegalArgumentException("actor " + name + ": affiliation is required");
        }
        category = category == null ? RoleCategory.UNKNOWN : category;
    }
}
