package org.slant.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.analysis.classify.ClassifierSpec;
import org.slant.analysis.stats.StatsConfig;
import org.slant.analysis.story.StoryConfig;
import org.slant.cli.batch.ReportSettings;
import org.slant.cli.batch.RunConfig;
import org.slant.report.Highlight;
import org.slant.report.ReportData;
import org.slant.report.ReportException;
import org.slant.report.Reports;
import org.slant.report.StoryArticle;
import org.slant.ingest.ArticleJson;
import org.slant.ingest.IngestOptions;

class RunCommandTest {

    @TempDir
    Path dir;

    private Path sampleCorpus() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (String name : DemoCommand.SAMPLE) {
            try (InputStream s = DemoCommand.class.getResourceAsStream("sample/" + name)) {
                Files.write(in.resolve(name), s.readAllBytes());
            }
        }
        Files.writeString(in.resolve("z.jsonl"), "{\"id\":\"j1\",\"outlet\":\"Paper\",\"text\":\"Officials said the talks would resume.\"}\nbroken\n");
        return in;
    }

    @Test
    void runWritesEveryOutputAndAccountsForEveryRecord() throws IOException, ReportException {
        Path in = sampleCorpus();
        Path out = dir.resolve("out");
        assertEquals(SlantCli.OK, SlantCli.execute("run", "--in", in.toString(), "--out", out.toString()));
        assertEquals(3, ArticleJson.readAll(out.resolve("articles.jsonl.gz")).size());
        List<String> rejects = Files.readAllLines(out.resolve("rejects.jsonl"));
        assertEquals(1, rejects.size());
        assertTrue(rejects.get(0).contains("z.jsonl") && rejects.get(0).contains("MALFORMED"));
        List<String> csv = Files.readAllLines(out.resolve("features.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.stream().anyMatch(l -> l.startsWith("almayadeen-trump-putin-budapest,")), "a row per article");
        assertTrue(Files.readString(out.resolve("features.arff")).contains("@relation"));
        assertTrue(Files.readString(out.resolve("provenance.json")).contains("\"configSha256\""));
        for (String f : OUTPUTS) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        String story = org.jsoup.Jsoup.parse(Files.readString(storyPage(out), StandardCharsets.UTF_8)).text();
        for (var a : ArticleJson.readAll(out.resolve("articles.jsonl.gz"))) {
            if (!a.id().equals("j1")) {
                assertTrue(story.contains(a.headline()), "story page shows the headline of " + a.id());
            }
        }
        ReportData data = Reports.readJson(out.resolve("report.json"));
        assertEquals(3, data.corpus().articleCount());
        assertEquals(1, data.corpus().rejectedCount(), "the broken line is in the report's corpus summary");
        assertEquals(1, data.stories().size());
        for (StoryArticle a : data.stories().get(0).articles()) {
            assertTrue(a.highlights().stream().anyMatch(h -> h instanceof Highlight.Attribution), a.articleId() + " has attributions");
        }
    }

    @Test
    void theReportShowsTheLargestOutletsWhileStatsFilesKeepEveryOutlet() throws IOException, ReportException {
        Path in = sampleCorpus();
        Path out = dir.resolve("out");
        Path config = dir.resolve("config.json");
        Files.writeString(config, "{\"report\":{\"maxOutlets\":1}}");
        assertEquals(SlantCli.OK, SlantCli.execute("run", "--in", in.toString(), "--out", out.toString(),
                "--config", config.toString()));
        ReportData data = Reports.readJson(out.resolve("report.json"));
        java.util.Set<String> reported = new java.util.TreeSet<>();
        data.features().forEach(f -> f.outlets().forEach(o -> reported.add(o.outlet())));
        data.sourcing().forEach(c -> reported.add(c.outlet()));
        assertEquals(1, reported.size(), reported.toString());
        assertTrue(data.methodology().stream().anyMatch(m -> m.name().equals("Outlets shown")));
        java.util.Set<String> counted = new java.util.TreeSet<>();
        for (String line : Files.readAllLines(out.resolve("stats/feature-comparison.csv")).subList(1, 4)) {
            counted.add(line.split(",")[1]);
        }
        assertEquals(3, counted.size(), "every outlet stays in stats/: " + counted);
        assertTrue(Files.readAllLines(out.resolve("stats/outlet-counts.csv")).size() > 1);
    }

    @Test
    void labelledCorpusGetsAnOutletGroupedClassifierAndAModelTheSameEachRun() throws IOException, ReportException {
        Path in = Files.createDirectories(dir.resolve("labelled"));
        StringBuilder jsonl = new StringBuilder();
        String[] outlets = {"Left Daily", "Left Weekly", "Right Daily", "Right Weekly"};
        for (int o = 0; o < outlets.length; o++) {
            String label = o < 2 ? "left" : "right";
            for (int k = 0; k < 3; k++) {
                String text = o < 2
                        ? "Activists said the so-called reforms were a disaster, according to a union leader. “We will fight,” she said."
                        : "The minister said the reforms would help families. Officials confirmed the plan on Tuesday.";
                jsonl.append("{\"id\":\"").append(o).append('-').append(k).append("\",\"outlet\":\"").append(outlets[o])
                        .append("\",\"label\":\"").append(label).append("\",\"title\":\"Reform vote ").append(k)
                        .append("\",\"text\":\"").append(text).append(" Story ").append(k).append(".\"}\n");
            }
        }
        Files.writeString(in.resolve("corpus.jsonl"), jsonl.toString());
        Path cfg = dir.resolve("labelled.json");
        Files.writeString(cfg, "{\"seed\":11,\"report\":{\"minLabelled\":4,\"folds\":2}}");
        Path one = dir.resolve("l1");
        Path two = dir.resolve("l2");
        assertEquals(SlantCli.OK, SlantCli.execute("run", "--in", in.toString(), "--out", one.toString(), "--config", cfg.toString()));
        assertEquals(SlantCli.OK, SlantCli.execute("run", "--in", in.toString(), "--out", two.toString(), "--config", cfg.toString(),
                "--threads", "3"));
        assertTrue(Files.size(one.resolve("model/model.slant")) > 0);
        ReportData data = Reports.readJson(one.resolve("report.json"));
        assertTrue(data.classifier() != null, "a classifier result in the report");
        assertTrue(data.classifier().evaluation().contains("OUTLET") && data.classifier().evaluation().contains("seed 11"),
                data.classifier().evaluation());
        assertEquals(List.of("left", "right"), data.classifier().classes());
        assertEquals(12, data.classifier().confusion().stream().flatMap(List::stream).mapToLong(Long::longValue).sum());
        assertSameFiles(one, two);

        // past report.maxLabelled, the classifier sees a seeded sample of that many, and says so
        Path capped = dir.resolve("capped.json");
        Files.writeString(capped, "{\"seed\":11,\"report\":{\"minLabelled\":4,\"folds\":2,\"maxLabelled\":10}}");
        Path three = dir.resolve("l3");
        assertEquals(SlantCli.OK, SlantCli.execute("run", "--in", in.toString(), "--out", three.toString(), "--config", capped.toString()));
        ReportData sampled = Reports.readJson(three.resolve("report.json"));
        assertTrue(sampled.classifier().evaluation().contains("sample of 10 of the 12 labelled articles"),
                sampled.classifier().evaluation());
        assertEquals(10, sampled.classifier().confusion().stream().flatMap(List::stream).mapToLong(Long::longValue).sum());
        assertTrue(Files.readString(three.resolve("model/evaluation.txt")).startsWith("Evaluated and trained on a sample of 10"));
    }

    /** Outputs every run writes. */
    static final List<String> OUTPUTS = List.of("articles.jsonl.gz", "rejects.jsonl", "features.csv", "features.arff",
            "provenance.json", "report.json", "stats/feature-comparison.csv", "stats/distinctive-words.csv",
            "story/stories.csv", "report/index.html", "report/report.json");

    static Path storyPage(Path out) throws IOException {
        try (var files = Files.list(out.resolve("report/stories"))) {
            return files.filter(p -> p.getFileName().toString().matches("story-1-.*\\.html")).findFirst()
                    .orElseThrow(() -> new AssertionError("no story page in " + out));
        }
    }

    /** Both directories hold the same files with the same bytes. */
    static void assertSameFiles(Path a, Path b) throws IOException {
        List<Path> left;
        List<Path> right;
        try (var x = Files.walk(a); var y = Files.walk(b)) {
            left = x.filter(Files::isRegularFile).map(a::relativize).sorted().toList();
            right = y.filter(Files::isRegularFile).map(b::relativize).sorted().toList();
        }
        assertEquals(left, right);
        assertTrue(left.size() > OUTPUTS.size(), "story pages and report CSVs are compared too");
        for (Path f : left) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f.toString());
        }
    }

    @Test
    void sameInputGivesSameBytesWhateverTheThreads() throws IOException {
        Path in = sampleCorpus();
        Path one = dir.resolve("one");
        Path again = dir.resolve("again");
        assertEquals(SlantCli.OK, SlantCli.execute("run", "--in", in.toString(), "--out", one.toString(), "--threads", "1"));
        assertEquals(SlantCli.OK, SlantCli.execute("run", "--in", in.toString(), "--out", again.toString(), "--threads", "1"));
        assertSameFiles(one, again);
        Path threaded = dir.resolve("threaded");
        assertEquals(SlantCli.OK, SlantCli.execute("run", "--in", in.toString(), "--out", threaded.toString(), "--threads", "4"));
        assertSameFiles(one, threaded);
    }

    @Test
    void configRoundTripsAndBadConfigIsUsageError() throws IOException {
        RunConfig cfg = new RunConfig(IngestOptions.defaults().withOutlet("X"), List.of("sourcing"), 3, 7,
                new StatsConfig(9L, 500, 0.9, 3), new StoryConfig(0.3, 2, 100, 1, false, 0.4),
                new ClassifierSpec.RandomForest(50, 0, 1), new ReportSettings("T", 5, 100, 4, 10, 500.0, 3, 10, 7, 1000));
        assertEquals(cfg, RunConfig.fromJson(cfg.toJson()));
        assertEquals(RunConfig.defaults(), RunConfig.fromJson("{}"));
        RunConfig partial = RunConfig.fromJson("{\"ingest\":{\"mapping\":{\"domain\":\"host\"}},\"report\":{\"title\":\"T\"},"
                + "\"classifier\":{\"name\":\"j48\"}}");
        assertEquals("host", partial.ingest().mapping().domain());
        assertEquals("text", partial.ingest().mapping().text(), "fields a section leaves out keep their defaults");
        assertEquals(new ReportSettings("T", 100, 1000, 12, 25, 1000.0, 5, 20, 40, 50_000), partial.report());
        assertEquals("j48", partial.classifier().name());
        Path badStats = dir.resolve("bad-stats.json");
        Files.writeString(badStats, "{\"report\":{\"folds\":1}}");
        assertEquals(SlantCli.FAILURE, SlantCli.execute("config", "--check", badStats.toString()));
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"extractors\":[\"nope\"]}");
        assertEquals(SlantCli.USAGE, SlantCli.execute("run", "--in", dir.toString(), "--out", dir.resolve("o").toString(),
                "--config", bad.toString()));
        assertEquals(SlantCli.FAILURE, SlantCli.execute("config", "--check", bad.toString()));
        assertEquals(SlantCli.OK, SlantCli.execute("config", "--print-default"));
    }
}
