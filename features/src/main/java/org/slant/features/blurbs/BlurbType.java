package org.slant.features.blurbs;

import java.util.Locale;

/** What kind of outlet-written box a blurb is. */
public enum BlurbType {
    /** An appeal for money: donations, memberships, contributions. */
    DONATION,
    /** An appeal to subscribe or register for paid or gated access. */
    SUBSCRIPTION,
    /** A promo for the outlet's newsletter, app, social accounts, podcast or other channels. */
    PROMO,
    /** A statement of the outlet's mission, values or independence ("We do not judge or preach"). */
    MISSION,
    /** A topical box that frames a story series, often ending in a rhetorical question. */
    DOSSIER,
    /** A disclaimer: views not the outlet's, automated or syndicated content, copyright. */
    DISCLAIMER,
    /** An editor's note or correction about the article itself. */
    EDITORS_NOTE,
    /** Marked as a blurb or repeated across the outlet's pages, but of no recognised type. */
    OTHER;

    /**
     * Gives the name used in feature names such as {@code blurbs.editors_note}.
     *
     * @return the constant's name in lower case
     */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
