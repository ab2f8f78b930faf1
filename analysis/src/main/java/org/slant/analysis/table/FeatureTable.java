package org.slant.analysis.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * A table of feature values: one {@link Row} per article or sentence, one named {@link Column} per
 * feature. Immutable. {@link #featureSet()} names the feature set and its version (e.g.
 * {@code "slant-features/1+words"}); a trained model records it and refuses tables of another set.
 *
 * @param featureSet name and version of the feature set; never blank
 * @param columns the numeric columns, names unique
 * @param rows the rows, ids unique, each as wide as {@code columns}
 */
public record FeatureTable(String featureSet, List<Column> columns, List<Row> rows) {

    public FeatureTable {
        if (featureSet == null || featureSet.isBlank()) {
            throw new IllegalArgumentException("feature set name is required");
        }
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        Set<String> names = new HashSet<>();
        for (Column c : columns) {
            if (!names.add(c.name())) {
                throw new IllegalArgumentException("duplicate column name '" + c.name() + "'");
            }
            if (META_COLUMNS.contains(c.name())) {
                throw new IllegalArgumentException("column name '" + c.name() + "' is reserved for row fields "
                        + META_COLUMNS);
            }
        }
        Set<String> ids = new HashSet<>();
        for (Row r : rows) {
            if (!ids.add(r.id())) {
                throw new IllegalArgumentException("duplicate row id '" + r.id() + "'");
            }
            if (r.values().size() != columns.size()) {
                throw new IllegalArgumentException("row " + r.id() + " has " + r.values().size()
                        + " values for " + columns.size() + " columns");
            }
        }
    }

    /** Names of the row fields every format writes before the feature columns, in order. */
    public static final List<String> META_COLUMNS = List.of("id", "outlet", "date", "story", "label");

    /** Column names in order. */
    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    /** Index of the named column. */
    public int columnIndex(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column '" + name + "'; the table has " + columns.size() + " columns");
    }

    /** The distinct non-null labels, sorted. */
    public List<String> labels() {
        Set<String> s = new TreeSet<>();
        rows.forEach(r -> {
            if (r.label() != null) {
                s.add(r.label());
            }
        });
        return List.copyOf(s);
    }

    /** The rows that pass {@code keep}, in order, with the same columns. */
    public FeatureTable filter(Predicate<Row> keep) {
        return new FeatureTable(featureSet, columns, rows.stream().filter(keep).toList());
    }

    /** The rows at the given positions, in the order given. */
    public FeatureTable select(List<Integer> positions) {
        List<Row> out = new ArrayList<>(positions.size());
        positions.forEach(p -> out.add(rows.get(p)));
        return new FeatureTable(featureSet, columns, out);
    }

    /** Row position by id. */
    public Map<String, Integer> positionsById() {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            m.put(rows.get(i).id(), i);
        }
        return m;
    }

    /**
     * The table with {@code other}'s columns appended (rows matched by id; both must hold the same ids).
     * The feature set becomes {@code this+other}.
     */
    public FeatureTable join(FeatureTable other) {
        Map<String, Integer> pos = other.positionsById();
        List<Column> cols = new ArrayList<>(columns);
        cols.addAll(other.columns);
        int width = cols.size();
        List<Row> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            Integer p = pos.get(r.id());
            if (p == null) {
                throw new IllegalArgumentException("row " + r.id() + " is missing from the joined table");
            }
            FeatureVector.Builder b = FeatureVector.builder(width);
            b.copyFrom(r.values(), 0);
            b.copyFrom(other.rows.get(p).values(), columns.size());
            out.add(new Row(r.id(), r.outlet(), r.date(), r.story(), r.label(), b.build()));
        }
        return new FeatureTable(featureSet + "+" + other.featureSet, cols, out);
    }
}
