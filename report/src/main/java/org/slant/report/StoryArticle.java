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
     * @throws IllegalArgumentException if a highlight runs past the article's text
     */
    public static StoryArticle of(Article article, List<Highlight> highlights) {
        return new StoryArticle(article.id(), article.outlet().name(), article.headline(), article.url(),
                article.published() == null ? null : article.published().toString(), article.tags(), article.text(),
                article.blocks(), highlights);
    }
}
