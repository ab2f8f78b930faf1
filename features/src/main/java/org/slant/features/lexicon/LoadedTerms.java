package org.slant.features.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slant.features.lexicon.internal.Context;
import org.slant.features.text.Quote;
import org.slant.features.text.TextLayer;

/**
 * Front door for loaded terms: matches a lexicon over a {@link TextLayer} and puts every hit in context
 * (voice, negation, scare quotes). Immutable and thread-safe.
 *
 * <pre>{@code
 * LoadedTerms terms = LoadedTerms.standard();
 * TermAnalysis a = terms.analyze(TextLayer.of(article));
 * }</pre>
 */
public final class LoadedTerms {
    private final Lexicon lexicon;
    private final TermMatcher matcher;

    private LoadedTerms(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.matcher = lexicon.matcher();
    }

    /**
     * Matches the built-in lexicon.
     *
     * @return loaded terms over {@link Lexicon#builtIn()}
     */
    public static LoadedTerms standard() {
        return new LoadedTerms(Lexicon.builtIn());
    }

    /**
     * Matches a lexicon of one's own; builds its matcher once, here.
     *
     * @param lexicon the lexicon
     * @return loaded terms over {@code lexicon}
     */
    public static LoadedTerms with(Lexicon lexicon) {
        return new LoadedTerms(lexicon);
    }

    /**
     * Gives the lexicon matched.
     *
     * @return the lexicon
     */
    public Lexicon lexicon() {
        return lexicon;
    }

    /**
     * Gives the matcher, for callers that match text outside a {@link TextLayer}.
     *
     * @return the matcher over {@link #lexicon()}
     */
    public TermMatcher matcher() {
        return matcher;
    }

    /**
     * Finds every term of the lexicon in the layer's text, with its context: voice, negation, scare quotes
     * and sentence.
     *
     * @param layer the text
     * @return the occurrences and scare quotes in text order, and the text's word count
     */
    public TermAnalysis analyze(TextLayer layer) {
        List<ScareQuote> scare = scareQuotes(layer);
        List<TermHit> hits = matcher.find(layer.text());
        List<TermOccurrence> out = new ArrayList<>(hits.size());
        int si = 0;
        for (TermHit h : hits) {
            boolean inScare = false;
            while (si < scare.size() && scare.get(si).end() <= h.start()) {
                si++;
            }
            if (si < scare.size() && scare.get(si).start() <= h.start() && h.end() <= scare.get(si).end()) {
                inScare = true;
            }
            Voice voice = !inScare && Context.inSpeech(layer, h.start(), scare) ? Voice.QUOTED : Voice.NARRATOR;
            out.add(new TermOccurrence(h, voice, Context.negated(layer, h.start()), inScare,
                    layer.sentenceAt(h.start())));
        }
        return new TermAnalysis(out, scare, Context.wordCount(layer));
    }

    /**
     * Finds the scare quotes in the layer's text: short quoted names or terms that are not quoted speech.
     *
     * @param layer the text
     * @return the scare quotes in text order, each term stripped of surrounding white space
     */
    public static List<ScareQuote> scareQuotes(TextLayer layer) {
        List<ScareQuote> out = new ArrayList<>();
        for (Quote q : layer.quotes()) {
            if (Context.isScareQuote(layer, q)) {
                out.add(new ScareQuote(q.start(), q.end(),
                        layer.text().substring(q.contentStart(), q.contentEnd()).strip()));
            }
        }
        return out;
    }

    /** Categories that count as loaded language in totals: not hedges, factives, report verbs or naming. */
    public static final Set<Category> LOADED = Set.of(Category.CHARGED, Category.INTENSIFIER, Category.EUPHEMISM,
            Category.DYSPHEMISM, Category.BIAS, Category.NEGATIVE, Category.POSITIVE, Category.SUBJECTIVE);
}
