package org.slant.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.slant.ingest.Article;
import org.slant.ingest.BlockKind;
import org.slant.ingest.IngestResult;
import org.slant.ingest.RejectReason;
import org.slant.ingest.RemovalReason;
import org.slant.ingest.RemovedBlock;

/** The HTML front door, through the public API only, on pages written for these tests. */
class HtmlExtractorTest {

    static byte[] page(String name) {
        try (InputStream in = HtmlExtractorTest.class.getResourceAsStream("/html/" + name)) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("missing fixture " + name, e);
        }
    }

    static Article article(IngestResult r) {
        IngestResult.Accepted a = assertInstanceOf(IngestResult.Accepted.class, r, () -> r.toString());
        return a.article();
    }

    private final HtmlExtractor extractor = HtmlExtractor.standard();

    private Article news() {
        return article(extractor.extract(page("news-article.html"), PageSource.ofFile("news-article", "news-article.html")));
    }

    @Test
    void newsPageBodyKeepsParagraphsHeadingsQuotesListsAndCaptions() {
        Article a = news();
        String body = a.bodyText();
        assertTrue(body.startsWith("Councillors in Saltmere voted on Tuesday night"), body);
        assertTrue(body.endsWith("throughout the first phase."), body);
        assertEquals(List.of("Residents divided over cost"), a.blocksOf(BlockKind.SUBHEADING).stream().map(a::textOf).toList());
        assertEquals(1, a.blocksOf(BlockKind.BLOCK_QUOTE).size());
        assertEquals(3, a.blocksOf(BlockKind.LIST_ITEM).size());
        assertTrue(a.textOf(a.blocksOf(BlockKind.CAPTION).get(0)).startsWith("Waves breaking over the old sea wall"));
    }

    @Test
    void newsPageBodyLeavesOutPageFurniture() {
        String body = news().bodyText();
        for (String furniture : List.of("cookies", "Sport", "Home", "Share on Facebook", "Mara Quill", "Related stories",
                "Storm closes harbour road", "About time too", "morning briefing", "All rights reserved",
                "hidden from readers", "Local councils", "Harbour town votes", "ADVERTISEMENT", "More on this story")) {
            assertFalse(body.contains(furniture), () -> "body should not contain '" + furniture + "':\n" + body);
        }
    }

    @Test
    void removedPartsAreRecordedWithTheirReasons() {
        Set<RemovalReason> reasons = news().removed().stream().map(RemovedBlock::reason).collect(Collectors.toSet());
        assertTrue(reasons.containsAll(Set.of(RemovalReason.NAVIGATION, RemovalReason.SOCIAL, RemovalReason.COMMENTS,
                RemovalReason.FOOTER, RemovalReason.METADATA)), reasons.toString());
        assertTrue(news().removed().stream().anyMatch(r -> r.text().contains("Share on Facebook")
                && r.reason() == RemovalReason.SOCIAL));
    }

    @Test
    void newsPageMetadataComesFromJsonLdAndOpenGraph() {
        Article a = news();
        assertEquals("Harbour town votes to rebuild its sea wall", a.headline());
        assertEquals(List.of("Mara Quill, Tobias Fenn"), a.bylines());
        assertEquals("2024-03-14T09:30Z", a.published().toString());
        assertEquals("The Coastal Ledger", a.outlet().name());
        assertEquals("coastal-ledger.example", a.outlet().domain());
        assertEquals("https://www.coastal-ledger.example/local/2024/03/sea-wall-vote", a.url());
        assertEquals("Local", a.section());
        assertEquals(List.of("Flooding", "Local councils"), a.tags());
        assertEquals("en-GB", a.language());
        assertEquals("Councillors back a three-year plan after winter storms breached the old wall twice.", a.standfirst());
    }

    @Test
    void tableLayoutBlogWithBreaksYieldsItsText() {
        Article a = article(extractor.extract(page("blog-table-layout.html"), PageSource.ofFile("blog", "blog.html")));
        String body = a.bodyText();
        assertTrue(body.contains("It rained for most of June"), body);
        assertTrue(body.contains("keep them under fleece"), body);
        assertFalse(body.contains("September 2019"), body);
        assertFalse(body.contains("Garden club"), body);
        assertEquals(List.of("Edith Marlow"), a.bylines());
        assertEquals("2019-10-02", a.published().toString());
        assertEquals("Notes from the allotment: the year the leeks failed", a.headline());
    }

    @Test
    void homePageIsNoArticle() {
        IngestResult r = extractor.extract(page("home-page.html"), PageSource.ofFile("home", "home.html"));
        assertEquals(RejectReason.NO_ARTICLE, assertInstanceOf(IngestResult.Rejected.class, r).rejection().reason());
    }

    @Test
    void notFoundPageIsNoArticle() {
        IngestResult r = extractor.extract(page("not-found.html"), PageSource.ofFile("404", "404.html"));
        assertEquals(RejectReason.NO_ARTICLE, assertInstanceOf(IngestResult.Rejected.class, r).rejection().reason());
    }

    @Test
    void givenUrlWinsOverCanonicalLink() {
        Article a = article(extractor.extract(page("news-article.html"),
                new PageSource("x", "crawl.warc:3", "https://coastal-ledger.example/p?id=9", "text/html; charset=utf-8")));
        assertEquals("https://coastal-ledger.example/p?id=9", a.url());
        assertEquals("crawl.warc:3", a.origin());
    }

    @Test
    void optionsRoundTripThroughJson() throws IOException {
        ObjectMapper m = new ObjectMapper();
        HtmlOptions o = new HtmlOptions(2500, "windows-1252", 5);
        assertEquals(o, m.readValue(m.writeValueAsString(o), HtmlOptions.class));
        assertEquals(HtmlOptions.defaults(), m.readValue(m.writeValueAsString(HtmlOptions.defaults()), HtmlOptions.class));
    }

    @Test
    void invalidOptionsAreRejected() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new HtmlOptions(0, null, 1));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new HtmlOptions(10, "no-such-charset", 1));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new HtmlOptions(10, null, -1));
    }

    @Test
    void stringAndBytesGiveTheSameArticle() {
        String html = new String(page("news-article.html"), StandardCharsets.UTF_8);
        PageSource src = PageSource.ofFile("n", "n.html");
        assertEquals(article(extractor.extract(page("news-article.html"), src)), article(extractor.extract(html, src)));
    }
}
