package org.slant.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {
    @TempDir
    Path dir;

    static Document parse(Path file) throws IOException {
        return Jsoup.parse(Files.readString(file), file.toUri().toString());
    }

    static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void writesIndexStoryPagesCsvAndJson() throws Exception {
        Path index = Reports.write(Fixtures.small(), dir);
        assertEquals(dir.resolve("index.html"), index);
        assertTrue(Files.exists(dir.resolve(Reports.JSON_FILE)));
        Document doc = parse(index);
        assertEquals("Framing of the Vienna talks", doc.title());
        for (String id : List.of("corpus", "comparison", "charts", "words", "sourcing", "stance", "naming", "blurbs",
                "stories", "classifier", "methodology", "provenance")) {
            assertFalse(doc.select("section#" + id).isEmpty(), "section " + id);
        }
        assertEquals(12, doc.select("#charts svg.chart").size(), "one chart per feature");
        assertEquals(2 * 12, doc.select("#charts svg.chart line.whisker").size(), "a whisker per outlet and feature");
        Element link = doc.selectFirst("#stories ol.stories a");
        Path story = dir.resolve(link.attr("href"));
        assertTrue(Files.exists(story), story.toString());
        assertTrue(Files.exists(dir.resolve("stories/list-1.html")));
    }

    @Test
    void everyCsvLinkPointsToAFileBesideThePage() throws Exception {
        Reports.write(Fixtures.small(), dir);
        List<Path> pages = files(dir).stream().filter(p -> p.toString().endsWith(".html")).toList();
        int links = 0;
        for (Path page : pages) {
            for (Element a : parse(page).select("a.csv")) {
                Path target = page.getParent().resolve(a.attr("href")).normalize();
                assertTrue(Files.isRegularFile(target), page + " links to missing " + target);
                assertTrue(Files.readString(target).contains(","), target.toString());
                links++;
            }
        }
        assertTrue(links >= 14, "CSV links: " + links);
    }

    @Test
    void sameDataGivesByteIdenticalFiles() throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        Reports.write(Fixtures.generated(400, 9, 5), a);
        Reports.write(Fixtures.generated(400, 9, 5), b);
        List<Path> fa = files(a);
        assertEquals(fa.stream().map(a::relativize).toList(), files(b).stream().map(b::relativize).toList());
        for (Path f : fa) {
            assertEquals(-1L, Files.mismatch(f, b.resolve(a.relativize(f))), f.toString());
        }
    }

    @Test
    void reportLoadsNothingAndRunsNothing() throws Exception {
        Reports.write(Fixtures.generated(200, 5, 1), dir);
        for (Path page : files(dir).stream().filter(p -> p.toString().endsWith(".html")).toList()) {
            Document doc = parse(page);
            assertTrue(doc.select("script, link, img, iframe, object, embed, [src], [srcset]").isEmpty(), page.toString());
            assertEquals(1, doc.select("style").size());
            String css = doc.selectFirst("style").data();
            assertFalse(css.contains("url(") || css.contains("@import"), "no fetches from CSS");
            Element csp = doc.selectFirst("meta[http-equiv=Content-Security-Policy]");
            assertTrue(csp.attr("content").startsWith("default-src 'none'"), page.toString());
        }
    }

    @Test
    void classifierSectionIsLeftOutWhenThereIsNoClassifier() throws Exception {
        ReportData d = Fixtures.small();
        ReportData without = new ReportData(d.schemaVersion(), d.title(), d.corpus(), d.features(), d.distinctiveWords(),
                d.sourcing(), d.stances(), d.naming(), d.blurbs(), d.stories(), null, d.methodology(), d.provenance());
        Document doc = parse(Reports.write(without, dir));
        assertTrue(doc.select("#classifier").isEmpty());
        assertTrue(doc.select("nav a[href=#classifier]").isEmpty());
        assertFalse(Files.exists(dir.resolve("csv/confusion.csv")));
    }

    @Test
    void storyPageShowsArticlesSideBySideWithEvidence() throws Exception {
        Document index = parse(Reports.write(Fixtures.small(), dir));
        Document story = parse(dir.resolve(index.selectFirst("#stories ol.stories a").attr("href")));
        assertEquals(2, story.select("article.col").size());
        assertEquals(List.of("Northern Ledger", "Harbour Times"), story.select("article.col p.outlet").eachText());
        Element quote = story.selectFirst("article.col span.at-content");
        assertTrue(quote.attr("title").contains("the foreign minister"), quote.attr("title"));
        assertFalse(story.select("article.col span.at-cue").isEmpty());
        assertFalse(story.select("span.lt.v-author, span.lt.v-quoted").isEmpty());
        assertFalse(story.select("span.sq").isEmpty());
        assertFalse(story.select("span.nv").isEmpty());
        assertEquals(1, story.select("aside.blurb").size());
        assertEquals(1, story.select("blockquote.blk").size());
        assertEquals(1, story.select("h3.blk").size());
        assertEquals(1, story.select(".blk.excl").size());
        assertTrue(story.selectFirst("#exclusive td.quote").text().startsWith("Only this outlet"));
        assertEquals("https://ledger.example/2026/talks", story.selectFirst("article.col h2 a").attr("href"));
        // Highlights are cut into runs without losing or repeating any text.
        StoryArticle harbour = Fixtures.small().stories().get(0).articles().get(1);
        StringBuilder expected = new StringBuilder();
        harbour.blocks().forEach(blk -> expected.append(harbour.text(), blk.start(), blk.end()));
        assertEquals(expected.toString(), blocksText(story.select("article.col").get(1)));
    }

    private static String blocksText(Element article) {
        StringBuilder sb = new StringBuilder();
        for (Element b : article.select(".blk")) {
            sb.append(b.wholeText());
        }
        return sb.toString();
    }

    @Test
    void storyListIsPagedSoLargeCorporaStayUsable() throws Exception {
        List<Story> stories = new ArrayList<>();
        for (int i = 0; i < 450; i++) {
            stories.add(new Story("s" + i, "Story " + i, List.of(new StoryArticle("a" + i, "Outlet", "Headline " + i,
                    null, null, List.of(), "Text " + i, List.of(), List.of())), List.of()));
        }
        ReportData.Builder b = ReportData.builder("Many stories");
        stories.forEach(b::story);
        Document index = parse(Reports.write(b.build(), dir));
        assertEquals(30, index.select("#stories ol.stories li").size());
        assertEquals(200, parse(dir.resolve("stories/list-1.html")).select("ol.stories li").size());
        Document last = parse(dir.resolve("stories/list-3.html"));
        assertEquals(50, last.select("ol.stories li").size());
        assertEquals("401", last.selectFirst("ol.stories").attr("start"));
        assertTrue(last.select(".pager a").eachText().contains("\u2190 previous"));
        assertFalse(Files.exists(dir.resolve("stories/list-4.html")));
    }

    @Test
    void urlsThatAreNotHttpAreNotLinked() throws Exception {
        StoryArticle a = new StoryArticle("a", "O", "Headline", "ftp://files.example/x", null, List.of(), "t", List.of(), List.of());
        Document index = parse(Reports.write(ReportData.builder("t").story(new Story("s", "S", List.of(a), List.of()))
                .build(), dir));
        Document story = parse(dir.resolve(index.selectFirst("#stories a").attr("href")));
        assertTrue(story.select("article.col h2 a").isEmpty());
        assertEquals("Headline", story.selectFirst("article.col h2").text());
    }

    @Test
    void twoThousandArticleIndexStaysSmall() throws Exception {
        Path index = Reports.write(Fixtures.generated(2000, 20, 11), dir);
        long size = Files.size(index);
        assertTrue(size < 1_000_000, "index.html is " + size + " bytes");
        assertEquals(Fixtures.generated(2000, 20, 11).stories().size(),
                files(dir.resolve("stories")).stream().filter(p -> p.getFileName().toString().startsWith("story-")
                        && p.toString().endsWith(".html")).count());
    }
}
