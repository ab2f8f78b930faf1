package org.slant.features.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.slant.features.lexicon.internal.WordHashing;

/**
 * Trains a {@link TrainedWordModel} from labelled sentences: logistic regression by seeded SGD over the
 * words' hashed features. The word and sentence thresholds are chosen on a held-out share of the training
 * groups (word F1, sentence macro-F1), then the model is retrained on all training sentences.
 * {@link #crossValidate} gives out-of-fold scores, so nothing is ever scored by a model that saw it.
 * Immutable and thread-safe.
 */
public final class WordModelTrainer {
    /** The trainer's name in provenance records. */
    public static final String NAME = "slant-logistic-sgd";

    private final LoadedTerms terms;
    private final WordTrainerOptions options;

    private WordModelTrainer(LoadedTerms terms, WordTrainerOptions options) {
        this.terms = terms;
        this.options = options;
    }

    /**
     * Makes a trainer.
     *
     * @param terms the loaded terms the word features are computed with; a model must be used with the same
     * @param options epochs, step, penalty, hash width, holdout and seed
     * @return the trainer
     */
    public static WordModelTrainer of(LoadedTerms terms, WordTrainerOptions options) {
        return new WordModelTrainer(terms, options);
    }

    /** One sentence's words as training rows. */
    private record Rows(LabelledSentence sentence, List<WordFeatures> words, List<int[]> idx, List<double[]> val,
                        boolean[] labels) {
    }

    private List<Rows> rows(List<LabelledSentence> data) {
        WordScorer scorer = WordScorer.of(terms, HeuristicWordModel.INSTANCE);
        List<Rows> out = new ArrayList<>(data.size());
        int[] idx = new int[WordHashing.MAX_FEATURES + 1];
        double[] val = new double[WordHashing.MAX_FEATURES + 1];
        for (LabelledSentence s : data) {
            List<WordFeatures> words = scorer.features(s.text());
            List<int[]> is = new ArrayList<>(words.size());
            List<double[]> vs = new ArrayList<>(words.size());
            boolean[] labels = new boolean[words.size()];
            for (int k = 0; k < words.size(); k++) {
                WordFeatures w = words.get(k);
                int n = TrainedWordModel.sparse(w, options.hashBits(), idx, val);
                is.add(java.util.Arrays.copyOf(idx, n));
                vs.add(java.util.Arrays.copyOf(val, n));
                labels[k] = s.marks(w.start(), w.end());
            }
            out.add(new Rows(s, words, is, vs, labels));
        }
        return out;
    }

    /**
     * Trains on every sentence. Deterministic: the same data and options give the same weights.
     *
     * @param data the labelled sentences
     * @param dataSource how the user named the data, for provenance
     * @param dataSha256 the data file's SHA-256, or empty
     * @return the model, with thresholds chosen on the held-out groups and weights fitted on all sentences
     * @throws IllegalArgumentException if the training part or the whole data has no marked words to learn from
     */
    public TrainedWordModel train(List<LabelledSentence> data, String dataSource, String dataSha256) {
        List<Rows> rows = rows(data);
        List<List<Rows>> split = splitGroups(rows, options.holdout(), options.seed());
        double[] w = fit(split.get(0), options.seed());
        double[] thresholds = chooseThresholds(w, split.get(1));
        double[] all = fit(rows, options.seed());
        int words = 0;
        int positives = 0;
        for (Rows r : rows) {
            words += r.labels().length;
            for (boolean b : r.labels()) {
                positives += b ? 1 : 0;
            }
        }
        WordModelProvenance p = new WordModelProvenance(NAME, options, dataSource, dataSha256, data.size(), words,
                positives, terms.lexicon().size(), System.getProperty("java.vm.name") + " "
                + System.getProperty("java.version"));
        return new TrainedWordModel(all, options.hashBits(), thresholds[0], thresholds[1], p);
    }

    /**
     * Out-of-fold scores: sentences are split into {@code folds} folds by group (seeded), each fold scored by
     * a model trained on the others.
     *
     * @param data the labelled sentences; sentences sharing a group share a fold
     * @param folds number of folds, at least 2
     * @return every sentence's score, by sentence id, in input order
     * @throws IllegalArgumentException if {@code folds} is less than 2, or a fold's training part has no
     *     marked words
     */
    public Map<String, SentenceScore> crossValidate(List<LabelledSentence> data, int folds) {
        if (folds < 2) {
            throw new IllegalArgumentException("folds must be at least 2, was " + folds);
        }
        Map<String, Integer> foldOf = foldsByGroup(data, folds, options.seed());
        Map<String, SentenceScore> out = new LinkedHashMap<>();
        for (LabelledSentence s : data) {
            out.put(s.id(), null);
        }
        for (int f = 0; f < folds; f++) {
            List<LabelledSentence> train = new ArrayList<>();
            List<LabelledSentence> test = new ArrayList<>();
            for (LabelledSentence s : data) {
                (foldOf.get(s.group()) == f ? test : train).add(s);
            }
            if (test.isEmpty()) {
                continue;
            }
            TrainedWordModel m = train(train, "fold " + f, "");
            WordScorer scorer = WordScorer.of(terms, m);
            for (LabelledSentence s : test) {
                out.put(s.id(), scorer.score(s.text()));
            }
        }
        return out;
    }

    private static Map<String, Integer> foldsByGroup(List<LabelledSentence> data, int folds, long seed) {
        Set<String> groups = new TreeSet<>();
        for (LabelledSentence s : data) {
            groups.add(s.group());
        }
        List<String> order = new ArrayList<>(groups);
        shuffle(order, new SplittableRandom(seed));
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            m.put(order.get(i), i % folds);
        }
        return m;
    }

    private static List<List<Rows>> splitGroups(List<Rows> rows, double holdout, long seed) {
        Set<String> groups = new TreeSet<>();
        for (Rows r : rows) {
            groups.add(r.sentence().group());
        }
        List<String> order = new ArrayList<>(groups);
        shuffle(order, new SplittableRandom(seed ^ 0x5DEECE66DL));
        Set<String> held = new java.util.HashSet<>(order.subList(0, (int) Math.ceil(order.size() * holdout)));
        List<Rows> train = new ArrayList<>();
        List<Rows> test = new ArrayList<>();
        for (Rows r : rows) {
            (held.contains(r.sentence().group()) ? test : train).add(r);
        }
        if (train.isEmpty()) {
            train = test;
        }
        return List.of(train, test);
    }

    private static <T> void shuffle(List<T> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    private double[] fit(List<Rows> rows, long seed) {
        List<int[]> xi = new ArrayList<>();
        List<double[]> xv = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        for (Rows r : rows) {
            xi.addAll(r.idx());
            xv.addAll(r.val());
            for (boolean b : r.labels()) {
                y.add(b);
            }
        }
        if (!y.contains(Boolean.TRUE)) {
            throw new IllegalArgumentException("no marked words in the training sentences");
        }
        double[] w = new double[TrainedWordModel.dimensions(options.hashBits())];
        int[] order = new int[y.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        // the weights after each epoch of the second half are averaged: steadier than the last SGD step
        double[] avg = new double[w.length];
        int averaged = 0;
        for (int epoch = 0; epoch < options.epochs(); epoch++) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            double rate = options.learningRate() / Math.sqrt(1 + epoch);
            for (int k : order) {
                int[] idx = xi.get(k);
                double[] val = xv.get(k);
                double z = 0;
                for (int f = 0; f < idx.length; f++) {
                    z += w[idx[f]] * val[f];
                }
                double g = TrainedWordModel.sigmoid(z) - (y.get(k) ? 1 : 0);
                for (int f = 0; f < idx.length; f++) {
                    w[idx[f]] -= rate * (g * val[f] + options.l2() * w[idx[f]]);
                }
            }
            if (epoch >= options.epochs() / 2) {
                for (int i = 0; i < w.length; i++) {
                    avg[i] += w[i];
                }
                averaged++;
            }
        }
        for (int i = 0; i < avg.length; i++) {
            avg[i] /= averaged;
        }
        return avg;
    }

    /** Word threshold maximising word F1 and sentence threshold maximising macro-F1 on held-out rows. */
    private double[] chooseThresholds(double[] w, List<Rows> held) {
        List<double[]> wordScores = new ArrayList<>();
        List<double[]> sentences = new ArrayList<>();
        for (Rows r : held) {
            double max = 0;
            for (int k = 0; k < r.labels().length; k++) {
                double z = 0;
                int[] idx = r.idx().get(k);
                double[] val = r.val().get(k);
                for (int f = 0; f < idx.length; f++) {
                    z += w[idx[f]] * val[f];
                }
                double p = TrainedWordModel.sigmoid(z);
                max = Math.max(max, p);
                wordScores.add(new double[] {p, r.labels()[k] ? 1 : 0});
            }
            sentences.add(new double[] {max, r.sentence().biased() ? 1 : 0});
        }
        double[] wordF1 = new double[100];
        double[] macro = new double[100];
        for (int step = 1; step < 100; step++) {
            double t = step / 100.0;
            wordF1[step] = f1(wordScores, t);
            macro[step] = (f1(sentences, t) + f1Negative(sentences, t)) / 2;
        }
        double bestWord = plateauMiddle(wordF1);
        double bestSentence = plateauMiddle(macro);
        return new double[] {bestWord, bestSentence};
    }

    /** The middle of the thresholds (in hundredths) that reach the best value: ties are common on small data. */
    private static double plateauMiddle(double[] values) {
        double best = -1;
        for (int i = 1; i < values.length; i++) {
            best = Math.max(best, values[i]);
        }
        List<Integer> at = new ArrayList<>();
        for (int i = 1; i < values.length; i++) {
            if (values[i] >= best - 1e-12) {
                at.add(i);
            }
        }
        return at.get(at.size() / 2) / 100.0;
    }

    private static double f1(List<double[]> scored, double t) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (double[] s : scored) {
            boolean pred = s[0] >= t;
            boolean gold = s[1] > 0;
            if (pred && gold) {
                tp++;
            } else if (pred) {
                fp++;
            } else if (gold) {
                fn++;
            }
        }
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    private static double f1Negative(List<double[]> scored, double t) {
        List<double[]> flipped = new ArrayList<>(scored.size());
        for (double[] s : scored) {
            flipped.add(new double[] {s[0] >= t ? 0 : 1, s[1] > 0 ? 0 : 1});
        }
        return f1(flipped, 0.5);
    }
}
