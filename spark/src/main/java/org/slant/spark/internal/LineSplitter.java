package org.slant.spark.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.slant.ingest.RejectReason;

/**
 * Cuts a decompressed JSONL stream into {@link Unit.Lines} of about {@code splitBytes} bytes, at line ends.
 * Lines are counted as ingest's JSONL reader counts them, so every unit knows the number of its first line;
 * a line over the record limit and a stream that breaks off become the same rejections ingest would give.
 * Holds one unit and one line (at most the record limit) in memory. Closes the stream when done.
 */
final class LineSplitter implements Iterator<Unit> {
    private final InputStream in;
    private final String name;
    private final String fileId;
    private final long splitBytes;
    private final long maxRecordBytes;
    private final byte[] buffer = new byte[1 << 16];
    private final ByteArrayOutputStream unit = new ByteArrayOutputStream();
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private final ArrayDeque<Unit> ready = new ArrayDeque<>();
    private long lineLength;
    private boolean lineStarted;
    private long lines;
    private long firstLine = 1;
    private boolean done;

    LineSplitter(InputStream in, String name, String fileId, long splitBytes, long maxRecordBytes) {
        this.in = in;
        this.name = name;
        this.fileId = fileId;
        this.splitBytes = splitBytes;
        this.maxRecordBytes = maxRecordBytes;
    }

    @Override
    public boolean hasNext() {
        while (ready.isEmpty() && !done) {
            readSome();
        }
        return !ready.isEmpty();
    }

    @Override
    public Unit next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.poll();
    }

    private void readSome() {
        int n;
        try {
            n = in.read(buffer, 0, buffer.length);
        } catch (IOException e) {
            // the partial line is lost, as in ingest's reader, which reports the next line as unreadable
            flushUnit();
            ready.add(new Unit.Rejected(name, lines + 1, RejectReason.UNREADABLE.name(),
                    "input ends unreadably after line " + lines + ": " + e));
            finish();
            return;
        }
        if (n < 0) {
            if (lineStarted) {
                endLine();
            }
            flushUnit();
            finish();
            return;
        }
        int start = 0;
        for (int i = 0; i < n; i++) {
            if (buffer[i] == '\n') {
                append(start, i);
                endLine();
                start = i + 1;
            }
        }
        append(start, n);
    }

    private void append(int from, int to) {
        if (to > from) {
            lineStarted = true;
        }
        lineLength += to - from;
        if (lineLength <= maxRecordBytes) {
            line.write(buffer, from, to - from);
        }
    }

    private void endLine() {
        lines++;
        if (lineLength > maxRecordBytes) {
            // rejected here, in order: the lines before it go first
            flushUnit();
            ready.add(new Unit.Rejected(name, lines, RejectReason.OVERSIZED.name(), "line of " + lineLength
                    + " bytes is larger than the limit of " + maxRecordBytes));
            firstLine = lines + 1;
        } else {
            unit.writeBytes(line.toByteArray());
            unit.write('\n');
            if (unit.size() >= splitBytes) {
                flushUnit();
            }
        }
        line.reset();
        lineLength = 0;
        lineStarted = false;
    }

    private void flushUnit() {
        if (unit.size() > 0) {
            ready.add(new Unit.Lines(name, fileId, firstLine, unit.toByteArray()));
            unit.reset();
        }
        firstLine = lines + 1;
    }

    private void finish() {
        done = true;
        try {
            in.close();
        } catch (IOException e) {
            // everything was read; a failing close changes no result
        }
    }
}
