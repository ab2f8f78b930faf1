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

    /** Detect charsets, ten-second limit, twenty-word minimum. */
    public static HtmlOptions defaults() {
        return new HtmlOptions(DEFAULT_TIME_LIMIT_MILLIS, null, DEFAULT_MIN_BODY_WORDS);
    }

    /** A copy that decodes every page with the given charset (null to detect). */
    public HtmlOptions withCharset(String value) {
        return new HtmlOptions(timeLimitMillis, value, minBodyWords);
    }

    /** A copy with another per-page time limit. */
    public HtmlOptions withTimeLimitMillis(long value) {
        return new HtmlOptions(value, charset, minBodyWords);
    }
}
