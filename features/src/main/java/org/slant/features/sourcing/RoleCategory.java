package org.slant.features.sourcing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The social role in which a source speaks. */
public enum RoleCategory {
    /** Government, party, military or institutional office holders and their spokespeople. */
    OFFICIAL,
    /** Analysts, academics, researchers, think tanks. */
    EXPERT,
    /** News outlets, agencies and journalists. */
    MEDIA,
    /** Private persons, witnesses, residents, voters. */
    CITIZEN,
    /** Unnamed sources whose role is not said. */
    ANONYMOUS,
    /** Neither the actor registry nor the role words tell the role; also the category of an actor given none. */
    UNKNOWN;

    /**
     * Gives the name used in JSON and feature names.
     *
     * @return the constant's name in lower case, e.g. {@code "official"}
     */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a name in any case, ignoring surrounding white space.
     *
     * @param s the name, e.g. {@code "official"}
     * @return the category
     * @throws IllegalArgumentException for an unknown or null name
     */
    @JsonCreator
    public static RoleCategory parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("unknown role category '" + s + "'; expected one of official, "
                    + "expert, media, citizen, anonymous, unknown", e);
        }
    }
}
