package org.slant.features.lexicon;

import java.util.Locale;

/**
 * What kind of loaded language a lexicon entry is. The built-in lexicon fills the first eight; the last
 * four exist for external lists (sentiment and subjectivity lexicons, bias-word lists).
 */
public enum Category {
    /** Charged or pejorative labels and verbs that pass judgement ("thugs", "slammed", "scheme"). */
    CHARGED,
    /** Intensifiers and superlatives ("extremely", "unprecedented", "worst"). */
    INTENSIFIER,
    /** Hedges that lower commitment ("reportedly", "may", "suggests"). */
    HEDGE,
    /** Factive verbs that presuppose their complement ("realized", "the fact that"). */
    FACTIVE,
    /** Assertive words that raise commitment ("clearly", "argued", "of course"). */
    ASSERTIVE,
    /** Report verbs; the entry's side is its stance: neutral, doubting or endorsing. */
    REPORT_VERB,
    /** The softened member of a euphemism/dysphemism pair; the entry's group names the pair. */
    EUPHEMISM,
    /** The harsh member of a euphemism/dysphemism pair; the entry's group names the pair. */
    DYSPHEMISM,
    /** A member of a naming-variant set; the group names the set, the side what the choice signals. */
    NAMING,
    /** A generic bias-inducing word from an external list. */
    BIAS,
    /** A negative-sentiment word from an external list. */
    NEGATIVE,
    /** A positive-sentiment word from an external list. */
    POSITIVE,
    /** A subjectivity clue from an external list. */
    SUBJECTIVE;

    /**
     * Gives the name used in feature names.
     *
     * @return the constant's name in lower case, e.g. {@code "report_verb"}
     */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a category name, ignoring case and surrounding white space and treating '-' and ' ' like '_'.
     *
     * @param name the name, e.g. {@code "report-verb"} or {@code "Charged"}; not null
     * @return the category
     * @throws IllegalArgumentException if the name is not a category
     */
    public static Category parse(String name) {
        String n = name.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        try {
            return valueOf(n);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown lexicon category '" + name + "'", e);
        }
    }
}
