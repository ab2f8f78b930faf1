package org.slant.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.slant.analysis.AnalysisException;
import org.slant.analysis.table.FeatureTable;
import org.slant.analysis.classify.TrainedModel;
import org.slant.features.Features;
import org.slant.features.FeaturesException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code slant predict}: labels articles (featurised as the model's training data was) or a feature table
 * with a saved model; refuses input whose feature set differs from the model's.
 */
@Command(name = "predict", mixinStandardHelpOptions = true, versionProvider = SlantCli.Version.class,
        description = {"Label articles or a feature table with a saved model.",
            "Writes JSONL {\"id\",\"label\"} for the scorers."})
final class PredictCommand implements Callable<Integer> {
    @Mixin
    AnalysisInputs in;

    @Option(names = {"-m", "--model"}, required = true, paramLabel = "FILE", description = "Model file from 'slant train'.")
    Path model;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Predictions JSONL; default stdout.")
    Path out;

    @Override
    public Integer call() throws IOException {
        try {
            if (in.table == null && in.inputs.isEmpty()) {
                throw new IllegalArgumentException("no input: give article files or directories, or --table FILE");
            }
            PredictionsOut.checkDirectories(out);
            if (!Files.isRegularFile(model)) {
                throw new AnalysisException("model file does not exist: " + model);
            }
            TrainedModel m = TrainedModel.load(model);
            FeatureTable table;
            if (in.table != null) {
                table = in.load().table();
            } else {
                Features pipeline = pipelineOf(m.provenance().featureSet());
                if (pipeline == null && m.vectorizer().isEmpty()) {
                    // without its pipeline or vectorizer the model cannot featurise articles itself
                    throw new AnalysisException("model " + model + " was trained on a feature table (feature set '"
                            + m.provenance().featureSet() + "'); give --table FILE with that feature set instead of articles");
                }
                table = in.load(pipeline, m.vectorizer().orElse(null)).table();
            }
            if (table.rows().isEmpty()) {
                throw new AnalysisException("nothing to predict: the input has no " + (in.table != null ? "rows" : "articles"));
            }
            PredictionsOut.write(m.predict(table), out);
            return SlantCli.OK;
        } catch (IllegalArgumentException e) {
            System.err.println("slant predict: " + e.getMessage());
            return SlantCli.USAGE;
        } catch (AnalysisException | FeaturesException e) {
            System.err.println("slant predict: " + e.getMessage());
            return SlantCli.FAILURE;
        }
    }

    /** The framing pipeline named in a feature set such as {@code slant-features:loaded,blurbs+words/...}. */
    static Features pipelineOf(String featureSet) throws FeaturesException {
        String prefix = "slant-features:";
        if (!featureSet.startsWith(prefix)) {
            return null;
        }
        String names = featureSet.substring(prefix.length());
        int plus = names.indexOf('+');
        if (plus >= 0) {
            names = names.substring(0, plus);
        }
        return Features.named(List.of(names.split(",")));
    }
}
