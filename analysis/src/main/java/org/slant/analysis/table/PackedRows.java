package org.slant.analysis.table;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.RandomAccess;

/**
 * Rows stored in a few primitive arrays instead of one object graph each: ids as UTF-8 bytes, outlets,
 * stories and labels as indices into their distinct values, dates as epoch days and values as one sparse
 * column/value list. About 40 bytes plus 12 per stored value for a row, where a {@link Row} with its strings,
 * date and vector takes about four times that. {@link #get} builds the row afresh; the list is immutable, and
 * a view ({@link #select}) shares the storage of the list it comes from.
 */
final class PackedRows extends AbstractList<Row> implements RandomAccess {
    private static final long NO_DATE = Long.MIN_VALUE;

    private final Store store;
    private final int[] positions; // null: every stored row, in order

    private PackedRows(Store store, int[] positions) {
        this.store = store;
        this.positions = positions;
    }

    /** The width every row has. */
    int width() {
        return store.width;
    }

    @Override
    public Row get(int i) {
        if (i < 0 || i >= size()) {
            throw new IndexOutOfBoundsException("row " + i + " of " + size());
        }
        return store.row(positions == null ? i : positions[i]);
    }

    @Override
    public int size() {
        return positions == null ? store.rows : positions.length;
    }

    /**
     * The rows at {@code picked}, in that order, sharing this list's storage.
     *
     * @throws IndexOutOfBoundsException if a position is outside this list
     * @throws IllegalArgumentException if a position repeats (the ids would repeat)
     */
    PackedRows select(int[] picked) {
        boolean[] seen = new boolean[size()];
        int[] stored = new int[picked.length];
        for (int k = 0; k < picked.length; k++) {
            int p = picked[k];
            if (p < 0 || p >= seen.length) {
                throw new IndexOutOfBoundsException("row " + p + " of " + seen.length);
            }
            if (seen[p]) {
                throw new IllegalArgumentException("duplicate row id '" + get(p).id() + "'");
            }
            seen[p] = true;
            stored[k] = positions == null ? p : positions[p];
        }
        return new PackedRows(store, stored);
    }

    /** Appends rows one at a time; {@link #build} checks that ids are unique. Not thread-safe. */
    static final class Appender {
        private final Store store;
        private boolean built;

        Appender(int width) {
            store = new Store(width);
        }

        int size() {
            return store.rows;
        }

        void add(Row r) {
            if (built) {
                throw new IllegalStateException("rows were already built");
            }
            store.add(r);
        }

        /**
         * The rows added so far. Ids are compared through sorted 64-bit hashes, so the check keeps no
         * string per row.
         *
         * @throws IllegalArgumentException if an id repeats
         */
        PackedRows build() {
            built = true;
            store.trim();
            store.checkUniqueIds();
            return new PackedRows(store, null);
        }
    }

    /** The storage, shared by a list and its views. */
    private static final class Store {
        final int width;
        int rows;
        byte[] ids = new byte[1024];
        int[] idEnd = new int[64];
        int[] outlet = new int[64];
        int[] story = new int[64];
        int[] label = new int[64];
        long[] day = new long[64];
        int[] valueEnd = new int[64];
        int[] column = new int[256];
        double[] value = new double[256];
        int values;
        final Dictionary outlets = new Dictionary();
        final Dictionary stories = new Dictionary();
        final Dictionary labels = new Dictionary();

        Store(int width) {
            this.width = width;
        }

        void add(Row r) {
            if (r.values().size() != width) {
                throw new IllegalArgumentException("row " + r.id() + " has " + r.values().size()
                        + " values for " + width + " columns");
            }
            if (rows == idEnd.length) {
                int n = rows * 2;
                idEnd = Arrays.copyOf(idEnd, n);
                outlet = Arrays.copyOf(outlet, n);
                story = Arrays.copyOf(story, n);
                label = Arrays.copyOf(label, n);
                day = Arrays.copyOf(day, n);
                valueEnd = Arrays.copyOf(valueEnd, n);
            }
            byte[] id = r.id().getBytes(StandardCharsets.UTF_8);
            int idStart = rows == 0 ? 0 : idEnd[rows - 1];
            if (idStart + id.length > ids.length) {
                ids = Arrays.copyOf(ids, Math.max(ids.length * 2, idStart + id.length));
            }
            System.arraycopy(id, 0, ids, idStart, id.length);
            idEnd[rows] = idStart + id.length;
            outlet[rows] = outlets.indexOf(r.outlet());
            story[rows] = stories.indexOf(r.story());
            label[rows] = labels.indexOf(r.label());
            day[rows] = r.date() == null ? NO_DATE : r.date().toEpochDay();
            FeatureVector v = r.values();
            int n = v.storedCount();
            if (values + n > column.length) {
                int size = Math.max(column.length * 2, values + n);
                column = Arrays.copyOf(column, size);
                value = Arrays.copyOf(value, size);
            }
            for (int k = 0; k < n; k++) {
                column[values + k] = v.storedIndex(k);
                value[values + k] = v.storedValue(k);
            }
            values += n;
            valueEnd[rows] = values;
            rows++;
        }

        void trim() {
            ids = Arrays.copyOf(ids, rows == 0 ? 0 : idEnd[rows - 1]);
            idEnd = Arrays.copyOf(idEnd, rows);
            outlet = Arrays.copyOf(outlet, rows);
            story = Arrays.copyOf(story, rows);
            label = Arrays.copyOf(label, rows);
            day = Arrays.copyOf(day, rows);
            valueEnd = Arrays.copyOf(valueEnd, rows);
            column = Arrays.copyOf(column, values);
            value = Arrays.copyOf(value, values);
        }

        String id(int i) {
            int start = i == 0 ? 0 : idEnd[i - 1];
            return new String(ids, start, idEnd[i] - start, StandardCharsets.UTF_8);
        }

        Row row(int i) {
            int start = i == 0 ? 0 : valueEnd[i - 1];
            int n = valueEnd[i] - start;
            FeatureVector v = new FeatureVector(width, Arrays.copyOfRange(column, start, start + n),
                    Arrays.copyOfRange(value, start, start + n));
            return new Row(id(i), outlets.get(outlet[i]), day[i] == NO_DATE ? null : LocalDate.ofEpochDay(day[i]),
                    stories.get(story[i]), labels.get(label[i]), v);
        }

        void checkUniqueIds() {
            long[] keyed = new long[rows];
            for (int i = 0; i < rows; i++) {
                keyed[i] = hash(i);
            }
            long[] sorted = keyed.clone();
            Arrays.sort(sorted);
            for (int k = 1; k < rows; k++) {
                if (sorted[k] == sorted[k - 1]) {
                    // equal hashes: compare the ids of every row with that hash (rare, so a scan is fine)
                    long h = sorted[k];
                    Map<String, Integer> seen = new HashMap<>();
                    for (int i = 0; i < rows; i++) {
                        if (keyed[i] == h && seen.put(id(i), i) != null) {
                            throw new IllegalArgumentException("duplicate row id '" + id(i) + "'");
                        }
                    }
                }
            }
        }

        /** FNV-1a over the id's bytes, mixed: 64 bits make colliding ids between rows rare. */
        private long hash(int i) {
            int start = i == 0 ? 0 : idEnd[i - 1];
            long h = 0xcbf29ce484222325L;
            for (int k = start; k < idEnd[i]; k++) {
                h = (h ^ (ids[k] & 0xff)) * 0x100000001b3L;
            }
            h ^= h >>> 33;
            h *= 0xff51afd7ed558ccdL;
            return h ^ (h >>> 33);
        }
    }

    /** Distinct strings by first appearance; index -1 stands for null. */
    private static final class Dictionary {
        private final Map<String, Integer> index = new HashMap<>();
        private String[] values = new String[8];

        int indexOf(String s) {
            if (s == null) {
                return -1;
            }
            Integer i = index.get(s);
            if (i == null) {
                i = index.size();
                if (i == values.length) {
                    values = Arrays.copyOf(values, i * 2);
                }
                values[i] = s;
                index.put(s, i);
            }
            return i;
        }

        String get(int i) {
            return i < 0 ? null : values[i];
        }
    }
}
