package org.slant.ingest.internal.html;

/**
 * A per-page time limit, checked between units of work. Checking costs a {@link System#nanoTime()}
 * call, so loops call {@link #tick()} which looks at the clock only every few hundred steps.
 */
public final class Deadline {
    /** Thrown when a page runs past its limit; caught where the page's result is made. */
    public static final class Expired extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Expired(long limitMillis) {
            super("extraction took longer than " + limitMillis + " ms", null, false, false);
        }
    }

    private final long endNanos;
    private final long limitMillis;
    private int steps;

    private Deadline(long limitMillis) {
        this.limitMillis = limitMillis;
        this.endNanos = System.nanoTime() + limitMillis * 1_000_000L;
    }

    /** A deadline {@code limitMillis} from now. */
    public static Deadline in(long limitMillis) {
        return new Deadline(limitMillis);
    }

    /** Counts one step and checks the clock every 256 steps. */
    public void tick() {
        if ((++steps & 0xff) == 0) {
            check();
        }
    }

    /** Checks the clock now. */
    public void check() {
        if (System.nanoTime() - endNanos > 0) {
            throw new Expired(limitMillis);
        }
    }
}
