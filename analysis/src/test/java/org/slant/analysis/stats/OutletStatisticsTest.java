package org.slant.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slant.analysis.table.Column;
import org.slant.analysis.table.FeatureTable;
import org.slant.analysis.table.FeatureVector;
import org.slant.analysis.table.Row;

class OutletStatisticsTest {

    /** Outlets a and b with three articles, c with one; "quoted" is 0/1, "flat" constant, "gappy" has a missing value. */
    static FeatureTable table() {
        List<Column> cols = List.of(new Column("score", "a score", ""), new Column("quoted", "quotes anyone", "0/1"),
                new Column("flat", "always 2", ""), new Column("gappy", "sometimes missing", ""));
        return new FeatureTable("t/1", cols, List.of(
                new Row("a1", "a", null, null, null, FeatureVector.of(1.0, 1.0, 2.0, 5.0)),
                new Row("a2", "a", null, null, null, FeatureVector.of(2.0, 1.0, 2.0, null)),
                new Row("a3", "a", null, null, null, FeatureVector.of(3.0, 0.0, 2.0, 6.0)),
                new Row("b1", "b", null, null, null, FeatureVector.of(7.0, 0.0, 2.0, 1.0)),
                new Row("b2", "b", null, null, null, FeatureVector.of(8.0, 0.0, 2.0, 2.0)),
                new Row("b3", "b", null, null, null, FeatureVector.of(9.0, 1.0, 2.0, 3.0)),
                new Row("c1", "c", null, null, null, FeatureVector.of(4.0, 1.0, 2.0, 4.0))));
    }

    @Test
    void oneArticleOutletsAreSummarisedButNotTested() {
        FeatureComparison score = OutletStatistics.compare(table(), StatsConfig.defaults()).get(0);
        OutletSummary c = score.outlets().get(2);
        assertEquals("c", c.outlet());
        assertEquals(1, c.n());
        assertFalse(c.tested());
        assertEquals(new Interval(4.0, 4.0, "none"), c.interval());
        assertEquals(1, score.pairs().size());
        PairwiseTest ab = score.pairs().get(0);
        assertEquals("a", ab.outletA());
        assertEquals(-1.0, ab.cliffsDelta());
        assertEquals(0.0, ab.u());
        OutletSummary a = score.outlets().get(0);
        assertEquals("bootstrap", a.interval().method());
        assertTrue(a.interval().low() >= 1.0 && a.interval().high() <= 3.0 && a.interval().low() < 2.0);
    }

    @Test
    void zeroOneFeaturesGetWilsonIntervals() {
        FeatureComparison quoted = OutletStatistics.compare(table(), StatsConfig.defaults()).get(1);
        assertTrue(quoted.proportion());
        OutletSummary a = quoted.outlets().get(0);
        assertEquals(2.0 / 3, a.mean(), 1e-12);
        assertEquals("wilson", a.interval().method());
        Interval w = OutletStatistics.wilson(0.5, 10, 1.959963984540054);
        assertEquals(0.2366, w.low(), 1e-4);
        assertEquals(0.7634, w.high(), 1e-4);
    }

    @Test
    void constantFeaturesSayWhyTheyWereNotTested() {
        FeatureComparison flat = OutletStatistics.compare(table(), StatsConfig.defaults()).get(2);
        assertFalse(flat.tested());
        assertTrue(flat.note().contains("constant"), flat.note());
        assertTrue(Double.isNaN(flat.pValue()));
    }

    @Test
    void missingValuesAreCountedAndLeftOut() {
        FeatureComparison gappy = OutletStatistics.compare(table(), StatsConfig.defaults()).get(3);
        OutletSummary a = gappy.outlets().get(0);
        assertEquals(2, a.n());
        assertEquals(1, a.missing());
        assertEquals(5.5, a.mean());
        assertTrue(gappy.tested());
    }

    @Test
    void kruskalWallisMatchesTheTextbookValue() {
        double[] hp = OutletStatistics.kruskalWallis(List.of(new double[] {1, 2, 3}, new double[] {4, 5, 6},
                new double[] {7, 8, 9}));
        assertEquals(7.2, hp[0], 1e-9);
        assertEquals(Math.exp(-3.6), hp[1], 1e-9);
    }

    @Test
    void benjaminiHochbergMatchesAHandComputation() {
        assertArrayEquals(new double[] {0.04, 0.04 * 4 / 3, 0.04 * 4 / 3, 0.5},
                OutletStatistics.benjaminiHochberg(new double[] {0.01, 0.04, 0.03, 0.5}), 1e-12);
    }

    @Test
    void sameSeedSameIntervalsOtherSeedOtherIntervals() {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(3);
        List<Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            rows.add(new Row("r" + i, i % 2 == 0 ? "a" : "b", null, null, null, FeatureVector.of(rnd.nextDouble())));
        }
        FeatureTable t = new FeatureTable("t/1", List.of(Column.named("x")), rows);
        StatsConfig c = StatsConfig.defaults();
        assertEquals(OutletStatistics.compare(t, c), OutletStatistics.compare(t, c));
        StatsConfig other = new StatsConfig(7, c.bootstrapResamples(), c.confidence(), c.minArticles());
        assertFalse(OutletStatistics.compare(t, c).equals(OutletStatistics.compare(t, other)));
    }

    @Test
    void aSingleOutletIsNotTested() {
        FeatureTable one = table().filter(r -> "a".equals(r.outlet()));
        FeatureComparison f = OutletStatistics.compare(one, StatsConfig.defaults()).get(0);
        assertTrue(f.note().startsWith("fewer than two outlets"), f.note());
    }

    @Test
    void distinctiveWordsFavourWhatAnOutletSaysMore() {
        Map<String, Map<String, Long>> counts = Map.of(
                "x", Map.of("kremlin", 40L, "said", 100L, "trump", 20L),
                "y", Map.of("kremlin", 2L, "said", 100L, "trump", 60L));
        Map<String, List<DistinctiveWords.Word>> top = DistinctiveWords.compute(counts, 100, 3);
        assertEquals("kremlin", top.get("x").get(0).word());
        assertTrue(top.get("x").get(0).z() > 3, top.toString());
        assertEquals("trump", top.get("y").get(0).word());
        assertThrows(IllegalArgumentException.class, () -> DistinctiveWords.compute(Map.of("x", Map.of("a", 1L)), 10, 3));
    }
}
