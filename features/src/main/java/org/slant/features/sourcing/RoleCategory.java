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
    /** Not known. */
    UNKNOWN;

    /** The lower-case name used in JSON. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a lower- or upper-case name.
     *
     * @throws IllegalArgumentException for an unknown name
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
