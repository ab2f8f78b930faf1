package org.slant.cli.batch;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Applies a function on worker threads and hands the results on in input order, holding at most a
 * fixed number of items in flight: parallel speed with sequential output, and memory that does not
 * grow with the input.
 */
final class OrderedParallelMap<T, R> implements AutoCloseable {
    private final ExecutorService pool;
    private final Function<T, R> work;
    private final Consumer<R> sink;
    private final int window;
    private final Deque<Future<R>> inFlight = new ArrayDeque<>();

    OrderedParallelMap(int threads, int window, Function<T, R> work, Consumer<R> sink) {
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "slant-worker");
            t.setDaemon(true);
            return t;
        });
        this.work = work;
        this.sink = sink;
        this.window = window;
    }

    /** Submits one item; blocks while the window is full, handing finished results on in order. */
    void submit(T item) {
        inFlight.addLast(pool.submit(() -> work.apply(item)));
        while (inFlight.size() >= window) {
            sink.accept(take(inFlight.removeFirst()));
        }
    }

    /** Hands on every remaining result, in order. */
    void drain() {
        while (!inFlight.isEmpty()) {
            sink.accept(take(inFlight.removeFirst()));
        }
    }

    private static <R> R take(Future<R> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a worker", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
