package org.slant.cli.batch;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.slant.analysis.stats.DistinctiveWords;

/**
 * Word counts per outlet in bounded memory. Counts gather in a table of at most {@code budget} outlet-word
 * entries; a full table is written to a run file sorted by word and outlet and emptied, and reading merges
 * the runs. Memory therefore stays the same however large the corpus, and the counts read back are exact.
 * Added to on one thread; read with {@link #forEachWord} once adding is over. Run files are deleted on
 * {@link #close}.
 */
final class OutletWordCounts implements DistinctiveWords.CountStream, Closeable {
    /**
     * Entries held before a run is written: with their words, about 30 MB at most. On the ABP corpus's
     * 1.36 million outlet-word entries that is three runs, merged once. At 2^20 entries (one or two runs) the
     * table and its words took some 50 MB at their peak, the largest thing in memory while ingesting; at 2^18
     * (six runs) distinctive words took 9.2 s instead of 4.5 s in a back-to-back run.
     */
    static final int DEFAULT_BUDGET = 1 << 19;

    private final Path dir;
    private final int budget;
    private final Map<String, Integer> outletIds = new HashMap<>();
    private final List<String> outlets = new ArrayList<>();
    private final List<Path> runs = new ArrayList<>();
    private boolean finished;
    private int spills;

    /** The held words: open addressing by String hash, a word's number plus one in the low half (0 empty). */
    private long[] wordSlots = new long[1 << 12];
    private String[] words = new String[1 << 11];
    private int wordCount;
    /** The held entries: open addressing by word and outlet, an entry's number plus one (0 empty). */
    private int[] entrySlots = new int[1 << 12];
    private int[] wordOf = new int[1 << 11];
    private int[] outletOf = new int[1 << 11];
    private long[] count = new long[1 << 11];
    private int size;

    /** Counts whose runs go to {@code dir}, with the default budget. */
    OutletWordCounts(Path dir) {
        this(dir, DEFAULT_BUDGET);
    }

    /** Counts whose runs go to {@code dir}, written whenever {@code budget} entries are held. */
    OutletWordCounts(Path dir, int budget) {
        if (budget < 1 || budget > 1 << 20) {
            throw new IllegalArgumentException("budget must be 1 to 2^20: " + budget);
        }
        this.dir = dir;
        this.budget = budget;
    }

    /** Adds {@code counts[i]} occurrences of {@code words[i]} at {@code outlet}; words distinct. */
    void add(String outlet, String[] words, int[] counts) {
        if (finished) {
            throw new IllegalStateException("word counts are being read; no more can be added");
        }
        Integer known = outletIds.get(outlet);
        int o;
        if (known == null) {
            if (outlets.size() == 1 << 24) {
                throw new IllegalStateException("more than 2^24 outlets: " + outlet);
            }
            o = outlets.size();
            outlets.add(outlet);
            outletIds.put(outlet, o);
        } else {
            o = known;
        }
        for (int i = 0; i < words.length; i++) {
            if (size == budget) {
                spill();
            }
            add(words[i], o, counts[i]);
        }
    }

    private void add(String w, int o, long n) {
        int id = word(w);
        int mask = entrySlots.length - 1;
        int s = mix(id * 0x7FEB352D + o) & mask;
        while (true) {
            int e = entrySlots[s];
            if (e == 0) {
                break;
            }
            if (wordOf[e - 1] == id && outletOf[e - 1] == o) {
                count[e - 1] += n;
                return;
            }
            s = (s + 1) & mask;
        }
        if (size == wordOf.length) {
            int cap = size * 2;
            wordOf = Arrays.copyOf(wordOf, cap);
            outletOf = Arrays.copyOf(outletOf, cap);
            count = Arrays.copyOf(count, cap);
        }
        int k = size++;
        wordOf[k] = id;
        outletOf[k] = o;
        count[k] = n;
        entrySlots[s] = k + 1;
        if (size * 2 > entrySlots.length) {
            int[] fresh = new int[entrySlots.length * 2];
            int m = fresh.length - 1;
            for (int e : entrySlots) {
                if (e != 0) {
                    int t = mix(wordOf[e - 1] * 0x7FEB352D + outletOf[e - 1]) & m;
                    while (fresh[t] != 0) {
                        t = (t + 1) & m;
                    }
                    fresh[t] = e;
                }
            }
            entrySlots = fresh;
        }
    }

    /** The number of word {@code w} among the held words, added if new. */
    private int word(String w) {
        int h = w.hashCode();
        int mask = wordSlots.length - 1;
        int s = mix(h) & mask;
        while (true) {
            long e = wordSlots[s];
            if (e == 0) {
                break;
            }
            if ((int) (e >>> 32) == h && words[(int) e - 1].equals(w)) {
                return (int) e - 1;
            }
            s = (s + 1) & mask;
        }
        if (wordCount == words.length) {
            words = Arrays.copyOf(words, wordCount * 2);
        }
        int id = wordCount++;
        words[id] = w;
        wordSlots[s] = (long) h << 32 | (id + 1);
        if (wordCount * 2 > wordSlots.length) {
            long[] fresh = new long[wordSlots.length * 2];
            int m = fresh.length - 1;
            for (long e : wordSlots) {
                if (e != 0) {
                    int t = mix((int) (e >>> 32)) & m;
                    while (fresh[t] != 0) {
                        t = (t + 1) & m;
                    }
                    fresh[t] = e;
                }
            }
            wordSlots = fresh;
        }
        return id;
    }

    private static int mix(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }

    /** Writes the held entries as a run sorted by word, then outlet number, and empties the table. */
    private void spill() {
        if (size == 0) {
            return;
        }
        // entries by (word rank, outlet) as packed longs: a primitive sort
        int[] rank = wordRanks();
        long[] order = new long[size];
        for (int k = 0; k < size; k++) {
            // rank and entry number below 2^20 (the budget's bound), outlet below 2^24: 64 bits, compared
            // unsigned by flipping the sign bit, since a rank of 2^19 or more reaches it
            order[k] = ((long) rank[wordOf[k]] << 44 | (long) outletOf[k] << 20 | k) ^ Long.MIN_VALUE;
        }
        Arrays.sort(order);
        try {
            Path run = Files.createTempFile(dir, "word-counts-", ".bin");
            runs.add(run);
            spills++;
            try (FileChannel out = FileChannel.open(run, StandardOpenOption.WRITE)) {
                ByteBuffer buf = ByteBuffer.allocate(1 << 16);
                for (long key : order) {
                    int k = (int) (key & ((1 << 20) - 1));
                    String w = words[wordOf[k]];
                    int len = w.length();
                    if (buf.remaining() < 16 + 2 * len) {
                        drain(buf, out);
                        if (buf.capacity() < 16 + 2 * len) {
                            buf = ByteBuffer.allocate(16 + 2 * len);
                        }
                    }
                    buf.putInt(len);
                    buf.asCharBuffer().put(w);
                    buf.position(buf.position() + 2 * len);
                    buf.putInt(outletOf[k]);
                    buf.putLong(count[k]);
                }
                drain(buf, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write word counts to " + dir, e);
        }
        Arrays.fill(wordSlots, 0);
        Arrays.fill(words, 0, wordCount, null);
        Arrays.fill(entrySlots, 0);
        wordCount = 0;
        size = 0;
    }

    /** Each held word's position in sorted order; the held words are distinct, so a binary search finds it. */
    private int[] wordRanks() {
        String[] sorted = Arrays.copyOf(words, wordCount);
        Arrays.sort(sorted);
        int[] rank = new int[wordCount];
        for (int i = 0; i < wordCount; i++) {
            rank[i] = Arrays.binarySearch(sorted, words[i]);
        }
        return rank;
    }

    private static void drain(ByteBuffer buf, FileChannel out) throws IOException {
        buf.flip();
        while (buf.hasRemaining()) {
            out.write(buf);
        }
        buf.clear();
    }

    /** The outlets in order of their first word; the numbers {@link #forEachWord} gives refer to this list. */
    @Override
    public List<String> outlets() {
        return List.copyOf(outlets);
    }

    /**
     * Gives each word once, in word order, with the outlets that use it in outlet-number order. The first call
     * ends adding: it writes what is held and merges the runs into one, so that every call reads one file
     * from start to end.
     *
     * @throws UncheckedIOException if a run cannot be written or read
     */
    @Override
    public void forEachWord(DistinctiveWords.WordVisitor visitor) {
        if (!finished) {
            spill();
            finished = true;
            wordSlots = new long[0];
            words = new String[0];
            entrySlots = wordOf = outletOf = new int[0];
            count = new long[0];
            if (runs.size() > 1) {
                mergeRuns();
            }
        }
        merge(visitor);
    }

    /** Replaces the runs by one holding their merged, summed entries. */
    private void mergeRuns() {
        try {
            Path merged = Files.createTempFile(dir, "word-counts-", ".bin");
            try (FileChannel out = FileChannel.open(merged, StandardOpenOption.WRITE)) {
                ByteBuffer[] buf = {ByteBuffer.allocate(1 << 16)};
                IOException[] failed = new IOException[1];
                merge((word, os, cs, n) -> {
                    try {
                        int need = n * (16 + 2 * word.length());
                        if (buf[0].remaining() < need) {
                            drain(buf[0], out);
                            if (buf[0].capacity() < need) {
                                buf[0] = ByteBuffer.allocate(need);
                            }
                        }
                        for (int k = 0; k < n; k++) {
                            buf[0].putInt(word.length());
                            buf[0].asCharBuffer().put(word);
                            buf[0].position(buf[0].position() + 2 * word.length());
                            buf[0].putInt(os[k]);
                            buf[0].putLong(cs[k]);
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                drain(buf[0], out);
            }
            for (Path run : runs) {
                Files.deleteIfExists(run);
            }
            runs.clear();
            runs.add(merged);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot merge word counts in " + dir, e);
        }
    }

    /** Merges the runs, giving each word once with its summed counts per outlet. */
    private void merge(DistinctiveWords.WordVisitor visitor) {
        List<RunReader> readers = new ArrayList<>();
        try {
            PriorityQueue<RunReader> heads = new PriorityQueue<>();
            for (Path run : runs) {
                RunReader r = new RunReader(run);
                readers.add(r);
                if (r.next()) {
                    heads.add(r);
                }
            }
            int[] os = new int[Math.max(1, outlets.size())];
            long[] cs = new long[os.length];
            char[] current = new char[32];
            while (!heads.isEmpty()) {
                RunReader first = heads.peek();
                int length = first.length;
                if (length > current.length) {
                    current = new char[Math.max(length, current.length * 2)];
                }
                System.arraycopy(first.chars, 0, current, 0, length);
                String word = new String(current, 0, length); // one string per word, not per entry
                int n = 0;
                while (!heads.isEmpty() && heads.peek().holds(current, length)) {
                    RunReader r = heads.poll();
                    // runs are sorted by outlet within a word, and the heap takes equal words by outlet
                    if (n > 0 && os[n - 1] == r.outlet) {
                        cs[n - 1] += r.count;
                    } else {
                        os[n] = r.outlet;
                        cs[n++] = r.count;
                    }
                    if (r.next()) {
                        heads.add(r);
                    }
                }
                visitor.word(word, os, cs, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word counts from " + dir, e);
        } finally {
            for (RunReader r : readers) {
                r.close();
            }
        }
    }

    /** How many runs the held entries were written to before merging (for tests). */
    int spills() {
        return spills;
    }

    @Override
    public void close() throws IOException {
        for (Path run : runs) {
            Files.deleteIfExists(run);
        }
    }

    /** One run file's current entry, ordered by word, then outlet number. */
    private static final class RunReader implements Comparable<RunReader> {
        private final FileChannel in;
        private ByteBuffer buf = ByteBuffer.allocate(1 << 16).flip();
        char[] chars = new char[32];
        int length;
        int outlet;
        long count;

        RunReader(Path run) throws IOException {
            this.in = FileChannel.open(run, StandardOpenOption.READ);
        }

        /** Reads the next entry; false at the end of the run. */
        boolean next() throws IOException {
            if (!fill(4)) {
                return false;
            }
            int len = buf.getInt();
            if (!fill(2 * len + 12)) {
                throw new IOException("a word-count run ends inside an entry");
            }
            if (len > chars.length) {
                chars = new char[Math.max(len, chars.length * 2)];
            }
            buf.asCharBuffer().get(chars, 0, len);
            buf.position(buf.position() + 2 * len);
            length = len;
            outlet = buf.getInt();
            count = buf.getLong();
            return true;
        }

        /** Makes {@code n} bytes readable; false when the file ends first. */
        private boolean fill(int n) throws IOException {
            if (buf.remaining() >= n) {
                return true;
            }
            if (buf.capacity() < n) {
                buf = ByteBuffer.allocate(n).put(buf).flip();
            }
            buf.compact();
            while (buf.position() < n) {
                if (in.read(buf) < 0) {
                    buf.flip();
                    return false;
                }
            }
            buf.flip();
            return true;
        }

        /** Whether the current entry's word is {@code w[0, len)}. */
        boolean holds(char[] w, int len) {
            return Arrays.equals(chars, 0, length, w, 0, len);
        }

        /** By word in {@link String#compareTo} order (char by char, then length), then by outlet. */
        @Override
        public int compareTo(RunReader o) {
            int c = Arrays.compare(chars, 0, length, o.chars, 0, o.length);
            return c != 0 ? c : Integer.compare(outlet, o.outlet);
        }

        void close() {
            try {
                in.close();
            } catch (IOException ignored) {
                // a run that cannot be closed is deleted with the others
            }
        }
    }
}
