package org.slant.ingest.internal;

import java.io.InputStream;
import java.util.stream.Stream;
import org.slant.ingest.IngestOptions;
import org.slant.ingest.IngestResult;

/**
 * Reads one input of one format into results. Implementations read lazily, turn every problem with a
 * record into a rejection, and close {@code in} when the returned stream is closed or exhausted.
 */
public interface RecordReader {

    /**
     * @param in the (already decompressed) bytes of the input
     * @param origin how results name the input, e.g. its path
     * @param fileId the id an input holding a single page gives its article
     */
    Stream<IngestResult> read(InputStream in, String origin, String fileId, IngestOptions options);
}
