package org.slant.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.slant.analysis.AnalysisException;
import org.slant.analysis.classify.ClassifierSpec;
import org.slant.analysis.classify.Classifiers;
import org.slant.analysis.classify.CrossValidation;
import org.slant.analysis.classify.Evaluation;
import org.slant.analysis.classify.GroupBy;
import org.slant.analysis.table.FeatureTable;
import org.slant.analysis.table.FeatureTables;
import org.slant.features.FeaturesException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code slant evaluate}: cross-validates a classifier (plain, or grouped by outlet, story or article so
 * that nothing identifying an outlet leaks across folds), or trains on the input and tests on
 * {@code --test}. Prints accuracy, macro-F1, per-class metrics and the confusion matrix to stderr; writes
 * the predictions as JSONL for the scorers.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true, versionProvider = SlantCli.Version.class,
        description = {"Cross-validate a classifier on labelled articles or a feature table.",
            "Example: slant evaluate corpus.jsonl.gz --fields domain=outlet_host --features none --words -c naive-bayes -O multinomial=true --folds 5 --group-by outlet -o preds.jsonl"})
final class EvaluateCommand implements Callable<Integer> {
    @Mixin
    AnalysisInputs in;

    @Mixin
    ClassifierOptions classifier;

    @Option(names = "--folds", paramLabel = "K", description = "Number of folds (default ${DEFAULT-VALUE}).")
    int folds = 5;

    @Option(names = "--group-by", paramLabel = "G", description = "Keep groups in one fold: none, outlet, story or article (default ${DEFAULT-VALUE}).")
    String groupBy = "outlet";

    @Option(names = "--test-table", paramLabel = "FILE", description = "Train on the input and test on this feature table instead of cross-validating.")
    Path testTable;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write predictions as JSONL ({\"id\",\"label\",\"fold\"}); '-' for stdout.")
    Path out;

    @Option(names = "--save-table", paramLabel = "FILE", description = "Also write the feature table (.csv, .jsonl, .arff).")
    Path saveTable;

    @Override
    public Integer call() throws IOException {
        ClassifierSpec spec;
        CrossValidation cv;
        try {
            PredictionsOut.checkDirectories(out, saveTable);
            classifier.rowWeights(); // an unknown weighting is a usage error before the table is built
            spec = classifier.spec();
            cv = new CrossValidation(folds, AnalysisInputs.enumValue(GroupBy.class, groupBy));
        } catch (IllegalArgumentException e) {
            System.err.println("slant evaluate: " + e.getMessage());
            return SlantCli.USAGE;
        }
        try {
            FeatureTable table = in.load().table();
            System.err.printf("slant evaluate: %d rows, %d columns (%s)%n", table.rows().size(), table.columns().size(),
                    table.featureSet());
            if (saveTable != null) {
                FeatureTables.write(table, saveTable);
            }
            Evaluation e = testTable == null ? Classifiers.crossValidate(table, spec, cv, classifier.seed, classifier.rowWeights())
                    : Classifiers.evaluate(table, FeatureTables.read(testTable), spec, classifier.seed, classifier.rowWeights());
            System.err.print(e.summary());
            if (out != null) {
                PredictionsOut.write(e.predictions(), out);
            }
            return SlantCli.OK;
        } catch (IllegalArgumentException e) {
            System.err.println("slant evaluate: " + e.getMessage());
            return SlantCli.USAGE;
        } catch (AnalysisException | FeaturesException e) {
            System.err.println("slant evaluate: " + e.getMessage());
            return SlantCli.FAILURE;
        }
    }
}
