package org.slant.features.sourcing;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slant.features.FeaturesException;

/**
 * Names and aliases of known actors, looked up ignoring case. Immutable and thread-safe.
 *
 * <p>JSON form: {@code {"actors": [{"name": "Yury Ushakov", "aliases": ["Ushakov"], "kind": "PERSON",
 * "affiliation": "Russia government", "category": "official"}, ...]}}. {@link #builtIn()} is a small
 * registry shipped with Slant; users supply their own with {@link #load(Path)} and can layer it over the
 * built-in one with {@link #with(ActorRegistry)}.
 *
 * @param actors the actors; when two share an alias, the later one wins
 */
public record ActorRegistry(List<Actor> actors) {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();
    private static final String BUILT_IN = "/org/slant/features/sourcing/actors.json";

    /**
     * Copies the actors; null becomes none.
     *
     * @param actors the actors, or null
     */
    public ActorRegistry {
        actors = List.copyOf(actors == null ? List.of() : actors);
    }

    /**
     * Makes a registry that knows nobody, so that only names in the text identify sources.
     *
     * @return the empty registry
     */
    public static ActorRegistry empty() {
        return new ActorRegistry(List.of());
    }

    /**
     * Reads the built-in registry (a few dozen political actors, agencies and institutions) from the jar,
     * anew on each call.
     *
     * @return the built-in registry
     * @throws IllegalStateException if the resource is missing or unreadable (a broken build)
     */
    public static ActorRegistry builtIn() {
        try (InputStream in = ActorRegistry.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("built-in actor registry " + BUILT_IN + " is missing from the jar");
            }
            return JSON.readValue(in, ActorRegistry.class);
        } catch (IOException e) {
            throw new IllegalStateException("built-in actor registry " + BUILT_IN + " is unreadable", e);
        }
    }

    /**
     * Reads a registry from a UTF-8 JSON file.
     *
     * @param path the file
     * @return the registry, actors in file order
     * @throws FeaturesException naming the file if it cannot be read or is not a valid registry
     */
    public static ActorRegistry load(Path path) throws FeaturesException {
        try {
            return fromJson(Files.readString(path));
        } catch (IOException e) {
            throw new FeaturesException("cannot read actor registry " + path + ": " + e.getMessage(), e);
        } catch (FeaturesException e) {
            throw new FeaturesException("actor registry " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Parses a registry from JSON text.
     *
     * @param json the JSON form described in the class comment
     * @return the registry, actors in text order
     * @throws FeaturesException if the text is not a valid registry (bad JSON, an unknown field or role,
     *     or an actor that fails validation)
     */
    public static ActorRegistry fromJson(String json) throws FeaturesException {
        try {
            return JSON.readValue(json, ActorRegistry.class);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new FeaturesException("invalid actor registry: " + e.getMessage(), e);
        }
    }

    /**
     * Writes this registry as JSON, with sorted keys and indentation, so that diffs are stable;
     * {@link #fromJson} reads it back equal.
     *
     * @return the JSON text; null fields left out
     */
    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JacksonException e) {
            throw new IllegalStateException("cannot write actor registry", e);
        }
    }

    /**
     * Layers another registry over this one, e.g. a user's over the built-in one.
     *
     * @param other the registry to layer on top
     * @return a registry with this one's actors followed by {@code other}'s, so {@code other} wins on shared
     *     names and aliases
     */
    public ActorRegistry with(ActorRegistry other) {
        List<Actor> all = new ArrayList<>(actors);
        all.addAll(other.actors);
        return new ActorRegistry(all);
    }

    /**
     * Looks an actor up by a linear scan, ignoring case and the surrounding white space of the key.
     *
     * @param nameOrAlias a canonical name or alias; not null
     * @return the last actor known by it, or empty if none is
     */
    public Optional<Actor> find(String nameOrAlias) {
        String key = nameOrAlias.strip();
        Actor found = null;
        for (Actor a : actors) {
            if (a.name().equalsIgnoreCase(key) || a.aliases().stream().anyMatch(x -> x.equalsIgnoreCase(key))) {
                found = a; // later actors win
            }
        }
        return Optional.ofNullable(found);
    }
}
