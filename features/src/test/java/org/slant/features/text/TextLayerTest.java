package org.slant.features.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.slant.ingest.Article;
import org.slant.ingest.BlockKind;

class TextLayerTest {

    private static List<String> sentences(TextLayer layer) {
        return layer.sentences().stream().map(s -> layer.text().substring(s.start(), s.end())).toList();
    }

    @Test
    void splitsSentencesButNotAfterTitlesInitialsOrInitialisms() {
        TextLayer layer = TextLayer.of("Mr. Smith met Donald J. Trump in the U.S. Senate. He left! Did she? Yes.");
        assertEquals(List.of("Mr. Smith met Donald J. Trump in the U.S. Senate.", "He left!", "Did she?", "Yes."),
                sentences(layer));
    }

    @Test
    void sentenceEndIncludesClosingQuote() {
        TextLayer layer = TextLayer.of("He said, \u201CWe will win.\u201D Then he left.");
        assertEquals(List.of("He said, \u201CWe will win.\u201D", "Then he left."), sentences(layer));
    }

    @Test
    void sentencesNeverCrossBlocks() {
        Article a = Article.builder("a").block(BlockKind.PARAGRAPH, "First paragraph without stop")
                .block(BlockKind.PARAGRAPH, "Second one.").build();
        TextLayer layer = TextLayer.of(a);
        assertEquals(List.of("First paragraph without stop", "Second one."), sentences(layer));
        assertEquals(1, layer.sentence(1).block());
    }

    @Test
    void tokensCarryOffsetsAndCompareIgnoringCase() {
        TextLayer layer = TextLayer.of("Trump's U.S. aide said: \"No.\"");
        List<String> toks = layer.tokens().stream().map(Token::text).toList();
        assertEquals(List.of("Trump's", "U.S.", "aide", "said", ":", "\"", "No", ".", "\""), toks);
        assertTrue(layer.tokenIs(3, "said"));
        assertTrue(layer.tokenIs(0, "trump's"));
        assertEquals(13, layer.tokenStart(2));
        assertEquals(3, layer.tokenAtOrAfter(17));
    }

    @Test
    void findsCurlyStraightGuillemetAndNestedQuotes() {
        String t = "He said \u201Cthey called it \u2018a hoax\u2019 today\u201D and \"fine\" and \u00ABoui\u00BB.";
        TextLayer layer = TextLayer.of(t);
        List<Quote> q = layer.quotes();
        assertEquals(4, q.size());
        assertEquals(t.indexOf('\u201C'), q.get(0).start());
        assertEquals(t.indexOf('\u201D') + 1, q.get(0).end());
        assertEquals(1, q.get(1).depth());
        assertEquals("a hoax", t.substring(q.get(1).contentStart(), q.get(1).contentEnd()));
        assertEquals("fine", t.substring(q.get(2).contentStart(), q.get(2).contentEnd()));
        assertEquals("oui", t.substring(q.get(3).contentStart(), q.get(3).contentEnd()));
        assertTrue(layer.inQuote(t.indexOf("hoax")));
        assertFalse(layer.inQuote(t.indexOf("He")));
        assertFalse(layer.inQuote(t.indexOf(" and")));
    }

    @Test
    void typewriterPairsAreDoubleQuotes() {
        String t = "''We didn't know,'' he said. ``Fine,'' she said.";
        TextLayer layer = TextLayer.of(t);
        assertEquals(2, layer.quotes().size());
        Quote q = layer.quotes().get(0);
        assertEquals("We didn't know,", t.substring(q.contentStart(), q.contentEnd()));
        assertEquals(t.indexOf(" he"), q.end());
        assertEquals("Fine,", t.substring(layer.quotes().get(1).contentStart(), layer.quotes().get(1).contentEnd()));
    }

    @Test
    void noBreakSpacesSeparateSentencesAndTokens() {
        TextLayer layer = TextLayer.of("He left Iraq.\u00A0It was over.");
        assertEquals(List.of("He left Iraq.", "It was over."), sentences(layer));
        assertEquals(8, layer.tokenCount());
    }

    @Test
    void misusedCurlyMarksStillPair() {
        String t = "\u201CIt could create problems,\u201C he said. \u201DWe disagree,\u201D she said.";
        TextLayer layer = TextLayer.of(t);
        assertEquals(2, layer.quotes().size());
        assertEquals("It could create problems,", t.substring(layer.quotes().get(0).contentStart(),
                layer.quotes().get(0).contentEnd()));
        assertFalse(layer.inQuote(t.indexOf("he said")));
        assertEquals("We disagree,", t.substring(layer.quotes().get(1).contentStart(),
                layer.quotes().get(1).contentEnd()));
    }

    @Test
    void apostrophesAreNotQuotes() {
        TextLayer layer = TextLayer.of("Don't touch the voters' rights in the '90s, it's Trump's call.");
        assertEquals(List.of(), layer.quotes());
    }

    @Test
    void quoteContinuesOverParagraphWhenNextParagraphReopens() {
        String t = "\u201CWe will fight.\n\n\u201CAnd we will win,\u201D he said.";
        TextLayer layer = TextLayer.of(t);
        assertEquals(1, layer.quotes().size());
        Quote q = layer.quotes().get(0);
        assertEquals(0, q.start());
        assertEquals(t.indexOf('\u201D') + 1, q.end());
        assertTrue(q.closed());
    }

    @Test
    void unclosedQuoteEndsAtItsParagraph() {
        String t = "He said \u201Cnever again.\n\nA new paragraph.";
        TextLayer layer = TextLayer.of(t);
        assertEquals(1, layer.quotes().size());
        Quote q = layer.quotes().get(0);
        assertFalse(q.closed());
        assertEquals(t.indexOf("\n"), q.end());
        assertFalse(layer.inQuote(t.indexOf("A new")));
    }

    @Test
    void longUnbalancedInputStaysLinearAndSane() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            sb.append("word \u201C ' \u2018 \" \u00AB ");
        }
        TextLayer layer = TextLayer.of(sb.toString());
        assertEquals(1, layer.blocks().size());
        assertTrue(layer.tokenCount() > 500_000);
        assertTrue(layer.quotes().size() < 1_000_000);
    }

    @Test
    void emptyAndSentencelessTextGiveEmptyLayers() {
        assertEquals(0, TextLayer.of("").sentenceCount());
        assertEquals(0, TextLayer.of("   \n\n ").tokenCount());
        TextLayer layer = TextLayer.of("\u0417\u0434\u0440\u0430\u0432\u0441\u0442\u0432\u0443\u0439 \u043C\u0438\u0440");
        assertEquals(1, layer.sentenceCount());
        assertEquals(2, layer.tokenCount());
    }
}
