package org.slant.analysis.classify;

/**
 * A k-fold cross-validation plan. Folds are made from the seed alone: groups (or rows) are shuffled with
 * {@code new SplittableRandom(seed)} and dealt, largest first, each to the fold where its classes are
 * scarcest so far (relative to each class's total): folds are stratified by label as far as the groups allow.
 *
 * @param folds number of folds, at least 2
 * @param groupBy what must not be split across folds
 */
public record CrossValidation(int folds, GroupBy groupBy) {
    /**
     * Validates the plan; a null {@code groupBy} becomes {@link GroupBy#NONE}.
     *
     * @param folds number of folds, at least 2
     * @param groupBy what must not be split across folds, or null for nothing
     * @throws IllegalArgumentException if {@code folds} is less than 2
     */
    public CrossValidation {
        if (folds < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds: " + folds);
        }
        if (groupBy == null) {
            groupBy = GroupBy.NONE;
        }
    }

    /**
     * Plans plain k-fold over rows, stratified by label.
     *
     * @param k number of folds, at least 2
     * @return the plan, grouped by {@link GroupBy#NONE}
     * @throws IllegalArgumentException if {@code k} is less than 2
     */
    public static CrossValidation kFold(int k) {
        return new CrossValidation(k, GroupBy.NONE);
    }

    /**
     * Plans grouped k-fold: rows of one group never straddle training and test folds.
     *
     * @param k number of folds, at least 2
     * @param by what keeps rows together; null for nothing
     * @return the plan
     * @throws IllegalArgumentException if {@code k} is less than 2
     */
    public static CrossValidation grouped(int k, GroupBy by) {
        return new CrossValidation(k, by);
    }
}
