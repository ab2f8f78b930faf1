package org.slant.features;

import java.util.List;
import java.util.Optional;

/**
 * All feature values computed for one article.
 *
 * @param articleId the article's id
 * @param values the values, in extractor order then spec order; names are unique
 */
public record ArticleFeatures(String articleId, List<FeatureValue> values) {
    /**
     * Validates the id and copies the values; null values become none.
     *
     * @param articleId the article's id; not null or blank
     * @param values the values, or null for none
     * @throws IllegalArgumentException if {@code articleId} is null or blank
     */
    public ArticleFeatures {
        if (articleId == null || articleId.isBlank()) {
            throw new IllegalArgumentException("article id is required");
        }
        values = List.copyOf(values == null ? List.of() : values);
    }

    /**
     * Looks a value up by name, by a linear scan.
     *
     * @param name the feature's name, e.g. {@code "sourcing.direct_quote_share"}
     * @return the first value with that name, or empty if none was computed
     */
    public Optional<FeatureValue> find(String name) {
        for (FeatureValue v : values) {
            if (v.name().equals(name)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /**
     * Gives the number of a value looked up by name, for callers that know the feature exists.
     *
     * @param name the feature's name
     * @return its value
     * @throws IllegalArgumentException if no such feature was computed
     */
    public double value(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(
                "article " + articleId + ": no feature named " + name)).value();
    }
}
