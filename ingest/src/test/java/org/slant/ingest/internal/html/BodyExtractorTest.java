package org.slant.ingest.internal.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class BodyExtractorTest {
    private static final String FILLER = "<p>The council met on Tuesday evening, heard the residents, and agreed to"
            + " look again at the plans for the harbour road, the sea wall and the car park next spring.</p>";

    private static String body(String html) {
        return BodyExtractor.extract(Jsoup.parse("<html><body>" + html + "</body></html>").body(), Deadline.in(5000))
                .pieces().stream().map(BodyExtractor.Piece::text).collect(Collectors.joining("\n"));
    }

    @Test
    void rubyAnnotationsAreLeftOutOfTheText() {
        String text = body("<article><p><ruby>子<rp>(</rp><rt>こ</rt><rp>)</rp></ruby>どもへの<ruby>虐待<rt>ぎゃくたい</rt></ruby>"
                + "をなくすための法律ができて、親が子どもを教育するために、たたいたりする体罰を禁止することになりました。</p>"
                + FILLER + "</article>");
        assertTrue(text.startsWith("子どもへの虐待をなくすための法律ができて、"), text);
    }

    @Test
    void textIsInComposedUnicodeForm() {
        // U+0065 U+0301 (e + combining acute) is written as U+00E9.
        String text = body("<article><p>Le comit\u0065\u0301 a vot\u0065\u0301 mardi soir, apr\u00e8s un long d\u00e9bat,"
                + " la r\u00e9novation de la digue et du port.</p>" + FILLER + "</article>");
        assertTrue(text.startsWith("Le comit\u00e9 a vot\u00e9 mardi soir"), text);
        assertEquals(-1, text.indexOf('\u0301'), text);
    }

    @Test
    void dateLinesAreNotBodyText() {
        assertTrue(BodyExtractor.isDateLine("Nov. 20, 2019Updated: Nov. 20, 2019 1:35 a.m."));
        assertTrue(BodyExtractor.isDateLine("Published 12 March 2021"));
        assertTrue(!BodyExtractor.isDateLine("On 12 March 2021 the council voted to close the road."));
        assertTrue(!BodyExtractor.isDateLine("The council met last night."));
    }

    @Test
    void standfirstInTheArticleHeaderIsKept() {
        String text = body("<nav><p>Home News Sport</p></nav><article><header><h1>Harbour road to close</h1>"
                + "<p class=\"standfirst\">The council says the sea wall cannot wait another winter.</p>"
                + "<p>Published 12 March 2021</p></header>" + FILLER + FILLER.replace("Tuesday", "Monday") + "</article>");
        assertTrue(text.startsWith("The council says the sea wall cannot wait another winter."), text);
        assertTrue(!text.contains("Published") && !text.contains("Home News"), text);
    }

    @Test
    void boxNamedForSharingIsKeptWhenItHoldsAnArticlesWorthOfProse() {
        StringBuilder prose = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            prose.append(FILLER.replace("Tuesday", "day " + i));
        }
        // Two sidebars together carry more prose than the article, so only its own size can save it.
        StringBuilder sidebar = new StringBuilder("<aside>");
        for (int i = 0; i < 24; i++) {
            sidebar.append(i == 12 ? "</aside><aside>" : "").append(FILLER.replace("council", "board " + i));
        }
        String text = body("<div class=\"entry share\">" + prose + "</div><div class=\"share\"><p>Share this on"
                + " Facebook, Twitter, LinkedIn and by email with all of your friends today.</p></div>" + sidebar + "</aside>");
        assertTrue(!text.contains("board"), text);
        assertTrue(text.contains("day 19"), text);
        assertTrue(!text.contains("Share this"), text);
    }

    @Test
    void postShippedAsTemplateInsideTheArticleBodyIsRead() {
        String text = body("<div class=\"post\"><div itemprop=\"articleBody\"><script type=\"text/template\">"
                + FILLER + FILLER.replace("Tuesday", "Monday") + "</script></div></div>"
                + "<div><script type=\"text/template\"><p>{{ title }} is a template for a teaser, not text of"
                + " this page, and it stays a script.</p></script></div>");
        assertTrue(text.contains("met on Monday evening"), text);
        assertTrue(!text.contains("title"), text);
    }

    @Test
    void teaserBoxWithoutLinksIsTheArticlesLeadButOneWithLinksIsNot() {
        String text = body("<div class=\"article\"><div class=\"teaser-text\"><p>The harbour road closes for a week while"
                + " engineers repair the sea wall that the January storm broke open.</p></div>" + FILLER
                + FILLER.replace("Tuesday", "Monday") + "<div class=\"teaser\"><p><a href=\"/other\">Another story</a>"
                + " about the town's bus timetable, the new library and its long-delayed opening hours.</p></div></div>");
        assertTrue(text.startsWith("The harbour road closes for a week"), text);
        assertTrue(!text.contains("bus timetable"), text);
    }

    @Test
    void leadSetApartBeforeTheBodyContainerIsKeptButALeadVideoTitleIsNot() {
        String text = body("<article><header><p class=\"ts-intro\">The harbour road closes for a week while engineers"
                + " repair the sea wall.</p><span class=\"leadMediaTitle\">Video: waves break over the sea wall at high"
                + " tide in January</span></header><div class=\"body\">" + FILLER + FILLER.replace("Tuesday", "Monday")
                + FILLER.replace("Tuesday", "Friday") + "</div></article>");
        assertTrue(text.startsWith("The harbour road closes for a week"), text);
        assertTrue(!text.contains("Video:"), text);
    }
}
