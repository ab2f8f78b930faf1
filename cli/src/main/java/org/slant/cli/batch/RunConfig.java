package org.slant.cli.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
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
 * @param seed seed for everything random downstream (cross-validation folds, bootstrap intervals)
 */
public record RunConfig(IngestOptions ingest, List<String> extractors, int threads, long seed) {

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
    }

    public static RunConfig defaults() {
        return new RunConfig(IngestOptions.defaults(), Features.availableExtractors(), 0, DEFAULT_SEED);
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
            return ArticleJson.mapper().readValue(json, RunConfig.class);
        } catch (JsonProcessingException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException iae ? iae : e;
            throw new IllegalArgumentException("bad configuration: " + (cause instanceof IllegalArgumentException
                    ? cause.getMessage() : e.getOriginalMessage()), e);
        }
    }
}
