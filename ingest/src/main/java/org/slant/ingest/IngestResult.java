package org.slant.ingest;

/** One input record's outcome: an article, or a rejection saying why not. */
public sealed interface IngestResult permits IngestResult.Accepted, IngestResult.Rejected {

    /**
     * The record became an article.
     *
     * @param article the article read from the record; never null
     */
    record Accepted(Article article) implements IngestResult {
        /**
         * Validates the result.
         *
         * @param article the article; not null
         * @throws IllegalArgumentException if {@code article} is null
         */
        public Accepted {
            if (article == null) {
                throw new IllegalArgumentException("accepted result needs an article");
            }
        }
    }

    /**
     * The record was rejected.
     *
     * @param rejection which record it was and why it was rejected; never null
     */
    record Rejected(Rejection rejection) implements IngestResult {
        /**
         * Validates the result.
         *
         * @param rejection the rejection; not null
         * @throws IllegalArgumentException if {@code rejection} is null
         */
        public Rejected {
            if (rejection == null) {
                throw new IllegalArgumentException("rejected result needs a rejection");
            }
        }
    }

    /**
     * Wraps an article as an accepted result.
     *
     * @param article the article; not null
     * @return an {@link Accepted} holding it
     * @throws IllegalArgumentException if {@code article} is null
     */
    static IngestResult accepted(Article article) {
        return new Accepted(article);
    }

    /**
     * A rejected result; the arguments are those of {@link Rejection}.
     *
     * @param origin the file or stream name the record came from; not null
     * @param record 1-based record number within {@code origin}, or 0 for the whole file
     * @param reason why the record was rejected; not null
     * @param message a human-readable explanation; not null
     * @return a {@link Rejected} holding the new rejection
     * @throws IllegalArgumentException if a required argument is null or {@code record} is negative
     */
    static IngestResult rejected(String origin, long record, RejectReason reason, String message) {
        return new Rejected(new Rejection(origin, record, reason, message));
    }
}
