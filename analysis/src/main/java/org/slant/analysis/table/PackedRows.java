package org.slant.analysis.table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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

        /** Rows kept in memory. */
        Appender(int width) {
            store = new HeapStore(width);
        }

        /** Rows kept in {@code file}, created or replaced; see {@link FileStore}. */
        Appender(int width, Path file) throws IOException {
            this(width, file, Integer.MAX_VALUE);
        }

        /** As above, the file mapped only when at most {@code mapLimit} bytes (a test reads without the map). */
        Appender(int width, Path file, long mapLimit) throws IOException {
            store = new FileStore(width, file, mapLimit);
        }

        int size() {
            return store.rows;
        }

        void add(Row r) {
            if (built) {
                throw new IllegalStateException("rows were already built");
            }
            if (r.values().size() != store.width) {
                throw new IllegalArgumentException("row " + r.id() + " has " + r.values().size()
                        + " values for " + store.width + " columns");
            }
            store.add(r);
            store.rows++;
        }

        /**
         * The rows added so far. Ids are compared through sorted 64-bit hashes, so the check keeps no
         * string per row.
         *
         * @throws IllegalArgumentException if an id repeats
         * @throws UncheckedIOException if a file-backed store cannot be written or read
         */
        PackedRows build() {
            built = true;
            store.finish();
            store.checkUniqueIds();
            return new PackedRows(store, null);
        }
    }

    /** The storage, shared by a list and its views. */
    private abstract static class Store {
        final int width;
        int rows;
        final Dictionary outlets = new Dictionary();
        final Dictionary stories = new Dictionary();
        final Dictionary labels = new Dictionary();

        Store(int width) {
            this.width = width;
        }

        /** Stores row number {@link #rows}, already checked. */
        abstract void add(Row r);

        /** Ends adding. */
        abstract void finish();

        abstract Row row(int i);

        /** Row {@code i}'s id, as UTF-8. */
        abstract byte[] idBytes(int i);

        void checkUniqueIds() {
            long[] keyed = new long[rows];
            for (int i = 0; i < rows; i++) {
                keyed[i] = hash(idBytes(i));
            }
            long[] sorted = keyed.clone();
            Arrays.sort(sorted);
            for (int k = 1; k < rows; k++) {
                if (sorted[k] == sorted[k - 1]) {
                    // equal hashes: compare the ids of every row with that hash (rare, so a scan is fine)
                    long h = sorted[k];
                    Map<String, Integer> seen = new HashMap<>();
                    for (int i = 0; i < rows; i++) {
                        if (keyed[i] == h) {
                            String id = new String(idBytes(i), StandardCharsets.UTF_8);
                            if (seen.put(id, i) != null) {
                                throw new IllegalArgumentException("duplicate row id '" + id + "'");
                            }
                        }
                    }
                }
            }
        }

        /** FNV-1a over the id's bytes, mixed: 64 bits make colliding ids between rows rare. */
        private static long hash(byte[] id) {
            long h = 0xcbf29ce484222325L;
            for (byte b : id) {
                h = (h ^ (b & 0xff)) * 0x100000001b3L;
            }
            h ^= h >>> 33;
            h *= 0xff51afd7ed558ccdL;
            return h ^ (h >>> 33);
        }

        Row row(byte[] id, int outlet, int story, int label, long day, int[] columns, double[] values) {
            return new Row(new String(id, StandardCharsets.UTF_8), outlets.get(outlet),
                    day == NO_DATE ? null : LocalDate.ofEpochDay(day), stories.get(story), labels.get(label),
                    new FeatureVector(width, columns, values));
        }
    }

    /** Rows in primitive arrays on the heap. */
    private static final class HeapStore extends Store {
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

        HeapStore(int width) {
            super(width);
        }

        @Override
        void add(Row r) {
            if (rows == idEnd.length) {
                resizeRowArrays(rows * 2);
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
        }

        @Override
        void finish() {
            ids = Arrays.copyOf(ids, rows == 0 ? 0 : idEnd[rows - 1]);
            resizeRowArrays(rows);
            column = Arrays.copyOf(column, values);
            value = Arrays.copyOf(value, values);
        }

        /** Gives every per-row array room for {@code n} rows. */
        private void resizeRowArrays(int n) {
            idEnd = Arrays.copyOf(idEnd, n);
            outlet = Arrays.copyOf(outlet, n);
            story = Arrays.copyOf(story, n);
            label = Arrays.copyOf(label, n);
            day = Arrays.copyOf(day, n);
            valueEnd = Arrays.copyOf(valueEnd, n);
        }

        @Override
        byte[] idBytes(int i) {
            return Arrays.copyOfRange(ids, i == 0 ? 0 : idEnd[i - 1], idEnd[i]);
        }

        @Override
        Row row(int i) {
            int start = i == 0 ? 0 : valueEnd[i - 1];
            return row(idBytes(i), outlet[i], story[i], label[i], day[i], Arrays.copyOfRange(column, start, valueEnd[i]),
                    Arrays.copyOfRange(value, start, valueEnd[i]));
        }
    }

    /**
     * Rows in a file, read back through a read-only mapping (or a positional read each beyond 2 GB), so that
     * the heap holds only a file position per row whatever the table's size. The file stays open while the table is reachable, and is closed when it no longer is.
     * A row's record: outlet, story and label numbers, epoch day, id length and UTF-8 bytes, value count,
     * then column and value pairs.
     */
    private static final class FileStore extends Store {
        private static final Cleaner CLEANER = Cleaner.create();

        private final Path file;
        private final FileChannel channel;
        private ByteBuffer pending = ByteBuffer.allocate(1 << 16);
        private long[] start = new long[64];
        private long written;
        /**
         * The file mapped once written, when under 2 GB: reads without a system call each. The mapping is in
         * the page cache, outside the heap, and the operating system reclaims it as it needs.
         */
        private MappedByteBuffer mapped;
        private final long mapLimit;

        FileStore(int width, Path file, long mapLimit) throws IOException {
            super(width);
            this.file = file;
            this.mapLimit = mapLimit;
            this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileChannel ch = channel;
            CLEANER.register(this, () -> {
                try {
                    ch.close();
                } catch (IOException e) {
                    // nothing is left to read: the rows are no longer reachable
                }
            });
        }

        @Override
        void add(Row r) {
            byte[] id = r.id().getBytes(StandardCharsets.UTF_8);
            FeatureVector v = r.values();
            int n = v.storedCount();
            long bytes = 4 * 3 + 8 + 4 + id.length + 4 + 12L * n;
            if (bytes > Integer.MAX_VALUE / 2) {
                throw new IllegalArgumentException("row " + r.id() + " is too large to keep: " + bytes + " bytes");
            }
            if (pending.remaining() < bytes) {
                flush();
                if (pending.capacity() < bytes) {
                    pending = ByteBuffer.allocate((int) bytes);
                }
            }
            pending.putInt(outlets.indexOf(r.outlet())).putInt(stories.indexOf(r.story()))
                    .putInt(labels.indexOf(r.label())).putLong(r.date() == null ? NO_DATE : r.date().toEpochDay());
            pending.putInt(id.length).put(id).putInt(n);
            for (int k = 0; k < n; k++) {
                pending.putInt(v.storedIndex(k)).putDouble(v.storedValue(k));
            }
            if (rows == start.length) {
                start = Arrays.copyOf(start, rows * 2);
            }
            start[rows] = written;
            written += bytes;
        }

        private void flush() {
            pending.flip();
            try {
                while (pending.hasRemaining()) {
                    channel.write(pending, written - pending.remaining());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write table rows to " + file, e);
            }
            pending.clear();
        }

        @Override
        void finish() {
            flush();
            pending = null;
            start = Arrays.copyOf(start, rows);
            if (written <= mapLimit) {
                try {
                    mapped = channel.map(FileChannel.MapMode.READ_ONLY, 0, written);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot map table rows in " + file, e);
                }
            }
        }

        private ByteBuffer record(int i) {
            long from = start[i];
            long to = i + 1 < rows ? start[i + 1] : written;
            if (mapped != null) {
                return mapped.slice((int) from, (int) (to - from));
            }
            ByteBuffer buf = ByteBuffer.allocate((int) (to - from));
            try {
                while (buf.hasRemaining()) {
                    if (channel.read(buf, from + buf.position()) < 0) {
                        throw new IOException(file + " ends inside row " + i);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read table rows from " + file, e);
            }
            return buf.flip();
        }

        @Override
        byte[] idBytes(int i) {
            ByteBuffer buf = record(i).position(20);
            byte[] id = new byte[buf.getInt()];
            buf.get(id);
            return id;
        }

        @Override
        Row row(int i) {
            ByteBuffer buf = record(i);
            int outlet = buf.getInt();
            int story = buf.getInt();
            int label = buf.getInt();
            long day = buf.getLong();
            byte[] id = new byte[buf.getInt()];
            buf.get(id);
            int n = buf.getInt();
            int[] columns = new int[n];
            double[] values = new double[n];
            for (int k = 0; k < n; k++) {
                columns[k] = buf.getInt();
                values[k] = buf.getDouble();
            }
            return row(id, outlet, story, label, day, columns, values);
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
