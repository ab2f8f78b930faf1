package org.slant.analysis.classify;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.slant.analysis.AnalysisException;
import org.slant.analysis.internal.WekaAdapter;
import org.slant.analysis.internal.WekaRuntime;
import org.slant.analysis.table.FeatureTable;
import org.slant.analysis.table.FeatureVector;
import org.slant.analysis.table.Row;
import weka.classifiers.Classifier;
import weka.core.Instances;

/**
 * The front door for classification: train, cross-validate and evaluate on given splits. Rows without a
 * label are never trained on. The same table, spec and seed always give the same numbers.
 */
public final class Classifiers {
    /** The seed used when a caller has no reason to choose another. */
    public static final long DEFAULT_SEED = 42L;

    private Classifiers() {}

    /**
     * Trains on every labelled row, each weighing 1.
     *
     * @param table the training table; unlabelled rows are ignored
     * @param spec the classifier and its options
     * @param seed the classifier's seed, for those that draw random numbers
     * @return the model, its provenance recording the table, spec and seed
     * @throws AnalysisException if there are no labelled rows, only one class, or Weka fails
     */
    public static TrainedModel train(FeatureTable table, ClassifierSpec spec, long seed) throws AnalysisException {
        return train(table, spec, seed, RowWeights.UNIFORM);
    }

    /**
     * Trains on every labelled row, weighted as {@code weights} says.
     *
     * @param table the training table; unlabelled rows are ignored
     * @param spec the classifier and its options
     * @param seed the classifier's seed, for those that draw random numbers
     * @param weights how the training rows are weighted
     * @return the model, its provenance recording the table, spec, seed and weights
     * @throws AnalysisException if there are no labelled rows, only one class, or Weka fails
     */
    public static TrainedModel train(FeatureTable table, ClassifierSpec spec, long seed, RowWeights weights)
            throws AnalysisException {
        List<String> classes = checkTrainable(table, "the table");
        List<Integer> positions = labelled(table);
        boolean dense = WekaAdapter.denseFits(positions.size(), table.columns().size(), Runtime.getRuntime().maxMemory());
        return trainOn(table, classes, positions, spec, seed, weights,
                WekaRows.of(table, classes, positions, spec, dense));
    }

    /** Rows in Weka's form, and for each table row position the number of its instance (0 for rows not held). */
    private record WekaRows(Instances instances, int[] instanceOf) {
        /** The rows at {@code positions}; row position {@code positions.get(i)} is instance {@code i}. */
        static WekaRows of(FeatureTable table, List<String> classes, List<Integer> positions, ClassifierSpec spec,
                boolean dense) {
            int[] instanceOf = new int[table.rows().size()];
            for (int i = 0; i < positions.size(); i++) {
                instanceOf[positions.get(i)] = i;
            }
            return new WekaRows(WekaAdapter.instances(table, classes, positions, spec, dense), instanceOf);
        }
    }

    /**
     * Cross-validates: for each fold, trains on the other folds' labelled rows and predicts the fold. Folds
     * train concurrently, on up to as many threads as there are processors and fewer when their copies of the
     * rows would crowd the heap; the result is the same on any number.
     *
     * @param table the table; unlabelled rows take no part
     * @param spec the classifier and its options
     * @param cv the number of folds and the grouping
     * @param seed seeds both the folds (see {@link #folds}) and each fold's classifier
     * @return the evaluation over every labelled row, each predicted by the model that did not see it
     * @throws AnalysisException if the folds cannot be made (too few groups, a row without its group key),
     *     the table or a training fold holds a single class, or Weka fails
     */
    public static Evaluation crossValidate(FeatureTable table, ClassifierSpec spec, CrossValidation cv, long seed)
            throws AnalysisException {
        return crossValidate(table, spec, cv, seed, RowWeights.UNIFORM);
    }

    /**
     * Cross-validates as {@link #crossValidate(FeatureTable, ClassifierSpec, CrossValidation, long)} does,
     * with each fold's training rows weighted as {@code weights} says (test rows are not weighted).
     *
     * @param table the table; unlabelled rows take no part
     * @param spec the classifier and its options
     * @param cv the number of folds and the grouping
     * @param seed seeds both the folds and each fold's classifier
     * @param weights how each fold's training rows are weighted
     * @return the evaluation over every labelled row; the protocol names the weighting unless uniform
     * @throws AnalysisException if the folds cannot be made, the table or a training fold holds a single
     *     class, or Weka fails
     */
    public static Evaluation crossValidate(FeatureTable table, ClassifierSpec spec, CrossValidation cv, long seed,
            RowWeights weights) throws AnalysisException {
        List<String> classes = checkTrainable(table, "the table");
        List<Integer> rows = labelled(table);
        int[] fold = folds(table, rows, cv, seed);
        List<List<Integer>> trains = new ArrayList<>();
        List<List<Integer>> tests = new ArrayList<>();
        for (int f = 0; f < cv.folds(); f++) {
            List<Integer> train = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                (fold[i] == f ? test : train).add(rows.get(i));
            }
            if (!test.isEmpty()) {
                checkTrainable(table.select(train), "the training part of fold " + (f + 1));
            }
            trains.add(train);
            tests.add(test);
        }
        // One copy of the labelled rows in Weka's form, which every fold's training set shares (Weka's
        // instance copies share their values), instead of a copy per fold.
        long maxHeap = Runtime.getRuntime().maxMemory();
        boolean dense = WekaAdapter.denseFits(rows.size(), table.columns().size(), maxHeap);
        WekaRows labelledRows = WekaRows.of(table, classes, rows, spec, dense);
        // Folds run concurrently; each writes only its own test rows' slots, so the result does not depend
        // on the schedule.
        Prediction[] preds = new Prediction[table.rows().size()];
        FoldWork work = f -> {
            if (tests.get(f).isEmpty()) {
                return;
            }
            TrainedModel m = trainOn(table, classes, trains.get(f), spec, seed, weights, labelledRows);
            for (int p : tests.get(f)) {
                preds[p] = m.predict(table.rows().get(p), f);
            }
        };
        runFolds(cv.folds(), foldThreads(cv.folds(), rows.size(),
                WekaAdapter.bytesPerInstance(table.columns().size(), dense), maxHeap), work);
        List<Prediction> out = new ArrayList<>();
        for (Prediction p : preds) {
            if (p != null) {
                out.add(p);
            }
        }
        String protocol = cv.folds() + "-fold cv" + (cv.groupBy() == GroupBy.NONE ? "" : " grouped by " + cv.groupBy())
                + (weights == RowWeights.UNIFORM ? "" : ", rows " + weights);
        return Evaluation.of(spec, protocol, seed, classes, out);
    }

    /** One fold's work. */
    @FunctionalInterface
    interface FoldWork {
        void run(int fold) throws AnalysisException;
    }

    /**
     * Runs folds 0..n-1 on up to as many threads as there are processors; the first failing fold's error wins.
     * An {@link Error} such as running out of memory is rethrown as it is: it ends the run rather than
     * passing for a classifier that could not be trained.
     */
    static void runFolds(int n, FoldWork work) throws AnalysisException {
        runFolds(n, Math.min(n, Runtime.getRuntime().availableProcessors()), work);
    }

    /**
     * How many folds may train at once: one per processor, fewer when their training copies would take more
     * than a third of the heap. The folds share one copy of the rows; a fold's own is estimated as the copy of
     * its training rows that many Weka learners make; results do not depend on the number.
     */
    static int foldThreads(int folds, int labelledRows, long bytesPerRow, long maxHeapBytes) {
        int threads = Math.min(folds, Runtime.getRuntime().availableProcessors());
        long perFold = labelledRows * bytesPerRow;
        while (threads > 1 && threads * perFold > maxHeapBytes / 3) {
            threads--;
        }
        return Math.max(1, threads);
    }

    /** Runs folds 0..n-1 on {@code threads} threads, as {@link #runFolds(int, FoldWork)} does. */
    static void runFolds(int n, int threads, FoldWork work) throws AnalysisException {
        if (threads <= 1) {
            for (int f = 0; f < n; f++) {
                work.run(f);
            }
            return;
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "slant-cv-fold");
            t.setDaemon(true);
            return t;
        });
        try {
            List<java.util.concurrent.Future<Void>> futures = new ArrayList<>();
            for (int f = 0; f < n; f++) {
                int fold = f;
                futures.add(pool.submit(() -> {
                    work.run(fold);
                    return null;
                }));
            }
            for (java.util.concurrent.Future<Void> future : futures) {
                try {
                    future.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof AnalysisException ae) {
                        throw ae;
                    }
                    if (e.getCause() instanceof RuntimeException re) {
                        throw re;
                    }
                    if (e.getCause() instanceof Error err) {
                        throw err;
                    }
                    throw new AnalysisException("a cross-validation fold failed: " + e.getCause(), e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AnalysisException("cross-validation interrupted", e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Trains on {@code train}'s labelled rows and evaluates on {@code test}'s labelled rows.
     *
     * @param train the training table
     * @param test the test table, with the training table's feature set and columns
     * @param spec the classifier and its options
     * @param seed the classifier's seed
     * @return the evaluation of {@code test}'s labelled rows, protocol {@code "train/test"}
     * @throws AnalysisException if {@code train} cannot be trained on, {@code test} has a label that
     *     {@code train} lacks or other columns, or Weka fails
     */
    public static Evaluation evaluate(FeatureTable train, FeatureTable test, ClassifierSpec spec, long seed)
            throws AnalysisException {
        return evaluate(train, test, spec, seed, RowWeights.UNIFORM);
    }

    /**
     * Trains on {@code train}'s labelled rows weighted as {@code weights} says and evaluates on {@code test}'s.
     *
     * @param train the training table
     * @param test the test table, with the training table's feature set and columns
     * @param spec the classifier and its options
     * @param seed the classifier's seed
     * @param weights how the training rows are weighted
     * @return the evaluation of {@code test}'s labelled rows; the protocol names the weighting unless uniform
     * @throws AnalysisException if {@code train} cannot be trained on, {@code test} has a label that
     *     {@code train} lacks or other columns, or Weka fails
     */
    public static Evaluation evaluate(FeatureTable train, FeatureTable test, ClassifierSpec spec, long seed,
            RowWeights weights) throws AnalysisException {
        TrainedModel m = train(train, spec, seed, weights);
        List<String> classes = new ArrayList<>(new TreeSet<>(m.provenance().classes()));
        List<String> unknown = test.labels().stream().filter(l -> !classes.contains(l)).toList();
        if (!unknown.isEmpty()) {
            throw new AnalysisException("the test table has labels the training table lacks: " + unknown);
        }
        List<Prediction> preds = m.predict(test.filter(r -> r.label() != null));
        String protocol = "train/test" + (weights == RowWeights.UNIFORM ? "" : ", rows " + weights);
        return Evaluation.of(spec, protocol, seed, m.provenance().classes(), preds);
    }

    /**
     * Assigns folds as {@link CrossValidation} describes: groups shuffled by the seed, then dealt largest
     * first to the fold where their labels are scarcest.
     *
     * @param table the table
     * @param rows positions of labelled rows in {@code table}, e.g. {@link #labelled(FeatureTable)}
     * @param cv the number of folds and the grouping
     * @param seed seeds the shuffle; the same arguments always give the same folds
     * @return the fold (0-based) of each of {@code rows}, in the order of {@code rows}
     * @throws AnalysisException if a row lacks its group key or there are fewer groups than folds
     */
    public static int[] folds(FeatureTable table, List<Integer> rows, CrossValidation cv, long seed)
            throws AnalysisException {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = table.rows().get(rows.get(i));
            String key = cv.groupBy().key(r);
            if (key == null) {
                throw new AnalysisException("row " + r.id() + " has no " + cv.groupBy().name().toLowerCase(java.util.Locale.ROOT)
                        + "; folds grouped by " + cv.groupBy() + " need one on every labelled row");
            }
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        if (groups.size() < cv.folds()) {
            throw new AnalysisException("only " + groups.size() + " distinct " + (cv.groupBy() == GroupBy.NONE ? "rows"
                    : cv.groupBy().name().toLowerCase(java.util.Locale.ROOT) + " groups") + " for " + cv.folds() + " folds");
        }
        List<String> keys = new ArrayList<>(new TreeSet<>(groups.keySet()));
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = keys.size() - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            String t = keys.get(i);
            keys.set(i, keys.get(j));
            keys.set(j, t);
        }
        // Largest groups first (stable, so equal sizes keep the shuffled order). Each goes to the fold where
        // its labels are scarcest relative to their totals: stratification, so that no fold's training part
        // lacks a class because a few large outlets of one leaning landed together.
        keys.sort((a, b) -> Integer.compare(groups.get(b).size(), groups.get(a).size()));
        List<String> classes = table.labels();
        Map<String, Integer> ci = index(classes);
        double[] classTotal = new double[classes.size()];
        for (int r : rows) {
            classTotal[ci.get(table.rows().get(r).label())]++;
        }
        double[][] load = new double[cv.folds()][classes.size()];
        int[] fold = new int[rows.size()];
        for (String k : keys) {
            double[] add = new double[classes.size()];
            for (int i : groups.get(k)) {
                add[ci.get(table.rows().get(rows.get(i)).label())]++;
            }
            int best = -1;
            double bestCost = Double.POSITIVE_INFINITY;
            for (int f = 0; f < cv.folds(); f++) {
                double cost = 0;
                for (int c = 0; c < add.length; c++) {
                    double share = (load[f][c] + add[c]) / classTotal[c];
                    cost += share * share;
                }
                if (cost < bestCost - 1e-12) {
                    bestCost = cost;
                    best = f;
                }
            }
            for (int i : groups.get(k)) {
                fold[i] = best;
            }
            for (int c = 0; c < add.length; c++) {
                load[best][c] += add[c];
            }
        }
        return fold;
    }

    /**
     * Finds the rows a classifier may train or be scored on.
     *
     * @param table the table
     * @return the 0-based positions of the rows with a label, in table order; a new mutable list
     */
    public static List<Integer> labelled(FeatureTable table) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            if (table.rows().get(i).label() != null) {
                out.add(i);
            }
        }
        return out;
    }

    private static List<String> checkTrainable(FeatureTable table, String what) throws AnalysisException {
        List<String> classes = table.labels();
        if (classes.isEmpty()) {
            throw new AnalysisException(what + " has no labelled rows (" + table.rows().size() + " rows in all)");
        }
        if (classes.size() == 1) {
            throw new AnalysisException(what + " has a single class ('" + classes.get(0)
                    + "'); a classifier needs at least two");
        }
        return classes;
    }

    /**
     * Trains on the rows at {@code positions}, taking their instances from {@code rows}, which must hold
     * them; the training set holds copies that share the values.
     */
    private static TrainedModel trainOn(FeatureTable table, List<String> classes, List<Integer> positions,
            ClassifierSpec spec, long seed, RowWeights weights, WekaRows rows) throws AnalysisException {
        Instances data = new Instances(rows.instances(), positions.size());
        for (int p : positions) {
            // a copy sharing the values: its weight is its own
            data.add(rows.instances().instance(rows.instanceOf()[p]));
        }
        double[] w = weights(table, positions, weights);
        for (int i = 0; i < w.length; i++) {
            data.instance(i).setWeight(w[i]);
        }
        Classifier c = WekaAdapter.classifier(spec, seed);
        try {
            WekaRuntime.quietly(() -> {
                c.buildClassifier(data);
                return null;
            });
        } catch (Exception e) {
            throw new AnalysisException(spec.name() + " could not be trained on " + positions.size() + " rows: "
                    + e.getMessage(), e);
        }
        ModelProvenance p = new ModelProvenance(slantVersion(), table.featureSet(), table.columnNames(), classes, spec,
                positions.size(), sha256(table, positions), seed, weights, System.getProperty("java.vm.name") + " "
                        + System.getProperty("java.version"));
        return new TrainedModel(c, p, null);
    }

    /** The weight of each row at {@code positions}; they sum to {@code positions.size()}. */
    static double[] weights(FeatureTable table, List<Integer> positions, RowWeights weights) {
        int n = positions.size();
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1.0);
        if (weights == RowWeights.UNIFORM) {
            return w;
        }
        Map<String, Integer> perClass = new HashMap<>();
        Map<String, Integer> perOutletClass = new HashMap<>();
        Map<String, java.util.Set<String>> outletsOfClass = new HashMap<>();
        for (int p : positions) {
            Row r = table.rows().get(p);
            String o = r.outlet() == null ? "" : r.outlet();
            perClass.merge(r.label(), 1, Integer::sum);
            perOutletClass.merge(r.label() + "\u0000" + o, 1, Integer::sum);
            outletsOfClass.computeIfAbsent(r.label(), k -> new java.util.HashSet<>()).add(o);
        }
        int k = perClass.size();
        for (int i = 0; i < n; i++) {
            Row r = table.rows().get(positions.get(i));
            if (weights == RowWeights.CLASS_BALANCED) {
                w[i] = (double) n / (k * perClass.get(r.label()));
            } else {
                String o = r.outlet() == null ? "" : r.outlet();
                w[i] = (double) n / (k * outletsOfClass.get(r.label()).size() * perOutletClass.get(r.label() + "\u0000" + o));
            }
        }
        return w;
    }

    /**
     * Gives Slant's version for provenance, from the jar manifest's {@code Implementation-Version}.
     *
     * @return the version, or {@code "dev"} when run from classes
     */
    public static String slantVersion() {
        String v = Classifiers.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    static String sha256(FeatureTable table, List<Integer> positions) {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        md.update(table.featureSet().getBytes(StandardCharsets.UTF_8));
        for (String n : table.columnNames()) {
            md.update((byte) 0);
            md.update(n.getBytes(StandardCharsets.UTF_8));
        }
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(12);
        for (int p : positions) {
            Row r = table.rows().get(p);
            md.update((byte) 1);
            md.update(r.id().getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(r.label().getBytes(StandardCharsets.UTF_8));
            FeatureVector v = r.values();
            for (int k = 0; k < v.storedCount(); k++) {
                buf.clear();
                buf.putInt(v.storedIndex(k)).putDouble(v.storedValue(k));
                md.update(buf.array());
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    static Map<String, Integer> index(List<String> classes) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < classes.size(); i++) {
            m.put(classes.get(i), i);
        }
        return m;
    }
}
