package org.slant.analysis.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slant.analysis.AnalysisException;
import org.slant.analysis.internal.Json;
import org.slant.analysis.table.Column;
import org.slant.analysis.table.FeatureTable;

class ClassifiersTest {

    static List<ClassifierSpec> specs() {
        return List.copyOf(ClassifierSpec.defaults().values());
    }

    @ParameterizedTest
    @MethodSource("specs")
    void everyClassifierLearnsTheSignalOnUnseenOutlets(ClassifierSpec spec) throws AnalysisException {
        Evaluation e = Classifiers.crossValidate(Fixtures.forSpec(spec, 1), spec, CrossValidation.grouped(3, GroupBy.OUTLET), 7);
        assertEquals(120, e.predictions().size());
        assertTrue(e.macroF1() > 0.9, spec.name() + ": " + e.summary());
    }

    @ParameterizedTest
    @MethodSource("specs")
    void savedModelsPredictTheSameAfterLoading(ClassifierSpec spec, @TempDir Path dir) throws AnalysisException {
        FeatureTable t = Fixtures.forSpec(spec, 2);
        TrainedModel m = Classifiers.train(t, spec, 3);
        Path file = dir.resolve("m.model");
        m.save(file);
        TrainedModel back = TrainedModel.load(file);
        assertEquals(m.provenance(), back.provenance());
        assertEquals(m.predict(t), back.predict(t));
    }

    @Test
    void sameSeedGivesTheSameNumbersAndAnotherSeedOtherFolds() throws AnalysisException {
        FeatureTable t = Fixtures.outlets(3);
        ClassifierSpec rf = new ClassifierSpec.RandomForest(10, 0, 0);
        CrossValidation cv = CrossValidation.kFold(5);
        Evaluation a = Classifiers.crossValidate(t, rf, cv, 11);
        Evaluation b = Classifiers.crossValidate(t, rf, cv, 11);
        assertEquals(a, b);
        ClassifierSpec softmax = new ClassifierSpec.Softmax(1e-4, 5, 0.5);
        assertEquals(Classifiers.crossValidate(t, softmax, cv, 11, RowWeights.OUTLET_BALANCED),
                Classifiers.crossValidate(t, softmax, cv, 11, RowWeights.OUTLET_BALANCED));
        int[] f1 = Classifiers.folds(t, Classifiers.labelled(t), cv, 11);
        int[] f2 = Classifiers.folds(t, Classifiers.labelled(t), cv, 12);
        assertFalse(java.util.Arrays.equals(f1, f2));
    }

    @Test
    void trainTestEvaluationTrainsWithTheGivenRowWeights() throws AnalysisException {
        FeatureTable train = Fixtures.outlets(3);
        FeatureTable test = Fixtures.outlets(4);
        ClassifierSpec softmax = new ClassifierSpec.Softmax(1e-4, 5, 0.5);
        Evaluation weighted = Classifiers.evaluate(train, test, softmax, 11, RowWeights.OUTLET_BALANCED);
        assertEquals(Classifiers.train(train, softmax, 11, RowWeights.OUTLET_BALANCED).predict(test.filter(r -> r.label() != null)),
                weighted.predictions());
        assertTrue(weighted.protocol().contains("OUTLET_BALANCED"), weighted.protocol());
        assertEquals(Classifiers.evaluate(train, test, softmax, 11), Classifiers.evaluate(train, test, softmax, 11, RowWeights.UNIFORM));
    }

    @Test
    void foldsRunConcurrentlyGiveWhatTrainingEachFoldInTurnGives() throws AnalysisException {
        FeatureTable t = Fixtures.outlets(3);
        ClassifierSpec nb = ClassifierSpec.defaults().get("naive-bayes");
        CrossValidation cv = CrossValidation.grouped(3, GroupBy.OUTLET);
        Evaluation e = Classifiers.crossValidate(t, nb, cv, 7);
        List<Integer> rows = Classifiers.labelled(t);
        int[] fold = Classifiers.folds(t, rows, cv, 7);
        Map<String, Prediction> expected = new HashMap<>();
        for (int f = 0; f < cv.folds(); f++) {
            List<Integer> train = new java.util.ArrayList<>();
            List<Integer> test = new java.util.ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                (fold[i] == f ? test : train).add(rows.get(i));
            }
            TrainedModel m = Classifiers.train(t.select(train), nb, 7);
            for (int p : test) {
                expected.put(t.rows().get(p).id(), m.predict(t.rows().get(p), f));
            }
        }
        assertEquals(expected.size(), e.predictions().size());
        for (Prediction p : e.predictions()) {
            assertEquals(expected.get(p.id()), p);
        }
    }

    @Test
    void groupedFoldsKeepEachOutletInOneFold() throws AnalysisException {
        FeatureTable t = Fixtures.outlets(4);
        int[] fold = Classifiers.folds(t, Classifiers.labelled(t), CrossValidation.grouped(3, GroupBy.OUTLET), 5);
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < fold.length; i++) {
            Integer prev = seen.putIfAbsent(t.rows().get(i).outlet(), fold[i]);
            assertTrue(prev == null || prev == fold[i], "outlet split across folds");
        }
        assertEquals(3, new java.util.HashSet<>(seen.values()).size());
    }

    @Test
    void tooFewGroupsForTheFoldsIsAClearError() {
        AnalysisException e = assertThrows(AnalysisException.class, () -> Classifiers.crossValidate(Fixtures.outlets(1),
                new ClassifierSpec.NaiveBayes(false), CrossValidation.grouped(10, GroupBy.OUTLET), 1));
        assertTrue(e.getMessage().contains("only 6 distinct outlet groups for 10 folds"), e.getMessage());
    }

    @Test
    void aModelRefusesATableOfAnotherFeatureSet() throws AnalysisException {
        FeatureTable t = Fixtures.outlets(1);
        TrainedModel m = Classifiers.train(t, new ClassifierSpec.NaiveBayes(false), 1);
        FeatureTable other = new FeatureTable("other/2", t.columns(), t.rows());
        AnalysisException e = assertThrows(AnalysisException.class, () -> m.predict(other));
        assertTrue(e.getMessage().contains("'fixture/1'") && e.getMessage().contains("'other/2'"), e.getMessage());
        FeatureTable renamed = new FeatureTable("fixture/1", List.of(Column.named("signal"), Column.named("loud")),
                t.rows());
        e = assertThrows(AnalysisException.class, () -> m.predict(renamed));
        assertTrue(e.getMessage().contains("column 2: model 'noise', table 'loud'"), e.getMessage());
    }

    @Test
    void singleClassAndUnlabelledTablesAreClearErrors() {
        FeatureTable t = Fixtures.outlets(1);
        FeatureTable one = t.filter(r -> r.label().equals("left"));
        AnalysisException e = assertThrows(AnalysisException.class,
                () -> Classifiers.train(one, new ClassifierSpec.J48(0.25, 2, false), 1));
        assertTrue(e.getMessage().contains("single class ('left')"), e.getMessage());
        FeatureTable none = new FeatureTable(t.featureSet(), t.columns(),
                t.rows().stream().map(r -> r.withLabel(null)).toList());
        e = assertThrows(AnalysisException.class, () -> Classifiers.train(none, new ClassifierSpec.J48(0.25, 2, false), 1));
        assertTrue(e.getMessage().contains("no labelled rows"), e.getMessage());
    }

    @Test
    void classifiersAreChosenByNameWithValidatedOptions() {
        assertEquals(new ClassifierSpec.RandomForest(10, 0, 5), ClassifierSpec.parse("random-forest",
                Map.of("trees", "10", "maxDepth", "5")));
        assertEquals(new ClassifierSpec.Sgd(ClassifierSpec.Sgd.Loss.HINGE, 1e-4, 0.05, 100, true),
                ClassifierSpec.parse("sgd", Map.of("loss", "hinge")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ClassifierSpec.parse("svm", Map.of()));
        assertTrue(e.getMessage().contains("valid: naive-bayes, logistic, j48, random-forest, linear-svm, sgd, softmax, nb-stack"),
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ClassifierSpec.parse("j48", Map.of("depth", "3")));
        assertTrue(e.getMessage().contains("unknown option 'depth' for j48; valid: confidence, minLeaf, unpruned"),
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ClassifierSpec.parse("random-forest", Map.of("trees", "0")));
        assertTrue(e.getMessage().contains("trees must be >= 1"), e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("specs")
    void specsRoundTripThroughJson(ClassifierSpec spec) throws Exception {
        String json = Json.MAPPER.writeValueAsString(spec);
        assertTrue(json.contains("\"name\":\"" + spec.name() + "\""), json);
        assertEquals(spec, Json.MAPPER.readValue(json, ClassifierSpec.class));
    }

    @Test
    void j48RulesAndInfoGainNameTheInformativeFeature() throws AnalysisException {
        FeatureTable t = Fixtures.outlets(5);
        assertTrue(Classifiers.train(t, new ClassifierSpec.J48(0.25, 2, false), 1).describe().contains("signal <="));
        assertTrue(Classifiers.train(t, new ClassifierSpec.Logistic(1e-8, 0), 1).describe().contains("signal"));
        List<FeatureRanking.Ranked> r = FeatureRanking.infoGain(t, 2);
        assertEquals("signal", r.get(0).name());
        assertTrue(r.get(0).infoGain() > 0.9 && r.get(1).infoGain() < 0.2, r.toString());
    }

    @Test
    void trainingWritesNothingIntoTheUsersHome() throws AnalysisException {
        Path home = Path.of(System.getProperty("user.home"));
        Classifiers.train(Fixtures.outlets(1), new ClassifierSpec.Logistic(1e-8, 0), 1);
        Classifiers.train(Fixtures.outlets(1), new ClassifierSpec.RandomForest(5, 0, 0), 1);
        // the package manager is what creates ~/wekafiles; make sure it has initialised, then look
        assertEquals(org.slant.analysis.internal.WekaRuntime.home().toFile(), weka.core.WekaPackageManager.WEKA_HOME);
        assertFalse(Files.exists(home.resolve("wekafiles")), "Weka created " + home.resolve("wekafiles"));
        assertTrue(org.slant.analysis.internal.WekaRuntime.home().startsWith(System.getProperty("java.io.tmpdir")));
    }

    @Test
    void metricsMatchAHandCount() {
        List<Prediction> p = List.of(
                new Prediction("1", "a", "a", List.of(), -1), new Prediction("2", "a", "b", List.of(), -1),
                new Prediction("3", "b", "b", List.of(), -1), new Prediction("4", "c", "b", List.of(), -1));
        Evaluation e = Evaluation.of(new ClassifierSpec.NaiveBayes(false), "x", 1, List.of("a", "b", "c"), p);
        assertEquals(0.5, e.accuracy());
        // a: P 1, R .5, F .6667; b: P 1/3, R 1, F .5; c: 0
        assertEquals((2.0 / 3 + 0.5 + 0) / 3, e.macroF1(), 1e-12);
        assertEquals(List.of(List.of(1, 1, 0), List.of(0, 1, 0), List.of(0, 1, 0)), e.confusion());
    }

    @Test
    void outletBalancedWeightsGiveEveryOutletOfAClassTheSameTotal() {
        FeatureTable t = Fixtures.outlets(1).filter(r -> !(r.outlet().equals("a.com") && r.id().endsWith("-1")));
        List<Integer> pos = Classifiers.labelled(t);
        double[] w = Classifiers.weights(t, pos, RowWeights.OUTLET_BALANCED);
        Map<String, Double> perOutlet = new HashMap<>();
        double sum = 0;
        for (int i = 0; i < w.length; i++) {
            perOutlet.merge(t.rows().get(pos.get(i)).outlet(), w[i], Double::sum);
            sum += w[i];
        }
        assertEquals(pos.size(), sum, 1e-9);
        assertEquals(perOutlet.get("a.com"), perOutlet.get("c.com"), 1e-9);
        assertEquals(perOutlet.get("b.com"), perOutlet.get("d.com"), 1e-9);
        double[] u = Classifiers.weights(t, pos, RowWeights.UNIFORM);
        assertEquals(1.0, u[0]);
    }

    @Test
    void aFoldRunningOutOfMemoryEndsTheRunInsteadOfBecomingAFailedFold() {
        // folds run on threads of their own: the Error must come back as itself, not as an AnalysisException
        // that callers treat as "classifier skipped"
        OutOfMemoryError thrown = assertThrows(OutOfMemoryError.class, () -> Classifiers.runFolds(3, f -> {
            if (f == 1) {
                throw new OutOfMemoryError("fold " + f);
            }
        }));
        assertEquals("fold 1", thrown.getMessage());
        AnalysisException failed = assertThrows(AnalysisException.class, () -> Classifiers.runFolds(3, f -> {
            if (f == 2) {
                throw new AnalysisException("fold " + f + " has one class");
            }
        }));
        assertEquals("fold 2 has one class", failed.getMessage());
    }

    @Test
    void foldsTrainOneAtATimeWhenTheirCopiesWouldCrowdTheHeap() {
        int cores = Runtime.getRuntime().availableProcessors();
        // ABP's 30,226 labelled rows of 115 features: about 30 MB of copies per fold
        long dense = org.slant.analysis.internal.WekaAdapter.bytesPerInstance(115, true);
        assertEquals(Math.min(5, cores), Classifiers.foldThreads(5, 30_226, dense, 8L << 30));
        assertEquals(1, Classifiers.foldThreads(5, 30_226, dense, 128L << 20));
        assertEquals(Math.min(2, cores), Classifiers.foldThreads(2, 100, org.slant.analysis.internal.WekaAdapter.bytesPerInstance(10, true), 64L << 20));
        assertEquals(1, Classifiers.foldThreads(1, 30_226, dense, 8L << 30));
    }
}
