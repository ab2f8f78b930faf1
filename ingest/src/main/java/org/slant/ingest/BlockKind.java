package org.slant.ingest;

/** What a block of an article's text is. Blurbs are outlet-written boxes, kept apart from the body. */
public enum BlockKind {
    /** Running text of the body. */
    PARAGRAPH,
    /** A heading inside the body (not the headline, which is {@link Article#headline()}). */
    SUBHEADING,
    /** The caption of a photo, video or chart in the article. */
    CAPTION,
    /** A quotation set apart from the running text. */
    BLOCK_QUOTE,
    /** One item of a bulleted or numbered list in the body. */
    LIST_ITEM,
    /** Text the outlet added around the article, such as an appeal to readers or a promo box; kept apart from the body. */
    BLURB;

    /**
     * Whether blocks of this kind belong to the body as written by the author; {@link Article#bodyText()}
     * keeps exactly these.
     *
     * @return false for {@link #BLURB}, true for every other kind
     */
    public boolean isBody() {
        return this != BLURB;
    }
}
