package org.slant.analysis.classify;

import java.util.List;

/**
 * A prediction for one row.
 *
 * @param id the row id
 * @param actual the row's label; null when unlabelled
 * @param predicted the most probable class (the first in class order on a tie)
 * @param probabilities one probability per class, in the model's class order
 * @param fold the cross-validation fold the row was tested in; -1 outside cross-validation
 */
public record Prediction(String id, String actual, String predicted, List<Double> probabilities, int fold) {
    /**
     * Copies the probabilities.
     *
     * @param id the row id
     * @param actual the row's label, or null
     * @param predicted the most probable class
     * @param probabilities one probability per class; not null
     * @param fold the test fold, or -1
     */
    public Prediction {
        probabilities = List.copyOf(probabilities);
    }
}
