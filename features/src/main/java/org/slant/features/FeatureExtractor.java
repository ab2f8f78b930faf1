package org.slant.features;

import java.util.List;
import org.slant.features.text.TextLayer;
import org.slant.ingest.Article;

/**
 * Computes a fixed set of named features from one article.
 *
 * <p>Contract: implementations are immutable and thread-safe, so one instance serves every thread;
 * {@link #extract} never returns null, returns exactly one value per spec in {@link #specs()} (same
 * order), never throws on odd text (empty, unbalanced quotes, non-English, one huge paragraph) and runs in
 * time roughly linear in the text length. Arguments are never null; {@code layer} is
 * {@code TextLayer.of(article)}, built once by the caller and shared by all extractors.
 */
public interface FeatureExtractor {

    /**
     * Names the extractor, for {@link Features#named} and the feature set name.
     *
     * @return a unique name, e.g. {@code "sourcing"}; also the prefix of its feature names
     */
    String name();

    /**
     * Describes the features this extractor produces.
     *
     * @return the specs, in the order {@link #extract} returns the values
     */
    List<FeatureSpec> specs();

    /**
     * Measures the article.
     *
     * @param article the article; not null
     * @param layer the article's text layer, {@code TextLayer.of(article)}; not null
     * @return one value per spec of {@link #specs()}, in the same order; never null
     */
    List<FeatureValue> extract(Article article, TextLayer layer);
}
