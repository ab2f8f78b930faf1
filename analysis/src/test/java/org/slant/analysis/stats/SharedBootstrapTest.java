package org.slant.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The sparse shared bootstrap against the plain one that adds every column of every drawn row. */
class SharedBootstrapTest {

    @Test
    void sparseRowsGiveExactlyTheIntervalsOfAddingEveryColumn() {
        SplittableRandom data = new SplittableRandom(5);
        for (int trial = 0; trial < 20; trial++) {
            int n = 2 + data.nextInt(300);
            int columns = 1 + data.nextInt(12);
            double[][] values = new double[columns][n];
            for (double[] column : values) {
                double zeroShare = data.nextDouble(); // from almost dense to almost all zeros
                for (int i = 0; i < n; i++) {
                    column[i] = data.nextDouble() < zeroShare ? (data.nextBoolean() ? 0.0 : -0.0)
                            : data.nextGaussian() * 50 + (data.nextBoolean() ? 0 : 1e6);
                }
            }
            List<Integer> shared = List.of(0, columns - 1);
            double confidence = 0.9;
            Interval[] sparse = OutletStatistics.sharedBootstrap(OutletStatistics.OutletColumns.of(values, n), shared, n, 300, confidence, new SplittableRandom(trial));
            Interval[] dense = dense(values, shared, n, 300, confidence, new SplittableRandom(trial));
            for (int d = 0; d < shared.size(); d++) {
                assertEquals(Double.doubleToRawLongBits(dense[d].low()), Double.doubleToRawLongBits(sparse[d].low()), "trial " + trial);
                assertEquals(Double.doubleToRawLongBits(dense[d].high()), Double.doubleToRawLongBits(sparse[d].high()), "trial " + trial);
                assertEquals(dense[d].method(), sparse[d].method());
            }
        }
    }

    /** Every drawn row adds every column, zeros included. */
    private static Interval[] dense(double[][] values, List<Integer> columns, int n, int resamples, double confidence,
            SplittableRandom rnd) {
        int width = columns.size();
        double[][] means = new double[width][resamples];
        double[] sum = new double[width];
        for (int b = 0; b < resamples; b++) {
            Arrays.fill(sum, 0);
            for (int i = 0; i < n; i++) {
                int row = rnd.nextInt(n);
                for (int d = 0; d < width; d++) {
                    sum[d] += values[columns.get(d)][row];
                }
            }
            for (int d = 0; d < width; d++) {
                means[d][b] = sum[d] / n;
            }
        }
        Interval[] out = new Interval[width];
        for (int d = 0; d < width; d++) {
            out[d] = OutletStatistics.percentiles(means[d], confidence);
        }
        return out;
    }
}
