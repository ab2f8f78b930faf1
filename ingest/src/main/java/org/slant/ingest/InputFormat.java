package org.slant.ingest;

import java.util.Locale;

/** The formats Slant reads. {@link #detect(String)} picks one from a file name. */
public enum InputFormat {
    /** A browser or scraper text dump of one page ({@code .txt}). */
    TEXT_DUMP,
    /** One saved HTML page ({@code .html}, {@code .htm}). */
    HTML,
    /** A web archive of many responses ({@code .warc}). */
    WARC,
    /** A research corpus, one JSON object per line, read through a {@link FieldMapping}; Slant's own article JSONL is recognised and read losslessly. */
    JSONL,
    /** A research corpus as CSV with a header row, read through a {@link FieldMapping}. */
    CSV;

    /**
     * The format for a file name, from its extension, case-insensitively and ignoring a trailing
     * {@code .gz}: {@code .txt}/{@code .text}, {@code .html}/{@code .htm}/{@code .xhtml},
     * {@code .warc}/{@code .arc}, {@code .jsonl}/{@code .ndjson}/{@code .json}, {@code .csv}/{@code .tsv}.
     *
     * @param fileName a file name (a path also works, only its end is looked at); not null
     * @return the format, or null when the extension is none of the above
     */
    public static InputFormat detect(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        if (name.endsWith(".txt") || name.endsWith(".text")) {
            return TEXT_DUMP;
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return HTML;
        }
        if (name.endsWith(".warc") || name.endsWith(".arc")) {
            return WARC;
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
            return JSONL;
        }
        if (name.endsWith(".csv") || name.endsWith(".tsv")) {
            return CSV;
        }
        return null;
    }
}
