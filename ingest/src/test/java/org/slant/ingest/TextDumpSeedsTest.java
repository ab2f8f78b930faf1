package org.slant.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The two sample pages of the same story must come out exactly right, field by field. */
class TextDumpSeedsTest {

    private static final Article MAYADEEN = Fixtures.dump("almayadeen-trump-putin-budapest");
    private static final Article BLOOMS = Fixtures.dump("indiablooms-trump-putin-budapest");

    @Test
    void almayadeenMetadataComesFromTheArticleHeaderNotTheTicker() {
        assertEquals("Trump, Putin to meet in Budapest for talks on ending Ukraine war", MAYADEEN.headline());
        assertEquals(new Outlet("Al Mayadeen English", null), MAYADEEN.outlet());
        assertEquals(List.of("Al Mayadeen English"), MAYADEEN.bylines());
        assertEquals("2025-10-16T23:43", MAYADEEN.published().toString());
        assertEquals("Trump and Putin have agreed to a Budapest summit after a long phone call that both sides"
                + " described as productive, with Washington and Moscow now preparing lower-level talks.", MAYADEEN.standfirst());
        assertEquals(List.of(new Credit(CreditKind.WIRE, "Source: Agencies", "Agencies"),
                new Credit(CreditKind.PHOTO, "(AP)", "AP")), MAYADEEN.credits());
        assertEquals(List.of("United States", "Russia", "Ukraine war", "Donald Trump", "Vladimir Putin"), MAYADEEN.tags());
        assertEquals("en", MAYADEEN.language());
        assertNull(MAYADEEN.section());
    }

    @Test
    void almayadeenBodyKeepsParagraphsSubheadingsAndCaptionInOrder() {
        List<Block> blocks = MAYADEEN.blocks();
        assertEquals(29, blocks.size());
        assertEquals(BlockKind.CAPTION, blocks.get(0).kind());
        assertEquals("US President Donald Trump, right, shakes the hand of Russia's President Vladimir Putin during a"
                + " joint press conference at Joint Base Elmendorf-Richardson, Alaska, Aug. 15, 2025.", MAYADEEN.textOf(blocks.get(0)));
        assertTrue(MAYADEEN.textOf(blocks.get(1)).startsWith("US President Donald Trump said he and Russian President"));
        assertEquals(List.of("Kremlin: The call was initiated by Russia",
                "Putin congratulates Trump on Middle East 'accomplishment'",
                "Tomahawk supply would damage Russia-US relations", "US pushes economic pressure on Russia", "Next steps"),
                MAYADEEN.blocksOf(BlockKind.SUBHEADING).stream().map(MAYADEEN::textOf).toList());
        assertEquals(21, MAYADEEN.blocksOf(BlockKind.PARAGRAPH).size());
        Block lastParagraph = MAYADEEN.blocksOf(BlockKind.PARAGRAPH).get(20);
        assertTrue(MAYADEEN.textOf(lastParagraph).endsWith("on the ground in Ukraine."));
        // NBSP runs are normalised to one space.
        assertTrue(MAYADEEN.text().contains("and Zelensky is expected to push"));
    }

    @Test
    void almayadeenDossierBoxIsABlurbNotBody() {
        List<String> blurbs = MAYADEEN.blocksOf(BlockKind.BLURB).stream().map(MAYADEEN::textOf).toList();
        assertEquals(2, blurbs.size());
        assertEquals("Russia & NATO", blurbs.get(0));
        assertTrue(blurbs.get(1).startsWith("As the Draconian Western-led sanctions"));
        assertTrue(blurbs.get(1).endsWith("How will things unfold?"));
        assertTrue(!MAYADEEN.bodyText().contains("Draconian"));
    }

    @Test
    void almayadeenRemovesTickerNavigationRelatedAndFooterWithReasons() {
        Map<RemovalReason, Long> counts = MAYADEEN.removed().stream()
                .collect(Collectors.groupingBy(RemovedBlock::reason, Collectors.counting()));
        assertEquals(11L, counts.get(RemovalReason.TICKER)); // "BREAKING" and its ten items
        assertEquals(10L, counts.get(RemovalReason.FOOTER));
        assertEquals(34L, counts.get(RemovalReason.RELATED)); // "Most Read" to the last "Read Next" teaser
        Map<String, RemovalReason> byText = MAYADEEN.removed().stream()
                .collect(Collectors.toMap(RemovedBlock::text, RemovedBlock::reason, (a, b) -> a));
        assertEquals(RemovalReason.TICKER, byText.get("AFP: Ukraine behind attack on Russian 'shadow fleet' tankers in Black Sea"));
        assertEquals(RemovalReason.RELATED, byText.get("Most Read"));
        assertEquals(RemovalReason.FOOTER, byText.get("All Rights Reserved"));
        assertEquals(RemovalReason.WIDGET, byText.get("5 Min Read"));
        assertEquals(RemovalReason.WIDGET, byText.get("Listen"));
        assertEquals(RemovalReason.NAVIGATION, byText.get("Politics"));
        assertTrue(!MAYADEEN.text().contains("Sheikh Qassem"));
    }

    @Test
    void indiabloomsIgnoresThePageClockAndFindsTheArticleDate() {
        assertEquals("Donald Trump plans to meet Vladimir Putin in Budapest, aims to push for Ukraine peace deal", BLOOMS.headline());
        assertEquals("2025-10-17T00:08", BLOOMS.published().toString());
        assertEquals(new Outlet("indiablooms", null), BLOOMS.outlet());
        assertEquals(List.of("@indiablooms"), BLOOMS.bylines());
        assertNull(BLOOMS.standfirst());
        assertEquals(List.of(new Credit(CreditKind.PHOTO, "Photo Courtesy: Wikimedia Commons", "Wikimedia Commons")), BLOOMS.credits());
        assertEquals(List.of(), BLOOMS.tags());
        Map<String, RemovedBlock> byText = BLOOMS.removed().stream()
                .collect(Collectors.toMap(RemovedBlock::text, Function.identity(), (a, b) -> a));
        assertEquals(RemovalReason.CLOCK, byText.get("February 04, 2026 04:34 am (IST)").reason());
        assertEquals(RemovalReason.SOCIAL, byText.get("twitter-white sharing button").reason());
        assertTrue(byText.keySet().stream().anyMatch(t -> t.startsWith("Supreme Court raps Meta")
                && byText.get(t).reason() == RemovalReason.TICKER));
    }

    @Test
    void indiabloomsBodyEndsBeforeTheDonationAppeal() {
        List<Block> paragraphs = BLOOMS.blocksOf(BlockKind.PARAGRAPH);
        assertEquals(9, paragraphs.size());
        assertTrue(BLOOMS.textOf(paragraphs.get(0)).startsWith("US President Donald Trump on Thursday announced"));
        assertTrue(BLOOMS.textOf(paragraphs.get(8)).startsWith("The former president is also weighing"));
        assertEquals(List.of("A file image of Donald Trump meeting Vladimir Putin."),
                BLOOMS.blocksOf(BlockKind.CAPTION).stream().map(BLOOMS::textOf).toList());
        List<String> blurbs = BLOOMS.blocksOf(BlockKind.BLURB).stream().map(BLOOMS::textOf).toList();
        assertEquals(4, blurbs.size());
        assertEquals("Support Our Journalism", blurbs.get(0));
        assertEquals("Support objective journalism for a small contribution.", blurbs.get(3));
    }
}
