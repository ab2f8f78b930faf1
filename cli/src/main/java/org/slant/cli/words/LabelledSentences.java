package org.slant.cli.words;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.slant.features.lexicon.LabelledSentence;

/**
 * Reads labelled sentences from JSON lines. Slant's own form is
 * {@code {"id","text","spans":[[start,end],...],"label":"Biased|Non-biased"?,"group"?}}; BABE's fields are
 * accepted too ({@code biased_word_spans} as {@code [{start,end,...}]}, {@code label_bias}, and {@code split_key}
 * or {@code url} as the group). Without a group the id is the group; without a label a sentence is biased when it has a
 * span.
 */
public final class LabelledSentences {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private LabelledSentences() {
    }

    /**
     * Parses the lines of {@code bytes} (UTF-8).
     *
     * @param bytes JSONL, one labelled sentence per line
     * @param source names the input in error messages
     * @return the sentences, in input order
     * @throws IOException naming the source and line of the first malformed record
     */
    public static List<LabelledSentence> parse(byte[] bytes, String source) throws IOException {
        List<LabelledSentence> out = new ArrayList<>();
        int lineNo = 0;
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            try {
                out.add(sentence(MAPPER.readTree(line)));
            } catch (JsonProcessingException e) {
                throw new IOException(source + ":" + lineNo + ": not JSON: " + e.getOriginalMessage(), e);
            } catch (IllegalArgumentException e) {
                throw new IOException(source + ":" + lineNo + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    static LabelledSentence sentence(JsonNode node) {
        JsonNode id = node.get("id");
        JsonNode text = node.get("text");
        if (id == null || id.isNull() || text == null || !text.isTextual()) {
            throw new IllegalArgumentException("needs \"id\" and a string \"text\"");
        }
        List<LabelledSentence.Span> spans = new ArrayList<>();
        JsonNode sp = node.has("spans") ? node.get("spans") : node.get("biased_word_spans");
        if (sp != null && !sp.isNull()) {
            if (!sp.isArray()) {
                throw new IllegalArgumentException("spans must be a list, was " + sp);
            }
            for (JsonNode s : sp) {
                spans.add(span(s));
            }
        }
        JsonNode label = node.has("label") ? node.get("label") : node.get("label_bias");
        boolean biased;
        if (label == null || label.isNull() || !isBinary(label.asText())) {
            // no label, or a crowd "No agreement": fall back on the spans
            biased = !spans.isEmpty();
        } else {
            biased = label.asText().equalsIgnoreCase("Biased");
        }
        String group = text(node, "group");
        if (group == null) {
            group = text(node, "split_key"); // BABE's normalised source-article URL
        }
        if (group == null) {
            group = text(node, "url");
        }
        return new LabelledSentence(id.asText(), text.asText(), spans, group, biased);
    }

    private static boolean isBinary(String label) {
        return label.equalsIgnoreCase("Biased") || label.equalsIgnoreCase("Non-biased");
    }

    private static LabelledSentence.Span span(JsonNode s) {
        if (s.isArray() && s.size() == 2 && s.get(0).canConvertToInt() && s.get(1).canConvertToInt()) {
            return new LabelledSentence.Span(s.get(0).asInt(), s.get(1).asInt());
        }
        if (s.isObject() && s.has("start") && s.has("end")) {
            return new LabelledSentence.Span(s.get("start").asInt(), s.get("end").asInt());
        }
        throw new IllegalArgumentException("a span must be [start, end] or {\"start\",\"end\"}, was " + s);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }
}
