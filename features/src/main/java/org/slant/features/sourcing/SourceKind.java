package org.slant.features.sourcing;

/** What kind of expression names a source. */
public enum SourceKind {
    /** A named person ("Yury Ushakov", "Trump"). */
    PERSON,
    /** A named organisation, institution or outlet ("the Kremlin", "AFP"). */
    ORGANISATION,
    /** An unnamed source ("analysts", "a senior official", "sources"). */
    ANONYMOUS,
    /** A pronoun or relative pronoun that could not be resolved to a named source. */
    PRONOUN,
    /** No source expressed. */
    NONE
}
