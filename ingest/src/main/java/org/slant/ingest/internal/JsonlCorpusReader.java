package org.slant.ingest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slant.ingest.ArticleJson;
import org.slant.ingest.IngestOptions;
import org.slant.ingest.IngestResult;
import org.slant.ingest.RejectReason;

/**
 * Reads JSONL line by line: each line is either one of Slant's own article records (read losslessly)
 * or a corpus record read through the field mapping. Memory holds one line at a time.
 */
final class JsonlCorpusReader implements RecordReader {
    private static final ObjectMapper MAPPER = ArticleJson.mapper();

    @Override
    public Stream<IngestResult> read(InputStream in, String origin, String fileId, IngestOptions options) {
        BoundedLineReader lines = new BoundedLineReader(in, options.maxRecordBytes());
        return new LazyResults() {
            private boolean broken;

            @Override
            protected IngestResult advance() {
                while (!broken) {
                    try {
                        if (!lines.next()) {
                            return null;
                        }
                        IngestResult r = parse(lines, origin, options);
                        if (r != null) {
                            return r;
                        }
                    } catch (IOException e) {
                        broken = true;
                        return IngestResult.rejected(origin, lines.lineNumber() + 1, RejectReason.UNREADABLE,
                                "input ends unreadably after line " + lines.lineNumber() + ": " + e);
                    }
                }
                return null;
            }
        }.stream(lines);
    }

    /** Null for blank lines, which are not records. */
    private static IngestResult parse(BoundedLineReader lines, String origin, IngestOptions options) {
        long n = lines.lineNumber();
        if (lines.oversized()) {
            return IngestResult.rejected(origin, n, RejectReason.OVERSIZED, "line of " + lines.oversizedLength()
                    + " bytes is larger than the limit of " + options.maxRecordBytes());
        }
        String line = Decoding.strictUtf8(lines.bytes(), 0, lines.length());
        if (line == null) {
            return IngestResult.rejected(origin, n, RejectReason.INVALID_ENCODING, "line is not valid UTF-8");
        }
        if (line.isBlank()) {
            return null;
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            return IngestResult.rejected(origin, n, RejectReason.MALFORMED, "malformed JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return IngestResult.rejected(origin, n, RejectReason.MALFORMED, "line is not a JSON object");
        }
        if (node.path("outlet").isObject() && node.has("blocks")) {
            try {
                return IngestResult.accepted(MAPPER.treeToValue(node, org.slant.ingest.Article.class));
            } catch (JsonProcessingException | IllegalArgumentException e) {
                return IngestResult.rejected(origin, n, RejectReason.MALFORMED, "not a valid Slant article: "
                        + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()));
            }
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> {
            JsonNode v = e.getValue();
            if (v.isArray()) {
                List<String> items = new ArrayList<>();
                v.forEach(x -> items.add(x.isTextual() ? x.asText() : x.toString()));
                fields.put(e.getKey(), items);
            } else if (!v.isNull() && !v.isContainerNode()) {
                fields.put(e.getKey(), v.asText());
            }
        });
        return CorpusRecords.toArticle(fields, options, origin, n);
    }
}
