package org.slant.ingest.internal.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PageMetadataTest {
    private static PageMetadata read(String head, String body) {
        return PageMetadata.read(Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>"),
                Deadline.in(5000));
    }

    @Test
    void siteNameIsCutFromTheTitleAsReadabilityCutsIt() {
        assertEquals("Storm closes the harbour road for a week",
                read("<title>Storm closes the harbour road for a week | The Ledger</title>", "").headline());
        assertEquals("Short | The Ledger", read("<title>Short | The Ledger</title>", "").headline());
    }

    @Test
    void visibleBylineLosesItsDateAndTime() {
        assertEquals("By Sarah Archer", PageMetadata.cutDate("By Sarah Archer 1:39 PM ET"));
        assertEquals("By Joshua Sokol", PageMetadata.cutDate("By Joshua Sokol May 20, 2019"));
        assertEquals("James Akinaka", PageMetadata.cutDate("James Akinaka • 8h"));
        assertEquals("Sarah Archer",
                read("", "<div class=\"c-byline\"><span itemprop=\"name\">Sarah Archer</span> 1:39 PM</div>").bylines().get(0));
    }

    @Test
    void hiddenBylinesAreIgnored() {
        PageMetadata m = read("", "<div class=\"author\" style=\"display: none\">Ghost Writer</div><p class=\"byline\">By Real Person</p>");
        assertEquals("By Real Person", m.bylines().get(0));
    }

    @Test
    void graphJsonLdAndDatesAreRead() {
        PageMetadata m = read("<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"S\"},"
                + "{\"@type\":[\"NewsArticle\"],\"headline\":\"A &amp; B\",\"datePublished\":\"2021-05-02\","
                + "\"author\":\"Kim Lee\",\"publisher\":\"Wire Daily\",\"keywords\":[\"x\",\"y\"]}]}</script>", "");
        assertEquals("A & B", m.headline());
        assertEquals("Kim Lee", m.bylines().get(0));
        assertEquals("2021-05-02", m.published().toString());
        assertEquals("Wire Daily", m.siteName());
        assertEquals(java.util.List.of("x", "y"), m.tags());
        assertEquals(true, m.isArticle());
    }

    @Test
    void brokenJsonLdIsSkipped() {
        PageMetadata m = read("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", </script>"
                + "<meta property=\"og:title\" content=\"From OpenGraph\">", "");
        assertEquals("From OpenGraph", m.headline());
    }

    @Test
    void microdataDateOfTheArticleBeatsAnEarlierVideoDate() {
        PageMetadata m = read("", "<div itemscope itemtype=\"https://schema.org/VideoObject\">"
                + "<meta itemprop=\"datePublished\" content=\"2015-03-12T13:11:07Z\"></div>"
                + "<div itemscope itemtype=\"https://schema.org/Article\">"
                + "<meta itemprop=\"datePublished\" content=\"2015-03-11T19:46:14Z\"><p>Text</p></div>");
        assertEquals("2015-03-11", m.published().toString().substring(0, 10));
    }

    @Test
    void microdataDateOutsideAnyArticleIsStillUsed() {
        PageMetadata m = read("", "<div itemscope itemtype=\"https://schema.org/WebPage\">"
                + "<meta itemprop=\"datePublished\" content=\"2019-11-21\"></div>");
        assertEquals("2019-11-21", m.published().toString());
    }
}
