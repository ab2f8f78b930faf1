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
    public CrossValidation {
        if (folds < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds: " + folds);
        }
        if (groupBy == null) {
            groupBy = GroupBy.NONE;
        }
    }

    /** Plain k-fold. */
    public static CrossValidation kFold(int k) {
        return new CrossValidation(k, GroupBy.NONE);
    }

    /** Grouped k-fold. */
    public static CrossValidation grouped(int k, GroupBy by) {
        return new CrossValidation(k, by);
    }
}
