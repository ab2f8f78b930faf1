package org.slant.cli.words;

import java.util.List;
import org.slant.analysis.classify.ClassifierSpec;

/**
 * Where a Weka word model came from, beside the classifier's own
 * {@link org.slant.analysis.classify.ModelProvenance}: enough to retrain it and to know how it was tuned.
 *
 * @param format the file format, {@link WekaWordModel#FORMAT}
 * @param slantVersion version of Slant that trained it
 * @param featureSet the training table's feature set
 * @param featureNames the training table's columns, in order
 * @param classifier the classifier and its options
 * @param seed seed of the folds and the classifier
 * @param folds folds of the grouped cross-validation the thresholds were chosen on
 * @param lexicon the lexicon the word features were computed with (apply the model with the same one)
 * @param trainingFile the training file as given
 * @param trainingFileSha256 SHA-256 of the training file's bytes
 * @param sentences labelled sentences trained on
 * @param words words (rows) trained on
 * @param marked words inside marked spans
 * @param threshold word score at or above which a word is flagged; maximises word F1 over the
 *     cross-validated predictions
 * @param sentenceThreshold highest word score at or above which a sentence is labelled biased; maximises
 *     sentence macro-F1 over the cross-validated predictions
 * @param cv word and sentence metrics of the cross-validated predictions at those thresholds
 * @param jvm the Java runtime that trained it
 */
public record WordModelProvenance(String format, String slantVersion, String featureSet, List<String> featureNames,
                                  ClassifierSpec classifier, long seed, int folds, String lexicon,
                                  String trainingFile, String trainingFileSha256, int sentences, int words, int marked,
                                  double threshold, double sentenceThreshold, WordMetrics cv, String jvm) {
    /**
     * Copies the feature names.
     *
     * @param format the file format, {@link WekaWordModel#FORMAT}
     * @param slantVersion version of Slant that trained it
     * @param featureSet the training table's feature set
     * @param featureNames the training table's columns, in order
     * @param classifier the classifier and its options
     * @param seed seed of the folds and the classifier
     * @param folds folds of the grouped cross-validation the thresholds were chosen on
     * @param lexicon the lexicon the word features were computed with (apply the model with the same one)
     * @param trainingFile the training file as given
     * @param trainingFileSha256 SHA-256 of the training file's bytes
     * @param sentences labelled sentences trained on
     * @param words words (rows) trained on
     * @param marked words inside marked spans
     * @param threshold word score at or above which a word is flagged; maximises word F1 over the cross-validated predictions
     * @param sentenceThreshold highest word score at or above which a sentence is labelled biased; maximises sentence macro-F1 over the cross-validated predictions
     * @param cv word and sentence metrics of the cross-validated predictions at those thresholds
     * @param jvm the Java runtime that trained it
     */
    public WordModelProvenance {
        if (format == null || featureSet == null || featureNames == null || classifier == null || cv == null) {
            throw new IllegalArgumentException("format, featureSet, featureNames, classifier and cv are required");
        }
        featureNames = List.copyOf(featureNames);
        if (!(threshold >= 0 && threshold <= 1) || !(sentenceThreshold >= 0 && sentenceThreshold <= 1)) {
            throw new IllegalArgumentException("thresholds must be in [0, 1]: " + threshold + ", " + sentenceThreshold);
        }
    }
}
