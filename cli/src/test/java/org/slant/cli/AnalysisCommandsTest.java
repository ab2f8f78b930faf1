package org.slant.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.analysis.AnalysisException;
import org.slant.analysis.classify.ModelProvenance;
import org.slant.analysis.classify.TrainedModel;

/**
 * Runs {@code slant train, evaluate, predict, compare} and {@code stories} end to end through
 * {@link SlantCli#execute} and checks what the scorers read, plus the user mistakes each must refuse with one
 * line on stderr and no stack trace.
 *
 * <p>Fixtures (written for these tests, synthetic): {@code analysis/corpus.jsonl} holds 40 articles of four
 * outlets, two labelled {@code left} and two {@code right}; each outlet covers the same three events (a
 * bridge collapse, a water levy, a wildfire: ids {@code <outlet>-bridge}, ...) and seven events of its own,
 * some published within days of the shared ones. Each report of a shared event has one sentence (the
 * fourth) no other outlet carries. {@code analysis/lone.jsonl} is one article of a fifth outlet;
 * {@code analysis/compare.csv} is a feature table with a constant column, missing values and an outlet with
 * one row.
 */
class AnalysisCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SHARED_STORIES = List.of("bridge", "water", "wildfire");
    private static final String[] WORDS = {"--features", "none", "--words", "--min-df", "2"};

    private static Path corpus;
    private static Map<String, JsonNode> articles;

    @TempDir
    Path dir;

    @BeforeAll
    static void readCorpus() throws IOException {
        corpus = resource("corpus.jsonl");
        articles = new LinkedHashMap<>();
        for (String line : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
            JsonNode n = JSON.readTree(line);
            articles.put(n.get("id").asText(), n);
        }
        assertEquals(40, articles.size());
    }

    private static Path resource(String name) {
        try {
            return Path.of(AnalysisCommandsTest.class.getResource("/analysis/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- running the command line -------------------------------------------------------------------

    /** What one run printed and returned. */
    private record Run(int code, String out, String err) {
        /** The lines of stderr. */
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    /** A stream that remembers being closed: the in-process entry point must leave stdout open. */
    private static final class Capture extends PrintStream {
        private final ByteArrayOutputStream bytes;
        private boolean closed;

        Capture(ByteArrayOutputStream bytes) {
            super(bytes, true, StandardCharsets.UTF_8);
            this.bytes = bytes;
        }

        @Override
        public void close() {
            closed = true;
            super.close();
        }

        String text() {
            flush();
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }

    private static Run run(Object... args) {
        String[] a = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            a[i] = args[i].toString();
        }
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        Capture out = new Capture(new ByteArrayOutputStream());
        Capture err = new Capture(new ByteArrayOutputStream());
        System.setOut(out);
        System.setErr(err);
        int code;
        try {
            code = SlantCli.execute(a);
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
        assertFalse(out.closed, "slant " + a[0] + " closed stdout");
        assertFalse(err.closed, "slant " + a[0] + " closed stderr");
        return new Run(code, out.text(), err.text());
    }

    private static Object[] args(Object[] first, Object... rest) {
        Object[] all = new Object[first.length + rest.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(rest, 0, all, first.length, rest.length);
        return all;
    }

    private static Object[] command(String name, Object... rest) {
        return args(new Object[] {name}, rest);
    }

    /**
     * Asserts a refused run: a non-zero exit, nothing on stdout, no stack trace, and one stderr line of the
     * command's own naming every one of {@code mentions} (case-insensitive).
     */
    private static void assertRefused(Run r, String command, String... mentions) {
        String context = "slant " + command + " stderr:\n" + r.err();
        assertNotEquals(SlantCli.OK, r.code(), context);
        assertEquals("", r.out(), "no output on a refusal; " + context);
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception") || r.err().contains("Caused by"),
                "no stack trace or exception class; " + context);
        List<String> own = r.errLines().stream().filter(l -> l.startsWith("slant " + command + ": ")).toList();
        assertFalse(own.isEmpty(), "a 'slant " + command + ":' line; " + context);
        String line = own.get(own.size() - 1).toLowerCase(Locale.ROOT);
        for (String m : mentions) {
            assertTrue(line.contains(m.toLowerCase(Locale.ROOT)), "the message names '" + m + "'; " + context);
        }
    }

    private static List<JsonNode> jsonLines(String text) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : text.lines().toList()) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    private static List<JsonNode> jsonLines(Path file) throws IOException {
        return jsonLines(Files.readString(file, StandardCharsets.UTF_8));
    }

    private static String outletOf(String id) {
        return articles.get(id).get("outlet").asText();
    }

    @Test
    void everyAnalysisCommandAnswersHelpAndVersion() {
        for (String cmd : List.of("train", "evaluate", "predict", "compare", "stories")) {
            Run help = run(cmd, "--help");
            assertEquals(SlantCli.OK, help.code(), cmd);
            assertTrue(help.out().startsWith("Usage: slant " + cmd), help.out());
            Run version = run(cmd, "--version");
            assertEquals(SlantCli.OK, version.code(), cmd);
            assertTrue(version.out().startsWith("slant "), version.out());
        }
    }

    // ---- train, predict, evaluate ---------------------------------------------------------------------

    @Test
    void trainSavesAModelWithProvenanceAndPredictLabelsEveryArticleOnce() throws IOException, AnalysisException {
        Path model = dir.resolve("leaning.model");
        Run train = run(args(args(command("train", corpus), WORDS), "-c", "logistic", "--seed", "7", "-o", model));
        assertEquals(SlantCli.OK, train.code(), train.err());

        ModelProvenance p = TrainedModel.load(model).provenance();
        assertEquals("logistic", p.classifier().name());
        assertEquals(7L, p.seed());
        assertEquals(40, p.trainingRows());
        assertEquals(List.of("left", "right"), p.classes());
        assertTrue(p.featureSet().startsWith("words/"), p.featureSet());
        assertTrue(p.featureNames().contains("w:taxpayers") && p.featureNames().contains("w:workers"), "word columns");
        assertTrue(p.trainingDataSha256().matches("[0-9a-f]{64}"), p.trainingDataSha256());
        assertFalse(p.slantVersion().isBlank());

        Path preds = dir.resolve("preds.jsonl");
        Run predict = run("predict", corpus, "-m", model, "-o", preds);
        assertEquals(SlantCli.OK, predict.code(), predict.err());
        List<JsonNode> lines = jsonLines(preds);
        assertEquals(List.copyOf(articles.keySet()), lines.stream().map(n -> n.get("id").asText()).toList(),
                "one line per article, in input order");
        for (JsonNode n : lines) {
            assertEquals(Set.of("id", "label"), fieldNames(n));
            assertTrue(p.classes().contains(n.get("label").asText()), n.toString());
        }
        long right = lines.stream().filter(n -> n.get("label").asText().equals(articles.get(n.get("id").asText())
                .get("label").asText())).count();
        assertTrue(right >= 36, "the leaning words separate the training articles: " + right + " of 40");
    }

    @Test
    void predictWritesToStdoutByDefaultAndRebuildsTheFramingFeaturesOfTheModel() throws IOException {
        Path model = dir.resolve("framing.model");
        assertEquals(SlantCli.OK, run("train", corpus, "-c", "j48", "-o", model).code());
        Run predict = run("predict", corpus, "-m", model);
        assertEquals(SlantCli.OK, predict.code(), predict.err());
        List<JsonNode> lines = jsonLines(predict.out());
        assertEquals(List.copyOf(articles.keySet()), lines.stream().map(n -> n.get("id").asText()).toList());
        lines.forEach(n -> assertEquals(Set.of("id", "label"), fieldNames(n)));
    }

    @Test
    void trainingTwiceWithTheSameSeedWritesTheSameModelBytes() {
        Path one = dir.resolve("one.model");
        Path two = dir.resolve("two.model");
        assertEquals(SlantCli.OK, run(args(args(command("train", corpus), WORDS), "-c", "random-forest", "-O", "trees=5",
                "-o", one)).code());
        assertEquals(SlantCli.OK, run(args(args(command("train", corpus), WORDS), "-c", "random-forest", "-O", "trees=5",
                "-o", two)).code());
        assertEquals(-1L, mismatch(one, two));
    }

    @Test
    void evaluateGroupedByOutletPredictsEveryArticleAndPrintsTheMetrics() throws IOException {
        Path preds = dir.resolve("cv.jsonl");
        Run r = run(args(args(command("evaluate", corpus), WORDS), "--folds", "2", "--group-by", "outlet", "-o", preds));
        assertEquals(SlantCli.OK, r.code(), r.err());
        assertTrue(r.err().contains("accuracy") && r.err().contains("macro-F1"), r.err());
        assertTrue(r.err().contains("grouped by OUTLET") && r.err().contains("confusion"), r.err());
        assertTrue(r.err().lines().anyMatch(l -> l.startsWith("left ")) && r.err().lines().anyMatch(l -> l.startsWith("right ")),
                "per-class lines: " + r.err());

        List<JsonNode> lines = jsonLines(preds);
        assertEquals(new TreeSet<>(articles.keySet()), new TreeSet<>(lines.stream().map(n -> n.get("id").asText()).toList()));
        assertEquals(40, lines.size(), "each article once");
        Map<String, Set<Integer>> foldsOfOutlet = new HashMap<>();
        for (JsonNode n : lines) {
            assertEquals(Set.of("id", "label", "fold"), fieldNames(n));
            assertTrue(Set.of("left", "right").contains(n.get("label").asText()), n.toString());
            foldsOfOutlet.computeIfAbsent(outletOf(n.get("id").asText()), k -> new HashSet<>()).add(n.get("fold").asInt());
        }
        assertEquals(4, foldsOfOutlet.size());
        foldsOfOutlet.forEach((outlet, folds) -> assertEquals(1, folds.size(), outlet + " lies in one fold: " + folds));
        assertEquals(Set.of(0, 1), foldsOfOutlet.values().stream().flatMap(Set::stream).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void evaluateWithTheSameSeedWritesTheSameBytesTwice() {
        Path one = dir.resolve("one.jsonl");
        Path two = dir.resolve("two.jsonl");
        for (Path p : List.of(one, two)) {
            Run r = run("evaluate", corpus, "-c", "random-forest", "-O", "trees=10", "--seed", "11", "--folds", "2", "-o", p);
            assertEquals(SlantCli.OK, r.code(), r.err());
        }
        assertEquals(-1L, mismatch(one, two));
    }

    // ---- compare ------------------------------------------------------------------------------------

    /** The compare CSV as maps from header name to cell, keyed by "feature/outlet". */
    private static Map<String, Map<String, String>> csvRows(String csv) {
        List<String> lines = csv.lines().toList();
        List<String> header = List.of(lines.get(0).split(",", -1));
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            assertEquals(header.size(), cells.length, line);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < cells.length; i++) {
                row.put(header.get(i), cells[i]);
            }
            assertTrue(rows.put(row.get("feature") + "/" + row.get("outlet"), row) == null, "one row per feature and outlet");
        }
        return rows;
    }

    private static void assertNoNonFiniteNumbers(String text) {
        assertFalse(text.contains("NaN") || text.contains("Infinity"), text);
    }

    @Test
    void compareSummarisesEveryOutletAndExplainsSingleArticlesConstantFeaturesAndMissingValues() throws IOException {
        Path out = dir.resolve("outlets.csv");
        Path pairs = dir.resolve("pairs.csv");
        Run r = run("compare", "--table", resource("compare.csv"), "-o", out, "--pairs", pairs);
        assertEquals(SlantCli.OK, r.code(), r.err());
        String csv = Files.readString(out, StandardCharsets.UTF_8);
        assertNoNonFiniteNumbers(csv);
        Map<String, Map<String, String>> rows = csvRows(csv);
        assertEquals(9, rows.size(), "three features by three outlets");

        Map<String, String> alpha = rows.get("quotes/Alpha");
        assertEquals("4", alpha.get("n"));
        assertEquals(4.5, Double.parseDouble(alpha.get("mean")), 1e-9);
        assertTrue(Double.parseDouble(alpha.get("ci_low")) <= 4.5 && 4.5 <= Double.parseDouble(alpha.get("ci_high")), alpha.toString());
        assertEquals("bootstrap", alpha.get("ci_method"));
        assertEquals("true", alpha.get("tested"));
        double p = Double.parseDouble(alpha.get("p"));
        assertTrue(p > 0 && p < 0.05, "Alpha quotes more than Beta: " + alpha);
        assertFalse(alpha.get("kruskal_h").isEmpty() || alpha.get("p_bh").isEmpty(), alpha.toString());

        Map<String, String> gamma = rows.get("quotes/Gamma");
        assertEquals("1", gamma.get("n"));
        assertEquals("false", gamma.get("tested"), "one article is summarised, not tested");
        assertEquals("none", gamma.get("ci_method"), "a single value has no interval");
        assertEquals(9.0, Double.parseDouble(gamma.get("mean")), 1e-9);

        for (String outlet : List.of("Alpha", "Beta", "Gamma")) {
            Map<String, String> flagged = rows.get("flagged/" + outlet);
            assertTrue(flagged.get("note").startsWith("constant feature"), flagged.toString());
            assertEquals("", flagged.get("kruskal_h") + flagged.get("p") + flagged.get("p_bh"), "a constant is not tested");
        }
        Map<String, String> beta = rows.get("ratio/Beta");
        assertEquals("3", beta.get("n"));
        assertEquals("1", beta.get("missing"));
        assertEquals(0.2, Double.parseDouble(beta.get("mean")), 1e-9);
        Map<String, String> gammaRatio = rows.get("ratio/Gamma");
        assertEquals("0", gammaRatio.get("n"), "Gamma's only ratio is missing");
        assertEquals("1", gammaRatio.get("missing"));
        assertEquals("", gammaRatio.get("mean") + gammaRatio.get("ci_low") + gammaRatio.get("ci_method"),
                "no mean or interval of nothing");

        List<String> pairLines = Files.readAllLines(pairs, StandardCharsets.UTF_8);
        assertEquals("feature,outlet_a,outlet_b,u,p,p_bh,cliffs_delta", pairLines.get(0));
        List<String> quotePairs = pairLines.stream().filter(l -> l.startsWith("quotes,")).toList();
        assertEquals(1, quotePairs.size(), "Gamma's single article takes no part: " + pairLines);
        String[] q = quotePairs.get(0).split(",", -1);
        assertEquals(List.of("Alpha", "Beta"), List.of(q[1], q[2]));
        assertEquals(1.0, Math.abs(Double.parseDouble(q[6])), 1e-9, "every Alpha value exceeds every Beta value");
        assertNoNonFiniteNumbers(String.join("\n", pairLines));
    }

    @Test
    void compareOfArticlesGivesEveryFeatureOfEveryOutletTheSameBytesForTheSameSeed() {
        Path one = dir.resolve("one.csv");
        Path two = dir.resolve("two.csv");
        for (Path p : List.of(one, two)) {
            Run r = run("compare", corpus, resource("lone.jsonl"), "--seed", "5", "-o", p);
            assertEquals(SlantCli.OK, r.code(), r.err());
        }
        assertEquals(-1L, mismatch(one, two));
        String csv = read(one);
        assertNoNonFiniteNumbers(csv);
        Map<String, Map<String, String>> rows = csvRows(csv);
        Set<String> features = new TreeSet<>();
        rows.values().forEach(row -> features.add(row.get("feature")));
        assertTrue(features.size() > 5, features.toString());
        assertEquals(features.size() * 5, rows.size(), "five outlets for every feature");
        for (String f : features) {
            Map<String, String> lone = rows.get(f + "/Island Gazette");
            assertEquals("1", lone.get("n"), lone.toString());
            assertEquals("false", lone.get("tested"), lone.toString());
            assertEquals("10", rows.get(f + "/Harbor Herald").get("n"));
        }
    }

    // ---- stories ------------------------------------------------------------------------------------

    @Test
    void storiesPutEachSharedEventInOneClusterAndEveryOtherArticleAlone() throws IOException {
        Path flags = dir.resolve("flags.jsonl");
        Run r = run("stories", corpus, "--flags", flags);
        assertEquals(SlantCli.OK, r.code(), r.err());
        List<JsonNode> lines = jsonLines(r.out());
        Map<String, String> cluster = new LinkedHashMap<>();
        for (JsonNode n : lines) {
            assertEquals(Set.of("article_id", "cluster"), fieldNames(n));
            assertTrue(cluster.put(n.get("article_id").asText(), n.get("cluster").asText()) == null, "each article once");
        }
        assertEquals(articles.keySet(), cluster.keySet());

        Map<String, Set<String>> members = new HashMap<>();
        cluster.forEach((id, c) -> members.computeIfAbsent(c, k -> new TreeSet<>()).add(id));
        Set<String> sharedClusters = new HashSet<>();
        for (String story : SHARED_STORIES) {
            Set<String> ids = new TreeSet<>();
            articles.keySet().stream().filter(id -> id.endsWith("-" + story)).forEach(ids::add);
            assertEquals(4, ids.size());
            String c = cluster.get(ids.iterator().next());
            assertEquals(ids, members.get(c), "the four reports of the " + story + " story, and nothing else");
            sharedClusters.add(c);
        }
        assertEquals(3, sharedClusters.size());
        assertEquals(3 + 28, members.size(), "each outlet's own events stay alone");

        // the fourth body sentence of each shared report is the one its outlet alone carries
        Set<String> expected = new TreeSet<>();
        for (String id : articles.keySet()) {
            if (SHARED_STORIES.stream().anyMatch(st -> id.endsWith("-" + st))) {
                expected.add(id + "#3");
            }
        }
        Set<String> flagged = new TreeSet<>();
        for (JsonNode n : jsonLines(flags)) {
            assertEquals(Set.of("id", "flag"), fieldNames(n));
            assertTrue(n.get("flag").asBoolean(), n.toString());
            flagged.add(n.get("id").asText());
        }
        assertEquals(expected, flagged);
        assertEquals(r.out(), run("stories", corpus).out(), "the same clusters, byte for byte, on a second run");
    }

    // ---- refusals -----------------------------------------------------------------------------------

    private Path write(String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String HEADER = "id,outlet,date,story,label,x\n";

    @Test
    void emptyInputIsRefusedByEveryCommand() {
        Path table = write("empty.csv", HEADER);
        Path none = write("empty.jsonl", "");
        Path model = dir.resolve("m.model");
        assertRefused(run("train", "--table", table, "-o", model), "train", "no labelled rows");
        assertRefused(run("train", none, "-o", model), "train", "no labelled rows");
        assertFalse(Files.exists(model), "no model written");
        assertRefused(run("evaluate", "--table", table), "evaluate", "no labelled rows");
        assertRefused(run("compare", "--table", table), "compare", "no rows");
        assertRefused(run("compare", none), "compare", "no articles");
        assertRefused(run("stories", none), "stories", "no articles");

        Path trained = dir.resolve("x.model");
        assertEquals(SlantCli.OK, run("train", "--table", write("two.csv", HEADER + "a,o1,,,left,1\nb,o2,,,right,2\n"),
                "-o", trained).code());
        assertRefused(run("predict", "--table", table, "-m", trained), "predict", "no rows");
    }

    @Test
    void aSingleClassIsRefused() {
        Path table = write("single.csv", HEADER + "a,o1,,,left,1\nb,o2,,,left,2\nc,o3,,,left,3\n");
        assertRefused(run("train", "--table", table, "-o", dir.resolve("m.model")), "train", "single class", "left");
        assertRefused(run("evaluate", "--table", table, "--folds", "2"), "evaluate", "single class", "left");
    }

    @Test
    void anUnknownClassifierIsRefusedWithTheValidNames() {
        for (String cmd : List.of("train", "evaluate")) {
            Run r = run(cmd, corpus, "-c", "perceptron", "-o", dir.resolve("m"));
            assertEquals(SlantCli.USAGE, r.code(), r.err());
            assertRefused(r, cmd, "perceptron", "naive-bayes", "logistic", "j48", "random-forest", "linear-svm");
        }
    }

    @Test
    void anUnknownClassifierOptionIsRefusedWithTheValidOptions() {
        for (String cmd : List.of("train", "evaluate")) {
            Run r = run(cmd, corpus, "-c", "j48", "-O", "trees=3", "-o", dir.resolve("m"));
            assertEquals(SlantCli.USAGE, r.code(), r.err());
            assertRefused(r, cmd, "trees", "j48", "confidence", "minLeaf", "unpruned");
        }
        assertRefused(run("train", corpus, "-c", "random-forest", "-O", "trees=0", "-o", dir.resolve("m")), "train",
                "trees must be >= 1");
    }

    @Test
    void anUnknownRowWeightingIsRefusedWithTheValidOnesBeforeAnyWork() {
        for (String cmd : List.of("train", "evaluate")) {
            Run r = run(cmd, corpus, "--weights", "balanced", "-o", dir.resolve("m"));
            assertEquals(SlantCli.USAGE, r.code(), r.err());
            assertRefused(r, cmd, "balanced", "uniform", "class_balanced", "outlet_balanced");
            assertEquals(1, r.errLines().size(), "nothing before the refusal: " + r.err());
        }
    }

    @Test
    void aModelFromAnotherFeatureSetIsRefused() {
        Path model = dir.resolve("words.model");
        assertEquals(SlantCli.OK, run(args(args(command("train", corpus), WORDS), "-o", model)).code());
        Path framing = dir.resolve("framing.csv");
        Run save = run("evaluate", corpus, "--folds", "2", "--save-table", framing);
        assertEquals(SlantCli.OK, save.code(), save.err());
        assertRefused(run("predict", "--table", framing, "-m", model), "predict", "feature set", "words/",
                "slant-features:");

        // a table's own feature set names no extractors, so the model cannot featurise articles
        Path tableModel = dir.resolve("table.model");
        assertEquals(SlantCli.OK, run("train", "--table", write("two.csv", HEADER + "a,o1,,,left,1\nb,o2,,,right,2\n"),
                "-o", tableModel).code());
        assertRefused(run("predict", corpus, "-m", tableModel), "predict", "feature table", "'csv'", "--table");
        assertRefused(run("evaluate", corpus, "--test-table", dir.resolve("two.csv")), "evaluate", "feature set",
                "slant-features:", "'csv'");

        // a table saved from the framing features keeps their names, so articles are featurised again
        Path framingModel = dir.resolve("framing.model");
        assertEquals(SlantCli.OK, run("train", "--table", framing, "-o", framingModel).code());
        Run again = run("predict", corpus, "-m", framingModel);
        assertEquals(SlantCli.OK, again.code(), again.err());
        assertEquals(40, again.out().lines().count());
        assertRefused(run("predict", corpus, "-m", corpus), "predict", "not a slant model", "corpus.jsonl");
    }

    @Test
    void nonFiniteValuesInATableAreRefusedWithTheirPlace() {
        Path nan = write("nan.csv", HEADER + "a,o1,,,left,1\nb,o2,,,right,NaN\n");
        Path inf = write("inf.csv", HEADER + "a,o1,,,left,-Infinity\nb,o2,,,right,2\n");
        Path big = write("big.jsonl", "{\"slant-table\":{\"featureSet\":\"csv\",\"columns\":[{\"name\":\"x\"}]}}\n"
                + "{\"id\":\"a\",\"outlet\":\"o1\",\"label\":\"left\",\"values\":{\"x\":1e999}}\n"
                + "{\"id\":\"b\",\"outlet\":\"o2\",\"label\":\"right\",\"values\":{\"x\":1}}\n");
        Path model = dir.resolve("m.model");
        assertEquals(SlantCli.OK, run("train", "--table", write("ok.csv", HEADER + "a,o1,,,left,1\nb,o2,,,right,2\n"),
                "-o", model).code());
        for (Object[] c : List.of(command("train", "-o", dir.resolve("n.model")), command("evaluate", "--folds", "2"),
                command("compare"), command("predict", "-m", model))) {
            String cmd = c[0].toString();
            assertRefused(run(args(c, "--table", nan)), cmd, "nan.csv:3", "'x'", "NaN", "not finite");
            assertRefused(run(args(c, "--table", inf)), cmd, "inf.csv:2", "'x'", "Infinity", "not finite");
            assertRefused(run(args(c, "--table", big)), cmd, "big.jsonl", "'x'", "not a finite number");
        }
    }

    @Test
    void aMissingInputFileIsNamed() {
        Path absent = dir.resolve("absent.jsonl");
        Path model = dir.resolve("m.model");
        assertEquals(SlantCli.OK, run(args(args(command("train", corpus), WORDS), "-o", model)).code());
        for (Object[] c : List.of(command("train", "-o", dir.resolve("n.model")), command("evaluate"), command("compare"),
                command("stories"), command("predict", "-m", model))) {
            assertRefused(run(args(c, absent)), c[0].toString(), "absent.jsonl", "does not exist");
        }
        assertRefused(run("predict", corpus, "-m", dir.resolve("absent.model")), "predict", "absent.model", "does not exist");
        assertRefused(run("train", "--table", dir.resolve("absent.csv"), "-o", model), "train", "absent.csv", "no such file");
    }

    @Test
    void aMalformedNgramRangeIsRefusedWithTheExpectedForm() {
        for (String bad : List.of("x-2", "1-", "-2", "1..2")) {
            assertRefused(run(args(args(command("evaluate", corpus, "--folds", "2"), WORDS), "--ngrams", bad)), "evaluate",
                    "--ngrams", "1-2", bad);
        }
    }

    @Test
    void anOutputInAMissingDirectoryIsRefusedBeforeAnyWork() {
        Path gone = dir.resolve("gone");
        Path model = dir.resolve("m.model");
        assertEquals(SlantCli.OK, run(args(args(command("train", corpus), WORDS), "-o", model)).code());
        List<Object[]> commands = List.of(command("train", corpus, "-o", gone.resolve("m.model")),
                command("evaluate", corpus, "--folds", "2", "-o", gone.resolve("p.jsonl")),
                command("evaluate", corpus, "--folds", "2", "--save-table", gone.resolve("t.csv")),
                command("predict", corpus, "-m", model, "-o", gone.resolve("p.jsonl")),
                command("compare", corpus, "-o", gone.resolve("c.csv")),
                command("compare", corpus, "--pairs", gone.resolve("pairs.csv")),
                command("stories", corpus, "-o", gone.resolve("s.jsonl")),
                command("stories", corpus, "--flags", gone.resolve("f.jsonl")));
        for (Object[] c : commands) {
            Run r = run(c);
            assertRefused(r, c[0].toString(), gone.toString(), "does not exist");
            assertFalse(r.err().contains("accuracy") || r.err().contains("slant stories: 40 articles"),
                    "refused before the work: " + r.err());
        }
    }

    @Test
    void aFileSystemErrorIsOneLineNamingTheFileAndTheReason() {
        assertEquals("/x/p.jsonl: no such file or directory", SlantCli.message(new java.nio.file.NoSuchFileException("/x/p.jsonl")));
        assertEquals("/x/p.jsonl: permission denied", SlantCli.message(new java.nio.file.AccessDeniedException("/x/p.jsonl")));
        assertEquals("/x: Not a directory", SlantCli.message(new java.nio.file.FileSystemException("/x", null, "Not a directory")));
        assertEquals("IOException", SlantCli.message(new IOException()));
        Path notADirectory = write("plain.txt", "");
        Run r = run("compare", corpus, "-o", notADirectory.resolve("c.csv"));
        assertRefused(r, "compare", notADirectory.toString(), "is not a directory");
    }

    @Test
    void noInputIsAUsageError() {
        Path model = dir.resolve("m.model");
        assertEquals(SlantCli.OK, run("train", "--table", write("ok.csv", HEADER + "a,o1,,,left,1\nb,o2,,,right,2\n"),
                "-o", model).code());
        for (Object[] c : List.of(command("train", "-o", dir.resolve("n.model")), command("evaluate"), command("compare"),
                command("stories"), command("predict", "-m", model))) {
            Run r = run(c);
            assertEquals(SlantCli.USAGE, r.code(), c[0] + ": " + r.err());
            assertRefused(r, c[0].toString(), "no input");
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private static Set<String> fieldNames(JsonNode n) {
        Set<String> names = new HashSet<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static long mismatch(Path a, Path b) {
        try {
            return Files.mismatch(a, b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
