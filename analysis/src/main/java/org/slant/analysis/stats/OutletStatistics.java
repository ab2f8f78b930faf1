package org.slant.analysis.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.slant.analysis.table.Column;
import org.slant.analysis.table.FeatureTable;
import org.slant.analysis.table.FeatureVector;
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
 * Pairwise tests run among the {@link StatsConfig#pairwiseOutlets()} tested outlets with the most values.
 * <p>Memory: one outlet's rows at a time while it is summarised (two or more in parallel), then the columns'
 * non-zero values in blocks of at most {@value #TEST_BLOCK_VALUES}, plus one column's values per thread while it
 * is tested; rows are read from the table as needed, so a table that keeps its rows in a file is never wholly
 * in memory.
 * <p>Deterministic whatever the number of threads: each outlet's bootstrap draws from its own generator,
 * split from {@code new SplittableRandom(seed)} in alphabetical outlet order. Within an outlet, the features
 * without missing values share one set of resamples (the same rows drawn for every feature, which is also
 * what makes the bootstrap affordable on tens of thousands of articles); each feature with missing values
 * then gets its own resamples, in column order.
 */
public final class OutletStatistics {
    /** Outlet name used for rows that have none. */
    public static final String UNKNOWN_OUTLET = "(unknown)";

    // the no-generator constructors: the default ones build a random generator per instance, which costs
    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

    private OutletStatistics() {}

    /** One outlet's summaries, per column, and how many of each column's values are not zero. */
    private record OutletData(String outlet, OutletSummary[] summaries, int[] nonZero) {}

    /**
     * Most non-zero values the tests across outlets hold at once: 16 MB. Columns are tested in blocks that
     * stay under it, each block's values gathered in one pass over the rows, so that memory does not grow
     * with the table (a table of 30,000 articles of Slant's features is one block).
     */
    static final int TEST_BLOCK_VALUES = 1 << 21;

    /**
     * One outlet's non-missing values, per column, kept sparse: most feature values are 0, so each column
     * holds its count of values and the positions (among them) and values of the non-zero ones. A column's
     * values in table order come back from {@link #dense}.
     */
    static final class OutletColumns {
        final int rows;
        final int[] missing;
        private final int[] start; // column c's non-zeros are at start[c] .. start[c + 1] - 1
        private final int[] position;
        private final double[] value;

        private OutletColumns(int rows, int[] missing, int[] start, int[] position, double[] value) {
            this.rows = rows;
            this.missing = missing;
            this.start = start;
            this.position = position;
            this.value = value;
        }

        /** The rows at {@code positions} of {@code rows}, read twice: once to count, once to fill. */
        static OutletColumns of(List<Row> rows, int[] positions, int columns) {
            int[] missing = new int[columns];
            int[] nonZero = new int[columns];
            for (int p : positions) {
                FeatureVector v = rows.get(p).values();
                for (int k = 0, n = v.storedCount(); k < n; k++) {
                    double x = v.storedValue(k);
                    if (Double.isNaN(x)) {
                        missing[v.storedIndex(k)]++;
                    } else if (x != 0) {
                        nonZero[v.storedIndex(k)]++;
                    }
                }
            }
            int[] start = new int[columns + 1];
            for (int c = 0; c < columns; c++) {
                start[c + 1] = start[c] + nonZero[c];
            }
            int[] next = Arrays.copyOf(start, columns);
            int[] position = new int[start[columns]];
            double[] value = new double[start[columns]];
            int[] missingSoFar = new int[columns];
            for (int i = 0; i < positions.length; i++) {
                FeatureVector v = rows.get(positions[i]).values();
                for (int k = 0, n = v.storedCount(); k < n; k++) {
                    int c = v.storedIndex(k);
                    double x = v.storedValue(k);
                    if (Double.isNaN(x)) {
                        missingSoFar[c]++;
                    } else if (x != 0) {
                        position[next[c]] = i - missingSoFar[c];
                        value[next[c]++] = x;
                    }
                }
            }
            return new OutletColumns(positions.length, missing, start, position, value);
        }

        /** Dense columns, e.g. for a test; each array holds one column's non-missing values. */
        static OutletColumns of(double[][] columns, int rows) {
            int[] missing = new int[columns.length];
            int[] start = new int[columns.length + 1];
            for (int c = 0; c < columns.length; c++) {
                missing[c] = rows - columns[c].length;
                start[c + 1] = start[c] + (int) Arrays.stream(columns[c]).filter(x -> x != 0).count();
            }
            int[] position = new int[start[columns.length]];
            double[] value = new double[start[columns.length]];
            for (int c = 0, k = 0; c < columns.length; c++) {
                for (int i = 0; i < columns[c].length; i++) {
                    if (columns[c][i] != 0) {
                        position[k] = i;
                        value[k++] = columns[c][i];
                    }
                }
            }
            return new OutletColumns(rows, missing, start, position, value);
        }

        /** How many non-missing values column {@code c} has. */
        int count(int c) {
            return rows - missing[c];
        }

        /** Column {@code c}'s non-missing values in table order. */
        double[] dense(int c) {
            double[] x = new double[count(c)];
            for (int k = start[c]; k < start[c + 1]; k++) {
                x[position[k]] = value[k];
            }
            return x;
        }

        /** How many of column {@code c}'s values are not zero. */
        int nonZero(int c) {
            return start[c + 1] - start[c];
        }

        /** The sum of column {@code c}'s values, added in table order (adding the zeros changes nothing). */
        double sum(int c) {
            double s = 0;
            for (int k = start[c]; k < start[c + 1]; k++) {
                s += value[k];
            }
            return s;
        }
    }

    /**
     * Compares every column of {@code table} across its outlets. Runs on the common fork-join pool; the
     * result does not depend on the number of threads.
     *
     * @param table the table; rows without an outlet form the outlet {@link #UNKNOWN_OUTLET}
     * @param config seed, resamples, confidence and test thresholds
     * @return one comparison per column, in column order, with p-values adjusted across features
     */
    public static List<FeatureComparison> compare(FeatureTable table, StatsConfig config) {
        return compare(table, config, TEST_BLOCK_VALUES);
    }

    /** {@link #compare(FeatureTable, StatsConfig)} with at most {@code blockValues} non-zero values per block. */
    static List<FeatureComparison> compare(FeatureTable table, StatsConfig config, long blockValues) {
        int columns = table.columns().size();
        List<Row> rows = table.rows();
        Map<String, IntArrayList> byOutlet = new TreeMap<>();
        boolean[] proportion = new boolean[columns];
        Arrays.fill(proportion, true);
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            byOutlet.computeIfAbsent(r.outlet() == null ? UNKNOWN_OUTLET : r.outlet(), x -> new IntArrayList()).add(i);
            FeatureVector v = r.values();
            for (int k = 0, n = v.storedCount(); k < n; k++) {
                double x = v.storedValue(k);
                int c = v.storedIndex(k);
                if (proportion[c] && !Double.isNaN(x)) {
                    proportion[c] = x == 0.0 || x == 1.0;
                }
            }
        }
        double z = NORMAL.inverseCumulativeProbability(0.5 + config.confidence() / 2);
        List<String> outlets = List.copyOf(byOutlet.keySet());
        int[][] positions = outlets.stream().map(o -> byOutlet.get(o).toArray()).toArray(int[][]::new);
        byOutlet.clear();
        SplittableRandom root = new SplittableRandom(config.seed());
        SplittableRandom[] generators = new SplittableRandom[outlets.size()];
        for (int i = 0; i < generators.length; i++) {
            generators[i] = root.split();
        }
        // each outlet's rows are in memory only while it is summarised
        List<OutletData> data = IntStream.range(0, outlets.size()).parallel()
                .mapToObj(i -> summarise(outlets.get(i),
                        OutletColumns.of(rows, positions[i], columns), proportion, config, z,
                        generators[i]))
                .toList();
        int[] outletOf = new int[rows.size()];
        for (int o = 0; o < outlets.size(); o++) {
            for (int p : positions[o]) {
                outletOf[p] = o;
            }
        }
        List<FeatureComparison> out = new ArrayList<>(columns);
        for (int from = 0; from < columns;) {
            int to = from + 1;
            long values = nonZeros(data, from);
            while (to < columns && values + nonZeros(data, to) <= blockValues) {
                values += nonZeros(data, to++);
            }
            double[][][] block = gather(rows, outletOf, data, from, to);
            int first = from;
            out.addAll(IntStream.range(from, to).parallel()
                    .mapToObj(c -> compareColumn(table.columns().get(c), c, proportion[c], data, block[c - first], config))
                    .toList());
            from = to;
        }
        return adjust(out);
    }

    private static long nonZeros(List<OutletData> data, int c) {
        long n = 0;
        for (OutletData d : data) {
            n += d.nonZero()[c];
        }
        return n;
    }

    /**
     * The non-zero values of columns {@code from} to {@code to - 1} of the outlets tested on them, per column
     * and outlet (null for an outlet not tested on the column), in one pass over the rows.
     */
    private static double[][][] gather(List<Row> rows, int[] outletOf, List<OutletData> data, int from, int to) {
        double[][][] block = new double[to - from][data.size()][];
        int[][] next = new int[to - from][data.size()];
        for (int c = from; c < to; c++) {
            for (int o = 0; o < data.size(); o++) {
                OutletData d = data.get(o);
                if (d.summaries()[c].tested()) {
                    block[c - from][o] = new double[d.nonZero()[c]];
                }
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            FeatureVector v = rows.get(i).values();
            int o = outletOf[i];
            for (int k = 0, n = v.storedCount(); k < n; k++) {
                int c = v.storedIndex(k);
                double x = v.storedValue(k);
                if (c >= from && c < to && x != 0 && !Double.isNaN(x) && block[c - from][o] != null) {
                    block[c - from][o][next[c - from][o]++] = x;
                }
            }
        }
        return block;
    }

    /** A growable list of ints, for row positions without boxing. */
    private static final class IntArrayList {
        private int[] items = new int[16];
        private int size;

        void add(int x) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = x;
        }

        int[] toArray() {
            return Arrays.copyOf(items, size);
        }
    }

    /** Benjamini–Hochberg: across features for Kruskal–Wallis, across all pairs of all features for Mann–Whitney. */
    private static List<FeatureComparison> adjust(List<FeatureComparison> out) {
        double[] kw = out.stream().filter(FeatureComparison::tested).mapToDouble(FeatureComparison::pValue).toArray();
        double[] kwAdj = benjaminiHochberg(kw);
        double[] pairAdj = benjaminiHochberg(out.stream().flatMap(f -> f.pairs().stream())
                .mapToDouble(PairwiseTest::pValue).toArray());
        List<FeatureComparison> adjusted = new ArrayList<>(out.size());
        int k = 0;
        int q = 0;
        for (FeatureComparison f : out) {
            if (!f.tested()) {
                adjusted.add(f);
                continue;
            }
            List<PairwiseTest> ps = new ArrayList<>(f.pairs().size());
            for (PairwiseTest p : f.pairs()) {
                ps.add(new PairwiseTest(p.outletA(), p.outletB(), p.u(), p.pValue(), pairAdj[q++], p.cliffsDelta()));
            }
            adjusted.add(new FeatureComparison(f.feature(), f.description(), f.proportion(), f.outlets(),
                    f.kruskalWallisH(), f.pValue(), kwAdj[k++], f.note(), ps));
        }
        return adjusted;
    }

    private static OutletData summarise(String outlet, OutletColumns values, boolean[] proportion,
            StatsConfig config, double z, SplittableRandom rnd) {
        int columns = proportion.length;
        int n = values.rows;
        Interval[] intervals = new Interval[columns];
        double[] means = new double[columns];
        List<Integer> shared = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            int count = values.count(c);
            if (count == 0) {
                means[c] = Double.NaN;
                continue;
            }
            double mean = values.sum(c) / count;
            means[c] = mean;
            if (count == 1) {
                intervals[c] = new Interval(mean, mean, "none");
            } else if (proportion[c]) {
                intervals[c] = wilson(mean, count, z);
            } else if (values.missing[c] == 0) {
                shared.add(c);
            }
        }
        if (!shared.isEmpty()) {
            Interval[] boot = sharedBootstrap(values, shared, n, config.bootstrapResamples(), config.confidence(), rnd);
            for (int d = 0; d < shared.size(); d++) {
                intervals[shared.get(d)] = boot[d];
            }
        }
        for (int c = 0; c < columns; c++) {
            if (intervals[c] == null && values.count(c) >= 2) {
                intervals[c] = bootstrap(values.dense(c), config.bootstrapResamples(), config.confidence(), rnd.split());
            }
        }
        OutletSummary[] summaries = new OutletSummary[columns];
        for (int c = 0; c < columns; c++) {
            int count = values.count(c);
            summaries[c] = new OutletSummary(outlet, count, values.missing[c], means[c], intervals[c],
                    count >= config.minArticles());
        }
        int[] nonZero = new int[columns];
        for (int c = 0; c < columns; c++) {
            nonZero[c] = values.nonZero(c);
        }
        return new OutletData(outlet, summaries, nonZero);
    }

    /**
     * Percentile bootstrap intervals of the means of several columns of the same {@code n} rows, from one set
     * of resamples: each resample draws {@code n} row numbers and adds up every column of those rows. Rows are
     * kept sparse (most feature values are 0, and adding 0 leaves a sum unchanged), so the sums, and with
     * them the intervals, are exactly those of adding every column.
     */
    static Interval[] sharedBootstrap(OutletColumns values, List<Integer> columns, int n, int resamples,
            double confidence, SplittableRandom rnd) {
        int width = columns.size();
        // the chosen columns' non-zeros regrouped by row, columns in ascending order within a row
        int[] rowStart = new int[n + 1];
        for (int d = 0; d < width; d++) {
            int c = columns.get(d);
            for (int k = values.start[c]; k < values.start[c + 1]; k++) {
                rowStart[values.position[k] + 1]++;
            }
        }
        for (int i = 0; i < n; i++) {
            rowStart[i + 1] += rowStart[i];
        }
        int nonZero = rowStart[n];
        int[] next = Arrays.copyOf(rowStart, n);
        int[] column = new int[nonZero];
        double[] value = new double[nonZero];
        for (int d = 0; d < width; d++) {
            int c = columns.get(d);
            for (int k = values.start[c]; k < values.start[c + 1]; k++) {
                int slot = next[values.position[k]]++;
                column[slot] = d;
                value[slot] = values.value[k];
            }
        }
        double[][] means = new double[width][resamples];
        double[] sum = new double[width];
        for (int b = 0; b < resamples; b++) {
            Arrays.fill(sum, 0);
            for (int i = 0; i < n; i++) {
                int row = rnd.nextInt(n);
                for (int k = rowStart[row], end = rowStart[row + 1]; k < end; k++) {
                    sum[column[k]] += value[k];
                }
            }
            for (int d = 0; d < width; d++) {
                means[d][b] = sum[d] / n;
            }
        }
        Interval[] out = new Interval[width];
        for (int d = 0; d < width; d++) {
            out[d] = percentiles(means[d], confidence);
        }
        return out;
    }

    /** Column {@code c} across outlets; {@code nonZero[o]} holds outlet {@code o}'s non-zero values if it is tested. */
    private static FeatureComparison compareColumn(Column col, int c, boolean proportion, List<OutletData> data,
            double[][] nonZero, StatsConfig config) {
        List<OutletSummary> summaries = new ArrayList<>(data.size());
        List<OutletData> testable = new ArrayList<>();
        List<double[]> groups = new ArrayList<>();
        for (int o = 0; o < data.size(); o++) {
            OutletData d = data.get(o);
            summaries.add(d.summaries()[c]);
            if (d.summaries()[c].tested()) {
                testable.add(d);
                double[] sorted = Arrays.copyOf(nonZero[o], d.summaries()[c].n()); // the zeros fill the rest
                Arrays.sort(sorted);
                groups.add(sorted);
            }
        }
        if (testable.size() < 2) {
            return untested(col, proportion, summaries, "fewer than two outlets with at least " + config.minArticles()
                    + " values");
        }
        double first = groups.get(0)[0];
        boolean constant = groups.stream().allMatch(g -> g[0] == first && g[g.length - 1] == first);
        if (constant) {
            return untested(col, proportion, summaries, "constant feature: every value is " + first);
        }
        double[] kw = kruskalWallis(groups);
        // the largest outlets, then back in alphabetical order so that pairs read A < B
        List<Integer> chosen = IntStream.range(0, testable.size()).boxed()
                .sorted(Comparator.<Integer>comparingInt(i -> -groups.get(i).length)
                        .thenComparing(i -> testable.get(i).outlet()))
                .limit(config.pairwiseOutlets()).sorted().toList();
        List<PairwiseTest> pairs = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            for (int j = i + 1; j < chosen.size(); j++) {
                int a = chosen.get(i);
                int b = chosen.get(j);
                pairs.add(mannWhitneySorted(testable.get(a).outlet(), groups.get(a), testable.get(b).outlet(),
                        groups.get(b)));
            }
        }
        return new FeatureComparison(col.name(), col.description(), proportion, summaries, kw[0], kw[1], Double.NaN,
                "", pairs);
    }

    private static FeatureComparison untested(Column col, boolean proportion, List<OutletSummary> s, String note) {
        return new FeatureComparison(col.name(), col.description(), proportion, s, Double.NaN, Double.NaN, Double.NaN,
                note, List.of());
    }

    /**
     * Computes the Wilson score interval of a proportion, which stays inside [0, 1] and is sensible for
     * rates near 0 or 1, unlike the normal approximation.
     *
     * @param p the observed proportion, in [0, 1]
     * @param n the number of trials; positive
     * @param z the standard normal quantile of the confidence, e.g. 1.96 for 95 %
     * @return the interval, method {@code "wilson"}, clipped to [0, 1]
     */
    public static Interval wilson(double p, int n, double z) {
        double z2 = z * z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new Interval(Math.max(0, centre - half), Math.min(1, centre + half), "wilson");
    }

    /**
     * Computes a percentile bootstrap interval of the mean.
     *
     * @param x the values; not empty
     * @param resamples how many resamples to draw; positive
     * @param confidence the interval's coverage, in (0, 1)
     * @param rnd the generator the {@code resamples * x.length} row indices are drawn from
     * @return the interval, method {@code "bootstrap"}
     */
    public static Interval bootstrap(double[] x, int resamples, double confidence, SplittableRandom rnd) {
        double[] means = new double[resamples];
        for (int b = 0; b < resamples; b++) {
            double s = 0;
            for (int i = 0; i < x.length; i++) {
                s += x[rnd.nextInt(x.length)];
            }
            means[b] = s / x.length;
        }
        return percentiles(means, confidence);
    }

    /** The interval's two order statistics of {@code means} (reordered in place), as a full sort would give. */
    static Interval percentiles(double[] means, double confidence) {
        int resamples = means.length;
        double alpha = (1 - confidence) / 2;
        int lo = (int) Math.floor(alpha * (resamples - 1));
        int hi = (int) Math.ceil((1 - alpha) * (resamples - 1));
        select(means, 0, resamples - 1, lo);
        if (hi > lo) {
            select(means, lo + 1, resamples - 1, hi); // everything after lo is at least means[lo]
        }
        return new Interval(means[lo], means[hi], "bootstrap");
    }

    /**
     * Quickselect: puts into {@code x[k]} the value a sort of {@code x[from..to]} would put there, with
     * nothing greater before it and nothing smaller after it. Orders as {@link Double#compare} (and so
     * {@link Arrays#sort}) does, -0.0 before 0.0 and NaN last, so the value is exactly the sorted one.
     */
    static void select(double[] x, int from, int to, int k) {
        while (to > from) {
            int mid = (from + to) >>> 1;
            // median of three as the pivot, which keeps sorted and reversed inputs linear
            if (Double.compare(x[mid], x[from]) < 0) {
                swap(x, mid, from);
            }
            if (Double.compare(x[to], x[from]) < 0) {
                swap(x, to, from);
            }
            if (Double.compare(x[to], x[mid]) < 0) {
                swap(x, to, mid);
            }
            double pivot = x[mid];
            int i = from;
            int j = to;
            while (i <= j) {
                while (Double.compare(x[i], pivot) < 0) {
                    i++;
                }
                while (Double.compare(x[j], pivot) > 0) {
                    j--;
                }
                if (i <= j) {
                    swap(x, i++, j--);
                }
            }
            // now x[from..j] <= pivot <= x[i..to], and x[j+1..i-1] equal the pivot
            if (k <= j) {
                to = j;
            } else if (k >= i) {
                from = i;
            } else {
                return;
            }
        }
    }

    private static void swap(double[] x, int i, int j) {
        double t = x[i];
        x[i] = x[j];
        x[j] = t;
    }

    /** Kruskal–Wallis H (tie-corrected) and its chi-squared p-value; each group sorted ascending. */
    static double[] kruskalWallis(List<double[]> sortedGroups) {
        int n = sortedGroups.stream().mapToInt(g -> g.length).sum();
        double[] all = new double[n];
        int k = 0;
        for (double[] g : sortedGroups) {
            System.arraycopy(g, 0, all, k, g.length);
            k += g.length;
        }
        Arrays.sort(all);
        // distinct values and their mid-ranks; a group's rank sum then takes one binary search per value
        double[] distinct = new double[n];
        double[] midRank = new double[n];
        int m = 0;
        double ties = 0;
        for (int i = 0; i < n;) {
            int j = i;
            while (j < n && all[j] == all[i]) {
                j++;
            }
            distinct[m] = all[i];
            midRank[m++] = (i + 1 + j) / 2.0;
            double t = j - i;
            ties += t * t * t - t;
            i = j;
        }
        double h = 0;
        for (double[] g : sortedGroups) {
            double r = 0;
            for (double v : g) {
                r += midRank[Arrays.binarySearch(distinct, 0, m, v)];
            }
            h += r * r / g.length;
        }
        h = 12.0 / (n * (n + 1.0)) * h - 3.0 * (n + 1);
        double correction = 1 - ties / ((double) n * n * n - n);
        h = correction > 0 ? h / correction : 0;
        double p = 1 - new ChiSquaredDistribution(null, sortedGroups.size() - 1).cumulativeProbability(h);
        return new double[] {h, Math.max(0, p)};
    }

    /** Mann–Whitney U with tie-corrected normal approximation, and Cliff's delta; both samples in any order. */
    static PairwiseTest mannWhitney(String a, double[] x, String b, double[] y) {
        double[] xs = x.clone();
        double[] ys = y.clone();
        Arrays.sort(xs);
        Arrays.sort(ys);
        return mannWhitneySorted(a, xs, b, ys);
    }

    /** {@link #mannWhitney} on samples sorted ascending: one merge, no ranking. */
    private static PairwiseTest mannWhitneySorted(String a, double[] x, String b, double[] y) {
        int n1 = x.length;
        int n2 = y.length;
        double u1 = 0; // pairs where x is larger, ties counted half
        double ties = 0;
        int i = 0;
        int j = 0;
        while (i < n1 || j < n2) {
            double v = i < n1 && (j >= n2 || x[i] <= y[j]) ? x[i] : y[j];
            int cx = 0;
            while (i < n1 && x[i] == v) {
                i++;
                cx++;
            }
            int cy = 0;
            while (j < n2 && y[j] == v) {
                j++;
                cy++;
            }
            u1 += cx * ((j - cy) + cy / 2.0);
            double t = cx + cy;
            ties += t * t * t - t;
        }
        double delta = 2 * u1 / ((double) n1 * n2) - 1;
        int n = n1 + n2;
        double var = n1 * (double) n2 / 12.0 * ((n + 1) - ties / ((double) n * (n - 1)));
        double p;
        if (var <= 0) {
            p = 1.0; // every value ties: no evidence of a difference
        } else {
            double zz = (Math.abs(u1 - n1 * (double) n2 / 2) - 0.5) / Math.sqrt(var);
            p = Math.min(1, 2 * (1 - NORMAL.cumulativeProbability(Math.max(0, zz))));
        }
        return new PairwiseTest(a, b, u1, p, Double.NaN, delta);
    }

    /**
     * Adjusts p-values for the false discovery rate with the Benjamini–Hochberg step-up procedure.
     *
     * @param p the raw p-values; not modified
     * @return the adjusted p-values, in input order, each at most 1 and at least its raw value
     */
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
