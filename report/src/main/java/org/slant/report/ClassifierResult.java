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
        public FeatureWeight {
            Checks.required(feature, "feature name");
            Checks.finite(weight, "weight of " + feature);
        }
    }
}
