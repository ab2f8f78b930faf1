package org.slant.ingest;

/** Why a part of a page was not kept as article text. */
public enum RemovalReason {
    /** Menus, section lists, language switches, breadcrumbs. */
    NAVIGATION,
    /** Breaking-news tickers and headline carousels. */
    TICKER,
    /** "Most read", "Read next", "Related", coverage lists and teasers of other articles. */
    RELATED,
    /** Site footer: copyright, legal and contact links, app badges. */
    FOOTER,
    /** Share and follow buttons, social handles. */
    SOCIAL,
    /** Page furniture that is not text: audio players, reading-time labels, ad slots, cookie boxes. */
    WIDGET,
    /** The page's own clock, e.g. a header date that is not the publication date. */
    CLOCK,
    /** Text that was parsed into a field of the article (headline, byline, date, credit, tags). */
    METADATA,
    /** A repeat of text already kept elsewhere in the record. */
    DUPLICATE,
    /** Comments, newsletter sign-ups and other reader-facing boxes. */
    COMMENTS,
    /** Anything else the extractor judged not to be article text. */
    BOILERPLATE
}
