package org.slant.ingest.html;

/**
 * Where a page came from, for the article's id, URL and provenance.
 *
 * @param id the article id to give the page; required
 * @param origin where the page was read from (a file path, {@code file.warc.gz:record}); required
 * @param url the URL the page was fetched from, or null (the page's canonical link is used then)
 * @param contentType the HTTP {@code Content-Type} header, or null; its charset is honoured
 */
public record PageSource(String id, String origin, String url, String contentType) {
    /**
     * Validates the source.
     *
     * @param id the article id to give the page; not null or blank
     * @param origin where the page was read from; not null or blank
     * @param url the URL the page was fetched from, or null
     * @param contentType the HTTP {@code Content-Type} header, or null
     * @throws IllegalArgumentException if {@code id} or {@code origin} is null or blank
     */
    public PageSource {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("page id is required");
        }
        if (origin == null || origin.isBlank()) {
            throw new IllegalArgumentException("page origin is required");
        }
    }

    /**
     * A page read from a file, with no URL or content type.
     *
     * @param id the article id, usually the file's stem ({@link org.slant.ingest.Ingest#idOf})
     * @param path the file's path, as the origin
     * @return the source
     * @throws IllegalArgumentException if {@code id} or {@code path} is null or blank
     */
    public static PageSource ofFile(String id, String path) {
        return new PageSource(id, path, null, null);
    }
}
