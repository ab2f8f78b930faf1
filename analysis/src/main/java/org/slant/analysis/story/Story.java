package org.slant.analysis.story;

import java.util.List;

/**
 * A group of articles about one event.
 *
 * @param id {@code story-N}, numbered in order of each story's first article in the input
 * @param articleIds member article ids, in input order
 * @param cohesion mean pairwise similarity of the members (1 for a single article)
 */
public record Story(String id, List<String> articleIds, double cohesion) {
    /**
     * Copies the member list.
     *
     * @param id the story id
     * @param articleIds member article ids; not null
     * @param cohesion mean pairwise similarity of the members
     */
    public Story {
        articleIds = List.copyOf(articleIds);
    }
}
