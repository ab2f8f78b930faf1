package org.slant.ingest.internal;

import java.io.InputStream;
import java.util.stream.Stream;
import org.slant.ingest.ArticleSource;
import org.slant.ingest.IngestOptions;
import org.slant.ingest.IngestResult;
import org.slant.ingest.InputFormat;

/** Reads one stream, such as stdin or a file's bytes from elsewhere, in a given format. */
public final class StreamSource implements ArticleSource {
    private final InputStream in;
    private final String name;
    private final String fileId;
    private final InputFormat format;
    private final IngestOptions options;
    private Stream<IngestResult> open;

    public StreamSource(InputStream in, String name, String fileId, InputFormat format, IngestOptions options) {
        this.in = in;
        this.name = name;
        this.fileId = fileId;
        this.format = format;
        this.options = options;
    }

    @Override
    public Stream<IngestResult> results() {
        if (open != null) {
            throw new IllegalStateException("article source already read");
        }
        open = Readers.forFormat(format).read(in, name, fileId, options);
        return open;
    }

    @Override
    public void close() {
        if (open != null) {
            open.close();
        }
    }
}
