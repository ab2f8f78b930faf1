package org.slant.ingest.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.slant.ingest.Article;
import org.slant.ingest.BlockKind;
import org.slant.ingest.FieldMapping;
import org.slant.ingest.IngestOptions;
import org.slant.ingest.IngestResult;
import org.slant.ingest.Outlet;
import org.slant.ingest.PublishedTime;
import org.slant.ingest.RejectReason;

/** Turns one corpus record (field name to value) into an article through a {@link FieldMapping}. */
final class CorpusRecords {
    private CorpusRecords() {}

    /**
     * @param fields the record's scalar fields as strings, and list fields (authors) as lists of strings
     */
    static IngestResult toArticle(Map<String, Object> fields, IngestOptions options, String origin, long line) {
        FieldMapping m = options.mapping();
        String text = string(fields, m.text());
        if (text == null || text.isBlank()) {
            return IngestResult.rejected(origin, line, RejectReason.MISSING_FIELD,
                    "field '" + m.text() + "' (text) is missing or blank");
        }
        String title = string(fields, m.title());
        String url = string(fields, m.url());
        String id = string(fields, m.id());
        if (id == null || id.isBlank()) {
            id = contentId(url, title, text);
        }
        Article.Builder b = Article.builder(id.strip()).origin(origin + ":" + line);
        String outletName = string(fields, m.outlet());
        String domain = string(fields, m.domain());
        if (outletName == null || outletName.isBlank()) {
            outletName = options.outlet() != null ? options.outlet() : domain;
        }
        b.outlet(outletName == null || outletName.isBlank() ? Outlet.UNKNOWN : new Outlet(outletName, domain));
        b.url(blankToNull(url));
        b.headline(title == null ? "" : title.strip());
        String date = string(fields, m.date());
        if (date != null && !date.isBlank()) {
            PublishedTime t = Dates.parse(date);
            if (t == null) {
                b.extra("unparsed_" + m.date(), date);
            } else {
                b.published(t);
            }
        }
        b.label(blankToNull(string(fields, m.label())));
        Object authors = m.authors() == null ? null : fields.get(m.authors());
        if (authors instanceof List<?> list) {
            list.forEach(a -> { if (!a.toString().isBlank()) { b.byline(a.toString().strip()); } });
        } else if (authors instanceof String s && !s.isBlank()) {
            b.byline(s.strip());
        }
        for (String paragraph : paragraphs(text)) {
            b.block(BlockKind.PARAGRAPH, paragraph);
        }
        if (m.keepOtherFields()) {
            List<String> mapped = java.util.Arrays.asList(m.id(), m.title(), m.text(), m.outlet(), m.domain(),
                    m.date(), m.url(), m.label(), m.authors());
            fields.forEach((k, v) -> {
                if (!mapped.contains(k) && v instanceof String s) {
                    b.extra(k, s);
                }
            });
        }
        return IngestResult.accepted(b.build());
    }

    /** Paragraphs split on blank lines, or on single newlines when there are no blank lines. */
    static List<String> paragraphs(String text) {
        String t = text.replace("\r\n", "\n").replace('\r', '\n');
        String[] parts = t.contains("\n\n") ? BLANK_LINE.split(t) : t.split("\n");
        return java.util.Arrays.stream(parts)
                .map(CorpusRecords::joinLines)
                .filter(p -> !p.isEmpty())
                .toList();
    }

    // Compiled once: this runs on the reader thread for every record of a corpus.
    private static final java.util.regex.Pattern BLANK_LINE = java.util.regex.Pattern.compile("\n\\s*\n");
    private static final java.util.regex.Pattern LINE_BREAK = java.util.regex.Pattern.compile("\\s*\n\\s*");

    private static String joinLines(String paragraph) {
        String p = paragraph.strip();
        return p.indexOf('\n') < 0 ? p : LINE_BREAK.matcher(p).replaceAll(" ");
    }

    private static String string(Map<String, Object> fields, String name) {
        if (name == null) {
            return null;
        }
        Object v = fields.get(name);
        if (v == null) {
            return null;
        }
        if (v instanceof List<?> list) {
            return String.join(", ", list.stream().map(Object::toString).toList());
        }
        return v.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A stable id from the content: the first 16 hex digits of SHA-256 over url, title and text. */
    static String contentId(String url, String title, String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {url, title, text}) {
                md.update((part == null ? "" : part).getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
