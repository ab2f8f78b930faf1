package org.slant.report;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Validation shared by the report's records; messages name the record and the offending value. */
final class Checks {
    private Checks() {
    }

    static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value;
    }

    static <T> List<T> list(List<T> value, String what) {
        if (value == null) {
            return List.of();
        }
        for (T t : value) {
            if (t == null) {
                throw new IllegalArgumentException(what + " must not contain null");
            }
        }
        return List.copyOf(value);
    }

    static <V> Map<String, V> map(Map<String, V> value) {
        return value == null || value.isEmpty()
                ? Map.of()
                : java.util.Collections.unmodifiableMap(new TreeMap<>(value));
    }

    static double finite(double value, String what) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be finite: " + value);
        }
        return value;
    }

    static Double optionalFinite(Double value, String what) {
        return value == null ? null : finite(value, what);
    }

    static Double probability(Double value, String what) {
        if (value != null && !(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(what + " must be in [0, 1]: " + value);
        }
        return value;
    }

    static long count(long value, String what) {
        if (value < 0) {
            throw new IllegalArgumentException(what + " must be >= 0: " + value);
        }
        return value;
    }
}
