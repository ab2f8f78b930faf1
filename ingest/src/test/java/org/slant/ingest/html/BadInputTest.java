package org.slant.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.ingest.ArticleSource;
import org.slant.ingest.Ingest;
import org.slant.ingest.IngestException;
import org.slant.ingest.IngestOptions;
import org.slant.ingest.IngestResult;
import org.slant.ingest.RejectReason;

/** Pages that are broken, huge, deep or slow: each ends as a clear rejection or a best-effort article. */
class BadInputTest {
    private final HtmlExtractor extractor = HtmlExtractor.standard();
    private static final PageSource SRC = PageSource.ofFile("p", "p.html");

    private static RejectReason reason(IngestResult r) {
        return assertInstanceOf(IngestResult.Rejected.class, r, () -> r.toString()).rejection().reason();
    }

    @Test
    void truncatedPageStillGivesTheTextBeforeTheCut() {
        String html = new String(HtmlExtractorTest.page("news-article.html"), StandardCharsets.UTF_8);
        // cut in the middle of a paragraph, 25 words into it
        String cut = html.substring(0, html.indexOf("Opponents argued") + 150);
        IngestResult r = extractor.extract(cut.getBytes(StandardCharsets.UTF_8), SRC);
        String body = HtmlExtractorTest.article(r).bodyText();
        assertTrue(body.startsWith("Councillors in Saltmere voted"), body);
        assertTrue(body.contains("The sea does not wait"), body);
        assertTrue(body.contains("Opponents argued that the money should come from national flood-defence funds"), body);
    }

    @Test
    void tagSoupDoesNotThrow() {
        String soup = "<html><body><div><p>Unclosed <b>bold <i>italic</div></p></b> text <table><td>cell <p>para"
                + "</tr></table><<<>>> </ div> &nbsp;&bogus; <p>" + "A sentence of reasonable length, with a comma. ".repeat(8)
                + "<script>var x = '</p>';</script></body></html>";
        IngestResult r = extractor.extract(soup.getBytes(StandardCharsets.UTF_8), SRC);
        assertTrue(HtmlExtractorTest.article(r).bodyText().contains("A sentence of reasonable length"));
    }

    @Test
    void deeplyNestedPageIsReadWithoutStackOverflow() {
        int depth = 50_000;
        StringBuilder sb = new StringBuilder("<html><body>");
        sb.append("<div>".repeat(depth));
        sb.append("<p>").append("Deep inside the markup there is still a paragraph of text, long enough to count. ".repeat(4)).append("</p>");
        sb.append("</div>".repeat(depth)).append("</body></html>");
        IngestResult r = extractor.extract(sb.toString().getBytes(StandardCharsets.UTF_8), SRC);
        assertTrue(HtmlExtractorTest.article(r).bodyText().startsWith("Deep inside the markup"), r.toString());
    }

    @Test
    void pageOverTheTimeLimitIsRejectedAsTimeout() {
        String para = "<p>" + "A line of filler text that makes the page large, with commas, and more words. ".repeat(5) + "</p>\n";
        byte[] big = ("<html><body>" + para.repeat(20_000) + "</body></html>").getBytes(StandardCharsets.UTF_8);
        HtmlExtractor hurried = HtmlExtractor.create(HtmlOptions.defaults().withTimeLimitMillis(1));
        assertEquals(RejectReason.TIMEOUT, reason(hurried.extract(big, SRC)));
    }

    @Test
    void emptyAndBinaryInputsAreRejected() {
        assertEquals(RejectReason.EMPTY, reason(extractor.extract(new byte[0], SRC)));
        assertEquals(RejectReason.EMPTY, reason(extractor.extract("   \n ".getBytes(StandardCharsets.UTF_8), SRC)));
        byte[] png = new byte[4096];
        png[0] = (byte) 0x89;
        png[1] = 'P';
        png[2] = 'N';
        png[3] = 'G';
        assertEquals(RejectReason.BINARY, reason(extractor.extract(png, SRC)));
    }

    @Test
    void strayNulInsideARealPageIsTolerated() {
        byte[] page = HtmlExtractorTest.page("news-article.html");
        byte[] damaged = Arrays.copyOf(page, page.length);
        damaged[page.length / 2] = 0;
        assertInstanceOf(IngestResult.Accepted.class, extractor.extract(damaged, SRC));
    }

    @Test
    void pageLargerThanTheRecordLimitIsRejectedAsOversized(@TempDir Path dir) throws IOException, IngestException {
        Path file = dir.resolve("huge.html");
        byte[] chunk = "<p>padding padding padding padding padding padding padding padding</p>\n".getBytes(StandardCharsets.UTF_8);
        try (var out = Files.newOutputStream(file)) {
            for (int written = 0; written < 3 * 1024 * 1024; written += chunk.length) {
                out.write(chunk);
            }
        }
        IngestOptions options = IngestOptions.defaults().withMaxRecordBytes(2L * 1024 * 1024);
        try (ArticleSource source = Ingest.open(file, options); Stream<IngestResult> results = source.results()) {
            List<IngestResult> all = results.toList();
            assertEquals(1, all.size());
            assertEquals(RejectReason.OVERSIZED, reason(all.get(0)));
        }
    }

    @Test
    void htmlFilesAreReadThroughIngestOpen(@TempDir Path dir) throws IOException, IngestException {
        Files.write(dir.resolve("sea-wall.html"), HtmlExtractorTest.page("news-article.html"));
        Files.write(dir.resolve("home.html"), HtmlExtractorTest.page("home-page.html"));
        try (ArticleSource source = Ingest.open(dir, IngestOptions.defaults()); Stream<IngestResult> results = source.results()) {
            List<IngestResult> all = results.toList();
            assertEquals(RejectReason.NO_ARTICLE, reason(all.get(0)));
            assertEquals("sea-wall", HtmlExtractorTest.article(all.get(1)).id());
        }
    }
}
