package org.slant.ingest;

/** One input record's outcome: an article, or a rejection saying why not. */
public sealed interface IngestResult permits IngestResult.Accepted, IngestResult.Rejected {

    /** The record became an article. */
    record Accepted(Article article) implements IngestResult {
        public Accepted {
            if (article == null) {
                throw new IllegalArgumentException("accepted result needs an article");
            }
        }
    }

    /** The record was rejected. */
    record Rejected(Rejection rejection) implements IngestResult {
        public Rejected {
            if (rejection == null) {
                throw new IllegalArgumentException("rejected result needs a rejection");
            }
        }
    }

    static IngestResult accepted(Article article) {
        return new Accepted(article);
    }

    static IngestResult rejected(String origin, long record, RejectReason reason, String message) {
        return new Rejected(new Rejection(origin, record, reason, message));
    }
}
