package org.slant.ingest.internal.html;

import java.net.URI;
import java.nio.charset.Charset;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.slant.ingest.Article;
import org.slant.ingest.IngestResult;
import org.slant.ingest.Outlet;
import org.slant.ingest.RejectReason;
import org.slant.ingest.RemovalReason;
import org.slant.ingest.RemovedBlock;
import org.slant.ingest.html.HtmlOptions;
import org.slant.ingest.html.PageSource;
import org.slant.ingest.internal.Languages;

/** One page from bytes to a result: decode, parse once, read metadata, extract the body, build the article. */
public final class PageExtractor {
    private PageExtractor() {}

    /** Extracts a page given as bytes. */
    public static IngestResult extract(byte[] page, PageSource source, Charset forced, HtmlOptions options) {
        if (page.length == 0) {
            return reject(source, RejectReason.EMPTY, "the page is empty");
        }
        boolean utf16 = page.length >= 2 && ((page[0] & 0xff) == 0xFE && (page[1] & 0xff) == 0xFF
                || (page[0] & 0xff) == 0xFF && (page[1] & 0xff) == 0xFE);
        if (!utf16 && forced == null) {
            // A stray NUL inside a real page is damage, not a sign of a binary file; many NULs, or NULs
            // in a file that does not start like markup, are.
            int n = Math.min(page.length, 1 << 16);
            int nuls = 0;
            int first = -1;
            for (int i = 0; i < n; i++) {
                if (page[i] == 0) {
                    nuls++;
                    first = first < 0 ? i : first;
                }
            }
            if (nuls > 0 && (nuls * 100 > n || !looksLikeMarkup(page))) {
                return reject(source, RejectReason.BINARY, nuls + " NUL bytes (first at offset " + first
                        + "); not an HTML page");
            }
        }
        HtmlDecoder.Decoded decoded;
        try {
            decoded = HtmlDecoder.decode(page, source.contentType(), forced);
        } catch (OutOfMemoryError e) {
            return reject(source, RejectReason.OVERSIZED, "the page is too large to decode in the memory available ("
                    + page.length + " bytes)");
        }
        return extract(decoded.text(), source, options);
    }

    /** Extracts a page given as text. */
    public static IngestResult extract(String html, PageSource source, HtmlOptions options) {
        if (html.isBlank()) {
            return reject(source, RejectReason.EMPTY, "the page is empty");
        }
        Deadline deadline = Deadline.in(options.timeLimitMillis());
        try {
            Document doc = Parser.htmlParser().parseInput(new DeadlineReader(html, deadline),
                    source.url() == null ? "" : source.url());
            deadline.check();
            PageMetadata meta = PageMetadata.read(doc, deadline);
            if (doc.body() == null) {
                return reject(source, RejectReason.NO_ARTICLE, "the page has no body");
            }
            BodyExtractor.Body body = BodyExtractor.extract(doc.body(), deadline);
            return build(source, meta, body, options);
        } catch (Deadline.Expired e) {
            return reject(source, RejectReason.TIMEOUT, e.getMessage());
        } catch (OutOfMemoryError e) {
            // One page's DOM is garbage once we return, so the batch can go on.
            return reject(source, RejectReason.OVERSIZED, "the page is too large to parse in the memory available ("
                    + html.length() + " characters)");
        } catch (StackOverflowError e) {
            return reject(source, RejectReason.MALFORMED, "the page is nested too deeply to read");
        } catch (RuntimeException e) {
            return reject(source, RejectReason.MALFORMED, "cannot read the page: " + e);
        }
    }

    private static IngestResult build(PageSource source, PageMetadata meta, BodyExtractor.Body body,
            HtmlOptions options) {
        Article.Builder b = Article.builder(source.id()).origin(source.origin());
        String url = source.url() != null ? source.url() : meta.url();
        b.url(url);
        String headline = meta.headline();
        b.headline(headline);
        String normHeadline = normalise(headline);
        int words = 0;
        for (BodyExtractor.Piece p : body.pieces()) {
            if (!normHeadline.isEmpty() && normalise(p.text()).equals(normHeadline)) {
                b.removed(new RemovedBlock(RemovalReason.METADATA, p.text(), "headline"));
                continue;
            }
            b.block(p.kind(), p.text());
            words += countWords(p.text());
        }
        if (words < options.minBodyWords()) {
            return reject(source, RejectReason.NO_ARTICLE, words == 0
                    ? "no article text found (" + (meta.headline().isEmpty() ? "untitled page" : "'" + meta.headline() + "'") + ")"
                    : "only " + words + " words of article text, fewer than " + options.minBodyWords());
        }
        meta.bylines().forEach(b::byline);
        b.published(meta.published());
        b.section(meta.section());
        meta.tags().forEach(b::tag);
        b.standfirst(meta.description());
        String domain = domain(url);
        if (meta.siteName() != null) {
            b.outlet(new Outlet(meta.siteName(), domain));
        } else if (domain != null) {
            String bare = domain.startsWith("www.") ? domain.substring(4) : domain;
            b.outlet(new Outlet(bare, bare));
        }
        body.removed().forEach(b::removed);
        Article draft = b.build();
        String lang = meta.language();
        if (lang == null || lang.isBlank()) {
            lang = Languages.guess(draft.text());
        }
        return IngestResult.accepted(new Article(draft.id(), draft.outlet(), draft.url(), draft.headline(),
                draft.standfirst(), draft.bylines(), draft.published(), draft.section(), draft.credits(), draft.text(),
                draft.blocks(), draft.tags(), lang, draft.label(), draft.extra(), draft.removed(), draft.origin()));
    }

    private static String domain(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String host = URI.create(url.strip().replace(" ", "%20")).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    static int countWords(String text) {
        return Article.countWords(text);
    }

    private static boolean looksLikeMarkup(byte[] page) {
        int n = Math.min(page.length, 1024);
        for (int i = 0; i < n; i++) {
            int c = page[i] & 0xff;
            if (c == '<') {
                return true;
            }
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != 0xEF && c != 0xBB && c != 0xBF) {
                return false;
            }
        }
        return false;
    }

    private static IngestResult reject(PageSource source, RejectReason reason, String message) {
        return IngestResult.rejected(source.origin(), 0, reason, message);
    }
}
