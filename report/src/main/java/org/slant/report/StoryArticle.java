package org.slant.report;

import java.util.List;
import org.slant.ingest.Article;
import org.slant.ingest.Block;

/**
 * One outlet's article in a story, with its text, blocks and evidence.
 *
 * @param articleId the article's id in the corpus
 * @param outlet outlet name
 * @param headline the headline
 * @param url where it was published; may be null. Only http(s) URLs are ever rendered as links.
 * @param published publication time (ISO 8601); may be null
 * @param tags the outlet's topic tags, in page order
 * @param text the article's plain text
 * @param blocks blocks of {@code text}, in order, without overlap
 * @param highlights evidence spans over {@code text}
 */
public record StoryArticle(String articleId, String outlet, String headline, String url, String published,
                           List<String> tags, String text, List<Block> blocks, List<Highlight> highlights) {
    /**
     * Validates the article: a null headline or text becomes empty, lists are copied unmodifiably, null
     * meaning none.
     *
     * @param articleId the article's id; not null or blank
     * @param outlet outlet name; not null or blank
     * @param headline the headline; may be null
     * @param url where it was published; may be null
     * @param published publication time (ISO 8601); may be null
     * @param tags topic tags; may be null, must not contain null
     * @param text the plain text; may be null
     * @param blocks blocks of {@code text}; may be null, must not contain null
     * @param highlights evidence spans over {@code text}; may be null, must not contain null
     * @throws IllegalArgumentException if {@code articleId} or {@code outlet} is null or blank, a list
     *     contains null, a block overlaps the previous one or runs past the text, or a highlight runs past
     *     the text
     */
    public StoryArticle {
        Checks.required(articleId, "article id");
        Checks.required(outlet, "outlet of article " + articleId);
        headline = headline == null ? "" : headline;
        tags = Checks.list(tags, "tags of " + articleId);
        text = text == null ? "" : text;
        blocks = Checks.list(blocks, "blocks of " + articleId);
        highlights = Checks.list(highlights, "highlights of " + articleId);
        int previousEnd = 0;
        for (Block b : blocks) {
            if (b.start() < previousEnd || b.end() > text.length()) {
                throw new IllegalArgumentException("article " + articleId + ": block " + b
                        + " overlaps the previous one or runs past the text (" + text.length() + " chars)");
            }
            previousEnd = b.end();
        }
        for (Highlight h : highlights) {
            if (h.end() > text.length()) {
                throw new IllegalArgumentException("article " + articleId + ": highlight " + h
                        + " runs past the text (" + text.length() + " chars)");
            }
        }
    }

    /**
     * The story view of an ingested article: its id, outlet, headline, URL, publication time, tags,
     * text and blocks, with the given highlights over its text.
     *
     * @param article the ingested article; not null
     * @param highlights evidence spans over the article's text; may be null, must not contain null
     * @return the story view
     * @throws IllegalArgumentException if a highlight runs past the article's text
     */
    public static StoryArticle of(Article article, List<Highlight> highlights) {
        return new StoryArticle(article.id(), article.outlet().name(), article.headline(), article.url(),
                article.published() == null ? null : article.published().toString(), article.tags(), article.text(),
                article.blocks(), highlights);
    }
}
