package org.slant.ingest;

/** Why an input record did not become an article. */
public enum RejectReason {
    /** The file could not be read (permissions, I/O error, truncated compression). */
    UNREADABLE,
    /** The bytes are not text (NUL bytes, control characters, a known binary signature). */
    BINARY,
    /** The bytes are not valid in any supported encoding and could not be repaired. */
    INVALID_ENCODING,
    /** The record holds no text. */
    EMPTY,
    /** The record is not well-formed in its format (bad JSON line, bad CSV row, bad WARC header). */
    MALFORMED,
    /** A field the mapping requires is absent or blank. */
    MISSING_FIELD,
    /** The record is larger than the configured limit. */
    OVERSIZED,
    /** The page holds no article (a home page, a 404 page, a list of links). */
    NO_ARTICLE,
    /** The record is of a kind that carries no page (a WARC request or metadata record, a non-HTML response). */
    NOT_A_PAGE,
    /** The file's format is not one Slant reads. */
    UNSUPPORTED_FORMAT,
    /** Extraction took longer than the per-record time limit. */
    TIMEOUT,
    /** Another record already produced an article with the same id. */
    DUPLICATE_ID
}
