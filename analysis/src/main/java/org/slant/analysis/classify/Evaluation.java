package org.slant.analysis.classify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How well a classifier did on held-out rows.
 *
 * @param classifier what was evaluated
 * @param protocol how, e.g. {@code "5-fold cv grouped by OUTLET"} or {@code "train/test"}
 * @param seed the seed used for folds and classifiers
 * @param classes class order of the matrix and the per-class metrics
 * @param confusion counts, row = actual class, column = predicted class
 * @param accuracy correct over all evaluated rows
 * @param macroF1 mean F1 over the classes that occur in the evaluated rows
 * @param perClass metrics per class, in class order
 * @param predictions every evaluated row's prediction, in table order
 */
public record Evaluation(ClassifierSpec classifier, String protocol, long seed, List<String> classes,
        List<List<Integer>> confusion, double accuracy, double macroF1, List<ClassMetrics> perClass,
        List<Prediction> predictions) {

    /**
     * Copies the lists, the confusion matrix row by row.
     *
     * @param classifier what was evaluated
     * @param protocol how it was evaluated
     * @param seed the seed used
     * @param classes class order; not null
     * @param confusion counts, row = actual, column = predicted; not null
     * @param accuracy correct over all evaluated rows
     * @param macroF1 mean F1 over the classes that occur
     * @param perClass metrics per class; not null
     * @param predictions every evaluated row's prediction; not null
     */
    public Evaluation {
        classes = List.copyOf(classes);
        confusion = confusion.stream().map(List::copyOf).toList();
        perClass = List.copyOf(perClass);
        predictions = List.copyOf(predictions);
    }

    /**
     * Computes the metrics of labelled predictions; unlabelled predictions are kept but not scored.
     *
     * @param classifier what was evaluated
     * @param protocol how, for the summary
     * @param seed the seed used for folds and classifiers
     * @param classes every class a prediction may name, in the order of the matrix
     * @param predictions the predictions, in table order
     * @return the evaluation; accuracy and macro-F1 are 0 without labelled predictions
     * @throws NullPointerException if a labelled prediction names a class outside {@code classes}
     */
    public static Evaluation of(ClassifierSpec classifier, String protocol, long seed, List<String> classes,
            List<Prediction> predictions) {
        Map<String, Integer> idx = new HashMap<>();
        for (int i = 0; i < classes.size(); i++) {
            idx.put(classes.get(i), i);
        }
        int k = classes.size();
        int[][] m = new int[k][k];
        int correct = 0;
        int n = 0;
        for (Prediction p : predictions) {
            if (p.actual() == null) {
                continue;
            }
            m[idx.get(p.actual())][idx.get(p.predicted())]++;
            n++;
            if (p.actual().equals(p.predicted())) {
                correct++;
            }
        }
        List<ClassMetrics> per = new ArrayList<>();
        double f1Sum = 0;
        int present = 0;
        for (int c = 0; c < k; c++) {
            int tp = m[c][c];
            int support = 0;
            int predicted = 0;
            for (int j = 0; j < k; j++) {
                support += m[c][j];
                predicted += m[j][c];
            }
            double p = predicted == 0 ? 0 : (double) tp / predicted;
            double r = support == 0 ? 0 : (double) tp / support;
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            per.add(new ClassMetrics(classes.get(c), p, r, f, support));
            if (support > 0) {
                f1Sum += f;
                present++;
            }
        }
        List<List<Integer>> conf = new ArrayList<>();
        for (int[] row : m) {
            conf.add(java.util.Arrays.stream(row).boxed().toList());
        }
        return new Evaluation(classifier, protocol, seed, classes, conf, n == 0 ? 0 : (double) correct / n,
                present == 0 ? 0 : f1Sum / present, per, predictions);
    }

    /**
     * Formats the evaluation for a terminal, numbers in {@link java.util.Locale#ROOT}.
     *
     * @return lines of accuracy and macro-F1, a per-class table and the confusion matrix
     */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(java.util.Locale.ROOT, "%s, %s, seed %d%naccuracy %.4f  macro-F1 %.4f%n",
                classifier.name(), protocol, seed, accuracy, macroF1));
        sb.append(String.format(java.util.Locale.ROOT, "%-16s %9s %9s %9s %8s%n", "class", "precision", "recall", "f1", "n"));
        for (ClassMetrics c : perClass) {
            sb.append(String.format(java.util.Locale.ROOT, "%-16s %9.4f %9.4f %9.4f %8d%n", c.label(), c.precision(),
                    c.recall(), c.f1(), c.support()));
        }
        sb.append("confusion (rows actual, columns predicted): ").append(classes).append('\n');
        for (int i = 0; i < classes.size(); i++) {
            sb.append(String.format(java.util.Locale.ROOT, "%-16s %s%n", classes.get(i), confusion.get(i)));
        }
        return sb.toString();
    }
}
