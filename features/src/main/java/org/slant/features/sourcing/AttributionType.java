package org.slant.features.sourcing;

/** How the attributed content is rendered. */
public enum AttributionType {
    /** The content is a quotation in quotation marks. */
    DIRECT,
    /** Reported speech that quotes part of the words ("called it a “disaster”"). */
    MIXED,
    /** Reported speech without quotation marks ("he said that ...", "according to ..."). */
    INDIRECT
}
