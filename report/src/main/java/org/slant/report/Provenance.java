package org.slant.report;

import java.util.List;
import java.util.Map;

/**
 * How the report was made, so that it can be made again.
 *
 * @param slantVersion Slant's version
 * @param generatedAt when the numbers were computed (ISO 8601), as supplied; may be null. The
 *        renderer never reads the clock, so the same data always gives the same files.
 * @param config the canonical configuration (JSON text); may be null
 * @param configSha256 SHA-256 of {@code config}; may be null
 * @param seeds random seeds by use, sorted by name
 * @param inputs input files with their SHA-256
 */
public record Provenance(String slantVersion, String generatedAt, String config, String configSha256,
                         Map<String, Long> seeds, List<InputHash> inputs) {
    /**
     * Validates the provenance: a null version becomes {@code "unknown"}, seeds are copied sorted by
     * name and inputs copied unmodifiably, null meaning none.
     *
     * @param slantVersion Slant's version; may be null
     * @param generatedAt when the numbers were computed (ISO 8601); may be null
     * @param config the canonical configuration (JSON text); may be null
     * @param configSha256 SHA-256 of {@code config}; may be null
     * @param seeds random seeds by use; may be null
     * @param inputs input files with their SHA-256; may be null, must not contain null
     * @throws IllegalArgumentException if {@code inputs} contains null
     */
    public Provenance {
        slantVersion = slantVersion == null ? "unknown" : slantVersion;
        seeds = Checks.map(seeds);
        inputs = Checks.list(inputs, "inputs");
    }

    /**
     * One input file.
     *
     * @param path path as given
     * @param sha256 SHA-256 of its bytes, hex
     */
    public record InputHash(String path, String sha256) {
        /**
         * Validates the input.
         *
         * @param path path as given; not null or blank
         * @param sha256 SHA-256 of its bytes, hex; not null or blank
         * @throws IllegalArgumentException if {@code path} or {@code sha256} is null or blank
         */
        public InputHash {
            Checks.required(path, "input path");
            Checks.required(sha256, "input hash of " + path);
        }
    }
}
