package org.slant.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.slant.analysis.classify.ClassifierSpec;
import org.slant.analysis.classify.Classifiers;
import picocli.CommandLine.Option;

/** The classifier options shared by train and evaluate. */
final class ClassifierOptions {
    @Option(names = {"-c", "--classifier"}, paramLabel = "NAME",
            description = "naive-bayes, logistic, j48, random-forest, linear-svm, sgd, softmax or nb-stack (default ${DEFAULT-VALUE}).")
    String classifier = "naive-bayes";

    @Option(names = {"-O", "--option"}, paramLabel = "KEY=VALUE",
            description = "A classifier option, e.g. -O trees=200 or -O multinomial=true; repeatable.")
    Map<String, String> options = new LinkedHashMap<>();

    @Option(names = "--seed", paramLabel = "N", description = "Seed for folds and classifiers (default ${DEFAULT-VALUE}).")
    long seed = Classifiers.DEFAULT_SEED;

    @Option(names = "--weights", paramLabel = "W",
            description = "Training row weights: uniform, class_balanced or outlet_balanced (default ${DEFAULT-VALUE}).")
    String weights = "uniform";

    org.slant.analysis.classify.RowWeights rowWeights() {
        return AnalysisInputs.enumValue(org.slant.analysis.classify.RowWeights.class, weights);
    }

    ClassifierSpec spec() {
        return ClassifierSpec.parse(classifier, options);
    }
}
