package org.slant.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which field of a JSONL or CSV corpus holds which part of an article. Each value names a field of
 * the corpus; null means the corpus has no such field. Only {@code text} is required in every record;
 * an article without a headline keeps an empty one. Fields not mapped are kept in
 * {@link Article#extra()} when {@code keepOtherFields} is true.
 *
 * @param id record id (a content hash is used when absent)
 * @param title headline
 * @param text body text; paragraphs separated by blank lines or single newlines
 * @param outlet outlet name
 * @param domain outlet domain or host
 * @param date publication date or date-time, ISO 8601 or a common written form
 * @param url article URL
 * @param label research label, e.g. a leaning
 * @param authors author name, or a JSON array of names
 * @param keepOtherFields whether unmapped scalar fields go to {@link Article#extra()}
 */
public record FieldMapping(
        String id,
        String title,
        String text,
        String outlet,
        String domain,
        String date,
        String url,
        String label,
        String authors,
        boolean keepOtherFields) {

    /** Names of the mapping's keys, as used by {@link #parse(String)}. */
    public static final List<String> KEYS =
            List.of("id", "title", "text", "outlet", "domain", "date", "url", "label", "authors");

    /**
     * Validates the mapping. Each field name may be null when the corpus has no such field, except
     * {@code text}.
     *
     * @param id field holding the record id
     * @param title field holding the headline
     * @param text field holding the body text; not null or blank
     * @param outlet field holding the outlet name
     * @param domain field holding the outlet domain or host
     * @param date field holding the publication date
     * @param url field holding the article URL
     * @param label field holding the research label
     * @param authors field holding the author or authors
     * @param keepOtherFields whether unmapped scalar fields go to {@link Article#extra()}
     * @throws IllegalArgumentException if {@code text} is null or blank
     */
    public FieldMapping {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("field mapping: 'text' must name a field");
        }
    }

    /**
     * Field names as most corpora spell them: id, title, text, outlet, date, url, label, authors; no
     * domain field; other fields kept.
     *
     * @return the default mapping
     */
    public static FieldMapping defaults() {
        return new FieldMapping("id", "title", "text", "outlet", null, "date", "url", "label", "authors", true);
    }

    /**
     * The default mapping changed by a one-line spec such as {@code "title=headline,outlet=source,domain=
     * outlet_host"}. A key set to nothing ({@code "label="}) unmaps it; {@code "extra=false"} drops
     * unmapped fields. Keys are case-insensitive; field names are taken as written.
     *
     * @param spec comma-separated {@code key=field} pairs with keys from {@link #KEYS} or {@code extra};
     *     null or blank for the defaults
     * @return the mapping
     * @throws IllegalArgumentException naming the bad key or pair
     */
    public static FieldMapping parse(String spec) {
        Map<String, String> m = new LinkedHashMap<>();
        FieldMapping d = defaults();
        m.put("id", d.id);
        m.put("title", d.title);
        m.put("text", d.text);
        m.put("outlet", d.outlet);
        m.put("domain", d.domain);
        m.put("date", d.date);
        m.put("url", d.url);
        m.put("label", d.label);
        m.put("authors", d.authors);
        boolean keep = true;
        if (spec != null && !spec.isBlank()) {
            for (String pair : spec.split(",")) {
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("field mapping: expected key=field, got '" + pair.strip() + "'");
                }
                String key = pair.substring(0, eq).strip().toLowerCase(Locale.ROOT);
                String value = pair.substring(eq + 1).strip();
                if (key.equals("extra")) {
                    keep = Boolean.parseBoolean(value);
                    continue;
                }
                if (!m.containsKey(key)) {
                    throw new IllegalArgumentException("field mapping: unknown key '" + key + "'; known: " + KEYS + ", extra");
                }
                m.put(key, value.isEmpty() ? null : value);
            }
        }
        return new FieldMapping(m.get("id"), m.get("title"), m.get("text"), m.get("outlet"), m.get("domain"),
                m.get("date"), m.get("url"), m.get("label"), m.get("authors"), keep);
    }
}
