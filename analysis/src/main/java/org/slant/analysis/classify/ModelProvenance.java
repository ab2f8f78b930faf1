package org.slant.analysis.classify;

import java.util.List;

/**
 * Where a trained model came from; enough to retrain it.
 *
 * @param slantVersion version of Slant that trained it
 * @param featureSet name and version of the feature set of the training table
 * @param featureNames the training table's columns, in order
 * @param classes the class labels, in the model's order
 * @param classifier the classifier and its options
 * @param trainingRows number of labelled rows trained on
 * @param trainingDataSha256 SHA-256 of the training rows (ids, labels, values) and column names
 * @param seed the seed the classifier was trained with
 * @param rowWeights how the training rows were weighted
 * @param jvm the Java runtime that trained it
 */
public record ModelProvenance(String slantVersion, String featureSet, List<String> featureNames, List<String> classes,
        ClassifierSpec classifier, int trainingRows, String trainingDataSha256, long seed, RowWeights rowWeights, String jvm) {
    /**
     * Copies both lists.
     *
     * @param slantVersion version of Slant that trained it
     * @param featureSet name and version of the feature set
     * @param featureNames the training table's columns; not null
     * @param classes the class labels; not null
     * @param classifier the classifier and its options
     * @param trainingRows number of labelled rows trained on
     * @param trainingDataSha256 SHA-256 of the training data, hexadecimal
     * @param seed the training seed
     * @param rowWeights how the training rows were weighted
     * @param jvm the Java runtime that trained it
     */
    public ModelProvenance {
        featureNames = List.copyOf(featureNames);
        classes = List.copyOf(classes);
    }
}
