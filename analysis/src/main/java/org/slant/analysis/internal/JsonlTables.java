package org.slant.analysis.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slant.analysis.AnalysisException;
import org.slant.analysis.table.FeatureTable;
import org.slant.analysis.table.FeatureVector;
import org.slant.analysis.table.Row;

/**
 * JSON lines: first {@code {"slant-table": {featureSet, columns}}}, then one object per row with the row
 * fields and {@code "values": {column: number|null}} holding only non-zero and missing (null) values.
 */
public final class JsonlTables {
    private JsonlTables() {}

    public static void write(FeatureTable t, Writer w) throws IOException {
        ObjectNode head = JsonNodeFactory.instance.objectNode();
        head.set("slant-table", Json.MAPPER.valueToTree(new TableHeader(t.featureSet(), t.columns())));
        w.write(Json.MAPPER.writeValueAsString(head));
        w.write('\n');
        List<String> names = t.columnNames();
        for (Row r : t.rows()) {
            ObjectNode o = JsonNodeFactory.instance.objectNode();
            o.put("id", r.id());
            putNullable(o, "outlet", r.outlet());
            putNullable(o, "date", r.date() == null ? null : r.date().toString());
            putNullable(o, "story", r.story());
            putNullable(o, "label", r.label());
            ObjectNode values = o.putObject("values");
            FeatureVector v = r.values();
            for (int k = 0; k < v.storedCount(); k++) {
                double x = v.storedValue(k);
                String n = names.get(v.storedIndex(k));
                if (Double.isNaN(x)) {
                    values.putNull(n);
                } else {
                    values.put(n, x);
                }
            }
            w.write(Json.MAPPER.writeValueAsString(o));
            w.write('\n');
        }
    }

    private static void putNullable(ObjectNode o, String key, String value) {
        if (value != null) {
            o.put(key, value);
        }
    }

    public static FeatureTable read(BufferedReader r, String name) throws IOException, AnalysisException {
        String first = r.readLine();
        if (first == null) {
            throw new AnalysisException(name + ": empty file, expected a slant-table header line");
        }
        TableHeader header;
        try {
            JsonNode h = Json.MAPPER.readTree(first).get("slant-table");
            if (h == null) {
                throw new AnalysisException(name + ":1: expected {\"slant-table\": ...} as the first line");
            }
            header = Json.MAPPER.treeToValue(h, TableHeader.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new AnalysisException(name + ":1: bad slant-table header: " + e.getMessage(), e);
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.columns().size(); i++) {
            index.put(header.columns().get(i).name(), i);
        }
        List<Row> rows = new ArrayList<>();
        String line;
        long n = 1;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode o = Json.MAPPER.readTree(line);
                FeatureVector.Builder b = FeatureVector.builder(header.columns().size());
                JsonNode values = o.path("values");
                for (Map.Entry<String, JsonNode> e : values.properties()) {
                    Integer i = index.get(e.getKey());
                    if (i == null) {
                        throw new IllegalArgumentException("unknown column '" + e.getKey() + "'");
                    }
                    JsonNode v = e.getValue();
                    if (v.isNull()) {
                        b.missing(i);
                    } else if (v.isNumber() && Double.isFinite(v.doubleValue())) {
                        b.set(i, v.doubleValue());
                    } else {
                        throw new IllegalArgumentException("column '" + e.getKey() + "': not a finite number: " + v);
                    }
                }
                rows.add(new Row(text(o, "id"), text(o, "outlet"), CsvTables.date(text(o, "date")), text(o, "story"),
                        text(o, "label"), b.build()));
            } catch (JsonProcessingException e) {
                throw new AnalysisException(name + ":" + n + ": bad JSON: " + e.getOriginalMessage(), e);
            } catch (IllegalArgumentException e) {
                throw new AnalysisException(name + ":" + n + ": " + e.getMessage());
            }
        }
        try {
            return new FeatureTable(header.featureSet(), header.columns(), rows);
        } catch (IllegalArgumentException e) {
            throw new AnalysisException(name + ": " + e.getMessage());
        }
    }

    private static String text(JsonNode o, String key) {
        JsonNode v = o.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }
}
