package org.slant.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slant.analysis.AnalysisException;
import org.slant.analysis.classify.ClassifierSpec;
import org.slant.analysis.classify.Classifiers;
import org.slant.cli.words.LabelledSentences;
import org.slant.cli.words.WekaWordModel;
import org.slant.cli.words.WekaWordTrainer;
import org.slant.cli.words.WordTable;
import org.slant.features.FeaturesException;
import org.slant.features.lexicon.Category;
import org.slant.features.lexicon.HeuristicWordModel;
import org.slant.features.lexicon.LabelledSentence;
import org.slant.features.lexicon.Lexicon;
import org.slant.features.lexicon.LoadedTerms;
import org.slant.features.lexicon.WordScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code slant train-words}: trains a word-level bias model with Weka from labelled sentences, choosing its
 * thresholds by grouped cross-validation, and saves it with provenance for {@code slant loaded-words
 * --word-model}.
 */
@Command(name = "train-words", mixinStandardHelpOptions = true, versionProvider = SlantCli.Version.class,
        description = {"Train a word-level bias model with Weka from labelled sentences.",
            "Input: JSONL {\"id\",\"text\",\"spans\":[[start,end],...],\"label\"?,\"group\"?} (BABE's biased_word_spans,",
            "label_bias and url are accepted too). Prints grouped cross-validated word P/R/F1 (at thresholds tuned on",
            "those same predictions, so slightly optimistic); --out saves the model."})
final class TrainWordsCommand implements Callable<Integer> {

    @Option(names = "--in", required = true, paramLabel = "FILE", description = "Labelled sentences as JSONL.")
    Path in;

    @Option(names = {"-o", "--out"}, paramLabel = "MODEL", description = "Write the model trained on all of --in here.")
    Path out;

    @Option(names = {"-c", "--classifier"}, paramLabel = "NAME",
            description = "naive-bayes, logistic, j48, random-forest or linear-svm (default ${DEFAULT-VALUE}).")
    String classifier = "logistic";

    @Option(names = {"-O", "--option"}, paramLabel = "KEY=VALUE", description = "A classifier option, e.g. -O trees=50; repeatable.")
    Map<String, String> options = new LinkedHashMap<>();

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the folds and the classifier (default ${DEFAULT-VALUE}).")
    long seed = Classifiers.DEFAULT_SEED;

    @Option(names = "--folds", paramLabel = "K",
            description = "Folds of the grouped cross-validation that picks the thresholds (default ${DEFAULT-VALUE}).")
    int folds = 5;

    @Option(names = "--predictions", paramLabel = "FILE",
            description = "Write the out-of-fold predictions as {\"id\",\"spans\",\"label\"} lines.")
    Path predictions;

    @Option(names = "--lexicon", paramLabel = "[CATEGORY=]PATH",
            description = "Add an external lexicon (repeatable), as in loaded-words; apply the model with the same lexicons.")
    List<String> lexicons = new ArrayList<>();

    @Option(names = "--no-builtin", description = "Do not use the built-in lexicon (only --lexicon files).")
    boolean noBuiltin;

    @Override
    public Integer call() throws IOException {
        ClassifierSpec spec;
        Lexicon lexicon;
        WekaWordTrainer trainer;
        try {
            spec = ClassifierSpec.parse(classifier, options);
            lexicon = noBuiltin ? Lexicon.of(List.of()) : Lexicon.builtIn();
            for (String l : lexicons) {
                lexicon = lexicon.plus(load(l));
            }
            if (lexicon.size() == 0) {
                throw new IllegalArgumentException("no lexicon entries (--no-builtin without --lexicon)");
            }
            String lexiconText = (noBuiltin ? "" : "builtin") + (lexicons.isEmpty() ? "" : " + " + String.join(" + ", lexicons))
                    + " (" + lexicon.size() + " entries)";
            trainer = new WekaWordTrainer(WordScorer.of(LoadedTerms.with(lexicon), HeuristicWordModel.INSTANCE), spec,
                    folds, seed, lexiconText.strip());
        } catch (IllegalArgumentException | FeaturesException e) {
            System.err.println("slant train-words: " + e.getMessage());
            return SlantCli.USAGE;
        }
        byte[] bytes = Files.readAllBytes(in);
        List<LabelledSentence> data = LabelledSentences.parse(bytes, in.toString());
        try {
            WekaWordTrainer.CrossValidated cv = trainer.crossValidate(data);
            if (out != null) {
                WekaWordModel m = trainer.train(data, cv, in.toString(), sha256(bytes));
                m.write(out);
                var p = m.provenance();
                System.err.printf("slant train-words: %s on %d sentences (%d words, %d marked); wrote %s%n",
                        spec.name(), p.sentences(), p.words(), p.marked(), out);
            }
            System.out.printf("%d-fold grouped cv (%s): %s threshold=%.4f sentence_threshold=%.4f%n", folds,
                    spec.name(), cv.metrics().line(), cv.threshold(), cv.sentenceThreshold());
            if (predictions != null) {
                writePredictions(data, cv);
            }
            return SlantCli.OK;
        } catch (AnalysisException e) {
            System.err.println("slant train-words: " + e.getMessage());
            return SlantCli.FAILURE;
        }
    }

    private void writePredictions(List<LabelledSentence> data, WekaWordTrainer.CrossValidated cv) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<List<int[]>> spans = new ArrayList<>();
        double[] max = new double[data.size()];
        for (int s = 0; s < data.size(); s++) {
            spans.add(new ArrayList<>());
        }
        for (int i = 0; i < cv.scores().size(); i++) {
            WordTable.Word w = cv.table().words().get(i);
            double sc = cv.scores().get(i);
            max[w.sentence()] = Math.max(max[w.sentence()], sc);
            if (sc >= cv.threshold()) {
                spans.get(w.sentence()).add(new int[] {w.features().start(), w.features().end()});
            }
        }
        try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(predictions), StandardCharsets.UTF_8))) {
            for (int s = 0; s < data.size(); s++) {
                ObjectNode o = mapper.createObjectNode();
                o.put("id", data.get(s).id());
                ArrayNode a = o.putArray("spans");
                for (int[] sp : spans.get(s)) {
                    a.addArray().add(sp[0]).add(sp[1]);
                }
                o.put("label", !cv.table().words().isEmpty() && max[s] >= cv.sentenceThreshold() && max[s] > 0
                        ? "Biased" : "Non-biased");
                w.write(mapper.writeValueAsString(o));
                w.write('\n');
            }
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JVM", e);
        }
    }

    private static Lexicon load(String spec) throws FeaturesException {
        int eq = spec.indexOf('=');
        if (eq > 0) {
            return Lexicon.load(Path.of(spec.substring(eq + 1)), Category.parse(spec.substring(0, eq)));
        }
        return Lexicon.load(Path.of(spec), null);
    }
}
