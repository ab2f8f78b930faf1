package org.slant.ingest;

/** The input as a whole cannot be read: a missing path, an unreadable directory, a bad option. */
public class IngestException extends Exception {
    private static final long serialVersionUID = 1L;

    public IngestException(String message) {
        super(message);
    }

    public IngestException(String message, Throwable cause) {
        super(message, cause);
    }
}
