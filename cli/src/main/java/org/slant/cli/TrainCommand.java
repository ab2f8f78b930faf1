package org.slant.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.slant.analysis.AnalysisException;
import org.slant.analysis.ArticleTables;
import org.slant.analysis.classify.ClassifierSpec;
import org.slant.analysis.classify.Classifiers;
import org.slant.analysis.classify.FeatureRanking;
import org.slant.analysis.classify.RowWeights;
import org.slant.analysis.classify.TrainedModel;
import org.slant.features.FeaturesException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code slant train}: trains a classifier on labelled articles or a table and saves it with its provenance. */
@Command(name = "train", mixinStandardHelpOptions = true, versionProvider = SlantCli.Version.class,
        description = {"Train a classifier and save it with its provenance.",
            "Example: slant train corpus.jsonl --features none --words -c logistic -o leaning.model --explain 20"})
final class TrainCommand implements Callable<Integer> {
    @Mixin
    AnalysisInputs in;

    @Mixin
    ClassifierOptions classifier;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "Model file to write.")
    Path out;

    @Option(names = "--explain", paramLabel = "N", description = "Print the N most informative features (information gain) and the model's rules or coefficients.")
    int explain;

    @Override
    public Integer call() {
        try {
            PredictionsOut.checkDirectories(out);
            ClassifierSpec spec = classifier.spec();
            RowWeights weights = classifier.rowWeights();
            ArticleTables.Built built = in.load();
            TrainedModel m = Classifiers.train(built.table(), spec, classifier.seed, weights);
            if (built.vectorizer() != null) {
                m = m.withVectorizer(built.vectorizer());
            }
            m.save(out);
            System.err.printf("slant train: %s on %d rows, %d features (%s), classes %s -> %s%n", spec.name(),
                    m.provenance().trainingRows(), m.provenance().featureNames().size(), m.provenance().featureSet(),
                    m.provenance().classes(), out);
            if (explain > 0) {
                for (FeatureRanking.Ranked r : FeatureRanking.infoGain(built.table(), explain)) {
                    System.out.printf(java.util.Locale.ROOT, "%.4f\t%s%n", r.infoGain(), r.name());
                }
                System.out.println(m.describe());
            }
            return SlantCli.OK;
        } catch (IllegalArgumentException e) {
            System.err.println("slant train: " + e.getMessage());
            return SlantCli.USAGE;
        } catch (AnalysisException | FeaturesException e) {
            System.err.println("slant train: " + e.getMessage());
            return SlantCli.FAILURE;
        }
    }
}
