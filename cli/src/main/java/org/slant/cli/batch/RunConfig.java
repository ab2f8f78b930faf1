package org.slant.cli.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.slant.analysis.classify.ClassifierSpec;
import org.slant.analysis.stats.StatsConfig;
import org.slant.analysis.story.StoryConfig;
import org.slant.features.Features;
import org.slant.features.FeaturesException;
import org.slant.ingest.ArticleJson;
import org.slant.ingest.IngestOptions;

/**
 * Configuration of a batch run, validated on construction, with a lossless JSON form
 * ({@code slant config --print-default} prints the default).
 *
 * @param ingest how to read the input
 * @param extractors names of the feature extractors to run, in order (see {@link Features#availableExtractors()})
 * @param threads worker threads for feature extraction; 0 means one per available core
 * @param seed seed of the classifier's cross-validation folds and training
 * @param stats how outlets are compared (its own seed drives the bootstrap intervals)
 * @param stories how articles are clustered into stories and aligned
 * @param classifier the classifier evaluated (grouped by outlet) and trained when the articles carry labels
 * @param report what the report shows and how much of the corpus it keeps for that
 */
public record RunConfig(IngestOptions ingest, List<String> extractors, int threads, long seed, StatsConfig stats,
        StoryConfig stories, ClassifierSpec classifier, ReportSettings report) {

    /** The seed used when a configuration does not give one. */
    public static final long DEFAULT_SEED = 42L;

    /**
     * Fills absent parts with their defaults and validates the rest.
     *
     * @param ingest how to read the input
     * @param extractors names of the feature extractors to run, in order (see {@link Features#availableExtractors()})
     * @param threads worker threads for feature extraction; 0 means one per available core
     * @param seed seed of the classifier's cross-validation folds and training
     * @param stats how outlets are compared (its own seed drives the bootstrap intervals)
     * @param stories how articles are clustered into stories and aligned
     * @param classifier the classifier evaluated (grouped by outlet) and trained when the articles carry labels
     * @param report what the report shows and how much of the corpus it keeps for that
     */
    public RunConfig {
        ingest = ingest == null ? IngestOptions.defaults() : ingest;
        extractors = List.copyOf(extractors == null ? Features.availableExtractors() : extractors);
        List<String> known = Features.availableExtractors();
        for (String e : extractors) {
            if (!known.contains(e)) {
                throw new IllegalArgumentException("unknown feature extractor '" + e + "'; known: " + known);
            }
        }
        if (threads < 0 || threads > 512) {
            throw new IllegalArgumentException("threads must be 0 (all cores) to 512, was " + threads);
        }
        stats = stats == null ? StatsConfig.defaults() : stats;
        stories = stories == null ? StoryConfig.defaults() : stories;
        classifier = classifier == null ? DEFAULT_CLASSIFIER : classifier;
        report = report == null ? ReportSettings.defaults() : report;
    }

    /** The classifier used when a configuration does not name one. */
    public static final ClassifierSpec DEFAULT_CLASSIFIER = new ClassifierSpec.NaiveBayes(false);

    /**
     * This configuration with another thread count.
     *
     * @param n threads; 0 for one per available core
     * @return the changed configuration
     */
    public RunConfig withThreads(int n) {
        return new RunConfig(ingest, extractors, n, seed, stats, stories, classifier, report);
    }

    /**
     * The default configuration.
     *
     * @return every built-in extractor, default ingest, statistics, stories, classifier and report settings
     */
    public static RunConfig defaults() {
        return new RunConfig(IngestOptions.defaults(), Features.availableExtractors(), 0, DEFAULT_SEED, StatsConfig.defaults(),
                StoryConfig.defaults(), DEFAULT_CLASSIFIER, ReportSettings.defaults());
    }

    /**
     * The feature pipeline this configuration names (its extractors were validated on construction).
     *
     * @return the pipeline
     */
    public Features features() {
        try {
            return Features.named(extractors);
        } catch (FeaturesException e) {
            throw new IllegalStateException("validated extractors did not resolve: " + e.getMessage(), e);
        }
    }

    /**
     * Threads to use: {@link #threads()}, or the number of available cores when that is 0.
     *
     * @return at least 1
     */
    public int effectiveThreads() {
        return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    }

    /**
     * The canonical JSON form (sorted keys), which provenance hashes.
     *
     * @return indented JSON
     */
    public String toJson() {
        try {
            return ArticleJson.mapper().writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("configuration cannot be written as JSON", e);
        }
    }

    /**
     * Copies {@code over} into {@code base}, object by object. A classifier's fields depend on its name, so a
     * given classifier is laid over the defaults of the classifier it names, not over the default classifier.
     */
    private static void merge(ObjectNode base, ObjectNode over) {
        over.fields().forEachRemaining(e -> {
            JsonNode old = base.get(e.getKey());
            if (e.getKey().equals("classifier") && e.getValue() instanceof ObjectNode n) {
                ClassifierSpec named = ClassifierSpec.defaults().get(n.path("name").asText());
                if (named != null) {
                    ObjectNode b = ArticleJson.mapper().valueToTree(named);
                    merge(b, n);
                    base.set("classifier", b);
                } else {
                    base.set("classifier", n);
                }
            } else if (old instanceof ObjectNode o && e.getValue() instanceof ObjectNode n) {
                merge(o, n);
            } else {
                base.set(e.getKey(), e.getValue());
            }
        });
    }

    /**
     * Reads a configuration from JSON; absent fields take their defaults.
     *
     * @param json the configuration, complete or partial
     * @return the configuration
     * @throws IllegalArgumentException naming the problem if the JSON is malformed or invalid
     */
    public static RunConfig fromJson(String json) {
        try {
            var tree = ArticleJson.mapper().readTree(json);
            if (!(tree instanceof ObjectNode given)) {
                throw new IllegalArgumentException("bad configuration: not a JSON object");
            }
            // absent fields, also inside sections, take the default's values (primitives would otherwise be 0)
            ObjectNode merged = (ObjectNode) ArticleJson.mapper().readTree(defaults().toJson());
            merge(merged, given);
            return ArticleJson.mapper().treeToValue(merged, RunConfig.class);
        } catch (JsonProcessingException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException iae ? iae : e;
            throw new IllegalArgumentException("bad configuration: " + (cause instanceof IllegalArgumentException
                    ? cause.getMessage() : e.getOriginalMessage()), e);
        }
    }
}
