package org.slant.features.lexicon;

import java.util.EnumMap;
import java.util.Map;

/**
 * The default word model: no training, hand-set weights. A word's base score combines the weights of
 * its lexicon categories (independent evidence: {@code 1 - prod(1 - w)}); a loaded sentence raises it
 * (loaded words cluster in opinionated sentences), while negation, a name's capital letter or a function
 * word lower it. Words in direct quotes keep their score: annotators of biased language mark a loaded
 * word whoever utters it, and voice is reported apart by the article features.
 */
public final class HeuristicWordModel implements WordModel {
    private static final Map<Category, Double> WEIGHTS = new EnumMap<>(Category.class);

    static {
        WEIGHTS.put(Category.CHARGED, 0.75);
        WEIGHTS.put(Category.BIAS, 0.6);
        WEIGHTS.put(Category.DYSPHEMISM, 0.55);
        WEIGHTS.put(Category.INTENSIFIER, 0.4);
        WEIGHTS.put(Category.NEGATIVE, 0.4);
        WEIGHTS.put(Category.SUBJECTIVE, 0.3);
        WEIGHTS.put(Category.EUPHEMISM, 0.35);
        WEIGHTS.put(Category.POSITIVE, 0.25);
        WEIGHTS.put(Category.ASSERTIVE, 0.25);
        WEIGHTS.put(Category.FACTIVE, 0.1);
        WEIGHTS.put(Category.HEDGE, 0.05);
        WEIGHTS.put(Category.REPORT_VERB, 0.0);
        WEIGHTS.put(Category.NAMING, 0.0);
    }

    /** Weight of a sided naming variant or a doubting report verb. */
    private static final double SIDED = 0.45;
    /** Added per other loaded term in the sentence, up to {@link #MAX_CONTEXT} terms. */
    private static final double CONTEXT_BOOST = 0.12;
    private static final int MAX_CONTEXT = 3;

    /** The default model. */
    public static final HeuristicWordModel INSTANCE = new HeuristicWordModel();

    private HeuristicWordModel() {
    }

    @Override
    public double score(WordFeatures w) {
        if (w.stopword() || w.categories().isEmpty()) {
            return 0;
        }
        double miss = 1;
        for (Category c : w.categories()) {
            miss *= 1 - WEIGHTS.get(c);
        }
        if (w.sided()) {
            miss *= 1 - SIDED;
        }
        double s = 1 - miss;
        if (s == 0) {
            return 0;
        }
        s += CONTEXT_BOOST * Math.min(w.loadedInSentence(), MAX_CONTEXT);
        if (w.negated()) {
            s *= 0.7;
        }
        if (w.capitalized()) {
            s *= 0.3;
        }
        return Math.max(0, Math.min(1, s));
    }
}
