package org.slant.analysis.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import org.slant.analysis.table.Column;

/** The metadata every table format carries: the feature set and the columns with their meaning. */
public record TableHeader(String featureSet, List<Column> columns) {
    public TableHeader {
        columns = List.copyOf(columns);
    }

    public String toJson() {
        try {
            return Json.MAPPER.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static TableHeader fromJson(String json) throws JsonProcessingException {
        return Json.MAPPER.readValue(json, TableHeader.class);
    }

    /** Shortest decimal text that parses back to exactly {@code v}; integers without ".0". */
    public static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    /** Parses a number written by {@link #number}; NaN and infinities are refused. */
    public static double parseNumber(String s) {
        double v;
        try {
            v = Double.parseDouble(s.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: '" + s + "'");
        }
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("value '" + s + "' is not finite; write missing values as empty");
        }
        return v;
    }
}
