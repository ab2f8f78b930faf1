package org.slant.ingest;

/** The input as a whole cannot be read: a missing path, an unreadable directory, a bad option. */
public class IngestException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * An exception without an underlying cause.
     *
     * @param message what cannot be read and why, naming the path or option
     */
    public IngestException(String message) {
        super(message);
    }

    /**
     * An exception caused by another, typically an {@link java.io.IOException}.
     *
     * @param message what cannot be read and why, naming the path or option
     * @param cause the underlying failure, kept for the stack trace; may be null
     */
    public IngestException(String message, Throwable cause) {
        super(message, cause);
    }
}
