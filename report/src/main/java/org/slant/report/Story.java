package org.slant.report;

import java.util.List;

/**
 * One event as several outlets covered it.
 *
 * @param id story id, unique in the report; used for the page's file name after sanitising
 * @param title a title for the story
 * @param articles the outlets' articles, in display order
 * @param exclusive content only one outlet carries, as spans of that outlet's article
 */
public record Story(String id, String title, List<StoryArticle> articles, List<Exclusive> exclusive) {
    /**
     * Validates the story: a null title becomes empty, lists are copied unmodifiably, null meaning none.
     *
     * @param id story id; not null or blank
     * @param title a title; may be null
     * @param articles the outlets' articles; may be null, must not contain null
     * @param exclusive exclusive content; may be null, must not contain null
     * @throws IllegalArgumentException if {@code id} is null or blank, a list contains null, or an
     *     exclusive span names an article not in the story or runs past that article's text
     */
    public Story {
        Checks.required(id, "story id");
        title = title == null ? "" : title;
        articles = Checks.list(articles, "articles of story " + id);
        exclusive = Checks.list(exclusive, "exclusive content of story " + id);
        for (Exclusive e : exclusive) {
            StoryArticle a = articles.stream().filter(x -> x.articleId().equals(e.articleId())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("story " + id
                            + ": exclusive content names an article not in the story: " + e.articleId()));
            if (e.end() > a.text().length()) {
                throw new IllegalArgumentException("story " + id + ": exclusive span " + e
                        + " runs past the text of " + a.articleId());
            }
        }
    }

    /**
     * A passage of one article whose content no other outlet in the story carries.
     *
     * @param articleId the article
     * @param start first character
     * @param end end, exclusive
     */
    public record Exclusive(String articleId, int start, int end) {
        /**
         * Validates the span; whether it fits the article's text is checked by {@link Story}.
         *
         * @param articleId the article; not null or blank
         * @param start first character; 0 or more
         * @param end end, exclusive; greater than {@code start}
         * @throws IllegalArgumentException if {@code articleId} is null or blank, or the span is empty or
         *     starts before 0
         */
        public Exclusive {
            Checks.required(articleId, "article id of exclusive content");
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("bad exclusive span [" + start + ", " + end + ")");
            }
        }
    }
}
