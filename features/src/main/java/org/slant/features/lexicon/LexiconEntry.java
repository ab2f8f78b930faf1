package org.slant.features.lexicon;

import java.util.List;

/**
 * One lexicon entry: a word or multi-word term with all the surface forms that count as it.
 *
 * @param term the head form, lower case, e.g. {@code "allege"} or {@code "israeli occupation forces"}
 * @param forms every form matched, lower case, the head first; words separated by single spaces
 * @param category what kind of loaded language it is
 * @param side what the choice signals (a report verb's stance, a naming variant's side); empty if none
 * @param group the euphemism pair or naming set it belongs to; empty if none
 * @param gloss a short explanation; empty if none
 */
public record LexiconEntry(String term, List<String> forms, Category category, String side, String group,
                           String gloss) {
    /**
     * Validates and normalises the entry with {@link #normalize}: forms that normalise to nothing are
     * dropped, duplicates removed; null side, group and gloss become empty and all three are stripped.
     *
     * @param term the head form; must keep a letter or digit once normalised
     * @param forms the forms matched, or null or empty for the term alone
     * @param category what kind of loaded language it is; not null
     * @param side what the choice signals, or null
     * @param group the pair or set it belongs to, or null
     * @param gloss a short explanation, or null
     * @throws IllegalArgumentException if {@code term} is null, blank or has no letter or digit, the
     *     category is null, or no form is left
     */
    public LexiconEntry {
        if (term == null || term.isBlank()) {
            throw new IllegalArgumentException("lexicon entry term is required");
        }
        if (category == null) {
            throw new IllegalArgumentException("lexicon entry '" + term + "': category is required");
        }
        term = normalize(term);
        if (term.isEmpty()) {
            throw new IllegalArgumentException("lexicon entry '" + term + "' has no letters or digits");
        }
        forms = forms == null || forms.isEmpty() ? List.of(term)
                : forms.stream().map(LexiconEntry::normalize).filter(f -> !f.isEmpty()).distinct().toList();
        if (forms.isEmpty()) {
            throw new IllegalArgumentException("lexicon entry '" + term + "': no usable form");
        }
        side = side == null ? "" : side.strip();
        group = group == null ? "" : group.strip();
        gloss = gloss == null ? "" : gloss.strip();
    }

    /**
     * Makes a single-form entry without side, group or gloss.
     *
     * @param term the term; must keep a letter or digit once normalised
     * @param category what kind of loaded language it is; not null
     * @return the entry, its one form the normalised term
     * @throws IllegalArgumentException if {@code term} has no letter or digit or {@code category} is null
     */
    public static LexiconEntry of(String term, Category category) {
        return new LexiconEntry(term, List.of(term), category, "", "", "");
    }

    /**
     * The canonical form of a term as the matcher sees it: lower case, words made of letters and
     * digits separated by single spaces (hyphens, apostrophes and other punctuation separate words).
     *
     * @param s the term as written; not null
     * @return the canonical form; empty if {@code s} has no letter or digit
     */
    public static String normalize(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (pendingSpace && sb.length() > 0) {
                    sb.append(' ');
                }
                pendingSpace = false;
                sb.append(Character.toLowerCase(c));
            } else {
                pendingSpace = true;
            }
        }
        return sb.toString();
    }
}
