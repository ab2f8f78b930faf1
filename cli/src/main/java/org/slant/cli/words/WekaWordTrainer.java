package org.slant.cli.words;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.slant.analysis.AnalysisException;
import org.slant.analysis.classify.ClassifierSpec;
import org.slant.analysis.classify.Classifiers;
import org.slant.analysis.classify.CrossValidation;
import org.slant.analysis.classify.GroupBy;
import org.slant.analysis.classify.Prediction;
import org.slant.analysis.classify.TrainedModel;
import org.slant.features.lexicon.LabelledSentence;
import org.slant.features.lexicon.WordScorer;

/**
 * Trains {@link WekaWordModel}s: builds the {@link WordTable}, cross-validates grouped by the sentences'
 * groups (a group's words never straddle a split), picks the word threshold that maximises word F1 and the
 * sentence threshold that maximises sentence macro-F1 over the out-of-fold predictions, then trains on
 * everything. Deterministic for a given seed; immutable, so safe to share between threads.
 *
 * @param scorer computes the word features (its model is ignored)
 * @param classifier the Weka classifier and its options
 * @param folds folds of the grouped cross-validation, at least 2
 * @param seed seed of the folds and the classifier
 * @param lexicon description of the scorer's lexicon, recorded in the provenance
 */
public record WekaWordTrainer(WordScorer scorer, ClassifierSpec classifier, int folds, long seed, String lexicon) {

    /**
     * Validates the settings.
     *
     * @param scorer computes the word features (its model is ignored)
     * @param classifier the Weka classifier and its options
     * @param folds folds of the grouped cross-validation, at least 2
     * @param seed seed of the folds and the classifier
     * @param lexicon description of the scorer's lexicon, recorded in the provenance
     */
    public WekaWordTrainer {
        if (scorer == null || classifier == null || lexicon == null) {
            throw new IllegalArgumentException("scorer, classifier and lexicon are required");
        }
        if (folds < 2) {
            throw new IllegalArgumentException("folds must be >= 2: " + folds);
        }
    }

    /**
     * Out-of-fold word scores of a grouped cross-validation with the thresholds chosen on them.
     *
     * @param table the table that was cross-validated
     * @param scores the out-of-fold score of each word, in the table's order
     * @param threshold the chosen word threshold
     * @param sentenceThreshold the chosen sentence threshold
     * @param metrics quality at those thresholds (the thresholds were tuned on these same predictions, so
     *     the numbers are slightly optimistic)
     */
    public record CrossValidated(WordTable table, List<Double> scores, double threshold, double sentenceThreshold,
                                 WordMetrics metrics) {
        /**
         * Copies the scores.
         *
         * @param table the table that was cross-validated
         * @param scores the out-of-fold score of each word, in the table's order
         * @param threshold the chosen word threshold
         * @param sentenceThreshold the chosen sentence threshold
         * @param metrics quality at those thresholds (the thresholds were tuned on these same predictions, so the numbers are slightly optimistic)
         */
        public CrossValidated {
            scores = List.copyOf(scores);
        }
    }

    /**
     * Cross-validates on {@code data}.
     *
     * @param data labelled sentences, grouped by their source article
     * @return the out-of-fold scores and the thresholds chosen on them
     * @throws AnalysisException if there are fewer groups than folds, no marked word, or Weka fails
     */
    public CrossValidated crossValidate(List<LabelledSentence> data) throws AnalysisException {
        WordTable t = WordTable.build(data, scorer);
        if (t.words().stream().noneMatch(WordTable.Word::marked)) {
            throw new AnalysisException("no word of the " + data.size() + " sentences lies in a marked span");
        }
        int[] fold = Classifiers.folds(t.table(), Classifiers.labelled(t.table()),
                CrossValidation.grouped(folds, GroupBy.STORY), seed);
        double[] scores = new double[t.words().size()];
        for (int f = 0; f < folds; f++) {
            // priors of a fold come from the other folds only: a held-out word must not see held-out labels
            List<WordTable.Word> train = new ArrayList<>();
            List<WordTable.Word> test = new ArrayList<>();
            List<Integer> testAt = new ArrayList<>();
            for (int i = 0; i < fold.length; i++) {
                if (fold[i] == f) {
                    test.add(t.words().get(i));
                    testAt.add(i);
                } else {
                    train.add(t.words().get(i));
                }
            }
            if (test.isEmpty()) {
                continue;
            }
            WordTable tt = WordTable.of(train);
            if (train.stream().noneMatch(WordTable.Word::marked)) {
                throw new AnalysisException("fold " + (f + 1) + ": no marked word outside it to train on");
            }
            TrainedModel m = Classifiers.train(tt.table(), classifier, seed);
            int markedClass = m.provenance().classes().indexOf(WordTable.MARKED);
            List<Prediction> p = m.predict(WordTable.apply(test, tt.priors()));
            for (int j = 0; j < p.size(); j++) {
                scores[testAt.get(j)] = p.get(j).probabilities().get(markedClass);
            }
        }
        boolean[] gold = new boolean[scores.length];
        for (int i = 0; i < gold.length; i++) {
            gold[i] = t.words().get(i).marked();
        }
        double threshold = bestWordThreshold(scores, gold);
        double[] maxPerSentence = sentenceMaxima(t, scores, data.size());
        boolean[] biased = new boolean[data.size()];
        for (int s = 0; s < biased.length; s++) {
            biased[s] = data.get(s).biased();
        }
        double sentenceThreshold = bestSentenceThreshold(maxPerSentence, biased);
        List<Double> list = new ArrayList<>(scores.length);
        for (double d : scores) {
            list.add(d);
        }
        return new CrossValidated(t, list, threshold, sentenceThreshold,
                metrics(scores, gold, threshold, maxPerSentence, biased, sentenceThreshold));
    }

    /**
     * Cross-validates for the thresholds, then trains on all of {@code data}.
     *
     * @param data labelled sentences, grouped by their source article
     * @return the trained model
     * @param trainingFile the training file as given, for the provenance
     * @param sha256 SHA-256 of the training file's bytes
     * @throws AnalysisException as {@link #crossValidate} does, or when Weka fails
     */
    public WekaWordModel train(List<LabelledSentence> data, String trainingFile, String sha256)
            throws AnalysisException {
        return train(data, crossValidate(data), trainingFile, sha256);
    }

    /**
     * Trains on all of {@code data} with the thresholds of {@code cv}, which must be this trainer's
     * {@link #crossValidate} of the same data.
     *
     * @param data labelled sentences, grouped by their source article
     * @param cv this trainer's cross-validation of {@code data}
     * @param trainingFile the training file as given, for the provenance
     * @param sha256 SHA-256 of the training file's bytes
     * @return the trained model
     * @throws AnalysisException when Weka fails
     */
    public WekaWordModel train(List<LabelledSentence> data, CrossValidated cv, String trainingFile, String sha256)
            throws AnalysisException {
        TrainedModel m = Classifiers.train(cv.table().table(), classifier, seed);
        int marked = (int) cv.table().words().stream().filter(WordTable.Word::marked).count();
        WordModelProvenance p = new WordModelProvenance(WekaWordModel.FORMAT, Classifiers.slantVersion(),
                WordTable.FEATURE_SET, WordTable.COLUMN_NAMES, classifier, seed, folds, lexicon, trainingFile, sha256,
                data.size(), cv.table().words().size(), marked, cv.threshold(), cv.sentenceThreshold(), cv.metrics(),
                System.getProperty("java.vendor") + " " + System.getProperty("java.version"));
        return new WekaWordModel(m, cv.table().priors(), p);
    }

    static double[] sentenceMaxima(WordTable t, double[] scores, int sentences) {
        double[] max = new double[sentences];
        for (int i = 0; i < scores.length; i++) {
            int s = t.words().get(i).sentence();
            max[s] = Math.max(max[s], scores[i]);
        }
        return max;
    }

    /** The score threshold (flag at or above) with the highest F1; ties go to the higher threshold. */
    static double bestWordThreshold(double[] scores, boolean[] gold) {
        Integer[] order = byScoreDescending(scores);
        int positives = 0;
        for (boolean g : gold) {
            positives += g ? 1 : 0;
        }
        double best = -1;
        double threshold = 1;
        int tp = 0;
        for (int k = 0; k < order.length; k++) {
            tp += gold[order[k]] ? 1 : 0;
            if (k + 1 < order.length && scores[order[k + 1]] == scores[order[k]]) {
                continue; // a threshold cannot separate equal scores
            }
            double f1 = 2.0 * tp / (k + 1 + positives);
            if (f1 > best) {
                best = f1;
                threshold = scores[order[k]];
            }
        }
        return threshold;
    }

    /** The threshold on a sentence's highest word score with the highest macro-F1 over both labels. */
    static double bestSentenceThreshold(double[] maxima, boolean[] biased) {
        Integer[] order = byScoreDescending(maxima);
        int pos = 0;
        for (boolean b : biased) {
            pos += b ? 1 : 0;
        }
        int n = maxima.length;
        double best = -1;
        double threshold = 1;
        int tp = 0;
        for (int k = 0; k < n; k++) {
            tp += biased[order[k]] ? 1 : 0;
            if (k + 1 < n && maxima[order[k + 1]] == maxima[order[k]]) {
                continue;
            }
            int predictedPos = k + 1;
            int fp = predictedPos - tp;
            int fn = pos - tp;
            int tn = n - predictedPos - fn;
            double f1Pos = 2.0 * tp / Math.max(1, 2 * tp + fp + fn);
            double f1Neg = 2.0 * tn / Math.max(1, 2 * tn + fn + fp);
            double macro = (f1Pos + f1Neg) / 2;
            if (macro > best) {
                best = macro;
                threshold = maxima[order[k]];
            }
        }
        return threshold;
    }

    static WordMetrics metrics(double[] scores, boolean[] gold, double threshold, double[] maxima, boolean[] biased,
                               double sentenceThreshold) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < scores.length; i++) {
            boolean flag = scores[i] >= threshold;
            tp += flag && gold[i] ? 1 : 0;
            fp += flag && !gold[i] ? 1 : 0;
            fn += !flag && gold[i] ? 1 : 0;
        }
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        int[][] c = new int[2][2];
        for (int s = 0; s < maxima.length; s++) {
            c[biased[s] ? 1 : 0][maxima[s] >= sentenceThreshold ? 1 : 0]++;
        }
        double acc = maxima.length == 0 ? 0 : (double) (c[0][0] + c[1][1]) / maxima.length;
        double f1Pos = 2.0 * c[1][1] / Math.max(1, 2 * c[1][1] + c[0][1] + c[1][0]);
        double f1Neg = 2.0 * c[0][0] / Math.max(1, 2 * c[0][0] + c[1][0] + c[0][1]);
        return new WordMetrics(p, r, f1, acc, (f1Pos + f1Neg) / 2);
    }

    private static Integer[] byScoreDescending(double[] scores) {
        Integer[] order = new Integer[scores.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
        return order;
    }
}
