package org.slant.cli.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import org.slant.analysis.classify.ClassifierSpec;
import org.slant.analysis.stats.StatsConfig;
import org.slant.analysis.story.StoryConfig;
import org.slant.features.Features;
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

    /** This configuration with another thread count. */
    public RunConfig withThreads(int n) {
        return new RunConfig(ingest, extractors, n, seed, stats, stories, classifier, report);
    }

    public static RunConfig defaults() {
        return new RunConfig(IngestOptions.defaults(), Features.availableExtractors(), 0, DEFAULT_SEED, StatsConfig.defaults(),
                StoryConfig.defaults(), DEFAULT_CLASSIFIER, ReportSettings.defaults());
    }

    /** Threads to use: {@link #threads()}, or the number of available cores when that is 0. */
    public int effectiveThreads() {
        return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    }

    /** The canonical JSON form (sorted keys), which provenance hashes. */
    public String toJson() {
        try {
            return ArticleJson.mapper().writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("configuration cannot be written as JSON", e);
        }
    }

    /**
     * Reads a configuration from JSON; absent fields take their defaults.
     *
     * @throws IllegalArgumentException naming the problem if the JSON is malformed or invalid
     */
    public static RunConfig fromJson(String json) {
        try {
            var tree = ArticleJson.mapper().readTree(json);
            if (tree instanceof com.fasterxml.jackson.databind.node.ObjectNode o && !o.has("seed")) {
                o.put("seed", DEFAULT_SEED); // a primitive would otherwise default to 0
            }
            return ArticleJson.mapper().treeToValue(tree, RunConfig.class);
        } catch (JsonProcessingException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException iae ? iae : e;
            throw new IllegalArgumentException("bad configuration: " + (cause instanceof IllegalArgumentException
                    ? cause.getMessage() : e.getOriginalMessage()), e);
        }
    }
}
