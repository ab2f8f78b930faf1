package org.slant.analysis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Slant's word tokenizer: maximal runs of letters, digits and {@code _}, lower-cased (as Python's {@code \w+}). */
public final class Tokens {
    private Tokens() {}

    /**
     * Tokenizes the start of a text.
     *
     * @param text the text; not null
     * @param max the most tokens to return; 0 or less for all
     * @return the tokens in text order, lower-cased with {@link java.util.Locale#ROOT}; a new mutable list
     */
    public static List<String> of(String text, int max) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n && (max <= 0 || out.size() < max)) {
            while (i < n && !isWordChar(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && isWordChar(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /**
     * Tokenizes a whole text.
     *
     * @param text the text; not null
     * @return every token in text order, lower-cased with {@link java.util.Locale#ROOT}; a new mutable list
     */
    public static List<String> of(String text) {
        return of(text, 0);
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
