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
}
