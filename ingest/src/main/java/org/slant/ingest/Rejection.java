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
    /**
     * Validates the rejection.
     *
     * @param origin the file or stream name; not null
     * @param record 1-based record number, or 0 for the whole file; not negative
     * @param reason why the record was rejected; not null
     * @param message a human-readable explanation; not null
     * @throws IllegalArgumentException if {@code origin}, {@code reason} or {@code message} is null, or
     *     {@code record} is negative
     */
    public Rejection {
        if (origin == null || reason == null || message == null) {
            throw new IllegalArgumentException("rejection needs an origin, a reason and a message");
        }
        if (record < 0) {
            throw new IllegalArgumentException("record number must be >= 0: " + record);
        }
    }

    /**
     * Where the rejected record is, for messages and reports.
     *
     * @return {@code origin} when {@code record} is 0, otherwise {@code origin:record}
     */
    public String where() {
        return record == 0 ? origin : origin + ":" + record;
    }

    /**
     * A one-line description for logs and rejection listings.
     *
     * @return {@code where(): reason: message}, the reason in lower case
     */
    @Override
    public String toString() {
        return where() + ": " + reason.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
    }
}
