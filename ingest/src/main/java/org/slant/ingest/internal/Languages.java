package org.slant.ingest.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A small language guesser from function words: enough to tell the major news languages apart on
 * article-length text without a model. Returns null when the evidence is thin.
 */
public final class Languages {
    private Languages() {}

    private static final Map<String, Set<String>> STOPWORDS = new LinkedHashMap<>();

    static {
        STOPWORDS.put("en", Set.of("the", "and", "of", "to", "in", "is", "that", "for", "on", "with", "was", "said", "he", "it", "by", "as", "at", "from", "his", "have"));
        STOPWORDS.put("de", Set.of("der", "die", "und", "das", "ist", "nicht", "den", "mit", "von", "sich", "des", "auf", "für", "ein", "eine", "dem", "zu", "im", "auch", "wird"));
        STOPWORDS.put("fr", Set.of("le", "la", "les", "et", "des", "est", "une", "un", "du", "que", "pour", "dans", "qui", "pas", "sur", "au", "avec", "il", "ce", "par"));
        STOPWORDS.put("es", Set.of("el", "la", "los", "las", "y", "que", "del", "en", "por", "con", "una", "para", "es", "se", "su", "al", "lo", "como", "más", "fue"));
        STOPWORDS.put("it", Set.of("il", "di", "che", "la", "e", "per", "un", "una", "del", "della", "non", "sono", "con", "si", "gli", "le", "nel", "alla", "anche", "è"));
        STOPWORDS.put("pt", Set.of("o", "a", "os", "as", "de", "que", "e", "do", "da", "em", "um", "uma", "para", "com", "não", "por", "se", "dos", "mais", "foi"));
        STOPWORDS.put("nl", Set.of("de", "het", "een", "en", "van", "is", "dat", "op", "te", "zijn", "niet", "met", "voor", "die", "ook", "aan", "er", "maar", "om", "wordt"));
    }

    /** ISO 639-1 code of the most likely language, or null when fewer than 20 words or no clear winner. */
    public static String guess(String text) {
        Map<String, Integer> hits = new HashMap<>();
        int words = 0;
        int i = 0;
        int n = text.length();
        while (i < n && words < 2000) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                words++;
                String w = text.substring(start, i).toLowerCase(Locale.ROOT);
                for (Map.Entry<String, Set<String>> e : STOPWORDS.entrySet()) {
                    if (e.getValue().contains(w)) {
                        hits.merge(e.getKey(), 1, Integer::sum);
                    }
                }
            }
        }
        if (words < 20) {
            return null;
        }
        String best = null;
        int bestHits = 0;
        for (Map.Entry<String, Set<String>> e : STOPWORDS.entrySet()) {
            int h = hits.getOrDefault(e.getKey(), 0);
            if (h > bestHits) {
                best = e.getKey();
                bestHits = h;
            }
        }
        return bestHits * 10 >= words ? best : null;
    }
}
