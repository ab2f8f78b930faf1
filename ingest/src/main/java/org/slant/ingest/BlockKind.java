package org.slant.ingest;

/** What a block of an article's text is. Blurbs are outlet-written boxes, kept apart from the body. */
public enum BlockKind {
    PARAGRAPH,
    SUBHEADING,
    CAPTION,
    BLOCK_QUOTE,
    LIST_ITEM,
    BLURB;

    /** True for the kinds that make up the article body as written by its author. */
    public boolean isBody() {
        return this != BLURB;
    }
}
