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
import java.util.concurrent.Callable;
import org.slant.features.FeaturesException;
import org.slant.features.lexicon.Category;
import org.slant.features.lexicon.HeuristicWordModel;
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

    @Option(names = "--in", required = true, paramLabel = "FILE", description = "Sentences as JSONL; '-' for stdin.")
    String in;

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
        WordScorer scorer = WordScorer.of(LoadedTerms.with(lexicon), HeuristicWordModel.INSTANCE);
        ObjectMapper mapper = new ObjectMapper();
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

    private static Lexicon load(String spec) throws FeaturesException {
        int eq = spec.indexOf('=');
        if (eq > 0) {
            Category c = Category.parse(spec.substring(0, eq));
            return Lexicon.load(Path.of(spec.substring(eq + 1)), c);
        }
        return Lexicon.load(Path.of(spec), null);
    }
}
