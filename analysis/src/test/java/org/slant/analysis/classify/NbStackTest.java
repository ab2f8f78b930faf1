package org.slant.analysis.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slant.analysis.AnalysisException;
import org.slant.analysis.table.FeatureTable;

class NbStackTest {
    private static final ClassifierSpec STACK = ClassifierSpec.parse("nb-stack", Map.of());
    private static final CrossValidation BY_OUTLET = CrossValidation.grouped(3, GroupBy.OUTLET);

    @Test
    void learnsFromTheWordsWhenOnlyTheWordsSeparateTheClasses() throws AnalysisException {
        Evaluation e = Classifiers.crossValidate(Fixtures.wordsAndSignal(1, true, false), STACK, BY_OUTLET, 7);
        assertTrue(e.macroF1() > 0.9, e.summary());
    }

    @Test
    void learnsFromTheDenseColumnsWhenTheWordsCarryNoSignal() throws AnalysisException {
        FeatureTable t = Fixtures.wordsAndSignal(2, false, true);
        Evaluation stacked = Classifiers.crossValidate(t, STACK, BY_OUTLET, 7);
        assertTrue(stacked.macroF1() > 0.9, stacked.summary());
        // naive Bayes on the same table reads every column as a count and misses most of it
        Evaluation nb = Classifiers.crossValidate(t, new ClassifierSpec.NaiveBayes(true), BY_OUTLET, 7);
        assertTrue(nb.macroF1() < stacked.macroF1() - 0.1, nb.summary());
    }

    @Test
    void sameSeedSamePredictions() throws AnalysisException {
        FeatureTable t = Fixtures.wordsAndSignal(3, true, true);
        assertEquals(Classifiers.crossValidate(t, STACK, BY_OUTLET, 11), Classifiers.crossValidate(t, STACK, BY_OUTLET, 11));
    }

    @Test
    void tuningPicksOneOfTheCandidateRidgesAndAFixedRidgeStaysAsGiven() throws AnalysisException {
        FeatureTable t = Fixtures.wordsAndSignal(4, true, true);
        String tuned = Classifiers.train(t, new ClassifierSpec.NbStack(3, 1.0, true, 1.0), 1).describe();
        assertTrue(tuned.matches("(?s).*\\(ridge (0\\.1|1\\.0|10\\.0|100\\.0), tuned\\).*"), tuned);
        String fixed = Classifiers.train(t, new ClassifierSpec.NbStack(3, 2.5, false, 1.0), 1).describe();
        assertTrue(fixed.contains("(ridge 2.5)"), fixed);
    }

    @Test
    void aTableWithoutWordColumnsIsAClearError() {
        AnalysisException e = assertThrows(AnalysisException.class, () -> Classifiers.train(Fixtures.outlets(1), STACK, 1));
        assertTrue(e.getMessage().contains("needs word columns"), e.getMessage());
    }

    @Test
    void optionsAreTypedAndValidated() {
        assertEquals(new ClassifierSpec.NbStack(5, 10.0, true, 1.0), STACK);
        assertEquals(new ClassifierSpec.NbStack(3, 0.5, false, 0.1),
                ClassifierSpec.parse("nb-stack", Map.of("folds", "3", "ridge", "0.5", "tuneRidge", "false", "alpha", "0.1")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ClassifierSpec.parse("nb-stack", Map.of("folds", "1")));
        assertTrue(e.getMessage().contains("folds must be in 2..20: 1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ClassifierSpec.parse("nb-stack", Map.of("ridge", "-1")));
        assertTrue(e.getMessage().contains("ridge must be a finite number >= 0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ClassifierSpec.parse("nb-stack", Map.of("alpha", "0")));
        assertTrue(e.getMessage().contains("alpha must be a finite number > 0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ClassifierSpec.parse("nb-stack", Map.of("lambda", "1")));
        assertTrue(e.getMessage().contains("valid: alpha, folds, ridge, tuneRidge"), e.getMessage());
    }
}
