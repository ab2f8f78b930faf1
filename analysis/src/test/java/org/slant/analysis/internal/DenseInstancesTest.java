package org.slant.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.slant.analysis.classify.ClassifierSpec;
import org.slant.analysis.table.Column;
import org.slant.analysis.table.FeatureTable;
import org.slant.analysis.table.FeatureVector;
import org.slant.analysis.table.Row;
import weka.classifiers.Classifier;
import weka.core.Instances;

/** Narrow tables go to Weka as dense instances: every classifier must learn exactly what it learns from sparse ones. */
class DenseInstancesTest {

    @Test
    void everyClassifierPredictsBitForBitTheSameFromDenseAndSparseInstances() throws Exception {
        FeatureTable table = table();
        List<String> classes = table.labels();
        Instances header = WekaAdapter.header(table, classes);
        Instances dense = new Instances(header, 0);
        Instances sparse = new Instances(header, 0);
        for (Row r : table.rows()) {
            dense.add(WekaAdapter.instance(r, header, true));
            sparse.add(WekaAdapter.instance(r, header, false));
        }
        for (var e : ClassifierSpec.defaults().entrySet()) {
            if (!WekaAdapter.dense(e.getValue(), header)) {
                continue; // random forests and nb-stack train on sparse instances whatever the width
            }
            Classifier fromDense = WekaAdapter.classifier(e.getValue(), 7);
            Classifier fromSparse = WekaAdapter.classifier(e.getValue(), 7);
            WekaRuntime.quietly(() -> {
                fromDense.buildClassifier(dense);
                fromSparse.buildClassifier(sparse);
                return null;
            });
            for (int i = 0; i < dense.numInstances(); i++) {
                double[] expected = fromSparse.distributionForInstance(sparse.instance(i));
                assertArrayEquals(expected, fromDense.distributionForInstance(dense.instance(i)), 0.0, e.getKey() + " row " + i);
                assertArrayEquals(expected, fromSparse.distributionForInstance(dense.instance(i)), 0.0, e.getKey() + " row " + i);
            }
        }
    }

    @Test
    void narrowTablesBecomeDenseExceptForRandomForestsAndWideOnesStaySparse() {
        FeatureTable table = table();
        Instances header = WekaAdapter.header(table, table.labels());
        ClassifierSpec nb = ClassifierSpec.defaults().get("naive-bayes");
        assertEquals(weka.core.DenseInstance.class, WekaAdapter.instance(table.rows().get(0), header, nb).getClass());
        assertEquals(weka.core.SparseInstance.class, WekaAdapter.instance(table.rows().get(0), header,
                ClassifierSpec.defaults().get("random-forest")).getClass());
        List<Column> wide = new ArrayList<>();
        for (int c = 0; c <= WekaAdapter.DENSE_UP_TO; c++) {
            wide.add(Column.named("w:" + c));
        }
        FeatureTable words = new FeatureTable("t/1", wide, List.of(new Row("r", "o", null, null, "a",
                FeatureVector.builder(wide.size()).set(3, 1.0).build())));
        Instances wideHeader = WekaAdapter.header(words, List.of("a", "b"));
        assertEquals(weka.core.SparseInstance.class, WekaAdapter.instance(words.rows().get(0), wideHeader, nb).getClass());
    }

    /** Three classes, eight columns, most values 0, some missing. */
    private static FeatureTable table() {
        SplittableRandom rnd = new SplittableRandom(3);
        List<Column> columns = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
            columns.add(Column.named("f" + c));
        }
        String[] labels = {"left", "center", "right"};
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            int k = i % 3;
            FeatureVector.Builder v = FeatureVector.builder(columns.size());
            for (int c = 0; c < columns.size(); c++) {
                double u = rnd.nextDouble();
                if (u < 0.05) {
                    v.missing(c);
                } else if (u < 0.6) {
                    v.set(c, 0.0);
                } else {
                    v.set(c, rnd.nextGaussian() + (c == k ? 2 : 0));
                }
            }
            rows.add(new Row("r" + i, "outlet" + (i % 5), null, null, labels[k], v.build()));
        }
        return new FeatureTable("t/1", columns, rows);
    }
}
