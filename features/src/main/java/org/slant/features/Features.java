package org.slant.features;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.slant.features.sourcing.SourcingExtractor;
import org.slant.features.text.TextLayer;
import org.slant.ingest.Article;

/**
 * The features front door: a pipeline of {@link FeatureExtractor}s that builds an article's
 * {@link TextLayer} once and runs every extractor on it. Immutable and thread-safe.
 *
 * <pre>{@code
 * Features features = Features.standard();
 * ArticleFeatures f = features.extract(article);
 * double share = f.value("sourcing.direct_quote_share");
 * }</pre>
 */
public final class Features {

    /**
     * The built-in extractors by name, in pipeline order. To add an extractor to the standard pipeline,
     * add one line here.
     */
    private static final Map<String, Supplier<FeatureExtractor>> REGISTRY = registry();

    private static Map<String, Supplier<FeatureExtractor>> registry() {
        Map<String, Supplier<FeatureExtractor>> r = new LinkedHashMap<>();
        r.put(SourcingExtractor.NAME, SourcingExtractor::standard);
        r.put(org.slant.features.lexicon.LoadedTermsExtractor.NAME, org.slant.features.lexicon.LoadedTermsExtractor::standard);
        r.put(org.slant.features.blurbs.BlurbsExtractor.NAME, org.slant.features.blurbs.BlurbsExtractor::standard);
        return Collections.unmodifiableMap(r);
    }

    private final List<FeatureExtractor> extractors;
    private final List<FeatureSpec> specs;

    private Features(List<FeatureExtractor> extractors) {
        this.extractors = List.copyOf(extractors);
        List<FeatureSpec> all = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> extractorNames = new HashSet<>();
        for (FeatureExtractor e : this.extractors) {
            if (!extractorNames.add(e.name())) {
                throw new IllegalArgumentException("extractor " + e.name() + " appears twice");
            }
            for (FeatureSpec s : e.specs()) {
                if (!names.add(s.name())) {
                    throw new IllegalArgumentException("feature " + s.name() + " is produced twice");
                }
                all.add(s);
            }
        }
        this.specs = List.copyOf(all);
    }

    /**
     * Builds the standard pipeline: every built-in extractor with its default settings.
     *
     * @return the pipeline, extractors in registry order (sourcing, loaded terms, blurbs)
     */
    public static Features standard() {
        List<FeatureExtractor> list = new ArrayList<>();
        for (Supplier<FeatureExtractor> s : REGISTRY.values()) {
            list.add(s.get());
        }
        return new Features(list);
    }

    /**
     * Lists the names {@link #named} accepts, e.g. for a command's help.
     *
     * @return the names of the built-in extractors, in registry order; unmodifiable
     */
    public static List<String> availableExtractors() {
        return List.copyOf(REGISTRY.keySet());
    }

    /**
     * Builds a pipeline of some built-in extractors, each with its default settings.
     *
     * @param names extractor names from {@link #availableExtractors()}, in pipeline order
     * @return the pipeline, in the given order
     * @throws FeaturesException if a name is not registered
     * @throws IllegalArgumentException if a name is given twice
     */
    public static Features named(List<String> names) throws FeaturesException {
        List<FeatureExtractor> list = new ArrayList<>();
        for (String n : names) {
            Supplier<FeatureExtractor> s = REGISTRY.get(n);
            if (s == null) {
                throw new FeaturesException("unknown feature extractor '" + n + "'; known: " + REGISTRY.keySet());
            }
            list.add(s.get());
        }
        return new Features(list);
    }

    /**
     * Builds a pipeline of extractors of one's own, e.g. a blurb extractor that knows the outlets' templates.
     *
     * @param extractors the extractors, in pipeline order
     * @return the pipeline
     * @throws IllegalArgumentException if two extractors share a name or a feature name
     */
    public static Features of(List<FeatureExtractor> extractors) {
        return new Features(extractors);
    }

    /**
     * Lists the extractors.
     *
     * @return the extractors, in pipeline order; unmodifiable
     */
    public List<FeatureExtractor> extractors() {
        return extractors;
    }

    /**
     * Describes every feature this pipeline produces, for table columns and documentation.
     *
     * @return the specs of all extractors, in the order {@link #extract(Article)} returns the values;
     *     unmodifiable
     */
    public List<FeatureSpec> specs() {
        return specs;
    }

    /**
     * Builds the article's text layer once and runs every extractor on it.
     *
     * @param article the article
     * @return the article's features, one value per spec of {@link #specs()}, in that order
     */
    public ArticleFeatures extract(Article article) {
        return extract(article, TextLayer.of(article));
    }

    /**
     * Runs every extractor on an already built text layer of {@code article}, for callers that need the
     * layer themselves.
     *
     * @param article the article
     * @param layer {@code TextLayer.of(article)}
     * @return the article's features, one value per spec of {@link #specs()}, in that order
     */
    public ArticleFeatures extract(Article article, TextLayer layer) {
        List<FeatureValue> values = new ArrayList<>(specs.size());
        for (FeatureExtractor e : extractors) {
            values.addAll(e.extract(article, layer));
        }
        return new ArticleFeatures(article.id(), values);
    }
}
