package org.slant.features.lexicon;

/** Whose words a term is: the outlet's own narration, or a quoted speaker's. */
public enum Voice {
    /** Outside any direct quote: the outlet's choice of words. */
    NARRATOR,
    /** Inside a direct quote: the speaker's choice, reported by the outlet. */
    QUOTED
}
