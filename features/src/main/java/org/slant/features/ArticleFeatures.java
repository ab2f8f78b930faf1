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
    public ArticleFeatures {
        if (articleId == null || articleId.isBlank()) {
            throw new IllegalArgumentException("article id is required");
        }
        values = List.copyOf(values == null ? List.of() : values);
    }

    /** The value with this name, if computed. */
    public Optional<FeatureValue> find(String name) {
        for (FeatureValue v : values) {
            if (v.name().equals(name)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /**
     * The numeric value with this name.
     *
     * @throws IllegalArgumentException if no such feature was computed
     */
    public double value(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(
                "article " + articleId + ": no feature named " + name)).value();
    }
}
