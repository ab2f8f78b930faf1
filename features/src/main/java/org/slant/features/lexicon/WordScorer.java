package org.slant.features.lexicon;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slant.features.lexicon.internal.Context;
import org.slant.features.lexicon.internal.Words;
import org.slant.features.text.TextLayer;

/**
 * Word-level bias scoring beyond lookup: every word gets {@link WordFeatures} (lexicon categories, voice,
 * negation, sentence context, shape) and a {@link WordModel} turns them into a score. Works without a
 * trained model ({@link #standard()}). Immutable and thread-safe.
 */
public final class WordScorer {
    private final LoadedTerms terms;
    private final WordModel model;

    private WordScorer(LoadedTerms terms, WordModel model) {
        this.terms = terms;
        this.model = model;
    }

    /**
     * Makes the scorer that needs no training: the built-in lexicon with the heuristic model.
     *
     * @return the scorer
     */
    public static WordScorer standard() {
        return new WordScorer(LoadedTerms.standard(), HeuristicWordModel.INSTANCE);
    }

    /**
     * Makes a scorer with a lexicon and model of one's own, e.g. a {@link TrainedWordModel}.
     *
     * @param terms the loaded terms that give each word its categories and context
     * @param model the model that scores the words
     * @return the scorer
     */
    public static WordScorer of(LoadedTerms terms, WordModel model) {
        return new WordScorer(terms, model);
    }

    /**
     * Gives the model in use, e.g. for its thresholds.
     *
     * @return the model
     */
    public WordModel model() {
        return model;
    }

    /**
     * Computes the features of every word of a text.
     *
     * @param text the text, usually one sentence; null is read as empty
     * @return one entry per word token, in text order, offsets indexing {@code text}
     */
    public List<WordFeatures> features(String text) {
        TextLayer layer = TextLayer.of(text);
        TermAnalysis a = terms.analyze(layer);
        List<TermOccurrence> occ = a.terms();
        int sentences = layer.sentenceCount();
        int[] loadedPerSentence = new int[Math.max(1, sentences)];
        int[] wordsPerSentence = new int[Math.max(1, sentences)];
        for (TermOccurrence o : occ) {
            if (o.sentence() >= 0 && LoadedTerms.LOADED.contains(o.category())) {
                loadedPerSentence[o.sentence()]++;
            }
        }
        for (int i = 0; i < layer.tokenCount(); i++) {
            int s = layer.sentenceAt(layer.tokenStart(i));
            if (s >= 0 && layer.isWord(i)) {
                wordsPerSentence[s]++;
            }
        }
        List<WordFeatures> out = new ArrayList<>();
        List<Integer> sentenceOf = new ArrayList<>();
        int oi = 0;
        for (int i = 0; i < layer.tokenCount(); i++) {
            if (!layer.isWord(i)) {
                continue;
            }
            int ts = layer.tokenStart(i);
            int te = layer.tokenEnd(i);
            while (oi < occ.size() && occ.get(oi).hit().end() <= ts) {
                oi++;
            }
            Set<Category> cats = EnumSet.noneOf(Category.class);
            boolean sided = false;
            boolean negated = false;
            boolean scare = false;
            Voice voice = Context.inSpeech(layer, ts, a.scareQuotes()) ? Voice.QUOTED : Voice.NARRATOR;
            int ownLoaded = 0;
            for (int j = oi; j < occ.size() && occ.get(j).hit().start() < te; j++) {
                TermOccurrence o = occ.get(j);
                if (o.hit().end() <= ts) {
                    continue;
                }
                cats.add(o.category());
                String side = o.hit().entry().side();
                if ((o.category() == Category.NAMING && !side.isEmpty() && !side.equals("neutral"))
                        || (o.category() == Category.REPORT_VERB && side.equals("doubting"))) {
                    sided = true;
                }
                negated |= o.negated();
                scare |= o.scareQuoted();
                if (LoadedTerms.LOADED.contains(o.category())) {
                    ownLoaded++;
                }
            }
            int s = layer.sentenceAt(ts);
            boolean first = s >= 0 && layer.sentence(s).firstToken() == i;
            String lower = layer.tokenLower(i);
            out.add(new WordFeatures(ts, te, lower, cats, sided, voice, negated, scare,
                    layer.isCapitalized(i) && !first, Words.isStopword(lower), Words.adjectiveLike(lower),
                    s >= 0 ? Math.max(0, loadedPerSentence[s] - ownLoaded) : 0,
                    s >= 0 ? wordsPerSentence[s] : 0, "", ""));
            sentenceOf.add(s);
        }
        return withNeighbours(out, sentenceOf);
    }

    private static List<WordFeatures> withNeighbours(List<WordFeatures> words, List<Integer> sentenceOf) {
        List<WordFeatures> out = new ArrayList<>(words.size());
        for (int k = 0; k < words.size(); k++) {
            WordFeatures f = words.get(k);
            int s = sentenceOf.get(k);
            String prev = k > 0 && sentenceOf.get(k - 1) == s ? words.get(k - 1).word() : "";
            String next = k + 1 < words.size() && sentenceOf.get(k + 1) == s ? words.get(k + 1).word() : "";
            out.add(new WordFeatures(f.start(), f.end(), f.word(), f.categories(), f.sided(), f.voice(), f.negated(),
                    f.scareQuoted(), f.capitalized(), f.stopword(), f.adjectiveLike(), f.loadedInSentence(),
                    f.sentenceWords(), prev, next));
        }
        return out;
    }

    /**
     * Scores every word of a text and labels the text: biased when its highest word score reaches the
     * model's sentence threshold.
     *
     * @param text the text, usually one sentence; null is read as empty
     * @return every word with its score and flag, and the label; not biased when the text has no words
     * @throws IllegalStateException if the model returns a score outside [0, 1]
     */
    public SentenceScore score(String text) {
        List<ScoredWord> out = new ArrayList<>();
        double max = 0;
        for (WordFeatures f : features(text)) {
            double sc = model.score(f);
            if (!(sc >= 0 && sc <= 1)) {
                throw new IllegalStateException("word model returned " + sc + " for '" + f.word() + "'");
            }
            boolean flag = sc >= model.threshold();
            max = Math.max(max, sc);
            out.add(new ScoredWord(f, sc, flag));
        }
        return new SentenceScore(out, !out.isEmpty() && max >= model.sentenceThreshold());
    }
}
