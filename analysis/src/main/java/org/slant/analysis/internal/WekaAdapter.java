package org.slant.analysis.internal;

import java.util.ArrayList;
import java.util.List;
import org.slant.analysis.classify.ClassifierSpec;
import org.slant.analysis.table.FeatureTable;
import org.slant.analysis.table.FeatureVector;
import org.slant.analysis.table.Row;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.classifiers.bayes.NaiveBayes;
import weka.classifiers.bayes.NaiveBayesMultinomial;
import weka.classifiers.functions.Logistic;
import weka.classifiers.functions.SGD;
import weka.classifiers.functions.SMO;
import weka.classifiers.functions.supportVector.PolyKernel;
import weka.classifiers.meta.MultiClassClassifier;
import weka.classifiers.trees.J48;
import weka.classifiers.trees.RandomForest;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.SelectedTag;
import weka.core.SparseInstance;

/** The only place Slant builds Weka objects: specs to classifiers, tables to {@link Instances}. */
public final class WekaAdapter {
    static {
        WekaRuntime.init();
    }

    private WekaAdapter() {}

    /** A fresh, untrained Weka classifier for {@code spec}. */
    public static Classifier classifier(ClassifierSpec spec, long seed) {
        AbstractClassifier c;
        if (spec instanceof ClassifierSpec.NaiveBayes nb) {
            c = nb.multinomial() ? new NaiveBayesMultinomial() : new NaiveBayes();
        } else if (spec instanceof ClassifierSpec.Logistic l) {
            Logistic w = new Logistic();
            w.setRidge(l.ridge());
            w.setMaxIts(l.maxIterations() == 0 ? -1 : l.maxIterations());
            c = w;
        } else if (spec instanceof ClassifierSpec.J48 j) {
            J48 w = new J48();
            w.setUnpruned(j.unpruned());
            if (!j.unpruned()) {
                w.setConfidenceFactor((float) j.confidence());
            }
            w.setMinNumObj(j.minLeaf());
            c = w;
        } else if (spec instanceof ClassifierSpec.RandomForest r) {
            RandomForest w = new RandomForest();
            w.setNumIterations(r.trees());
            w.setNumFeatures(r.featuresPerSplit());
            w.setMaxDepth(r.maxDepth());
            w.setSeed((int) seed);
            w.setNumExecutionSlots(1);
            c = w;
        } else if (spec instanceof ClassifierSpec.LinearSvm s) {
            SMO w = new SMO();
            w.setC(s.c());
            PolyKernel k = new PolyKernel();
            k.setExponent(1.0);
            w.setKernel(k);
            w.setRandomSeed((int) seed);
            c = w;
        } else if (spec instanceof ClassifierSpec.Sgd s) {
            SGD w = new SGD();
            w.setLossFunction(new SelectedTag(s.loss() == ClassifierSpec.Sgd.Loss.LOG ? SGD.LOGLOSS : SGD.HINGE,
                    SGD.TAGS_SELECTION));
            w.setLambda(s.lambda());
            w.setEpochs(s.epochs());
            w.setLearningRate(s.learningRate());
            w.setSeed((int) seed);
            w.setDontNormalize(!s.normalize());
            MultiClassClassifier m = new MultiClassClassifier();
            m.setClassifier(w);
            m.setSeed((int) seed);
            c = m;
        } else if (spec instanceof ClassifierSpec.Softmax s) {
            c = new SparseSoftmax(s.lambda(), s.epochs(), s.learningRate(), seed);
        } else if (spec instanceof ClassifierSpec.NbStack s) {
            c = new WordStack(s.folds(), s.ridge(), s.tuneRidge(), s.alpha(), seed);
        } else {
            throw new IllegalArgumentException("no Weka classifier for " + spec);
        }
        c.setDebug(false);
        return c;
    }

    /** An empty Weka dataset with one numeric attribute per column and the class last. */
    public static Instances header(FeatureTable table, List<String> classes) {
        ArrayList<Attribute> atts = new ArrayList<>(table.columns().size() + 1);
        for (int i = 0; i < table.columns().size(); i++) {
            atts.add(new Attribute(table.columns().get(i).name()));
        }
        atts.add(new Attribute("class", new ArrayList<>(classes)));
        Instances data = new Instances(table.featureSet(), atts, 0);
        data.setClassIndex(table.columns().size());
        return data;
    }

    /**
     * A Weka instance for a row, attached to {@code header}; the class is missing when the row has no label.
     * Dense or sparse as {@link #dense} decides for {@code spec}.
     */
    public static Instance instance(Row r, Instances header, ClassifierSpec spec) {
        return instance(r, header, dense(spec, header));
    }

    /**
     * Whether {@code spec} gets dense instances over {@code header}: narrow tables (Slant's feature set has
     * about 115 columns) do, because Weka's classifiers read every attribute by index and a sparse instance
     * answers that by binary search. Word tables, with thousands of mostly empty columns, stay sparse, and
     * so do random forests (their bagging draws differently on sparse data, so the model would change) and
     * nb-stack (it reads word columns sparsely). The other classifiers learn bit for bit the same model.
     */
    static boolean dense(ClassifierSpec spec, Instances header) {
        return header.numAttributes() <= DENSE_UP_TO && !(spec instanceof ClassifierSpec.RandomForest)
                && !(spec instanceof ClassifierSpec.NbStack);
    }

    static Instance instance(Row r, Instances header, boolean dense) {
        FeatureVector v = r.values();
        int classIndex = header.classIndex();
        int n = v.storedCount();
        double[] values = new double[n + 1];
        int[] indices = new int[n + 1];
        for (int k = 0; k < n; k++) {
            indices[k] = v.storedIndex(k);
            double x = v.storedValue(k);
            values[k] = Double.isNaN(x) ? weka.core.Utils.missingValue() : x;
        }
        indices[n] = classIndex;
        int cls = r.label() == null ? -1 : header.classAttribute().indexOfValue(r.label());
        values[n] = cls < 0 ? weka.core.Utils.missingValue() : cls;
        Instance in = dense
                ? new DenseInstance(1.0, dense(values, indices, header.numAttributes()))
                : new SparseInstance(1.0, values, indices, header.numAttributes());
        in.setDataset(header);
        return in;
    }

    /** The widest table (attributes, class included) that {@link #dense} lets become dense instances. */
    static final int DENSE_UP_TO = 1024;

    private static double[] dense(double[] values, int[] indices, int width) {
        double[] all = new double[width];
        for (int k = 0; k < indices.length; k++) {
            all[indices[k]] = values[k];
        }
        return all;
    }

    /**
     * Whether {@code rows} dense instances of {@code columns} features fit in an eighth of the heap. Above that
     * they go sparse: slower to train on (Weka reads attributes by index) but, on Slant's mostly-zero
     * features, under half the memory, and the model is the same (see {@link #dense}).
     */
    public static boolean denseFits(int rows, int columns, long maxHeapBytes) {
        return (long) rows * bytesPerInstance(columns, true) <= maxHeapBytes / 8;
    }

    /**
     * Estimated bytes of one instance: dense, its array of every column and the class; sparse, an index and
     * a value for a quarter of the columns (Slant's features are about that dense).
     */
    public static long bytesPerInstance(int columns, boolean dense) {
        long objects = 48; // the instance and its arrays' headers
        return objects + (dense ? (columns + 1L) * Double.BYTES : (columns / 4 + 1L) * (Double.BYTES + Integer.BYTES));
    }

    /**
     * A dataset of the rows at {@code positions}.
     *
     * @param denseAllowed false to keep instances sparse whatever {@link #dense} says, e.g. when dense ones
     *     would crowd the heap
     */
    public static Instances instances(FeatureTable table, List<String> classes, List<Integer> positions,
            ClassifierSpec spec, boolean denseAllowed) {
        Instances data = header(table, classes);
        Instances out = new Instances(data, positions.size());
        boolean dense = denseAllowed && dense(spec, data);
        for (int p : positions) {
            out.add(instance(table.rows().get(p), data, dense));
        }
        return out;
    }
}
