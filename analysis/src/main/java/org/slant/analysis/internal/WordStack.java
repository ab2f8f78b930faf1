package org.slant.analysis.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.slant.analysis.text.TextVectorizer;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.functions.Logistic;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Utils;

/**
 * Naive Bayes on the word columns stacked with the other columns: a multinomial naive Bayes reads the word
 * and n-gram columns (names starting {@code w:}); its log-posteriors, computed out of fold on the training
 * rows (seeded {@code folds}-fold split of the rows), become inputs of an L2 logistic regression (Weka's,
 * which standardises its inputs) next to the remaining columns, e.g. framing features. Words and framing
 * features differ in scale and sparsity, so one model on both lets the many word counts drown the few
 * dense features; the stack gives each its own model and learns how far to trust each. With
 * {@code tuneRidge}, the logistic regression's ridge is chosen from {@code ridge ×} {0.1, 1, 10, 100} by
 * held-out log-likelihood over the same inner folds.
 * Instance weights are honoured by both stages; missing values count as 0 words, and as missing (replaced
 * by the mean) for the other columns.
 */
public final class WordStack extends AbstractClassifier {
    private static final long serialVersionUID = 1L;

    private final int folds;
    private final double ridge;
    private final boolean tuneRidge;
    private double chosenRidge;
    private final double alpha;
    private final long seed;
    private int[] wordAtts;
    private int[] otherAtts;
    private int[] wordPosition; // attribute index -> position among the word columns, or -1
    private double[][] logLik; // [class][word position]
    private double[] logPrior;
    private Logistic meta;
    private Instances metaHeader;

    /** Candidate ridges when tuning, as multiples of the given one. */
    static final double[] RIDGE_FACTORS = {0.1, 1, 10, 100};

    public WordStack(int folds, double ridge, boolean tuneRidge, double alpha, long seed) {
        this.folds = folds;
        this.ridge = ridge;
        this.tuneRidge = tuneRidge;
        this.alpha = alpha;
        this.seed = seed;
    }

    @Override
    public void buildClassifier(Instances data) throws Exception {
        int k = data.numClasses();
        List<Integer> words = new ArrayList<>();
        List<Integer> others = new ArrayList<>();
        int[] wordPos = new int[data.numAttributes()];
        java.util.Arrays.fill(wordPos, -1);
        for (int a = 0; a < data.numAttributes(); a++) {
            if (a == data.classIndex()) {
                continue;
            }
            if (data.attribute(a).name().startsWith(TextVectorizer.WORD_PREFIX)) {
                wordPos[a] = words.size();
                words.add(a);
            } else {
                others.add(a);
            }
        }
        if (words.isEmpty()) {
            throw new IllegalArgumentException("nb-stack needs word columns (w:...); add --words");
        }
        wordAtts = words.stream().mapToInt(Integer::intValue).toArray();
        otherAtts = others.stream().mapToInt(Integer::intValue).toArray();
        int n = data.numInstances();
        int v = wordAtts.length;
        int[] fold = new int[n];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        for (int i = 0; i < n; i++) {
            fold[order[i]] = i % folds;
        }
        // Word counts and class weights per fold; a fold's model is the totals minus that fold.
        double[][][] counts = new double[folds + 1][k][v];
        double[][] classWeight = new double[folds + 1][k];
        for (int i = 0; i < n; i++) {
            Instance in = data.instance(i);
            if (in.classIsMissing()) {
                continue;
            }
            int c = (int) in.classValue();
            double w = in.weight();
            classWeight[fold[i]][c] += w;
            classWeight[folds][c] += w;
            for (int s = 0; s < in.numValues(); s++) {
                int p = wordPos[in.index(s)];
                double x = in.valueSparse(s);
                if (p >= 0 && x > 0) {
                    counts[fold[i]][c][p] += w * x;
                    counts[folds][c][p] += w * x;
                }
            }
        }
        double[][][] foldLogLik = new double[folds][][];
        double[][] foldPrior = new double[folds][];
        for (int f = 0; f < folds; f++) {
            double[][] cnt = new double[k][v];
            double[] cw = new double[k];
            for (int c = 0; c < k; c++) {
                cw[c] = classWeight[folds][c] - classWeight[f][c];
                for (int j = 0; j < v; j++) {
                    cnt[c][j] = Math.max(0, counts[folds][c][j] - counts[f][c][j]);
                }
            }
            foldLogLik[f] = logLikelihoods(cnt);
            foldPrior[f] = logPriors(cw);
        }
        logLik = logLikelihoods(counts[folds]);
        logPrior = logPriors(classWeight[folds]);

        metaHeader = metaHeader(data, k);
        Instances train = new Instances(metaHeader, n);
        List<Integer> metaFold = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Instance in = data.instance(i);
            if (in.classIsMissing()) {
                continue;
            }
            Instance m = metaInstance(in, wordPos, foldLogLik[fold[i]], foldPrior[fold[i]]);
            m.setValue(metaHeader.classIndex(), in.classValue());
            m.setWeight(in.weight());
            train.add(m);
            metaFold.add(fold[i]);
        }
        chosenRidge = tuneRidge ? chooseRidge(train, metaFold) : ridge;
        meta = logistic(chosenRidge);
        meta.buildClassifier(train);
        wordPosition = wordPos;
    }

    private static Logistic logistic(double ridge) {
        Logistic l = new Logistic();
        l.setRidge(ridge);
        return l;
    }

    /**
     * The candidate ridge with the best weighted log-likelihood on held-out inner folds of the stacked rows
     * (the same folds the naive Bayes scores were made out of), so the penalty is chosen without looking
     * at any row the whole model is later tested on. Ties keep the smaller ridge.
     */
    private double chooseRidge(Instances train, List<Integer> metaFold) throws Exception {
        double best = ridge;
        double bestLoss = Double.POSITIVE_INFINITY;
        for (double factor : RIDGE_FACTORS) {
            double r = ridge * factor;
            double loss = 0;
            for (int f = 0; f < folds; f++) {
                Instances fit = new Instances(train, train.numInstances());
                Instances held = new Instances(train, train.numInstances() / folds + 1);
                for (int i = 0; i < train.numInstances(); i++) {
                    (metaFold.get(i) == f ? held : fit).add(train.instance(i));
                }
                if (held.isEmpty() || fit.isEmpty()) {
                    continue;
                }
                Logistic l = logistic(r);
                l.buildClassifier(fit);
                for (Instance in : held) {
                    double p = l.distributionForInstance(in)[(int) in.classValue()];
                    loss -= in.weight() * Math.log(Math.max(p, 1e-12));
                }
            }
            if (loss < bestLoss - 1e-9) {
                bestLoss = loss;
                best = r;
            }
        }
        return best;
    }

    private double[][] logLikelihoods(double[][] cnt) {
        int k = cnt.length;
        int v = cnt[0].length;
        double[][] ll = new double[k][v];
        for (int c = 0; c < k; c++) {
            double total = 0;
            for (double x : cnt[c]) {
                total += x;
            }
            double denom = Math.log(total + alpha * v);
            for (int j = 0; j < v; j++) {
                ll[c][j] = Math.log(cnt[c][j] + alpha) - denom;
            }
        }
        return ll;
    }

    private static double[] logPriors(double[] classWeight) {
        double total = 0;
        for (double w : classWeight) {
            total += w;
        }
        double[] p = new double[classWeight.length];
        for (int c = 0; c < p.length; c++) {
            // add-one so that a class absent from a fold's training part keeps a finite prior
            p[c] = Math.log((classWeight[c] + 1) / (total + p.length));
        }
        return p;
    }

    private Instances metaHeader(Instances data, int k) {
        ArrayList<Attribute> atts = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            atts.add(new Attribute("nb:" + data.classAttribute().value(c)));
        }
        for (int a : otherAtts) {
            atts.add(new Attribute(data.attribute(a).name()));
        }
        List<String> values = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            values.add(data.classAttribute().value(c));
        }
        atts.add(new Attribute("class", values));
        Instances h = new Instances("nb-stack", atts, 0);
        h.setClassIndex(atts.size() - 1);
        return h;
    }

    /** The naive Bayes log-posteriors (centred over classes) and the other columns of {@code in}. */
    private Instance metaInstance(Instance in, int[] wordPos, double[][] ll, double[] prior) {
        int k = prior.length;
        double[] score = prior.clone();
        for (int s = 0; s < in.numValues(); s++) {
            int a = in.index(s);
            int p = a < wordPos.length ? wordPos[a] : -1;
            double x = in.valueSparse(s);
            if (p >= 0 && x > 0) {
                for (int c = 0; c < k; c++) {
                    score[c] += x * ll[c][p];
                }
            }
        }
        double mean = 0;
        for (double x : score) {
            mean += x / k;
        }
        double[] vals = new double[k + otherAtts.length + 1];
        for (int c = 0; c < k; c++) {
            vals[c] = score[c] - mean;
        }
        for (int j = 0; j < otherAtts.length; j++) {
            double x = in.value(otherAtts[j]);
            vals[k + j] = Double.isNaN(x) ? Utils.missingValue() : x;
        }
        vals[vals.length - 1] = Utils.missingValue();
        Instance m = new DenseInstance(1.0, vals);
        m.setDataset(metaHeader);
        return m;
    }

    @Override
    public double[] distributionForInstance(Instance in) throws Exception {
        return meta.distributionForInstance(metaInstance(in, wordPosition, logLik, logPrior));
    }

    @Override
    public String toString() {
        if (meta == null) {
            return "WordStack: not trained";
        }
        return "WordStack: multinomial naive Bayes on " + wordAtts.length + " word columns (alpha " + alpha
                + ", " + folds + " inner folds) stacked with " + otherAtts.length
                + " other columns in a logistic regression (ridge " + chosenRidge + (tuneRidge ? ", tuned" : "")
                + ")\n" + meta;
    }
}
