package org.slant.features.lexicon.internal;

import java.util.List;
import java.util.Set;
import org.slant.features.lexicon.ScareQuote;
import org.slant.features.text.Quote;
import org.slant.features.text.Sentence;
import org.slant.features.text.TextLayer;

/** Context rules for term hits: negation, speech versus scare quotes, word counts. */
public final class Context {
    private Context() {
    }

    /** How many tokens before a hit a negator may stand. */
    private static final int NEGATION_WINDOW = 3;

    private static final Set<String> NEGATORS = Set.of("not", "no", "never", "neither", "nor", "without",
            "hardly", "barely", "nothing", "none", "nobody", "cannot", "lack", "lacks", "lacked");

    /** Words that introduce reported speech or a speaker's naming just before a short quote. */
    private static final Set<String> SPEECH_CUES = Set.of("said", "says", "say", "saying", "told", "tells",
            "wrote", "writes", "added", "called", "calls", "calling", "dubbed", "described", "describes",
            "termed", "labeled", "labelled", "branded", "claimed", "claims", "insisted", "warned", "urged",
            "stated", "declared", "announced", "tweeted", "posted", "noted", "argued", "vowed", "promised",
            "asked", "replied", "according");

    /** Whether a negator precedes {@code offset} within a few tokens of the same sentence. */
    public static boolean negated(TextLayer layer, int offset) {
        int t = layer.tokenAtOrAfter(offset);
        int s = layer.sentenceAt(offset);
        int first = s >= 0 ? layer.sentence(s).firstToken() : 0;
        for (int i = t - 1, seen = 0; i >= first && seen < NEGATION_WINDOW; i--) {
            if (!layer.isWord(i)) {
                char c = layer.text().charAt(layer.tokenStart(i));
                if (c == ',' || c == ';' || c == ':') {
                    break;
                }
                continue;
            }
            seen++;
            String w = layer.tokenLower(i);
            if (NEGATORS.contains(w) || w.endsWith("n't") || w.endsWith("n\u2019t")) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code offset} lies in a quote that is speech, not one of the given scare quotes. */
    public static boolean inSpeech(TextLayer layer, int offset, List<ScareQuote> scare) {
        if (!layer.inQuote(offset)) {
            return false;
        }
        for (ScareQuote s : scare) {
            if (offset >= s.start() && offset < s.end()) {
                return false;
            }
        }
        return true;
    }

    /** Word tokens in the layer. */
    public static int wordCount(TextLayer layer) {
        int n = 0;
        for (int i = 0; i < layer.tokenCount(); i++) {
            if (layer.isWord(i)) {
                n++;
            }
        }
        return n;
    }

    /**
     * A scare quote is a closed, outermost quote of one to three words with no sentence punctuation
     * inside, that does not follow a speech cue ("said", "called", "what he described as") within the
     * four preceding words, and is not a whole sentence by itself. A capitalised one- or two-word name in
     * quotes ('Israel') is a scare quote wherever it stands, since names are not quoted as speech.
     */
    public static boolean isScareQuote(TextLayer layer, Quote q) {
        if (!q.closed() || q.depth() > 0) {
            return false;
        }
        int cs = q.contentStart();
        int ce = q.contentEnd();
        if (ce <= cs) {
            return false;
        }
        String text = layer.text();
        int words = 0;
        boolean allCapitalized = true;
        for (int i = layer.tokenAtOrAfter(cs); i < layer.tokenCount() && layer.tokenStart(i) < ce; i++) {
            if (layer.isWord(i)) {
                if (++words > 3) {
                    return false;
                }
                if (!layer.isCapitalized(i)) {
                    allCapitalized = false;
                }
            } else {
                char c = text.charAt(layer.tokenStart(i));
                if (c == '.' || c == ',' || c == '!' || c == '?' || c == ';' || c == ':') {
                    return false;
                }
            }
        }
        if (words == 0 || words > 3) {
            return false;
        }
        if (allCapitalized && words <= 2 && !startsSentence(layer, q)) {
            return true;
        }
        if (startsSentence(layer, q) && endsSentence(layer, q)) {
            return false;
        }
        int t = layer.tokenAtOrAfter(q.start()) - 1;
        int s = layer.sentenceAt(q.start());
        int first = s >= 0 ? layer.sentence(s).firstToken() : 0;
        for (int seen = 0; t >= first && seen < 4; t--) {
            if (!layer.isWord(t)) {
                if (text.charAt(layer.tokenStart(t)) == ':') {
                    return false;
                }
                continue;
            }
            seen++;
            if (SPEECH_CUES.contains(layer.tokenLower(t))) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsSentence(TextLayer layer, Quote q) {
        int s = layer.sentenceAt(q.start());
        return s >= 0 && layer.sentence(s).start() == q.start();
    }

    private static boolean endsSentence(TextLayer layer, Quote q) {
        int s = layer.sentenceAt(q.start());
        if (s < 0) {
            return false;
        }
        Sentence sen = layer.sentence(s);
        String rest = layer.text().substring(q.end(), sen.end()).strip();
        return rest.isEmpty() || rest.equals(".");
    }
}
