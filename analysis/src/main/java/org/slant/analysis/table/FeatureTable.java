package org.slant.analysis.table;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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

    /**
     * Validates the table and copies both lists.
     *
     * @param featureSet name and version of the feature set; not null or blank
     * @param columns the numeric columns; names unique and none of {@link #META_COLUMNS}
     * @param rows the rows; ids unique, each with one value per column
     * @throws IllegalArgumentException if {@code featureSet} is blank, a column name repeats or is reserved,
     *     a row id repeats, or a row's width differs from the column count
     * @throws NullPointerException if {@code columns}, {@code rows} or an element of them is null
     */
    public FeatureTable {
        if (featureSet == null || featureSet.isBlank()) {
            throw new IllegalArgumentException("feature set name is required");
        }
        columns = List.copyOf(columns);
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
        // packed rows are immutable and were checked for width and unique ids when they were built
        if (!(rows instanceof PackedRows p && p.width() == columns.size())) {
            rows = List.copyOf(rows);
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
    }

    /**
     * Starts a table whose rows are kept packed in a few primitive arrays: about a quarter of the memory of
     * {@link Row} objects, for tables of many thousands of rows. The built table behaves as any other;
     * {@link #rows()} builds each row afresh when asked, and {@link #filter} and {@link #select} share the
     * packed storage.
     *
     * @param featureSet name and version of the feature set; not null or blank
     * @param columns the numeric columns; names unique and none of {@link #META_COLUMNS}
     * @return an empty builder; not thread-safe
     * @throws IllegalArgumentException as the table's constructor does for these two arguments
     */
    public static Builder builder(String featureSet, List<Column> columns) {
        new FeatureTable(featureSet, columns, List.of()); // validates the set name and columns now
        return new Builder(featureSet, List.copyOf(columns), new PackedRows.Appender(columns.size()));
    }

    /**
     * Starts a table whose rows are kept in {@code rowFile} rather than in memory: the heap holds one file
     * position per row, and each row is read back when asked for. For tables larger than the heap would
     * comfortably hold, e.g. a batch over a large corpus. The file must stay in place while the table (or a
     * table made from it by {@link #filter}, {@link #select} or {@link #join}) is in use; delete it afterwards.
     * The built table is read-only and safe to read from several threads; a row that cannot be read back
     * throws {@link java.io.UncheckedIOException}.
     *
     * @param featureSet name and version of the feature set; not null or blank
     * @param columns the numeric columns; names unique and none of {@link #META_COLUMNS}
     * @param rowFile the file to keep the rows in; created, or emptied if it exists
     * @return an empty builder; not thread-safe
     * @throws IllegalArgumentException as the table's constructor does for the first two arguments
     * @throws IOException if the file cannot be created
     */
    public static Builder builder(String featureSet, List<Column> columns, Path rowFile) throws IOException {
        new FeatureTable(featureSet, columns, List.of());
        return new Builder(featureSet, List.copyOf(columns), new PackedRows.Appender(columns.size(), rowFile));
    }

    /** Collects a table's rows in packed form; see {@link FeatureTable#builder}. */
    public static final class Builder {
        private final String featureSet;
        private final List<Column> columns;
        private final PackedRows.Appender rows;

        private Builder(String featureSet, List<Column> columns, PackedRows.Appender rows) {
            this.featureSet = featureSet;
            this.columns = columns;
            this.rows = rows;
        }

        /**
         * Appends a row.
         *
         * @param row the row; as wide as the columns
         * @return this builder
         * @throws IllegalArgumentException if the row's width differs from the column count
         * @throws IllegalStateException if the table was already built
         */
        public Builder add(Row row) {
            rows.add(row);
            return this;
        }

        /**
         * Counts the rows added so far.
         *
         * @return the number of rows
         */
        public int size() {
            return rows.size();
        }

        /**
         * Builds the table; the builder takes no more rows afterwards.
         *
         * @return the table of the rows added, in order
         * @throws IllegalArgumentException if a row id repeats
         * @throws java.io.UncheckedIOException if the rows' file cannot be written or read
         */
        public FeatureTable build() {
            return new FeatureTable(featureSet, columns, rows.build());
        }
    }

    /** Names of the row fields every format writes before the feature columns, in order. */
    public static final List<String> META_COLUMNS = List.of("id", "outlet", "date", "story", "label");

    /**
     * Lists the column names.
     *
     * @return the names, in column order
     */
    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    /**
     * Finds a column by name.
     *
     * @param name the column name
     * @return its 0-based position
     * @throws IllegalArgumentException if the table has no such column
     */
    public int columnIndex(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column '" + name + "'; the table has " + columns.size() + " columns");
    }

    /**
     * Lists the labels the rows carry, for a classifier's classes.
     *
     * @return the distinct non-null labels, in natural string order; empty if no row is labelled
     */
    public List<String> labels() {
        Set<String> s = new TreeSet<>();
        rows.forEach(r -> {
            if (r.label() != null) {
                s.add(r.label());
            }
        });
        return List.copyOf(s);
    }

    /**
     * Keeps some rows.
     *
     * @param keep true for the rows to keep
     * @return a table of the same feature set and columns with the rows that pass {@code keep}, in order
     */
    public FeatureTable filter(Predicate<Row> keep) {
        if (rows instanceof PackedRows p) {
            int[] kept = new int[rows.size()];
            int n = 0;
            for (int i = 0; i < kept.length; i++) {
                if (keep.test(rows.get(i))) {
                    kept[n++] = i;
                }
            }
            return new FeatureTable(featureSet, columns, p.select(Arrays.copyOf(kept, n)));
        }
        return new FeatureTable(featureSet, columns, rows.stream().filter(keep).toList());
    }

    /**
     * Picks rows by position, e.g. a cross-validation fold.
     *
     * @param positions 0-based row positions; a position given twice selects the row twice, which fails
     *     the unique-id check
     * @return a table of the same feature set and columns with the rows at {@code positions}, in that order
     * @throws IndexOutOfBoundsException if a position is outside the table
     * @throws IllegalArgumentException if a position repeats
     */
    public FeatureTable select(List<Integer> positions) {
        if (rows instanceof PackedRows p) {
            return new FeatureTable(featureSet, columns, p.select(positions.stream().mapToInt(Integer::intValue).toArray()));
        }
        List<Row> out = new ArrayList<>(positions.size());
        positions.forEach(p -> out.add(rows.get(p)));
        return new FeatureTable(featureSet, columns, out);
    }

    /**
     * Indexes the rows by id.
     *
     * @return a new mutable map from row id to 0-based row position
     */
    public Map<String, Integer> positionsById() {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            m.put(rows.get(i).id(), i);
        }
        return m;
    }

    /**
     * Appends another table's columns to this one's, matching rows by id. Rows keep this table's order
     * and identifying fields; the feature set becomes {@code this+other}.
     *
     * @param other a table holding at least this table's row ids
     * @return the joined table
     * @throws IllegalArgumentException if a row of this table is missing from {@code other}, or a column
     *     name occurs in both
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
