/**
 * Classifiers behind a typed adapter over Weka: {@link org.slant.analysis.classify.ClassifierSpec} chooses a
 * classifier by name with validated options, {@link org.slant.analysis.classify.Classifiers} trains,
 * cross-validates (plain or grouped by outlet, story or article) and evaluates on given splits, and a
 * {@link org.slant.analysis.classify.TrainedModel} predicts, explains itself and is saved with its
 * {@link org.slant.analysis.classify.ModelProvenance}. No Weka type appears in this API.
 */
package org.slant.analysis.classify;
