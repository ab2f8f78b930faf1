package org.slant.features.lexicon.internal;

import java.util.Set;

/** Word-shape helpers for the word scorer. */
public final class Words {
    private Words() {
    }

    private static final Set<String> STOPWORDS = Set.of("a", "an", "the", "and", "or", "but", "if", "of", "in",
            "on", "at", "to", "for", "from", "by", "with", "as", "is", "are", "was", "were", "be", "been", "being",
            "it", "its", "this", "that", "these", "those", "he", "she", "they", "we", "you", "i", "his", "her",
            "their", "our", "your", "my", "him", "them", "us", "me", "who", "whom", "which", "what", "when",
            "where", "why", "how", "not", "no", "do", "does", "did", "has", "have", "had", "will", "would",
            "shall", "should", "can", "than", "then", "so", "there", "here", "also", "about", "into", "over",
            "after", "before", "up", "down", "out", "more", "most", "some", "any", "all", "such", "s", "t");

    private static final String[] ADJ_SUFFIXES = {"ly", "ous", "ive", "ful", "less", "ic", "al", "able", "ible",
        "ish", "ant", "ent", "est"};

    /** Whether the lower-case word is a function word. */
    public static boolean isStopword(String w) {
        return STOPWORDS.contains(w);
    }

    /** Whether the lower-case word ends like an adjective or adverb and is long enough for that to mean anything. */
    public static boolean adjectiveLike(String w) {
        if (w.length() < 5) {
            return false;
        }
        for (String s : ADJ_SUFFIXES) {
            if (w.endsWith(s)) {
                return true;
            }
        }
        return false;
    }
}
