package org.slant.ingest;

/**
 * An input record that did not become an article.
 *
 * @param origin the file (or stream name) the record came from
 * @param record 1-based line or record number within {@code origin}; 0 when the whole file is meant
 * @param reason why it was rejected
 * @param message a human-readable explanation naming the offending value where there is one
 */
public record Rejection(String origin, long record, RejectReason reason, String message) {
    public Rejection {
        if (origin == null || reason == null || message == null) {
            throw new IllegalArgumentException("rejection needs an origin, a reason and a message");
        }
        if (record < 0) {
            throw new IllegalArgumentException("record number must be >= 0: " + record);
        }
    }

    /** The place of the record as {@code origin} or {@code origin:record}. */
    public String where() {
        return record == 0 ? origin : origin + ":" + record;
    }

    @Override
    public String toString() {
        return where() + ": " + reason.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
    }
}
