package org.slant.analysis.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;
import org.slant.analysis.table.Column;
import org.slant.analysis.table.FeatureTable;
import org.slant.analysis.table.Row;

/**
 * Compares each feature of a table across outlets. Explicit about the awkward cases:
 * <ul>
 *   <li>missing values are left out and counted per outlet;</li>
 *   <li>an outlet with fewer than {@link StatsConfig#minArticles()} values is summarised (an outlet with one
 *       article gets the interval {@code "none"}) but not tested;</li>
 *   <li>a feature with fewer than two testable outlets, or with one value everywhere, is not tested and
 *       says why in {@link FeatureComparison#note()};</li>
 *   <li>rows without an outlet are grouped as {@code "(unknown)"}.</li>
 * </ul>
 * Deterministic: the bootstrap draws from {@code new SplittableRandom(seed)}, split once per feature and
 * outlet in table order.
 */
public final class OutletStatistics {
    /** Outlet name used for rows that have none. */
    public static final String UNKNOWN_OUTLET = "(unknown)";

    private OutletStatistics() {}

    /** Compares every column of {@code table} across its outlets. */
    public static List<FeatureComparison> compare(FeatureTable table, StatsConfig config) {
        SplittableRandom root = new SplittableRandom(config.seed());
        double z = new NormalDistribution().inverseCumulativeProbability(0.5 + config.confidence() / 2);
        List<FeatureComparison> out = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            out.add(compareColumn(table, c, config, root.split(), z));
        }
        // Benjamini–Hochberg: across features for Kruskal–Wallis, across all pairs of all features for Mann–Whitney
        double[] kw = out.stream().filter(FeatureComparison::tested).mapToDouble(FeatureComparison::pValue).toArray();
        double[] kwAdj = benjaminiHochberg(kw);
        List<Double> pairs = new ArrayList<>();
        out.forEach(f -> f.pairs().forEach(p -> pairs.add(p.pValue())));
        double[] pairAdj = benjaminiHochberg(pairs.stream().mapToDouble(Double::doubleValue).toArray());
        List<FeatureComparison> adjusted = new ArrayList<>(out.size());
        int k = 0;
        int q = 0;
        for (FeatureComparison f : out) {
            if (!f.tested()) {
                adjusted.add(f);
                continue;
            }
            List<PairwiseTest> ps = new ArrayList<>();
            for (PairwiseTest p : f.pairs()) {
                ps.add(new PairwiseTest(p.outletA(), p.outletB(), p.u(), p.pValue(), pairAdj[q++], p.cliffsDelta()));
            }
            adjusted.add(new FeatureComparison(f.feature(), f.description(), f.proportion(), f.outlets(),
                    f.kruskalWallisH(), f.pValue(), kwAdj[k++], f.note(), ps));
        }
        return adjusted;
    }

    private static FeatureComparison compareColumn(FeatureTable table, int c, StatsConfig config,
            SplittableRandom rnd, double z) {
        Column col = table.columns().get(c);
        Map<String, List<Double>> values = new TreeMap<>();
        Map<String, Integer> missing = new TreeMap<>();
        boolean proportion = true;
        for (Row r : table.rows()) {
            String o = r.outlet() == null ? UNKNOWN_OUTLET : r.outlet();
            values.computeIfAbsent(o, x -> new ArrayList<>());
            missing.merge(o, 0, Integer::sum);
            if (r.values().isMissing(c)) {
                missing.merge(o, 1, Integer::sum);
            } else {
                double v = r.values().get(c);
                values.get(o).add(v);
                proportion &= v == 0.0 || v == 1.0;
            }
        }
        List<OutletSummary> summaries = new ArrayList<>();
        List<String> testable = new ArrayList<>();
        for (Map.Entry<String, List<Double>> e : values.entrySet()) {
            double[] x = e.getValue().stream().mapToDouble(Double::doubleValue).toArray();
            boolean tested = x.length >= config.minArticles();
            if (tested) {
                testable.add(e.getKey());
            }
            double mean = x.length == 0 ? Double.NaN : Arrays.stream(x).sum() / x.length;
            Interval iv = x.length == 0 ? null
                    : x.length == 1 ? new Interval(mean, mean, "none")
                    : proportion ? wilson(mean, x.length, z)
                    : bootstrap(x, config.bootstrapResamples(), config.confidence(), rnd.split());
            summaries.add(new OutletSummary(e.getKey(), x.length, missing.get(e.getKey()), mean, iv, tested));
        }
        if (testable.size() < 2) {
            return untested(col, proportion, summaries, "fewer than two outlets with at least " + config.minArticles()
                    + " values");
        }
        List<double[]> groups = new ArrayList<>();
        for (String o : testable) {
            groups.add(values.get(o).stream().mapToDouble(Double::doubleValue).toArray());
        }
        double first = groups.get(0)[0];
        boolean constant = groups.stream().allMatch(g -> Arrays.stream(g).allMatch(v -> v == first));
        if (constant) {
            return untested(col, proportion, summaries, "constant feature: every value is " + first);
        }
        double[] kw = kruskalWallis(groups);
        List<PairwiseTest> pairs = new ArrayList<>();
        for (int i = 0; i < testable.size(); i++) {
            for (int j = i + 1; j < testable.size(); j++) {
                pairs.add(mannWhitney(testable.get(i), groups.get(i), testable.get(j), groups.get(j)));
            }
        }
        return new FeatureComparison(col.name(), col.description(), proportion, summaries, kw[0], kw[1], Double.NaN,
                "", pairs);
    }

    private static FeatureComparison untested(Column col, boolean proportion, List<OutletSummary> s, String note) {
        return new FeatureComparison(col.name(), col.description(), proportion, s, Double.NaN, Double.NaN, Double.NaN,
                note, List.of());
    }

    /** Wilson score interval of a proportion {@code p} from {@code n} trials. */
    public static Interval wilson(double p, int n, double z) {
        double z2 = z * z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new Interval(Math.max(0, centre - half), Math.min(1, centre + half), "wilson");
    }

    /** Percentile bootstrap interval of the mean. */
    public static Interval bootstrap(double[] x, int resamples, double confidence, SplittableRandom rnd) {
        double[] means = new double[resamples];
        for (int b = 0; b < resamples; b++) {
            double s = 0;
            for (int i = 0; i < x.length; i++) {
                s += x[rnd.nextInt(x.length)];
            }
            means[b] = s / x.length;
        }
        Arrays.sort(means);
        double alpha = (1 - confidence) / 2;
        int lo = (int) Math.floor(alpha * (resamples - 1));
        int hi = (int) Math.ceil((1 - alpha) * (resamples - 1));
        return new Interval(means[lo], means[hi], "bootstrap");
    }

    /** Kruskal–Wallis H (tie-corrected) and its chi-squared p-value. */
    static double[] kruskalWallis(List<double[]> groups) {
        int n = groups.stream().mapToInt(g -> g.length).sum();
        double[] all = new double[n];
        int k = 0;
        for (double[] g : groups) {
            System.arraycopy(g, 0, all, k, g.length);
            k += g.length;
        }
        double[] ranks = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE).rank(all);
        double h = 0;
        k = 0;
        for (double[] g : groups) {
            double r = 0;
            for (int i = 0; i < g.length; i++) {
                r += ranks[k++];
            }
            h += r * r / g.length;
        }
        h = 12.0 / (n * (n + 1.0)) * h - 3.0 * (n + 1);
        double ties = tieTerm(all);
        double correction = 1 - ties / ((double) n * n * n - n);
        h = correction > 0 ? h / correction : 0;
        double p = 1 - new ChiSquaredDistribution(groups.size() - 1).cumulativeProbability(h);
        return new double[] {h, Math.max(0, p)};
    }

    /** The tie correction term, the sum of t³ − t over groups of t equal values, that both rank tests use. */
    private static double tieTerm(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double ties = 0;
        for (int i = 0; i < sorted.length;) {
            int j = i;
            while (j < sorted.length && sorted[j] == sorted[i]) {
                j++;
            }
            double t = j - i;
            ties += t * t * t - t;
            i = j;
        }
        return ties;
    }

    /** Mann–Whitney U with tie-corrected normal approximation, and Cliff's delta. */
    static PairwiseTest mannWhitney(String a, double[] x, String b, double[] y) {
        int n1 = x.length;
        int n2 = y.length;
        double[] all = new double[n1 + n2];
        System.arraycopy(x, 0, all, 0, n1);
        System.arraycopy(y, 0, all, n1, n2);
        double[] ranks = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE).rank(all);
        double r1 = 0;
        for (int i = 0; i < n1; i++) {
            r1 += ranks[i];
        }
        double u1 = r1 - n1 * (n1 + 1) / 2.0;
        double delta = 2 * u1 / ((double) n1 * n2) - 1;
        int n = n1 + n2;
        double ties = tieTerm(all);
        double var = n1 * (double) n2 / 12.0 * ((n + 1) - ties / ((double) n * (n - 1)));
        double p;
        if (var <= 0) {
            p = 1.0; // every value ties: no evidence of a difference
        } else {
            double zz = (Math.abs(u1 - n1 * (double) n2 / 2) - 0.5) / Math.sqrt(var);
            p = Math.min(1, 2 * (1 - new NormalDistribution().cumulativeProbability(Math.max(0, zz))));
        }
        return new PairwiseTest(a, b, u1, p, Double.NaN, delta);
    }

    /** Benjamini–Hochberg adjusted p-values, in input order. */
    public static double[] benjaminiHochberg(double[] p) {
        int m = p.length;
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (i, j) -> Double.compare(p[i], p[j]));
        double[] adj = new double[m];
        double min = 1;
        for (int r = m - 1; r >= 0; r--) {
            int i = order[r];
            min = Math.min(min, p[i] * m / (r + 1));
            adj[i] = min;
        }
        return adj;
    }
}
