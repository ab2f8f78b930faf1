package org.slant.report.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slant.report.ReportData;
import org.slant.report.ReportException;

/** Jackson set up for stable output: sorted keys, two-space indentation, LF line ends, nulls left out. */
public final class JsonCodec {
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.ALWAYS))
            .build();
    private static final ObjectWriter WRITER = MAPPER.writer(
            new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private JsonCodec() {
    }

    /** The JSON text of {@code data}, ending with a newline. */
    public static String toJson(ReportData data) {
        try {
            return WRITER.writeValueAsString(data) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("report data did not serialise", e);
        }
    }

    /**
     * Writes {@link #toJson} to {@code file} as UTF-8, streamed: a large corpus's report runs to tens of
     * megabytes, which need not be held as one string.
     */
    public static void write(ReportData data, Path file) throws ReportException {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (java.io.Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                WRITER.without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(w, data);
                w.write('\n');
            }
        } catch (IOException | UncheckedIOException e) {
            throw new ReportException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads and validates a JSON report. */
    public static ReportData read(Path file) throws ReportException {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new ReportException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (tree == null || !tree.isObject()) {
            throw new ReportException(file + ": not a JSON object");
        }
        JsonNode version = tree.get("schemaVersion");
        if (version == null || !version.canConvertToInt() || version.asInt() != ReportData.SCHEMA_VERSION) {
            throw new ReportException(file + ": schemaVersion " + version + " is not supported (expected "
                    + ReportData.SCHEMA_VERSION + ")");
        }
        try {
            return MAPPER.treeToValue(tree, ReportData.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new ReportException(file + ": invalid report: " + e.getMessage(), e);
        }
    }
}
