package org.slant.analysis.internal;

import java.util.SplittableRandom;
import weka.classifiers.AbstractClassifier;
import weka.core.Instance;
import weka.core.Instances;

/**
 * Multinomial logistic regression trained by stochastic gradient descent over sparse rows, written for
 * large word tables where Weka's own linear learners are dense per update. L2 penalty applied lazily
 * through a shared scale factor (Bottou's trick), learning rate {@code η_t = η_0 / (1 + η_0 λ t)}, rows
 * visited in a seeded random order each epoch, instance weights honoured. Missing values count as 0.
 * A Weka classifier so that Slant's adapter, models and files treat it like the others.
 */
public final class SparseSoftmax extends AbstractClassifier {
    private static final long serialVersionUID = 1L;

    private final double lambda;
    private final int epochs;
    private final double learningRate;
    private final long seed;
    private double[][] w; // [class][attribute], true weight = scale * w
    private double[] bias;
    private double scale;
    private int classIndex;

    public SparseSoftmax(double lambda, int epochs, double learningRate, long seed) {
        this.lambda = lambda;
        this.epochs = epochs;
        this.learningRate = learningRate;
        this.seed = seed;
    }

    @Override
    public void buildClassifier(Instances data) {
        int k = data.numClasses();
        int a = data.numAttributes();
        classIndex = data.classIndex();
        w = new double[k][a];
        bias = new double[k];
        scale = 1.0;
        int n = data.numInstances();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] p = new double[k];
        long t = 0;
        for (int e = 0; e < epochs; e++) {
            for (int i = n - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                int tmp = order[i];
                order[i] = order[j];
                order[j] = tmp;
            }
            for (int idx : order) {
                Instance in = data.instance(idx);
                if (in.classIsMissing()) {
                    continue;
                }
                double eta = learningRate / (1 + learningRate * lambda * t++);
                scores(in, p);
                int y = (int) in.classValue();
                scale *= 1 - eta * lambda;
                if (scale < 1e-9) {
                    rescale();
                }
                double step = eta * in.weight();
                for (int c = 0; c < k; c++) {
                    double g = p[c] - (c == y ? 1 : 0);
                    if (g == 0) {
                        continue;
                    }
                    double[] wc = w[c];
                    double d = step * g / scale;
                    for (int s = 0; s < in.numValues(); s++) {
                        int att = in.index(s);
                        if (att == classIndex) {
                            continue;
                        }
                        double x = in.valueSparse(s);
                        if (!Double.isNaN(x) && x != 0) {
                            wc[att] -= d * x;
                        }
                    }
                    bias[c] -= step * g;
                }
            }
        }
        rescale();
    }

    private void rescale() {
        for (double[] wc : w) {
            for (int j = 0; j < wc.length; j++) {
                wc[j] *= scale;
            }
        }
        scale = 1.0;
    }

    private void scores(Instance in, double[] p) {
        int k = p.length;
        for (int c = 0; c < k; c++) {
            p[c] = bias[c];
        }
        for (int s = 0; s < in.numValues(); s++) {
            int att = in.index(s);
            if (att == classIndex) {
                continue;
            }
            double x = in.valueSparse(s);
            if (Double.isNaN(x) || x == 0) {
                continue;
            }
            for (int c = 0; c < k; c++) {
                p[c] += scale * w[c][att] * x;
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double v : p) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int c = 0; c < k; c++) {
            p[c] = Math.exp(p[c] - max);
            sum += p[c];
        }
        for (int c = 0; c < k; c++) {
            p[c] /= sum;
        }
    }

    @Override
    public double[] distributionForInstance(Instance in) {
        double[] p = new double[bias.length];
        scores(in, p);
        return p;
    }

    @Override
    public String toString() {
        if (w == null) {
            return "SparseSoftmax: not trained";
        }
        return "SparseSoftmax: multinomial logistic regression, " + w.length + " classes, " + (w[0].length - 1)
                + " features, lambda " + lambda + ", " + epochs + " epochs";
    }
}
