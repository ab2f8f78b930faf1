package org.slant.ingest.html;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;

/**
 * How to extract articles from HTML. A validated value with a lossless JSON form (Jackson reads and
 * writes it as is).
 *
 * @param timeLimitMillis per-page time limit for parsing and extraction; a page that runs over is
 *     rejected as {@link org.slant.ingest.RejectReason#TIMEOUT}
 * @param charset a charset to decode every page with, ignoring what pages declare; null to detect
 * @param minBodyWords pages whose body has fewer words are rejected as
 *     {@link org.slant.ingest.RejectReason#NO_ARTICLE}
 */
public record HtmlOptions(long timeLimitMillis, String charset, int minBodyWords) {

    /** Ten seconds: two thousand times the median page, short enough that a pathological page cannot stall a batch. */
    public static final long DEFAULT_TIME_LIMIT_MILLIS = 10_000;
    /** Fewer words than this is a stub, a 404 page or a teaser, not an article. */
    public static final int DEFAULT_MIN_BODY_WORDS = 20;

    /**
     * Validates the options; a blank charset becomes null.
     *
     * @param timeLimitMillis per-page time limit in milliseconds; positive
     * @param charset a charset name to decode every page with, or null to detect
     * @param minBodyWords the fewest body words a page needs to be an article; 0 or more
     * @throws IllegalArgumentException if {@code timeLimitMillis} is not positive, {@code minBodyWords} is
     *     negative, or {@code charset} names no charset this JVM supports
     */
    public HtmlOptions {
        if (timeLimitMillis <= 0) {
            throw new IllegalArgumentException("timeLimitMillis must be positive: " + timeLimitMillis);
        }
        if (minBodyWords < 0) {
            throw new IllegalArgumentException("minBodyWords must be >= 0: " + minBodyWords);
        }
        if (charset != null && charset.isBlank()) {
            charset = null;
        }
        if (charset != null) {
            try {
                Charset.forName(charset);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new IllegalArgumentException("unknown charset: " + charset, e);
            }
        }
    }

    /**
     * The options to use when nothing is configured.
     *
     * @return options that detect charsets, with {@link #DEFAULT_TIME_LIMIT_MILLIS} and
     *     {@link #DEFAULT_MIN_BODY_WORDS}
     */
    public static HtmlOptions defaults() {
        return new HtmlOptions(DEFAULT_TIME_LIMIT_MILLIS, null, DEFAULT_MIN_BODY_WORDS);
    }

    /**
     * A copy that decodes every page with the given charset.
     *
     * @param value a charset name, or null or blank to detect each page's charset
     * @return the changed copy; this value is unchanged
     * @throws IllegalArgumentException if {@code value} names no charset this JVM supports
     */
    public HtmlOptions withCharset(String value) {
        return new HtmlOptions(timeLimitMillis, value, minBodyWords);
    }

    /**
     * A copy with another per-page time limit.
     *
     * @param value the limit in milliseconds
     * @return the changed copy; this value is unchanged
     * @throws IllegalArgumentException if {@code value} is not positive
     */
    public HtmlOptions withTimeLimitMillis(long value) {
        return new HtmlOptions(value, charset, minBodyWords);
    }
}
