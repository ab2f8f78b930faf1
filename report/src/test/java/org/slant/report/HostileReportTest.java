package org.slant.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scraped text is hostile: every payload must come out as inert text. */
class HostileReportTest {
    @TempDir
    Path dir;
    List<Path> pages;

    @BeforeEach
    void render() throws Exception {
        Reports.write(Fixtures.hostile(), dir);
        pages = HtmlReportTest.files(dir).stream().filter(p -> p.toString().endsWith(".html")).toList();
        assertTrue(pages.size() >= 4, pages.toString());
    }

    @Test
    void noScriptElementOrEventHandlerComesFromTheData() throws Exception {
        for (Path page : pages) {
            Document doc = HtmlReportTest.parse(page);
            assertTrue(doc.select("script, img, iframe, svg[onload], textarea, object, embed").isEmpty(), page.toString());
            for (Element e : doc.getAllElements()) {
                for (Attribute a : e.attributes()) {
                    assertTrue(ALLOWED_ATTRIBUTES.contains(a.getKey().toLowerCase(Locale.ROOT)),
                            page + ": " + e.tagName() + " has " + a);
                }
            }
        }
    }

    /** Every attribute the templates write; anything else would have come from the data. */
    static final java.util.Set<String> ALLOWED_ATTRIBUTES = java.util.Set.of("lang", "charset", "http-equiv", "content",
            "name", "class", "id", "href", "download", "rel", "title", "scope", "start", "viewbox", "width", "height",
            "role", "aria-label", "aria-hidden", "x", "y", "x1", "x2", "y1", "y2", "text-anchor");

    /** Every element the templates write. */
    static final java.util.Set<String> ALLOWED_ELEMENTS = java.util.Set.of("#root", "html", "head", "meta", "title",
            "style", "body", "header", "footer", "main", "nav", "section", "article", "aside", "div", "p", "h1", "h2",
            "h3", "a", "span", "strong", "em", "code", "pre", "br", "time", "blockquote", "table", "thead", "tbody",
            "tr", "th", "td", "ul", "ol", "li", "dl", "dt", "dd", "details", "summary", "figure", "figcaption", "svg",
            "g", "line", "rect", "text");

    @Test
    void randomMarkupFragmentsNeverBecomeMarkup(@TempDir Path fuzz) throws Exception {
        String[] parts = {"<", ">", "\"", "'", "`", "=", "/", " ", "&", "&lt;", "&#x3c;", "script", "img", "on", "error",
            "load", "style", "svg", "a", "href", "javascript:", "data:", "--", "!", "<!--", "]]>", "\u202E", "\n", "x", "\u0000"};
        java.util.SplittableRandom r = new java.util.SplittableRandom(20260322L);
        List<String> strings = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            StringBuilder sb = new StringBuilder("f");
            for (int k = 0, n = 1 + r.nextInt(12); k < n; k++) {
                sb.append(parts[r.nextInt(parts.length)]);
            }
            strings.add(sb.toString());
        }
        ReportData.Builder b = ReportData.builder(strings.get(0));
        List<StoryArticle> articles = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String text = String.join(" ", strings.subList(i * 10, i * 10 + 10));
            articles.add(new StoryArticle("a" + i, strings.get(i + 1), strings.get(i + 2), "https://x.example/" + strings.get(i + 3),
                    strings.get(i + 4), List.of(strings.get(i + 5)), text, List.of(),
                    List.of(new Highlight.Attribution(0, text.length() / 2, Highlight.Part.CONTENT, strings.get(i + 6),
                            strings.get(i + 7)), new Highlight.LoadedTerm(1, text.length(), strings.get(i + 8), null))));
            b.sourcing(new OutletCount(strings.get(i + 1), strings.get(i + 9), strings.get(i + 10), i));
            b.distinctiveWords(new DistinctiveWords(strings.get(i + 1), List.of(new DistinctiveWords.TermScore(strings.get(i + 11), 2))));
        }
        b.story(new Story(strings.get(50), strings.get(51), articles, List.of()));
        Reports.write(b.build(), fuzz);
        for (Path page : HtmlReportTest.files(fuzz).stream().filter(p -> p.toString().endsWith(".html")).toList()) {
            Document doc = HtmlReportTest.parse(page);
            for (Element e : doc.getAllElements()) {
                assertTrue(ALLOWED_ELEMENTS.contains(e.normalName()), page + ": element " + e.normalName());
                for (Attribute a : e.attributes()) {
                    assertTrue(ALLOWED_ATTRIBUTES.contains(a.getKey().toLowerCase(Locale.ROOT)), page + ": " + e.tagName() + " has " + a);
                }
            }
            String html = Files.readString(page);
            assertTrue(html.chars().noneMatch(c -> c == 0x202e || c == 0), page.toString());
        }
    }

    @Test
    void onlyOwnStyleSheetAndOnlyHttpOrRelativeLinks() throws Exception {
        String css;
        try (InputStream in = org.slant.report.internal.HtmlReportWriter.class.getResourceAsStream("report.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (Path page : pages) {
            Document doc = HtmlReportTest.parse(page);
            assertEquals(1, doc.select("style").size(), page.toString());
            assertEquals(css, doc.selectFirst("style").data(), page.toString());
            for (Element a : doc.select("[href]")) {
                String href = a.attr("href");
                boolean relative = !href.contains(":");
                assertTrue(relative || href.startsWith("https://") || href.startsWith("http://"), page + ": " + href);
            }
        }
    }

    @Test
    void payloadsShowAsTheTextTheyAre() throws Exception {
        Document index = HtmlReportTest.parse(dir.resolve("index.html"));
        assertEquals(Fixtures.hostile(6), index.title());
        assertEquals(Fixtures.hostile(6), index.selectFirst("h1").text());
        String text = index.body().text();
        assertTrue(text.contains("<script>alert(1)</script>"), "escaped script shown as text");
        assertTrue(text.contains("<img src=x onerror=alert(1)>"));
        assertTrue(text.contains("</style><script>alert(1)</script>"));
        Path story = pages.stream().filter(p -> p.getParent().getFileName().toString().equals("stories")
                && !p.getFileName().toString().startsWith("list-")).findFirst().orElseThrow();
        Document s = HtmlReportTest.parse(story);
        assertTrue(s.select("article.col").get(0).text().contains("Paragraph 0 says <script>alert(1)</script> and ends."));
        assertTrue(s.select("ul.tags li").eachText().contains("<script>alert(1)</script>"), "tags shown as text");
        assertTrue(s.select("span[title]").stream().anyMatch(e -> e.attr("title").contains("\" onmouseover=\"alert(1)\"")),
                "attribute breakouts stay inside the title");
    }

    @Test
    void javascriptAndDataUrlsAreNotLinked() throws Exception {
        for (Path page : pages) {
            String html = Files.readString(page).toLowerCase(Locale.ROOT);
            assertFalse(html.contains("href=\"javascript:") || html.contains("href=\" javascript:")
                    || html.contains("href=\"data:"), page.toString());
        }
        Path story = pages.stream().filter(p -> p.getParent().getFileName().toString().equals("stories")
                && !p.getFileName().toString().startsWith("list-")).findFirst().orElseThrow();
        // javascript:, data: and a URL with a quote and angle brackets in its path: none becomes a link.
        assertEquals(List.of(), HtmlReportTest.parse(story).select("article.col h2 a").eachAttr("href"));
        assertFalse(HtmlReportTest.parse(story).select("article.col h2").isEmpty());
    }

    @Test
    void bidiOverridesAreNeutralised() throws IOException {
        for (Path page : pages) {
            String html = Files.readString(page);
            assertTrue(html.chars().noneMatch(c -> c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069), page.toString());
        }
        assertTrue(HtmlReportTest.parse(dir.resolve("index.html")).body().text().contains("gnp.exe\uFFFDtxt."));
    }

    @Test
    void jsonKeepsTheDataVerbatim() throws Exception {
        assertEquals(Fixtures.hostile(), Reports.readJson(dir.resolve(Reports.JSON_FILE)));
    }

    @Test
    void csvCellsCannotBecomeFormulas() throws IOException {
        for (Path csv : HtmlReportTest.files(dir).stream().filter(p -> p.toString().endsWith(".csv")).toList()) {
            for (String line : Files.readAllLines(csv)) {
                for (String cell : line.split(",")) {
                    String c = cell.startsWith("\"") ? cell.substring(1) : cell;
                    assertFalse(c.startsWith("=") || c.startsWith("@") || c.startsWith("+"), csv + ": " + line);
                }
            }
        }
    }
}
