package org.slant.features.blurbs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slant.features.FeatureValue;
import org.slant.features.text.TextLayer;
import org.slant.ingest.Article;
import org.slant.ingest.Block;
import org.slant.ingest.BlockKind;
import org.slant.ingest.Ingest;
import org.slant.ingest.IngestResult;

class BlurbDetectorTest {
    private final BlurbDetector detector = BlurbDetector.standard();

    private static Article seed(String name) throws IOException {
        try (InputStream in = BlurbDetectorTest.class.getResourceAsStream(name + ".txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            IngestResult r = Ingest.parseTextDump(text, name, name);
            return ((IngestResult.Accepted) r).article();
        }
    }

    /** The same article with every block re-marked as a paragraph, as from a parser that knows no blurbs. */
    private static Article unmarked(Article a) {
        Article.Builder b = Article.builder(a.id()).outlet(a.outlet()).headline(a.headline());
        for (Block block : a.blocks()) {
            b.block(block.kind() == BlockKind.BLURB ? BlockKind.PARAGRAPH : block.kind(), a.textOf(block));
        }
        return b.build();
    }

    private static String textOf(Article a, Blurb b) {
        return a.text().substring(b.start(), b.end());
    }

    @Test
    void donationAppealOfIndiabloomsIsOneDonationBlurb() throws IOException {
        for (Article a : List.of(seed("indiablooms-trump-putin-budapest"), unmarked(seed("indiablooms-trump-putin-budapest")))) {
            List<Blurb> blurbs = detector.detect(a);
            assertEquals(1, blurbs.size(), () -> blurbs.toString());
            Blurb b = blurbs.get(0);
            assertEquals(BlurbType.DONATION, b.type());
            assertTrue(textOf(a, b).startsWith("Support Our Journalism"), textOf(a, b));
            assertTrue(textOf(a, b).contains("We do not judge or preach"));
            assertTrue(textOf(a, b).endsWith("for a small contribution."));
        }
    }

    @Test
    void dossierBoxOfAlMayadeenIsOneDossierBlurbWithItsTitle() throws IOException {
        for (Article a : List.of(seed("almayadeen-trump-putin-budapest"), unmarked(seed("almayadeen-trump-putin-budapest")))) {
            List<Blurb> blurbs = detector.detect(a);
            assertEquals(1, blurbs.size(), () -> blurbs.toString());
            Blurb b = blurbs.get(0);
            assertEquals(BlurbType.DOSSIER, b.type());
            assertTrue(textOf(a, b).startsWith("Russia & NATO"), textOf(a, b));
            assertTrue(textOf(a, b).endsWith("How will things unfold?"));
            assertTrue(b.editorializing() > 0.25, "editorializing " + b.editorializing());
        }
    }

    @Test
    void noBodyParagraphOfTheSeedsIsFlagged() throws IOException {
        for (String name : List.of("indiablooms-trump-putin-budapest", "almayadeen-trump-putin-budapest")) {
            Article a = unmarked(seed(name));
            Article marked = seed(name);
            List<Blurb> blurbs = detector.detect(a);
            for (Blurb b : blurbs) {
                for (int i = b.firstBlock(); i <= b.lastBlock(); i++) {
                    assertEquals(BlockKind.BLURB, marked.blocks().get(i).kind(),
                            name + " block " + i + " flagged: " + a.textOf(a.blocks().get(i)));
                }
            }
        }
    }

    @Test
    void quotedAppealInReportingIsNotABlurb() {
        Article a = Article.builder("q").headline("Charity drive")
                .block(BlockKind.PARAGRAPH, "The mayor opened the food bank on Monday.")
                .block(BlockKind.PARAGRAPH, "\"Please donate and support our work, we need you,\" the mayor said.")
                .block(BlockKind.PARAGRAPH, "Volunteers said the shelves were empty by noon.")
                .build();
        assertTrue(detector.detect(a).isEmpty(), () -> detector.detect(a).toString());
    }

    @Test
    void editorsNoteAndNewsletterPromoGetTheirTypes() {
        Article a = Article.builder("n").headline("Budget vote")
                .block(BlockKind.PARAGRAPH, "Parliament passed the budget by 12 votes on Tuesday, officials said.")
                .block(BlockKind.PARAGRAPH, "The opposition said it would appeal to the court.")
                .block(BlockKind.PARAGRAPH, "Sign up for our newsletter to get the day's top stories in your inbox.")
                .block(BlockKind.PARAGRAPH, "Editor's note: This article has been updated to correct the vote count.")
                .build();
        List<BlurbType> types = detector.detect(a).stream().map(Blurb::type).toList();
        assertEquals(List.of(BlurbType.PROMO, BlurbType.EDITORS_NOTE), types);
    }

    @Test
    void blockRepeatedAcrossAnOutletsPagesIsATemplate() {
        List<Article> corpus = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            corpus.add(Article.builder("p" + i).outlet(org.slant.ingest.Outlet.named("Daily Example")).headline("h" + i)
                    .block(BlockKind.PARAGRAPH, "Story number " + i + " about the harbour, officials said on Monday.")
                    .block(BlockKind.PARAGRAPH, "The Daily Example is produced by a small team in the harbour town.")
                    .build());
        }
        assertTrue(detector.detect(corpus.get(0)).isEmpty());
        List<Blurb> withTemplates = detector.withTemplates(corpus).detect(corpus.get(0));
        assertEquals(1, withTemplates.size());
        assertEquals(1, withTemplates.get(0).firstBlock());
        assertTrue(withTemplates.get(0).cues().contains("template"));
    }

    @Test
    void extractorReportsOneValuePerSpecWithEvidence() throws IOException {
        Article a = seed("indiablooms-trump-putin-budapest");
        BlurbsExtractor x = BlurbsExtractor.standard();
        List<FeatureValue> v = x.extract(a, TextLayer.of(a));
        assertEquals(x.specs().size(), v.size());
        for (int i = 0; i < v.size(); i++) {
            assertEquals(x.specs().get(i).name(), v.get(i).name());
        }
        FeatureValue donation = v.stream().filter(f -> f.name().equals("blurbs.donation")).findFirst().orElseThrow();
        assertEquals(1.0, donation.value());
        assertEquals(1, donation.evidence().size());
    }

    @Test
    void optionsRejectNonsenseAndRoundTripThroughJson() throws Exception {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new BlurbOptions(0, 3, 8));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new BlurbOptions(2, 1, 8));
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        BlurbOptions o = new BlurbOptions(2.5, 4, 6);
        assertEquals(o, mapper.readValue(mapper.writeValueAsString(o), BlurbOptions.class));
    }
}
