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

    /** Whether the speaker is named (a person or organisation rather than an anonymous description). */
    public boolean named() {
        return kind == SourceKind.PERSON || kind == SourceKind.ORGANISATION;
    }
}
