package org.slant.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slant.features.FeaturesException;
import org.slant.features.lexicon.Category;
import org.slant.features.lexicon.HeuristicWordModel;
import org.slant.cli.batch.Provenance;
import org.slant.cli.words.LabelledSentences;
import org.slant.features.lexicon.LabelledSentence;
import org.slant.features.lexicon.TrainedWordModel;
import org.slant.features.lexicon.WordModel;
import org.slant.features.lexicon.WordModelTrainer;
import org.slant.features.lexicon.WordTrainerOptions;
import org.slant.features.lexicon.Lexicon;
import org.slant.features.lexicon.LoadedTerms;
import org.slant.features.lexicon.ScoredWord;
import org.slant.features.lexicon.SentenceScore;
import org.slant.features.lexicon.WordScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code slant loaded-words}: flags bias-inducing words in sentences and labels each sentence. Input
 * lines {@code {"id","text"}}; output lines {@code {"id","spans":[[s,e],...],"label":"Biased|Non-biased"}}
 * with offsets into the input text (Java chars, end exclusive).
 */
@Command(name = "loaded-words", mixinStandardHelpOptions = true, versionProvider = SlantCli.Version.class,
        description = {"Flag loaded (bias-inducing) words in sentences and label each sentence.",
            "Input: JSONL lines {\"id\",\"text\"}. Output: {\"id\",\"spans\":[[start,end],...],\"label\":\"Biased|Non-biased\"}."})
final class LoadedWordsCommand implements Callable<Integer> {

    @Option(names = "--in", paramLabel = "FILE", description = "Sentences as JSONL; '-' for stdin.")
    String in;

    @Option(names = "--train", paramLabel = "FILE",
            description = {"Labelled sentences as JSONL {\"id\",\"text\",\"spans\":[[s,e],...],\"label\"?,\"group\"?} to train a word model on.",
                "With --save-model: train on all of it. With --cross-validate: write out-of-fold predictions for it to --out."})
    Path train;

    @Option(names = "--save-model", paramLabel = "FILE", description = "Write the model trained on --train (JSON with provenance).")
    Path saveModel;

    @Option(names = "--cross-validate", paramLabel = "K", description = "Score --train by K-fold cross-validation grouped by \"group\" (default none).")
    int folds;

    @Option(names = "--word-model", paramLabel = "FILE", description = "Score --in with this trained word model instead of the built-in heuristic.")
    Path wordModel;

    @Option(names = "--epochs", paramLabel = "N", description = "Training passes (default ${DEFAULT-VALUE}).")
    int epochs = WordTrainerOptions.DEFAULTS.epochs();

    @Option(names = "--learning-rate", paramLabel = "R", description = "Initial SGD step (default ${DEFAULT-VALUE}).")
    double learningRate = WordTrainerOptions.DEFAULTS.learningRate();

    @Option(names = "--seed", paramLabel = "N", description = "Seed of training shuffles and folds (default ${DEFAULT-VALUE}).")
    long seed = WordTrainerOptions.DEFAULT_SEED;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Output JSONL; default or '-': stdout.")
    String out = "-";

    @Option(names = "--lexicon", paramLabel = "[CATEGORY=]PATH",
            description = {"Add an external lexicon (repeatable). With CATEGORY= (e.g. bias=, negative=), plain lines take that category;",
                "without it every line needs a category column."})
    List<String> lexicons = new ArrayList<>();

    @Option(names = "--no-builtin", description = "Do not use the built-in lexicon (only --lexicon files).")
    boolean noBuiltin;

    @Option(names = "--scores", description = "Also write every scored word as \"words\":[[start,end,score],...].")
    boolean scores;

    @Override
    public Integer call() throws IOException {
        Lexicon lexicon;
        try {
            lexicon = noBuiltin ? Lexicon.of(List.of()) : Lexicon.builtIn();
            for (String spec : lexicons) {
                lexicon = lexicon.plus(load(spec));
            }
        } catch (IllegalArgumentException | FeaturesException e) {
            System.err.println("slant loaded-words: " + e.getMessage());
            return SlantCli.USAGE;
        }
        if (lexicon.size() == 0) {
            System.err.println("slant loaded-words: no lexicon entries (--no-builtin without --lexicon)");
            return SlantCli.USAGE;
        }
        ObjectMapper mapper = new ObjectMapper();
        LoadedTerms terms = LoadedTerms.with(lexicon);
        if (train != null) {
            return train(mapper, terms);
        }
        if (in == null) {
            System.err.println("slant loaded-words: --in or --train is required");
            return SlantCli.USAGE;
        }
        WordModel model = HeuristicWordModel.INSTANCE;
        if (wordModel != null) {
            try {
                // a ZIP is a Weka model from train-words; anything else the built-in trainer's JSON
                model = org.slant.cli.words.WekaWordModel.isWekaWordModel(wordModel)
                        ? org.slant.cli.words.WekaWordModel.read(wordModel) : TrainedWordModel.read(wordModel);
            } catch (FeaturesException | IOException e) {
                System.err.println("slant loaded-words: " + e.getMessage());
                return SlantCli.FAILURE;
            }
        }
        WordScorer scorer = WordScorer.of(terms, model);
        int n = 0;
        int biased = 0;
        try (BufferedReader r = in.equals("-")
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(Path.of(in), StandardCharsets.UTF_8);
                Writer w = out.equals("-")
                        ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                        : Files.newBufferedWriter(Path.of(out), StandardCharsets.UTF_8)) {
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = mapper.readTree(line);
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new IOException(in + ":" + lineNo + ": not JSON: " + e.getOriginalMessage(), e);
                }
                JsonNode id = node.get("id");
                JsonNode text = node.get("text");
                if (id == null || text == null || !text.isTextual()) {
                    throw new IOException(in + ":" + lineNo + ": needs \"id\" and a string \"text\"");
                }
                SentenceScore s = scorer.score(text.asText());
                write(w, mapper, id, s);
                n++;
                if (s.biased()) {
                    biased++;
                }
            }
        }
        System.err.printf("slant loaded-words: %d sentences, %d labelled Biased, lexicon of %d entries%n", n, biased,
                lexicon.size());
        return SlantCli.OK;
    }

    private void write(Writer w, ObjectMapper mapper, JsonNode id, SentenceScore s) throws IOException {
        ObjectNode o = mapper.createObjectNode();
        o.set("id", id);
        ArrayNode spans = o.putArray("spans");
        for (ScoredWord sw : s.flagged()) {
            spans.addArray().add(sw.features().start()).add(sw.features().end());
        }
        o.put("label", s.biased() ? "Biased" : "Non-biased");
        if (scores) {
            ArrayNode words = o.putArray("words");
            for (ScoredWord sw : s.words()) {
                words.addArray().add(sw.features().start()).add(sw.features().end())
                        .add(Math.round(sw.score() * 1000) / 1000.0);
            }
        }
        w.write(mapper.writeValueAsString(o));
        w.write('\n');
    }

    private Integer train(ObjectMapper mapper, LoadedTerms terms) throws IOException {
        WordTrainerOptions options;
        try {
            options = new WordTrainerOptions(epochs, learningRate, WordTrainerOptions.DEFAULTS.l2(),
                    WordTrainerOptions.DEFAULTS.hashBits(), WordTrainerOptions.DEFAULTS.holdout(), seed);
        } catch (IllegalArgumentException e) {
            System.err.println("slant loaded-words: " + e.getMessage());
            return SlantCli.USAGE;
        }
        if ((saveModel == null) == (folds == 0)) {
            System.err.println("slant loaded-words: --train needs exactly one of --save-model and --cross-validate");
            return SlantCli.USAGE;
        }
        if (folds == 1 || folds < 0) {
            System.err.println("slant loaded-words: --cross-validate needs K >= 2");
            return SlantCli.USAGE;
        }
        byte[] bytes = Files.readAllBytes(train);
        List<LabelledSentence> data = LabelledSentences.parse(bytes, train.toString());
        WordModelTrainer trainer = WordModelTrainer.of(terms, options);
        if (saveModel != null) {
            TrainedWordModel m = trainer.train(data, train.toString(), Provenance.sha256(bytes));
            try {
                m.write(saveModel);
            } catch (FeaturesException e) {
                System.err.println("slant loaded-words: " + e.getMessage());
                return SlantCli.FAILURE;
            }
            System.err.printf("slant loaded-words: trained on %d sentences (%d words, %d marked); thresholds word %.2f sentence %.2f%n",
                    m.provenance().sentences(), m.provenance().words(), m.provenance().positives(), m.threshold(),
                    m.sentenceThreshold());
            return SlantCli.OK;
        }
        Map<String, SentenceScore> oof = trainer.crossValidate(data, folds);
        try (Writer w = out.equals("-")
                ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                : Files.newBufferedWriter(Path.of(out), StandardCharsets.UTF_8)) {
            for (Map.Entry<String, SentenceScore> e : oof.entrySet()) {
                write(w, mapper, mapper.getNodeFactory().textNode(e.getKey()), e.getValue());
            }
        }
        System.err.printf("slant loaded-words: %d-fold out-of-fold predictions for %d sentences%n", folds, oof.size());
        return SlantCli.OK;
    }

    private static Lexicon load(String spec) throws FeaturesException {
        int eq = spec.indexOf('=');
        if (eq > 0) {
            Category c = Category.parse(spec.substring(0, eq));
            return Lexicon.load(Path.of(spec.substring(eq + 1)), c);
        }
        return Lexicon.load(Path.of(spec), null);
    }
}
