package org.slant.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Page dumps in other layouts than the seeds: the rules are general, not per site. */
class TextDumpLayoutsTest {

    @Test
    void hardWrappedWireStoryJoinsLinesAndCreditsTheAgency() {
        Article a = Fixtures.dump("wire-hardwrapped");
        assertEquals("Port strike enters third day as talks stall over automation", a.headline());
        assertEquals(new Outlet("The Harbour Ledger", null), a.outlet());
        assertEquals(List.of("Maria Lindqvist", "Tomas Berg"), a.bylines());
        assertEquals("2025-03-03T19:45+01:00", a.published().toString());
        assertEquals(List.of("Labour", "Shipping", "Sweden"), a.tags());
        assertEquals(4, a.blocksOf(BlockKind.PARAGRAPH).size());
        assertTrue(a.textOf(a.blocks().get(0)).startsWith("GOTHENBURG (Reuters) - Dock workers at Scandinavia's largest port stayed off"));
        assertTrue(a.credits().contains(new Credit(CreditKind.WIRE, "GOTHENBURG (Reuters) -", "Reuters")));
        assertTrue(a.credits().contains(new Credit(CreditKind.OTHER,
                "Reporting by Maria Lindqvist; Editing by Tomas Berg", "Maria Lindqvist")));
        assertFalse(a.text().contains("[1]"));
    }

    @Test
    void blogPostSeparatesCaptionCreditCommentsAndCookieNotice() {
        Article a = Fixtures.dump("blog-comments");
        assertEquals("Council approves new bike lanes on Mill Street after heated meeting", a.headline());
        assertEquals("2024-06-12", a.published().toString());
        assertEquals(List.of("Dana Whitfield"), a.bylines());
        assertEquals(new Outlet("Riverside Voice", null), a.outlet());
        assertEquals(List.of("Photo: Cyclists ride along Mill Street on Saturday."),
                a.blocksOf(BlockKind.CAPTION).stream().map(a::textOf).toList());
        assertEquals(List.of("What happens next"), a.blocksOf(BlockKind.SUBHEADING).stream().map(a::textOf).toList());
        assertEquals(5, a.blocksOf(BlockKind.PARAGRAPH).size());
        assertEquals(3, a.removed().stream().filter(r -> r.reason() == RemovalReason.COMMENTS).count());
        assertTrue(a.removed().contains(new RemovedBlock(RemovalReason.WIDGET,
                "Cookie notice: we use cookies to improve your experience.", "cookie notice")));
    }

    @Test
    void tabloidBodyRunsThroughAdSlotsAndInlineLinks() {
        Article a = Fixtures.dump("tabloid-ads");
        assertEquals("Heatwave warning as temperatures set to soar past 35C this weekend", a.headline());
        assertEquals("Forecasters urge people to stay indoors during the hottest hours", a.standfirst());
        assertEquals("2025-07-14T09:12+01:00", a.published().toString());
        assertEquals(List.of("James Carter"), a.bylines());
        assertEquals(new Outlet("The Daily Comet", null), a.outlet());
        List<Block> paragraphs = a.blocksOf(BlockKind.PARAGRAPH);
        assertEquals(5, paragraphs.size());
        assertTrue(a.textOf(paragraphs.get(4)).startsWith("Experts said the heatwave"));
        assertTrue(a.removed().contains(RemovedBlock.of(RemovalReason.WIDGET, "Advertisement")));
        assertTrue(a.removed().contains(RemovedBlock.of(RemovalReason.RELATED,
                "Read more: How to keep your home cool without air conditioning")));
        assertTrue(a.blocksOf(BlockKind.BLURB).isEmpty());
    }

    @Test
    void homePageIsNoArticle() {
        IngestResult r = Ingest.parseTextDump(Fixtures.text("dumps/homepage.txt"), "homepage", "dumps/homepage.txt");
        Rejection rejection = assertInstanceOf(IngestResult.Rejected.class, r).rejection();
        assertEquals(RejectReason.NO_ARTICLE, rejection.reason());
        assertEquals("dumps/homepage.txt", rejection.origin());
    }

    @Test
    void blankPageIsEmpty() {
        IngestResult r = Ingest.parseTextDump(" \n\n\t\n", "blank", "blank.txt");
        assertEquals(RejectReason.EMPTY, assertInstanceOf(IngestResult.Rejected.class, r).rejection().reason());
    }

    @Test
    void everyLineOfEveryFixtureIsAccountedFor() {
        for (String name : List.of("almayadeen-trump-putin-budapest", "indiablooms-trump-putin-budapest",
                "wire-hardwrapped", "blog-comments", "tabloid-ads")) {
            Article a = Fixtures.dump(name);
            StringBuilder all = new StringBuilder(a.headline()).append('\n')
                    .append(a.standfirst() == null ? "" : a.standfirst()).append('\n').append(a.text()).append('\n');
            a.removed().forEach(r -> all.append(r.text()).append('\n'));
            String haystack = squash(all.toString());
            for (String line : Fixtures.text("dumps/" + name + ".txt").split("\n")) {
                for (Credit c : a.credits()) {
                    line = line.replace(c.text(), " "); // a caption's credit is removed apart from the caption
                }
                String words = squash(line.replaceAll("\\[\\d+\\]", "").replaceAll("^\\s*[•*-]\\s*", ""));
                if (!words.isBlank()) {
                    assertTrue(haystack.contains(words), name + ": line not accounted for: " + line);
                }
            }
        }
    }

    private static String squash(String s) {
        return s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
