package org.slant.features.sourcing;

import java.util.List;
import org.slant.features.FeatureExtractor;
import org.slant.features.FeatureSpec;
import org.slant.features.FeatureValue;
import org.slant.features.sourcing.internal.SourcingFeatures;
import org.slant.features.text.TextLayer;
import org.slant.ingest.Article;

/**
 * Per-article sourcing features (named {@code sourcing.*}), each with the attribution, source, cue or
 * credit spans behind it. Immutable and thread-safe. See {@link #specs()} for the list.
 */
public final class SourcingExtractor implements FeatureExtractor {

    /** The extractor's name and feature prefix. */
    public static final String NAME = "sourcing";

    private final Sourcing sourcing;

    private SourcingExtractor(Sourcing sourcing) {
        this.sourcing = sourcing;
    }

    /**
     * Makes the extractor with {@link Sourcing#standard()}, as the standard pipeline uses it.
     *
     * @return the extractor
     */
    public static SourcingExtractor standard() {
        return new SourcingExtractor(Sourcing.standard());
    }

    /**
     * Makes the extractor with a configured {@link Sourcing}, e.g. one with a user's actor registry.
     *
     * @param sourcing the analyser; not null
     * @return the extractor
     * @throws IllegalArgumentException if {@code sourcing} is null
     */
    public static SourcingExtractor of(Sourcing sourcing) {
        if (sourcing == null) {
            throw new IllegalArgumentException("sourcing is required");
        }
        return new SourcingExtractor(sourcing);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<FeatureSpec> specs() {
        return SourcingFeatures.SPECS;
    }

    @Override
    public List<FeatureValue> extract(Article article, TextLayer layer) {
        return SourcingFeatures.compute(layer, sourcing.analyze(article, layer));
    }
}
