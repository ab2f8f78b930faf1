package org.slant.ingest.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.slant.ingest.IngestResult;

/**
 * The results of one input, read one at a time: readers implement {@link #advance()}, and
 * {@link #stream(Closeable)} turns them into a lazy stream that closes the input with it.
 */
public abstract class LazyResults implements Iterator<IngestResult> {
    private IngestResult next;
    private boolean done;

    /** The next result, or null when the input is exhausted; called again only after a non-null result. */
    protected abstract IngestResult advance();

    @Override
    public final boolean hasNext() {
        if (next == null && !done) {
            next = advance();
            done = next == null;
        }
        return next != null;
    }

    @Override
    public final IngestResult next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        IngestResult r = next;
        next = null;
        return r;
    }

    /** A lazy, ordered stream of these results that closes {@code input} when it is closed. */
    public final Stream<IngestResult> stream(Closeable input) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(() -> {
                    try {
                        input.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }
}
