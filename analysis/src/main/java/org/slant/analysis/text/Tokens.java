package org.slant.analysis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Slant's word tokenizer: maximal runs of letters, digits and {@code _}, lower-cased (as Python's {@code \w+}). */
public final class Tokens {
    private Tokens() {}

    /** The lower-cased tokens of {@code text}; at most {@code max} of them when {@code max > 0}. */
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

    /** All tokens of {@code text}. */
    public static List<String> of(String text) {
        return of(text, 0);
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
