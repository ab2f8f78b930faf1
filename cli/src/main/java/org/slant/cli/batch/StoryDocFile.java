package org.slant.cli.batch;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.slant.analysis.story.StoryDoc;

/**
 * The run's story documents (headline and lead sentences per article) in a file, so that memory holds only
 * a position and a date per article whatever the corpus size. Appended in input order on one thread; read
 * back by number from any thread. The file is deleted on {@link #close}.
 */
final class StoryDocFile implements Closeable {
    /** Marks an article without a publication date among the epoch days. */
    private static final long NO_DATE = Long.MIN_VALUE;

    private final Path file;
    private final FileChannel out;
    private ByteBuffer pending = ByteBuffer.allocate(1 << 16);
    private long[] start = new long[1024];
    private long[] epochDay = new long[1024];
    private int size;
    private long written;
    private FileChannel channel;

    /** A new, empty file in {@code dir}. */
    StoryDocFile(Path dir) throws IOException {
        this.file = Files.createTempFile(dir, "story-docs-", ".bin");
        this.out = FileChannel.open(file, StandardOpenOption.WRITE);
    }

    /** Appends {@code d} as document number {@link #size()}. */
    void add(StoryDoc d) {
        if (channel != null) {
            throw new IllegalStateException("story documents are being read; no more can be added");
        }
        long bytes = 16 + 2L * (d.id().length() + d.outlet().length() + d.headline().length());
        for (String s : d.sentences()) {
            bytes += 4 + 2L * s.length();
        }
        if (bytes > Integer.MAX_VALUE / 2) {
            throw new IllegalArgumentException("story document " + d.id() + " is too long to keep: " + bytes + " bytes");
        }
        try {
            if (pending.remaining() < bytes) {
                flush();
                if (pending.capacity() < bytes) {
                    pending = ByteBuffer.allocate((int) bytes);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write story documents to " + file, e);
        }
        put(pending, d.id());
        put(pending, d.outlet());
        put(pending, d.headline());
        pending.putInt(d.sentences().size());
        for (String s : d.sentences()) {
            put(pending, s);
        }
        if (size == start.length) {
            start = Arrays.copyOf(start, size * 2);
            epochDay = Arrays.copyOf(epochDay, size * 2);
        }
        start[size] = written;
        epochDay[size] = d.date() == null ? NO_DATE : d.date().toEpochDay();
        written += bytes;
        size++;
    }

    /** How many documents were added. */
    int size() {
        return size;
    }

    /** Document {@code i}'s publication date, or null; answered from memory. */
    LocalDate date(int i) {
        return epochDay[i] == NO_DATE ? null : LocalDate.ofEpochDay(epochDay[i]);
    }

    /** Document numbers in publication-date order, undated last, ties in input order. */
    int[] byDate() {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        // NO_DATE is the smallest long: compare it as the largest so that undated documents come last
        Arrays.sort(order, (x, y) -> {
            long a = epochDay[x] == NO_DATE ? Long.MAX_VALUE : epochDay[x];
            long b = epochDay[y] == NO_DATE ? Long.MAX_VALUE : epochDay[y];
            return a != b ? Long.compare(a, b) : Integer.compare(x, y);
        });
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    /** Reads document {@code i} back; thread-safe once adding is over. */
    StoryDoc read(int i) throws IOException {
        FileChannel ch = reading();
        long from = start[i];
        int length = (int) ((i + 1 < size ? start[i + 1] : written) - from);
        ByteBuffer buf = ByteBuffer.allocate(length);
        while (buf.hasRemaining()) {
            if (ch.read(buf, from + buf.position()) < 0) {
                throw new IOException(file + " ends inside story document " + i);
            }
        }
        buf.flip();
        String id = readString(buf);
        String outlet = readString(buf);
        String headline = readString(buf);
        int n = buf.getInt();
        List<String> sentences = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            sentences.add(readString(buf));
        }
        return new StoryDoc(id, outlet, date(i), headline, sentences);
    }

    /** Ends adding (on the first read) and opens the file for positional reads. */
    private synchronized FileChannel reading() throws IOException {
        if (channel == null) {
            flush();
            channel = FileChannel.open(file, StandardOpenOption.READ);
        }
        return channel;
    }

    @Override
    public void close() throws IOException {
        try (out) {
            if (channel != null) {
                channel.close();
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private void flush() throws IOException {
        pending.flip();
        while (pending.hasRemaining()) {
            out.write(pending);
        }
        pending.clear();
    }

    /** UTF-16 code units as they are: scraped text may hold lone surrogates, which UTF-8 would not keep. */
    private static void put(ByteBuffer b, String s) {
        b.putInt(s.length());
        b.asCharBuffer().put(s);
        b.position(b.position() + 2 * s.length());
    }

    private static String readString(ByteBuffer buf) {
        char[] cs = new char[buf.getInt()];
        buf.asCharBuffer().get(cs);
        buf.position(buf.position() + 2 * cs.length);
        return new String(cs);
    }
}
