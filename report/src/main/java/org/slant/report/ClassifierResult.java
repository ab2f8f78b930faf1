package org.slant.report;

import java.util.List;

/**
 * How well a classifier tells outlets (or labels) apart from framing features.
 *
 * @param name the classifier and its options, e.g. {@code NaiveBayes}
 * @param evaluation how it was evaluated, e.g. {@code 10-fold CV grouped by outlet, seed 42}
 * @param classes class names, in confusion-matrix order
 * @param confusion rows are actual classes, columns predicted, in {@code classes} order
 * @param perClass precision, recall and F1 per class
 * @param accuracy share of correct predictions
 * @param macroF1 unweighted mean of the per-class F1
 * @param topFeatures the most informative features, with weights
 */
public record ClassifierResult(String name, String evaluation, List<String> classes, List<List<Long>> confusion,
                               List<ClassScore> perClass, double accuracy, double macroF1,
                               List<FeatureWeight> topFeatures) {
    /**
     * Validates the result: a null evaluation becomes empty, lists are copied unmodifiably, null meaning
     * none.
     *
     * @param name the classifier and its options; not null or blank
     * @param evaluation how it was evaluated; may be null
     * @param classes class names; may be null, must not contain null
     * @param confusion square matrix, one row and one column per class; rows must not contain null
     * @param perClass per-class scores; may be null, must not contain null
     * @param accuracy share of correct predictions, in [0, 1]
     * @param macroF1 macro-averaged F1, in [0, 1]
     * @param topFeatures the most informative features; may be null, must not contain null
     * @throws IllegalArgumentException if {@code name} is null or blank, a list contains null, the
     *     confusion matrix is not {@code classes.size()} square, or a score is outside [0, 1]
     */
    public ClassifierResult {
        Checks.required(name, "classifier name");
        evaluation = evaluation == null ? "" : evaluation;
        classes = Checks.list(classes, "classes");
        confusion = Checks.list(confusion, "confusion matrix").stream().map(r -> Checks.list(r, "confusion row")).toList();
        int k = classes.size();
        if (confusion.size() != k || confusion.stream().anyMatch(r -> r.size() != k)) {
            throw new IllegalArgumentException("classifier " + name + ": confusion matrix must be " + k + " x " + k);
        }
        perClass = Checks.list(perClass, "per-class scores");
        Checks.probability(accuracy, "accuracy");
        Checks.probability(macroF1, "macro-F1");
        topFeatures = Checks.list(topFeatures, "top features");
    }

    /**
     * Scores of one class.
     *
     * @param cls class name
     * @param precision precision
     * @param recall recall
     * @param f1 F1
     * @param support number of instances of the class
     */
    public record ClassScore(String cls, double precision, double recall, double f1, long support) {
        /**
         * Validates the scores.
         *
         * @param cls class name; not null or blank
         * @param precision precision, in [0, 1]
         * @param recall recall, in [0, 1]
         * @param f1 F1, in [0, 1]
         * @param support number of instances; 0 or more
         * @throws IllegalArgumentException if {@code cls} is null or blank, a score is outside [0, 1] or
         *     {@code support} is negative
         */
        public ClassScore {
            Checks.required(cls, "class name");
            Checks.probability(precision, "precision of " + cls);
            Checks.probability(recall, "recall of " + cls);
            Checks.probability(f1, "F1 of " + cls);
            Checks.count(support, "support of " + cls);
        }
    }

    /**
     * A feature's weight for a class.
     *
     * @param cls the class it speaks for; may be null when weights are not per class
     * @param feature feature name
     * @param weight weight or importance
     */
    public record FeatureWeight(String cls, String feature, double weight) {
        /**
         * Validates the weight.
         *
         * @param cls the class it speaks for; may be null
         * @param feature feature name; not null or blank
         * @param weight weight or importance; finite
         * @throws IllegalArgumentException if {@code feature} is null or blank, or {@code weight} is NaN or
         *     infinite
         */
        public FeatureWeight {
            Checks.required(feature, "feature name");
            Checks.finite(weight, "weight of " + feature);
        }
    }
}
