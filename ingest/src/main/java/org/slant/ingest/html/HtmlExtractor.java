package org.slant.ingest.html;

import java.nio.charset.Charset;
import org.slant.ingest.IngestResult;
import org.slant.ingest.internal.html.PageExtractor;

/**
 * Turns saved HTML pages into {@link org.slant.ingest.Article}s: the body as ordered blocks (paragraphs,
 * subheadings, quotes, list items, captions) without navigation, share and comment widgets, related
 * links, bylines or tags, plus the headline, bylines, publication time, outlet, section, tags, language
 * and canonical URL from the page's metadata and visible structure.
 *
 * <p>Thread-safe and stateless: one instance can serve many threads. Never throws on bad pages: a page
 * that holds no article, runs over the time limit, or cannot be decoded becomes an
 * {@link IngestResult.Rejected} with its reason.
 */
public final class HtmlExtractor {
    private final HtmlOptions options;
    private final Charset charset;

    private HtmlExtractor(HtmlOptions options) {
        this.options = options;
        this.charset = options.charset() == null ? null : Charset.forName(options.charset());
    }

    /**
     * An extractor with the given options.
     *
     * @param options how to extract; not null
     * @return the extractor
     * @throws IllegalArgumentException if {@code options} is null
     */
    public static HtmlExtractor create(HtmlOptions options) {
        if (options == null) {
            throw new IllegalArgumentException("options are required");
        }
        return new HtmlExtractor(options);
    }

    /**
     * An extractor with {@link HtmlOptions#defaults()}.
     *
     * @return the extractor
     */
    public static HtmlExtractor standard() {
        return new HtmlExtractor(HtmlOptions.defaults());
    }

    /**
     * The options this extractor was made with, for provenance.
     *
     * @return the options; never null
     */
    public HtmlOptions options() {
        return options;
    }

    /**
     * Extracts the article from the raw bytes of a page, detecting their charset (see
     * {@link HtmlOptions#charset()}).
     *
     * @param page the page's bytes; not null
     * @param source where the page came from; not null
     * @return the article, or a rejection with its reason ({@code NO_ARTICLE}, {@code TIMEOUT}, {@code EMPTY},
     *     {@code BINARY}, {@code OVERSIZED} or {@code MALFORMED})
     */
    public IngestResult extract(byte[] page, PageSource source) {
        return PageExtractor.extract(page, source, charset, options);
    }

    /**
     * Extracts the article from a page that is already text.
     *
     * @param html the page's markup; not null
     * @param source where the page came from; not null
     * @return the article, or a rejection with its reason ({@code NO_ARTICLE}, {@code TIMEOUT}, {@code EMPTY},
     *     {@code OVERSIZED} or {@code MALFORMED})
     */
    public IngestResult extract(String html, PageSource source) {
        return PageExtractor.extract(html, source, options);
    }
}
