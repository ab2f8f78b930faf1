package org.slant.features.sourcing;

import java.util.List;
import java.util.Optional;

/**
 * Everything sourcing found in one article.
 *
 * @param attributions attributions in text order of their content
 * @param speakers merged speakers, in order of first mention
 * @param credits wire and agency credits
 */
public record SourcingResult(List<Attribution> attributions, List<Speaker> speakers, List<WireCredit> credits) {
    /**
     * Copies the lists; null becomes empty.
     *
     * @param attributions attributions, or null
     * @param speakers merged speakers, or null
     * @param credits wire and agency credits, or null
     */
    public SourcingResult {
        attributions = List.copyOf(attributions == null ? List.of() : attributions);
        speakers = List.copyOf(speakers == null ? List.of() : speakers);
        credits = List.copyOf(credits == null ? List.of() : credits);
    }

    /**
     * Looks up the speaker of an attribution.
     *
     * @param id a {@link Attribution#speakerId()}, or null
     * @return the speaker with this id, or empty if {@code id} is null or unknown
     */
    public Optional<Speaker> speaker(String id) {
        if (id == null) {
            return Optional.empty();
        }
        for (Speaker s : speakers) {
            if (s.id().equals(id)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
