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
    void aPackedTableGetsExactlyThePlainTablesStatistics() {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(8);
        List<Column> cols = List.of(Column.named("dense"), Column.named("sparse"), Column.named("gappy"),
                Column.named("share"));
        List<Row> rows = new java.util.ArrayList<>();
        FeatureTable.Builder packed = FeatureTable.builder("t/1", cols);
        for (int i = 0; i < 400; i++) {
            FeatureVector.Builder v = FeatureVector.builder(4).set(0, rnd.nextGaussian());
            if (rnd.nextDouble() < 0.2) {
                v.set(1, rnd.nextInt(5) - 2);
            }
            if (rnd.nextDouble() < 0.3) {
                v.missing(2);
            } else if (rnd.nextBoolean()) {
                v.set(2, rnd.nextDouble());
            }
            v.set(3, rnd.nextBoolean() ? 1.0 : 0.0);
            Row r = new Row("r" + i, i % 7 == 0 ? null : "o" + (i % 5), null, null, null, v.build());
            rows.add(r);
            packed.add(r);
        }
        StatsConfig c = new StatsConfig(3, 200, 0.9, 5, 3);
        FeatureTable plain = new FeatureTable("t/1", cols, rows);
        List<FeatureComparison> expected = OutletStatistics.compare(plain, c);
        assertEquals(expected, OutletStatistics.compare(packed.build(), c));
        assertEquals(expected, OutletStatistics.compare(plain, c, 1), "one column per block");
        assertEquals(expected, OutletStatistics.compare(plain, c, 150), "blocks of some columns");
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
    @Test
    void mannWhitneyByMergeAgreesWithRankSums() {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(11);
        for (int round = 0; round < 50; round++) {
            double[] x = new double[1 + rnd.nextInt(30)];
            double[] y = new double[1 + rnd.nextInt(30)];
            for (int i = 0; i < x.length; i++) {
                x[i] = rnd.nextInt(6); // few distinct values, so many ties
            }
            for (int i = 0; i < y.length; i++) {
                y[i] = rnd.nextInt(6) + 0.5 * rnd.nextInt(2);
            }
            double[] all = new double[x.length + y.length];
            System.arraycopy(x, 0, all, 0, x.length);
            System.arraycopy(y, 0, all, x.length, y.length);
            double[] ranks = new org.apache.commons.math3.stat.ranking.NaturalRanking(
                    org.apache.commons.math3.stat.ranking.TiesStrategy.AVERAGE).rank(all);
            double r1 = 0;
            for (int i = 0; i < x.length; i++) {
                r1 += ranks[i];
            }
            PairwiseTest t = OutletStatistics.mannWhitney("x", x, "y", y);
            assertEquals(r1 - x.length * (x.length + 1) / 2.0, t.u(), 1e-9);
            assertEquals(2 * t.u() / (x.length * (double) y.length) - 1, t.cliffsDelta(), 1e-12);
            assertTrue(t.pValue() > 0 && t.pValue() <= 1, t.toString());
        }
    }

    @Test
    void mannWhitneyHandlesTiesAsAHandComputation() {
        // x = 1, 2, 2, 3 against y = 2, 3, 4: U_x = 0 + 0.5 + 0.5 + 1.5
        PairwiseTest t = OutletStatistics.mannWhitney("x", new double[] {3, 2, 1, 2}, "y", new double[] {4, 2, 3});
        assertEquals(2.5, t.u(), 1e-12);
        assertEquals(2 * 2.5 / 12 - 1, t.cliffsDelta(), 1e-12);
    }

    @Test
    void kruskalWallisWithTiesMatchesTheTieCorrectedFormula() {
        // pooled 1 1 2 | 2 3 3: mid-ranks 1.5 1.5 3.5 | 3.5 5.5 5.5; rank sums 6.5 and 14.5
        double[] hp = OutletStatistics.kruskalWallis(List.of(new double[] {1, 1, 2}, new double[] {2, 3, 3}));
        double h = 12.0 / (6 * 7) * (6.5 * 6.5 / 3 + 14.5 * 14.5 / 3) - 3 * 7;
        double correction = 1 - (3 * (8 - 2)) / (216.0 - 6);
        assertEquals(h / correction, hp[0], 1e-12);
    }

    @Test
    void pairwiseTestsRunAmongTheLargestOutlets() {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(5);
        List<Row> rows = new java.util.ArrayList<>();
        String[] outlets = {"a", "b", "c", "d"};
        int[] sizes = {3, 9, 5, 7};
        for (int o = 0; o < outlets.length; o++) {
            for (int i = 0; i < sizes[o]; i++) {
                rows.add(new Row(outlets[o] + i, outlets[o], null, null, null, FeatureVector.of(rnd.nextDouble())));
            }
        }
        FeatureTable t = new FeatureTable("t/1", List.of(Column.named("x")), rows);
        FeatureComparison f = OutletStatistics.compare(t, new StatsConfig(1, 200, 0.95, 2, 2)).get(0);
        assertEquals(1, f.pairs().size());
        assertEquals("b", f.pairs().get(0).outletA());
        assertEquals("d", f.pairs().get(0).outletB());
        assertEquals(4, f.outlets().stream().filter(OutletSummary::tested).count(), "every outlet is still tested");
        assertEquals(6, OutletStatistics.compare(t, new StatsConfig(1, 200, 0.95, 2, 4)).get(0).pairs().size());
    }

    @Test
    void bootstrapIntervalsCoverTheMeanWithAndWithoutMissingValues() {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(8);
        List<Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 400; i++) {
            double v = rnd.nextGaussian() * 2 + 10;
            rows.add(new Row("r" + i, i % 2 == 0 ? "a" : "b", null, null, null,
                    FeatureVector.of(v, i % 5 == 0 ? null : v)));
        }
        FeatureTable t = new FeatureTable("t/1", List.of(Column.named("dense"), Column.named("gappy")), rows);
        List<FeatureComparison> f = OutletStatistics.compare(t, StatsConfig.defaults());
        for (FeatureComparison c : f) {
            for (OutletSummary o : c.outlets()) {
                Interval iv = o.interval();
                assertEquals("bootstrap", iv.method());
                assertTrue(iv.low() < o.mean() && o.mean() < iv.high(), c.feature() + " " + o);
                // about 1.96 standard errors either side: sd 2, n 160 to 200
                double half = (iv.high() - iv.low()) / 2;
                assertTrue(half > 0.2 && half < 0.4, c.feature() + " " + o);
            }
        }
    }

    @Test
    void configRoundTripsThroughJsonAndFillsTheDefaultPairwiseOutlets() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        StatsConfig c = new StatsConfig(3, 500, 0.9, 4, 12);
        assertEquals(c, json.readValue(json.writeValueAsString(c), StatsConfig.class));
        StatsConfig old = json.readValue("{\"seed\":3,\"bootstrapResamples\":500,\"confidence\":0.9,\"minArticles\":4}",
                StatsConfig.class);
        assertEquals(StatsConfig.DEFAULT_PAIRWISE_OUTLETS, old.pairwiseOutlets());
        assertThrows(IllegalArgumentException.class, () -> new StatsConfig(3, 500, 0.9, 4, 1));
    }
    @Test
    void distinctiveWordsEqualAFullRankingOfTheVocabulary() {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(21);
        Map<String, Map<String, Long>> counts = new java.util.TreeMap<>();
        for (int o = 0; o < 6; o++) {
            Map<String, Long> m = new java.util.HashMap<>();
            int words = o == 5 ? 2 : 200; // one small outlet whose own words cannot fill the top
            for (int i = 0; i < words; i++) {
                m.merge("w" + rnd.nextInt(300), 1L + rnd.nextInt(20), Long::sum);
            }
            counts.put("o" + o, m);
        }
        Map<String, List<DistinctiveWords.Word>> top = DistinctiveWords.compute(counts, 50, 8);
        Map<String, Long> total = new java.util.HashMap<>();
        counts.values().forEach(m -> m.forEach((w, c) -> total.merge(w, c, Long::sum)));
        long corpus = total.values().stream().mapToLong(Long::longValue).sum();
        for (String o : counts.keySet()) {
            long ni = counts.get(o).values().stream().mapToLong(Long::longValue).sum();
            List<String> expected = total.keySet().stream().map(w -> {
                double a = 50.0 * total.get(w) / corpus;
                long yi = counts.get(o).getOrDefault(w, 0L);
                long yj = total.get(w) - yi;
                double d = Math.log((yi + a) / (ni + 50 - yi - a)) - Math.log((yj + a) / (corpus - ni + 50 - yj - a));
                return java.util.Map.entry(w, d / Math.sqrt(1 / (yi + a) + 1 / (yj + a)));
            }).sorted(java.util.Map.Entry.<String, Double>comparingByValue().reversed()
                    .thenComparing(java.util.Map.Entry.comparingByKey()))
                    .limit(8).map(java.util.Map.Entry::getKey).toList();
            assertEquals(expected, top.get(o).stream().map(DistinctiveWords.Word::word).toList(), o);
        }
    }

    @Test
    void distinctiveWordsReadWordByWordEqualThoseFromMaps() {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(5);
        Map<String, Map<String, Long>> counts = new java.util.TreeMap<>();
        for (int o = 0; o < 7; o++) {
            Map<String, Long> m = new java.util.HashMap<>();
            int words = o == 6 ? 3 : 150 + 40 * o; // one small outlet: its top needs the whole vocabulary
            for (int i = 0; i < words; i++) {
                m.merge("w" + rnd.nextInt(400), 1L + rnd.nextInt(30), Long::sum);
            }
            counts.put("outlet" + (6 - o), m);
        }
        List<String> outlets = List.copyOf(counts.keySet());
        java.util.SortedSet<String> vocabulary = new java.util.TreeSet<>();
        counts.values().forEach(m -> vocabulary.addAll(m.keySet()));
        int[] passes = new int[1];
        DistinctiveWords.CountStream stream = new DistinctiveWords.CountStream() {
            @Override
            public List<String> outlets() {
                return outlets;
            }

            @Override
            public void forEachWord(DistinctiveWords.WordVisitor visitor) {
                passes[0]++;
                int[] os = new int[outlets.size()];
                long[] cs = new long[outlets.size()];
                for (String w : vocabulary) {
                    int n = 0;
                    for (int o = outlets.size() - 1; o >= 0; o--) { // any order of outlets will do
                        Long c = counts.get(outlets.get(o)).get(w);
                        if (c != null) {
                            os[n] = o;
                            cs[n++] = c;
                        }
                    }
                    visitor.word(w, os, cs, n);
                }
            }
        };
        for (int top : new int[] {0, 1, 5, 40}) {
            assertEquals(DistinctiveWords.compute(counts, 30, top), DistinctiveWords.compute(stream, 30, top), "top " + top);
        }
        assertTrue(passes[0] >= 2 * 4, "each computation reads the counts at least twice");
        assertThrows(IllegalArgumentException.class, () -> DistinctiveWords.compute(new DistinctiveWords.CountStream() {
            @Override
            public List<String> outlets() {
                return List.of("x", "y");
            }

            @Override
            public void forEachWord(DistinctiveWords.WordVisitor visitor) {
                visitor.word("a", new int[] {0}, new long[] {4}, 1);
            }
        }, 10, 3));
    }
}
