package org.slant.features.lexicon.internal;

import java.util.ArrayList;
import java.util.List;

/** Regular English inflections for the lexicon's {@code word/v} and {@code word/n} shorthand. */
public final class Inflector {
    private Inflector() {
    }

    /** The word and its regular verb forms: third person, past, gerund. */
    public static List<String> verb(String w) {
        List<String> out = new ArrayList<>(4);
        out.add(w);
        out.add(plural(w));
        if (w.endsWith("e")) {
            out.add(w + "d");
            out.add(w.substring(0, w.length() - 1) + "ing");
        } else if (endsConsonantY(w)) {
            out.add(w.substring(0, w.length() - 1) + "ied");
            out.add(w + "ing");
        } else {
            out.add(w + "ed");
            out.add(w + "ing");
        }
        return out;
    }

    /** The word and its regular plural. */
    public static List<String> noun(String w) {
        return List.of(w, plural(w));
    }

    private static String plural(String w) {
        if (w.endsWith("s") || w.endsWith("x") || w.endsWith("z") || w.endsWith("ch") || w.endsWith("sh")) {
            return w + "es";
        }
        if (endsConsonantY(w)) {
            return w.substring(0, w.length() - 1) + "ies";
        }
        return w + "s";
    }

    private static boolean endsConsonantY(String w) {
        return w.length() > 1 && w.endsWith("y") && "aeiou".indexOf(w.charAt(w.length() - 2)) < 0;
    }
}
