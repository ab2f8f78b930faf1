package org.slant.analysis.classify;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slant.analysis.internal.Json;

/**
 * A classifier chosen by name with typed, validated options. Each implementation is a record whose
 * compact constructor rejects bad values; all round-trip through Jackson as
 * {@code {"name": "random-forest", "trees": 100, ...}}. Use {@link #parse(String, Map)} for command-line
 * input.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "name")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ClassifierSpec.NaiveBayes.class, name = "naive-bayes"),
    @JsonSubTypes.Type(value = ClassifierSpec.Logistic.class, name = "logistic"),
    @JsonSubTypes.Type(value = ClassifierSpec.J48.class, name = "j48"),
    @JsonSubTypes.Type(value = ClassifierSpec.RandomForest.class, name = "random-forest"),
    @JsonSubTypes.Type(value = ClassifierSpec.LinearSvm.class, name = "linear-svm"),
    @JsonSubTypes.Type(value = ClassifierSpec.Sgd.class, name = "sgd"),
    @JsonSubTypes.Type(value = ClassifierSpec.Softmax.class, name = "softmax"),
    @JsonSubTypes.Type(value = ClassifierSpec.NbStack.class, name = "nb-stack")
})
public sealed interface ClassifierSpec {

    /**
     * Lists the classifiers {@link #parse} accepts, with the default options of each.
     *
     * @return a new mutable map from registry name to default spec, in a fixed order
     */
    static Map<String, ClassifierSpec> defaults() {
        Map<String, ClassifierSpec> m = new LinkedHashMap<>();
        m.put("naive-bayes", new NaiveBayes(false));
        m.put("logistic", new Logistic(1e-8, 0));
        m.put("j48", new J48(0.25, 2, false));
        m.put("random-forest", new RandomForest(100, 0, 0));
        m.put("linear-svm", new LinearSvm(1.0));
        m.put("sgd", new Sgd(Sgd.Loss.LOG, 1e-4, 0.05, 100, true));
        m.put("softmax", new Softmax(1e-5, 10, 0.5));
        m.put("nb-stack", new NbStack(5, 10.0, true, 1.0));
        return m;
    }

    /**
     * The named classifier with its defaults changed by {@code options} (option name to value as text).
     *
     * @param name a registry name, one of the keys of {@link #defaults()}
     * @param options option name to value as text, converted to each option's type; may be empty
     * @return the validated spec
     * @throws IllegalArgumentException naming the valid classifiers or options when one is unknown or a
     *     value is out of range
     */
    static ClassifierSpec parse(String name, Map<String, String> options) {
        ClassifierSpec base = defaults().get(name);
        if (base == null) {
            throw new IllegalArgumentException("unknown classifier '" + name + "'; valid: "
                    + String.join(", ", defaults().keySet()));
        }
        Map<String, Object> merged = new LinkedHashMap<>(Json.MAPPER.convertValue(base,
                new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() {}));
        for (Map.Entry<String, String> e : options.entrySet()) {
            if (!merged.containsKey(e.getKey()) || e.getKey().equals("name")) {
                throw new IllegalArgumentException("unknown option '" + e.getKey() + "' for " + name + "; valid: "
                        + String.join(", ", merged.keySet().stream().filter(k -> !k.equals("name")).toList()));
            }
            merged.put(e.getKey(), e.getValue());
        }
        try {
            return Json.MAPPER.convertValue(merged, ClassifierSpec.class);
        } catch (IllegalArgumentException e) {
            Throwable c = e.getCause();
            while (c != null && !(c instanceof IllegalArgumentException) && !(c instanceof UnrecognizedPropertyException)) {
                c = c.getCause();
            }
            throw new IllegalArgumentException(name + ": " + (c != null ? c.getMessage() : e.getMessage()), e);
        }
    }

    /**
     * Gives the registry name of this classifier, as {@link #parse} and the JSON {@code name} field spell it.
     *
     * @return the name, e.g. {@code "random-forest"}
     */
    default String name() {
        return getClass().getAnnotation(SpecName.class).value();
    }

    /** Names the registry key on each record; read by {@link #name()}. */
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE)
    @interface SpecName {
        /**
         * Gives the registry name.
         *
         * @return the name, e.g. {@code "random-forest"}
         */
        String value();
    }

    /**
     * Naive Bayes: Gaussian per numeric feature, or multinomial over counts (for word features).
     *
     * @param multinomial use the multinomial event model (features must be non-negative)
     */
    @SpecName("naive-bayes")
    record NaiveBayes(boolean multinomial) implements ClassifierSpec {}

    /**
     * Multinomial logistic regression with a ridge penalty (Weka's {@code Logistic}, quasi-Newton).
     *
     * @param ridge L2 penalty, at least 0
     * @param maxIterations iteration limit; 0 runs to convergence
     */
    @SpecName("logistic")
    record Logistic(double ridge, int maxIterations) implements ClassifierSpec {
        /**
         * Validates the options.
         *
         * @param ridge L2 penalty, finite and at least 0
         * @param maxIterations iteration limit, 0 or more
         * @throws IllegalArgumentException if a value is outside its range
         */
        public Logistic {
            if (!(ridge >= 0) || Double.isInfinite(ridge)) {
                throw new IllegalArgumentException("ridge must be a finite number >= 0: " + ridge);
            }
            if (maxIterations < 0) {
                throw new IllegalArgumentException("maxIterations must be >= 0: " + maxIterations);
            }
        }
    }

    /**
     * C4.5 decision tree (Weka's {@code J48}); its rules are readable.
     *
     * @param confidence pruning confidence in (0, 0.5]
     * @param minLeaf minimum rows per leaf, at least 1
     * @param unpruned grow the tree without pruning
     */
    @SpecName("j48")
    record J48(double confidence, int minLeaf, boolean unpruned) implements ClassifierSpec {
        /**
         * Validates the options.
         *
         * @param confidence pruning confidence in (0, 0.5]
         * @param minLeaf minimum rows per leaf, at least 1
         * @param unpruned grow the tree without pruning
         * @throws IllegalArgumentException if a value is outside its range
         */
        public J48 {
            if (!(confidence > 0 && confidence <= 0.5)) {
                throw new IllegalArgumentException("confidence must be in (0, 0.5]: " + confidence);
            }
            if (minLeaf < 1) {
                throw new IllegalArgumentException("minLeaf must be >= 1: " + minLeaf);
            }
        }
    }

    /**
     * Random forest (Weka's {@code RandomForest}), single-threaded so results depend on the seed alone.
     *
     * @param trees number of trees, at least 1
     * @param featuresPerSplit features tried at each split; 0 for {@code log2(n) + 1}
     * @param maxDepth depth limit; 0 for none
     */
    @SpecName("random-forest")
    record RandomForest(int trees, int featuresPerSplit, int maxDepth) implements ClassifierSpec {
        /**
         * Validates the options.
         *
         * @param trees number of trees, at least 1
         * @param featuresPerSplit features tried at each split, 0 or more
         * @param maxDepth depth limit, 0 or more
         * @throws IllegalArgumentException if a value is outside its range
         */
        public RandomForest {
            if (trees < 1) {
                throw new IllegalArgumentException("trees must be >= 1: " + trees);
            }
            if (featuresPerSplit < 0 || maxDepth < 0) {
                throw new IllegalArgumentException("featuresPerSplit and maxDepth must be >= 0");
            }
        }
    }

    /**
     * Linear support vector machine (Weka's {@code SMO} with a linear kernel, features scaled to [0, 1],
     * one-vs-one for several classes). Exact but quadratic in the rows: for large text tables use
     * {@link Sgd} with the hinge loss.
     *
     * @param c the complexity constant, greater than 0
     */
    @SpecName("linear-svm")
    record LinearSvm(double c) implements ClassifierSpec {
        /**
         * Validates the option.
         *
         * @param c the complexity constant, finite and greater than 0
         * @throws IllegalArgumentException if {@code c} is outside that range
         */
        public LinearSvm {
            if (!(c > 0) || Double.isInfinite(c)) {
                throw new IllegalArgumentException("c must be a finite number > 0: " + c);
            }
        }
    }

    /**
     * A linear model trained by stochastic gradient descent (Weka's {@code SGD}, one-vs-rest for several
     * classes): logistic regression with the log loss, a linear SVM with the hinge loss. Scales to large
     * sparse text tables.
     *
     * @param loss the loss function
     * @param lambda L2 regularisation, greater than 0
     * @param learningRate step size, greater than 0
     * @param epochs passes over the data, at least 1
     * @param normalize rescale each feature to [0, 1] by its training range first (turn off for features
     *     already on a common scale, such as unit-length tf-idf rows)
     */
    @SpecName("sgd")
    record Sgd(Loss loss, double lambda, double learningRate, int epochs, boolean normalize) implements ClassifierSpec {
        /** Loss functions. */
        public enum Loss {
            /** Logistic regression. */
            LOG,
            /** Linear SVM. */
            HINGE
        }

        /**
         * Validates the options.
         *
         * @param loss the loss function; not null
         * @param lambda L2 regularisation, finite and greater than 0
         * @param learningRate step size, finite and greater than 0
         * @param epochs passes over the data, at least 1
         * @param normalize rescale each feature to [0, 1] first
         * @throws IllegalArgumentException if {@code loss} is null or a value is outside its range
         */
        public Sgd {
            if (loss == null) {
                throw new IllegalArgumentException("loss must be one of " + List.of(Loss.values()));
            }
            if (!(lambda > 0) || Double.isInfinite(lambda)) {
                throw new IllegalArgumentException("lambda must be a finite number > 0: " + lambda);
            }
            if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
                throw new IllegalArgumentException("learningRate must be a finite number > 0: " + learningRate);
            }
            if (epochs < 1) {
                throw new IllegalArgumentException("epochs must be >= 1: " + epochs);
            }
        }
    }

    /**
     * Multinomial logistic regression by sparse stochastic gradient descent (Slant's own, for word tables of
     * tens of thousands of columns where Weka's linear learners are slow); honours row weights.
     *
     * @param lambda L2 penalty, greater than 0
     * @param epochs passes over the data, at least 1
     * @param learningRate initial step size, greater than 0
     */
    @SpecName("softmax")
    record Softmax(double lambda, int epochs, double learningRate) implements ClassifierSpec {
        /**
         * Validates the options.
         *
         * @param lambda L2 penalty, finite and greater than 0
         * @param epochs passes over the data, at least 1
         * @param learningRate initial step size, finite and greater than 0
         * @throws IllegalArgumentException if a value is outside its range
         */
        public Softmax {
            if (!(lambda > 0) || Double.isInfinite(lambda)) {
                throw new IllegalArgumentException("lambda must be a finite number > 0: " + lambda);
            }
            if (epochs < 1) {
                throw new IllegalArgumentException("epochs must be >= 1: " + epochs);
            }
            if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
                throw new IllegalArgumentException("learningRate must be a finite number > 0: " + learningRate);
            }
        }
    }

    /**
     * Multinomial naive Bayes on the word columns ({@code w:...}) stacked with the other columns (e.g.
     * framing features): the naive Bayes log-posteriors, computed out of fold on the training rows, and the
     * other columns are the inputs of an L2 logistic regression. Needs word columns.
     *
     * @param folds inner folds for the out-of-fold naive Bayes scores, 2..20
     * @param ridge L2 penalty of the logistic regression (on standardised inputs), finite, >= 0
     * @param tuneRidge choose the penalty from {@code ridge ×} {0.1, 1, 10, 100} by held-out log-likelihood
     *     over the inner folds (nested: only training rows are used)
     * @param alpha additive smoothing of the naive Bayes word counts, finite, > 0
     */
    @SpecName("nb-stack")
    record NbStack(int folds, double ridge, boolean tuneRidge, double alpha) implements ClassifierSpec {
        /**
         * Validates the options.
         *
         * @param folds inner folds, 2..20
         * @param ridge L2 penalty, finite and at least 0
         * @param tuneRidge choose the penalty over the inner folds
         * @param alpha additive smoothing, finite and greater than 0
         * @throws IllegalArgumentException if a value is outside its range
         */
        public NbStack {
            if (folds < 2 || folds > 20) {
                throw new IllegalArgumentException("folds must be in 2..20: " + folds);
            }
            if (!(ridge >= 0) || Double.isInfinite(ridge)) {
                throw new IllegalArgumentException("ridge must be a finite number >= 0: " + ridge);
            }
            if (!(alpha > 0) || Double.isInfinite(alpha)) {
                throw new IllegalArgumentException("alpha must be a finite number > 0: " + alpha);
            }
        }
    }
}
