package org.slant.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads byte lines from a stream without ever holding more than a limit: a longer line is skipped to
 * its end and reported as oversized, so one bad record cannot exhaust memory.
 */
public final class BoundedLineReader implements java.io.Closeable {
    private final InputStream in;
    private final long maxBytes;
    private final byte[] buffer = new byte[1 << 16];
    private int pos;
    private int limit;
    private byte[] line = new byte[1 << 12];
    private int length;
    private long lineNumber;
    private boolean oversized;
    private long skippedBytes;

    public BoundedLineReader(InputStream in, long maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** Advances to the next line; false at end of input. A trailing {@code \r} is dropped. */
    public boolean next() throws IOException {
        length = 0;
        oversized = false;
        skippedBytes = 0;
        boolean any = false;
        while (true) {
            if (pos == limit) {
                limit = in.read(buffer, 0, buffer.length);
                pos = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (!any) {
                        return false;
                    }
                    break;
                }
            }
            any = true;
            int start = pos;
            while (pos < limit && buffer[pos] != '\n') {
                pos++;
            }
            append(start, pos);
            if (pos < limit) {
                pos++;
                break;
            }
        }
        lineNumber++;
        if (!oversized && length > 0 && line[length - 1] == '\r') {
            length--;
        }
        return true;
    }

    private void append(int from, int to) {
        int n = to - from;
        if (oversized || (long) length + n > maxBytes) {
            if (!oversized) {
                skippedBytes = length;
                oversized = true;
                length = 0;
            }
            skippedBytes += n;
            return;
        }
        if (length + n > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, length + n));
        }
        System.arraycopy(buffer, from, line, length, n);
        length += n;
    }

    /** The current line's bytes; valid until the next call to {@link #next()}. */
    public byte[] bytes() {
        return line;
    }

    public int length() {
        return length;
    }

    /** 1-based number of the current line. */
    public long lineNumber() {
        return lineNumber;
    }

    /** Whether the current line was longer than the limit (its bytes are then not kept). */
    public boolean oversized() {
        return oversized;
    }

    /** Length of an oversized line, in bytes. */
    public long oversizedLength() {
        return skippedBytes;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
