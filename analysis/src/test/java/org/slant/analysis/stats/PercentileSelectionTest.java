package org.slant.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Bootstrap percentiles by selection against the plain definition: sort, then read two positions. */
class PercentileSelectionTest {

    private static double[] sample(SplittableRandom rnd, int n) {
        double[] x = new double[n];
        int kind = rnd.nextInt(5);
        for (int i = 0; i < n; i++) {
            x[i] = switch (kind) {
                case 0 -> rnd.nextDouble();
                case 1 -> rnd.nextInt(4) / 4.0; // many ties
                case 2 -> i; // already sorted
                case 3 -> n - i; // reversed
                default -> rnd.nextBoolean() ? 0.0 : rnd.nextBoolean() ? -0.0 : rnd.nextGaussian();
            };
        }
        return x;
    }

    @Test
    void selectionGivesTheSortedOrderStatisticsBitForBit() {
        SplittableRandom rnd = new SplittableRandom(20_261_206L);
        for (int round = 0; round < 400; round++) {
            int n = 1 + rnd.nextInt(round < 200 ? 40 : 3000);
            double[] x = sample(rnd, n);
            double[] sorted = x.clone();
            Arrays.sort(sorted);
            int k = rnd.nextInt(n);
            double[] y = x.clone();
            OutletStatistics.select(y, 0, n - 1, k);
            assertEquals(Double.doubleToRawLongBits(sorted[k]), Double.doubleToRawLongBits(y[k]), "round " + round);
            for (double confidence : new double[] {0.5, 0.9, 0.95, 0.99}) {
                double alpha = (1 - confidence) / 2;
                double lo = sorted[(int) Math.floor(alpha * (n - 1))];
                double hi = sorted[(int) Math.ceil((1 - alpha) * (n - 1))];
                Interval i = OutletStatistics.percentiles(x.clone(), confidence);
                assertEquals(Double.doubleToRawLongBits(lo), Double.doubleToRawLongBits(i.low()), "round " + round);
                assertEquals(Double.doubleToRawLongBits(hi), Double.doubleToRawLongBits(i.high()), "round " + round);
            }
        }
    }

    @Test
    void selectionKeepsEverySmallerValueBeforeAndEveryLargerAfter() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int round = 0; round < 100; round++) {
            double[] x = sample(rnd, 2 + rnd.nextInt(500));
            int k = rnd.nextInt(x.length);
            OutletStatistics.select(x, 0, x.length - 1, k);
            for (int i = 0; i < x.length; i++) {
                int c = Double.compare(x[i], x[k]);
                assertTrue(i < k ? c <= 0 : i > k ? c >= 0 : c == 0, "round " + round + ", index " + i);
            }
        }
    }
}
