package org.slant.ingest;

import java.util.stream.Stream;

/**
 * A stream of input records, each an article or a rejection. Every input record appears exactly once,
 * in input order (files in a directory are read in lexicographic path order), so a batch can account
 * for all of its input.
 *
 * <p>Implementations read lazily: memory does not grow with the size of the input. A source is read
 * once; it is not thread-safe. Problems with single records become {@link IngestResult.Rejected}
 * results and never end the stream.
 */
public interface ArticleSource extends AutoCloseable {

    /**
     * The results, read lazily. May be called once.
     *
     * @return one result per input record, in input order
     * @throws IllegalStateException if called a second time
     */
    Stream<IngestResult> results();

    /** Releases open files. Never throws. */
    @Override
    void close();
}
