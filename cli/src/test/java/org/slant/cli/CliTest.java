package org.slant.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.ingest.Article;
import org.slant.report.Highlight;
import org.slant.report.ReportData;
import org.slant.report.ReportException;
import org.slant.report.Reports;
import org.slant.report.StoryArticle;
import org.slant.ingest.ArticleJson;

class CliTest {

    @TempDir
    Path dir;

    @Test
    void versionAndHelpExitZero() {
        assertEquals(SlantCli.OK, SlantCli.execute("--version"));
        assertEquals(SlantCli.OK, SlantCli.execute("--help"));
        assertEquals(SlantCli.OK, SlantCli.execute("ingest", "--help"));
    }

    @Test
    void badUsageExitsTwo() {
        assertEquals(SlantCli.USAGE, SlantCli.execute("no-such-command"));
        assertEquals(SlantCli.USAGE, SlantCli.execute("ingest"));
        assertEquals(SlantCli.USAGE, SlantCli.execute());
    }

    @Test
    void missingInputExitsOne() {
        assertEquals(SlantCli.FAILURE, SlantCli.execute("ingest", dir.resolve("absent").toString()));
    }

    @Test
    void ingestWritesArticlesAndEveryRejection() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("corpus.jsonl"), "{\"id\":\"a\",\"text\":\"Some body text.\"}\nnot json\n");
        Files.writeString(in.resolve("empty.txt"), "");
        Path out = dir.resolve("out/articles.jsonl.gz");
        Files.createDirectories(out.getParent());
        assertEquals(SlantCli.OK, SlantCli.execute("ingest", in.toString(), "-o", out.toString()));
        List<Article> articles = ArticleJson.readAll(out);
        assertEquals(List.of("a"), articles.stream().map(Article::id).toList());
        List<String> rejects = Files.readAllLines(dir.resolve("out/rejects.jsonl"), StandardCharsets.UTF_8);
        assertEquals(2, rejects.size());
        assertTrue(rejects.get(0).contains("\"MALFORMED\"") && rejects.get(0).contains("\"record\":2"));
        assertTrue(rejects.get(1).contains("\"EMPTY\""));
    }

    @Test
    void demoWritesTheSampleRecordsAndTheSameBytesTwice() throws IOException {
        Path first = dir.resolve("one");
        Path second = dir.resolve("two");
        assertEquals(SlantCli.OK, SlantCli.execute("demo", "--out", first.toString()));
        assertEquals(SlantCli.OK, SlantCli.execute("demo", "--out", second.toString()));
        List<Article> articles = ArticleJson.readAll(first.resolve("articles.jsonl"));
        assertEquals(List.of("almayadeen-trump-putin-budapest", "indiablooms-trump-putin-budapest"),
                articles.stream().map(Article::id).toList());
        RunCommandTest.assertSameFiles(first, second);
        assertTrue(Files.readString(first.resolve("provenance.json")).contains("f4cb8a7eab408dbc3cfc050f29b4623bc9183b40615338f8ad1bcbe14a583989"));
    }

    @Test
    void demoReportShowsTheStoryFromBothOutletsSideBySideWithHighlights() throws IOException, ReportException {
        Path out = dir.resolve("demo");
        assertEquals(SlantCli.OK, SlantCli.execute("demo", "--out", out.toString()));
        assertTrue(Files.isRegularFile(out.resolve("report/index.html")));
        assertTrue(Files.isRegularFile(out.resolve("report/csv/features.csv")));
        ReportData data = Reports.readJson(out.resolve("report.json"));
        assertEquals(1, data.stories().size(), "the two seeds are one story");
        var story = data.stories().get(0);
        assertEquals(List.of("Al Mayadeen English", "indiablooms"), story.articles().stream().map(StoryArticle::outlet).toList());
        for (StoryArticle a : story.articles()) {
            assertTrue(a.highlights().stream().anyMatch(h -> h instanceof Highlight.Attribution at && at.part() == Highlight.Part.CUE),
                    a.articleId() + " has attribution cues");
        }
        assertTrue(data.features().stream().anyMatch(f -> f.name().equals("sourcing.attributions") && f.outlets().size() == 2));
        var page = org.jsoup.Jsoup.parse(Files.readString(RunCommandTest.storyPage(out), StandardCharsets.UTF_8));
        for (Article a : ArticleJson.readAll(out.resolve("articles.jsonl"))) {
            assertTrue(page.text().contains(a.headline()), "story page shows the headline of " + a.id());
        }
        assertTrue(page.select("mark, [class*=cue], [class*=attr]").size() > 0, "highlights are marked up on the story page");
    }

    @Test
    void attributionsWritesOneLinePerFileWithOffsetsAndLearnedCuesOnRequest() throws IOException {
        Path texts = Files.createDirectories(dir.resolve("texts"));
        String said = "The mayor said the bridge would close in May.";
        Files.writeString(texts.resolve("a.txt"), said, StandardCharsets.UTF_8);
        Files.writeString(texts.resolve("b.txt"), "Smith voted against the resolution last week.", StandardCharsets.UTF_8);
        Path rules = dir.resolve("rules.jsonl");
        Path learned = dir.resolve("learned.jsonl");
        assertEquals(SlantCli.OK, SlantCli.execute("attributions", "--in", texts.toString(), "--out", rules.toString()));
        assertEquals(SlantCli.OK, SlantCli.execute("attributions", "--in", texts.toString(), "--out", learned.toString(),
                "--learned-cues"));
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        List<String> lines = Files.readAllLines(rules, StandardCharsets.UTF_8);
        assertEquals(2, lines.size());
        var a = json.readTree(lines.get(0));
        assertEquals("a", a.get("id").asText());
        var cue = a.get("attributions").get(0).get("cue");
        assertEquals("said", said.substring(cue.get(0).asInt(), cue.get(1).asInt()));
        var source = a.get("attributions").get(0).get("source");
        assertEquals("The mayor", said.substring(source.get(0).asInt(), source.get(1).asInt()));
        assertEquals(0, json.readTree(lines.get(1)).get("attributions").size(), "no rule knows 'voted against'");
        List<String> withModel = Files.readAllLines(learned, StandardCharsets.UTF_8);
        assertEquals(lines.get(0), withModel.get(0), "what the rules find stays as it was");
        assertEquals(1, json.readTree(withModel.get(1)).get("attributions").size());
    }

    @Test
    void attributionsWithLearnedSpansFindsTheQuoteAndRefusesBothModelsAtOnce() throws IOException {
        Path texts = Files.createDirectories(dir.resolve("span-texts"));
        String quote = "\"The bridge will close in May,\" the mayor said on Friday.";
        Files.writeString(texts.resolve("a.txt"), quote, StandardCharsets.UTF_8);
        Path spans = dir.resolve("spans.jsonl");
        assertEquals(SlantCli.OK, SlantCli.execute("attributions", "--in", texts.toString(), "--out", spans.toString(),
                "--learned-spans"));
        var line = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                Files.readAllLines(spans, StandardCharsets.UTF_8).get(0));
        var at = line.get("attributions");
        assertEquals(1, at.size());
        var content = at.get(0).get("content");
        assertTrue(quote.substring(content.get(0).asInt(), content.get(1).asInt()).contains("The bridge will close in May"));
        var source = at.get(0).get("source");
        assertEquals("the mayor", quote.substring(source.get(0).asInt(), source.get(1).asInt()));
        assertEquals(SlantCli.USAGE, SlantCli.execute("attributions", "--in", texts.toString(), "--out", spans.toString(),
                "--learned-spans", "--learned-cues"));
    }
}
