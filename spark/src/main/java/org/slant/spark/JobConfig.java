package org.slant.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import org.slant.features.Features;
import org.slant.ingest.ArticleJson;
import org.slant.ingest.IngestOptions;

/**
 * What one run of {@link SlantSparkJob} reads, computes and writes. Validated on construction, with a
 * lossless JSON form ({@link #toJson()}, {@link #fromJson(String)}).
 *
 * @param input a text file listing the inputs, one path or Hadoop-compatible URI a line (blank lines and
 *     lines starting with {@code #} are skipped): WARC, JSONL, CSV, HTML or text files, optionally gzipped,
 *     and directories of them (read recursively, in sorted order, as {@code slant run} reads them)
 * @param output the output directory (path or URI)
 * @param formats the formats the tables are written in, at least one
 * @param ingest how to read the input, as in {@code slant run}'s configuration
 * @param extractors names of the feature extractors to run, in order (see {@link Features#availableExtractors()})
 * @param splitBytes a JSONL file (gzipped or not) is cut into work units of about this many bytes of lines,
 *     so one large file is processed by many tasks; 0 reads every file in a single task
 * @param partitions number of tasks that ingest and extract; 0 means Spark's default parallelism
 * @param confidence coverage of the Wilson intervals of 0/1 features, in (0, 1)
 * @param overwrite whether an existing output directory is replaced (otherwise the job fails)
 */
public record JobConfig(String input, String output, List<OutputFormat> formats, IngestOptions ingest,
        List<String> extractors, long splitBytes, int partitions, double confidence, boolean overwrite) {

    /**
     * 4 MiB of lines per work unit: about 500 news articles, a second or two of work for one core; small enough
     * that units spread evenly over the tasks and a task holds little input at a time.
     */
    public static final long DEFAULT_SPLIT_BYTES = 4L * 1024 * 1024;

    public JobConfig {
        if (input == null || input.isBlank()) {
            throw new IllegalArgumentException("input (the file listing the inputs) is required");
        }
        if (output == null || output.isBlank()) {
            throw new IllegalArgumentException("output (the output directory) is required");
        }
        formats = List.copyOf(formats == null ? List.of(OutputFormat.PARQUET) : formats);
        if (formats.isEmpty() || new HashSet<>(formats).size() != formats.size()) {
            throw new IllegalArgumentException("formats must name at least one format, each once: " + formats);
        }
        ingest = ingest == null ? IngestOptions.defaults() : ingest;
        extractors = List.copyOf(extractors == null ? Features.availableExtractors() : extractors);
        List<String> known = Features.availableExtractors();
        for (String e : extractors) {
            if (!known.contains(e)) {
                throw new IllegalArgumentException("unknown feature extractor '" + e + "'; known: " + known);
            }
        }
        if (splitBytes < 0) {
            throw new IllegalArgumentException("splitBytes must be 0 (no splitting) or positive: " + splitBytes);
        }
        if (partitions < 0) {
            throw new IllegalArgumentException("partitions must be 0 (Spark's default) or positive: " + partitions);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1): " + confidence);
        }
    }

    /** Reads {@code input} and writes Parquet to {@code output}, everything else at its default. */
    public static JobConfig of(String input, String output) {
        return new JobConfig(input, output, List.of(OutputFormat.PARQUET), IngestOptions.defaults(),
                Features.availableExtractors(), DEFAULT_SPLIT_BYTES, 0, 0.95, false);
    }

    /** This configuration with other output formats. */
    public JobConfig withFormats(List<OutputFormat> value) {
        return new JobConfig(input, output, value, ingest, extractors, splitBytes, partitions, confidence, overwrite);
    }

    /** This configuration with other ingest options. */
    public JobConfig withIngest(IngestOptions value) {
        return new JobConfig(input, output, formats, value, extractors, splitBytes, partitions, confidence, overwrite);
    }

    /** This configuration with another split size ({@code 0}: one task per file). */
    public JobConfig withSplitBytes(long value) {
        return new JobConfig(input, output, formats, ingest, extractors, value, partitions, confidence, overwrite);
    }

    /** This configuration with another number of tasks. */
    public JobConfig withPartitions(int value) {
        return new JobConfig(input, output, formats, ingest, extractors, splitBytes, value, confidence, overwrite);
    }

    /** This configuration with overwriting on or off. */
    public JobConfig withOverwrite(boolean value) {
        return new JobConfig(input, output, formats, ingest, extractors, splitBytes, partitions, confidence, value);
    }

    /** The canonical JSON form (sorted keys, nulls left out). */
    public String toJson() {
        try {
            return ArticleJson.mapper().writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("job configuration cannot be written as JSON", e);
        }
    }

    /**
     * Reads a configuration from JSON. {@code input} and {@code output} are required; absent fields, also
     * inside {@code ingest}, take their defaults.
     *
     * @throws IllegalArgumentException naming the problem if the JSON is malformed or invalid
     */
    public static JobConfig fromJson(String json) {
        try {
            JsonNode tree = ArticleJson.mapper().readTree(json);
            if (!(tree instanceof ObjectNode given)) {
                throw new IllegalArgumentException("bad job configuration: not a JSON object");
            }
            for (String required : List.of("input", "output")) {
                if (!given.path(required).isTextual()) {
                    throw new IllegalArgumentException("bad job configuration: '" + required + "' is required");
                }
            }
            ObjectNode merged = (ObjectNode) ArticleJson.mapper().readTree(
                    of(given.get("input").asText(), given.get("output").asText()).toJson());
            merge(merged, given);
            return ArticleJson.mapper().treeToValue(merged, JobConfig.class);
        } catch (JsonProcessingException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException iae ? iae : e;
            throw new IllegalArgumentException("bad job configuration: " + (cause instanceof IllegalArgumentException
                    ? cause.getMessage() : e.getOriginalMessage()), e);
        }
    }

    /** Copies {@code over} into {@code base}, object by object, so nested defaults survive. */
    private static void merge(ObjectNode base, ObjectNode over) {
        over.fields().forEachRemaining(e -> {
            if (base.get(e.getKey()) instanceof ObjectNode o && e.getValue() instanceof ObjectNode n) {
                merge(o, n);
            } else {
                base.set(e.getKey(), e.getValue());
            }
        });
    }
}
