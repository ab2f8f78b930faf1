package org.slant.analysis.classify;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.slant.analysis.table.Column;
import org.slant.analysis.table.FeatureTable;
import org.slant.analysis.table.FeatureVector;
import org.slant.analysis.table.Row;

/** Synthetic outlet tables: "signal" separates the classes, "noise" does not. */
final class Fixtures {
    private Fixtures() {}

    static FeatureTable outlets(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Row> rows = new ArrayList<>();
        String[] outlets = {"a.com", "b.com", "c.com", "d.com", "e.com", "f.com"};
        for (int o = 0; o < outlets.length; o++) {
            String label = o % 2 == 0 ? "left" : "right";
            for (int i = 0; i < 20; i++) {
                double signal = (label.equals("left") ? 1.0 : 3.0) + rnd.nextDouble(-0.9, 0.9);
                double noise = rnd.nextInt(5);
                rows.add(new Row(outlets[o] + "-" + i, outlets[o], LocalDate.of(2020, 1, 1 + i), "s" + i, label,
                        FeatureVector.of(signal, noise)));
            }
        }
        return new FeatureTable("fixture/1", List.of(new Column("signal", "separates the classes", "score"),
                new Column("noise", "uniform 0..4", "count")), rows);
    }

    /**
     * Outlet tables with word columns ({@code w:...} counts) next to the dense "signal" and "noise": when
     * {@code wordsInformative}, "left" rows use the word "alpha" three times more and "right" rows "beta"; otherwise all
     * word counts are drawn the same way for both classes and only "signal" separates them.
     */
    static FeatureTable wordsAndSignal(long seed, boolean wordsInformative, boolean signalInformative) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Row> rows = new ArrayList<>();
        String[] outlets = {"a.com", "b.com", "c.com", "d.com", "e.com", "f.com"};
        for (int o = 0; o < outlets.length; o++) {
            String label = o % 2 == 0 ? "left" : "right";
            boolean left = label.equals("left");
            for (int i = 0; i < 20; i++) {
                double alpha = (wordsInformative && left ? 3 : 0) + rnd.nextInt(3);
                double beta = (wordsInformative && !left ? 3 : 0) + rnd.nextInt(3);
                double the = 1 + rnd.nextInt(8);
                double signal = (signalInformative && !left ? 3.0 : 1.0) + rnd.nextDouble(-0.9, 0.9);
                double noise = rnd.nextInt(5);
                rows.add(new Row(outlets[o] + "-" + i, outlets[o], LocalDate.of(2020, 1, 1 + i), "s" + i, label,
                        FeatureVector.of(alpha, beta, the, signal, noise)));
            }
        }
        return new FeatureTable("fixture-words/1", List.of(new Column("w:alpha", "occurrences of 'alpha'", "count"),
                new Column("w:beta", "occurrences of 'beta'", "count"), new Column("w:the", "occurrences of 'the'", "count"),
                new Column("signal", "separates the classes when informative", "score"),
                new Column("noise", "uniform 0..4", "count")), rows);
    }

    /** The fixture a classifier can learn from: word columns for those that need them. */
    static FeatureTable forSpec(ClassifierSpec spec, long seed) {
        return spec instanceof ClassifierSpec.NbStack ? wordsAndSignal(seed, true, true) : outlets(seed);
    }
}
