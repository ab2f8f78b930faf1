package org.slant.ingest.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.slant.ingest.ArticleSource;
import org.slant.ingest.Ingest;
import org.slant.ingest.IngestOptions;
import org.slant.ingest.IngestResult;
import org.slant.ingest.InputFormat;
import org.slant.ingest.RejectReason;

/** Reads a list of files, each with the reader for its format, one after the other. */
public final class PathSource implements ArticleSource {
    private final List<Path> files;
    private final IngestOptions options;
    private boolean used;
    private Stream<IngestResult> open;

    public PathSource(List<Path> files, IngestOptions options) {
        this.files = List.copyOf(files);
        this.options = options;
    }

    @Override
    public Stream<IngestResult> results() {
        if (used) {
            throw new IllegalStateException("article source already read");
        }
        used = true;
        open = Concat.lazily(files, this::readFile);
        return open;
    }

    private Stream<IngestResult> readFile(Path file) {
        String origin = file.toString();
        InputFormat format = options.format() != null ? options.format()
                : InputFormat.detect(file.getFileName().toString());
        if (format == null) {
            return Stream.of(IngestResult.rejected(origin, 0, RejectReason.UNSUPPORTED_FORMAT,
                    "unknown file type; expected .txt, .html, .warc, .jsonl or .csv (optionally .gz)"));
        }
        InputStream in;
        try {
            in = open(file);
        } catch (IOException e) {
            return Stream.of(IngestResult.rejected(origin, 0, RejectReason.UNREADABLE, e.toString()));
        }
        return Readers.forFormat(format).read(in, origin, Ingest.idOf(file), options);
    }

    /** Opens a file, decompressing gzip when the name or the magic bytes say so. */
    static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        if (b1 == 0x1f && b2 == 0x8b) {
            try {
                return new GZIPInputStream(in, 1 << 16);
            } catch (IOException e) {
                in.close();
                throw e;
            }
        }
        return in;
    }

    @Override
    public void close() {
        if (open != null) {
            open.close();
        }
    }
}
