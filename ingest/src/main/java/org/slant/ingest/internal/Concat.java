package org.slant.ingest.internal;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Lazy concatenation of streams, opened one at a time. {@code Stream.flatMap} is not used on purpose:
 * when a flat-mapped stream is consumed through its iterator, JDK 17 buffers each inner stream whole,
 * which would hold an entire corpus file in memory.
 */
public final class Concat {
    private Concat() {}

    /** Streams {@code open(item)} for each item in order, closing each inner stream when it is exhausted. */
    public static <T, R> Stream<R> lazily(List<T> items, Function<T, Stream<R>> open) {
        Chain<T, R> chain = new Chain<>(items, open);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(chain, Spliterator.ORDERED), false)
                .onClose(chain::closeCurrent);
    }

    private static final class Chain<T, R> implements Iterator<R> {
        private final List<T> items;
        private final Function<T, Stream<R>> open;
        private int next;
        private Stream<R> current;
        private Iterator<R> currentIt;

        Chain(List<T> items, Function<T, Stream<R>> open) {
            this.items = items;
            this.open = open;
        }

        @Override
        public boolean hasNext() {
            while (currentIt == null || !currentIt.hasNext()) {
                closeCurrent();
                if (next >= items.size()) {
                    return false;
                }
                current = open.apply(items.get(next++));
                currentIt = current.iterator();
            }
            return true;
        }

        @Override
        public R next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return currentIt.next();
        }

        void closeCurrent() {
            if (current != null) {
                current.close();
                current = null;
                currentIt = null;
            }
        }
    }
}
