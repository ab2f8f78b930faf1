package org.slant.features.sourcing;

import java.util.List;

/**
 * A source as an entity: the mentions of the same person or organisation merged ("US President Donald
 * Trump", "Trump", "the US president").
 *
 * @param id unique within the article, e.g. {@code "s1"}
 * @param name the fullest name found ("Donald Trump"), or the anonymous description ("analysts")
 * @param kind person, organisation or anonymous
 * @param roles role words found with the mentions ("US President", "Russian presidential aide")
 * @param affiliation who the speaker speaks for ("Russia government", "Hezbollah"); null when unknown
 * @param category the role category
 * @param mentions spans of the text that mention the speaker, in text order
 */
public record Speaker(String id, String name, SourceKind kind, List<String> roles, String affiliation,
        RoleCategory category, List<Span> mentions) {
    /**
     * Validates the speaker and copies the lists; null lists become empty.
     *
     * @param id unique within the article; not null or blank
     * @param name the fullest name or the description; not null or blank
     * @param kind person, organisation or anonymous; not null
     * @param roles role words, or null
     * @param affiliation whom the speaker speaks for, or null
     * @param category the role category; not null
     * @param mentions spans that mention the speaker, or null
     * @throws IllegalArgumentException if {@code id} or {@code name} is null or blank, or {@code kind} or
     *     {@code category} is null
     */
    public Speaker {
        if (id == null || id.isBlank() || name == null || name.isBlank()) {
            throw new IllegalArgumentException("speaker needs an id and a name");
        }
        if (kind == null || category == null) {
            throw new IllegalArgumentException("speaker " + name + " needs a kind and a category");
        }
        roles = List.copyOf(roles == null ? List.of() : roles);
        mentions = List.copyOf(mentions == null ? List.of() : mentions);
    }

    /**
     * Tells a named source from an anonymous one, as sourcing features count them.
     *
     * @return true for a person or organisation; false otherwise (anonymous, an unresolved pronoun)
     */
    public boolean named() {
        return kind == SourceKind.PERSON || kind == SourceKind.ORGANISATION;
    }
}
