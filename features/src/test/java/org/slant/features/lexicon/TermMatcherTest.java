package org.slant.features.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slant.features.FeaturesException;

class TermMatcherTest {

    private static TermMatcher matcher(String tsv) throws FeaturesException {
        return Lexicon.parse("test", tsv, null).matcher();
    }

    private static List<String> matched(TermMatcher m, String text) {
        List<String> out = new ArrayList<>();
        for (TermHit h : m.find(text)) {
            out.add(text.substring(h.start(), h.end()));
        }
        return out;
    }

    @Test
    void matchesWholeWordsIgnoringCase() throws FeaturesException {
        TermMatcher m = matcher("charged\tthug|thugs\n");
        assertEquals(List.of("THUGS", "Thug"), matched(m, "THUGS and thuggery. Thug!"));
    }

    @Test
    void longestTermWinsOverItsPrefixAndInnerWords() throws FeaturesException {
        TermMatcher m = matcher("naming\toccupation forces\tpalestinian\tidf\n"
                + "naming\tisraeli occupation forces\tpalestinian\tidf\n"
                + "charged\toccupation\n");
        assertEquals(List.of("Israeli Occupation Forces"), matched(m, "the Israeli Occupation Forces raided"));
    }

    @Test
    void hyphenAndApostropheVariantsMatchTheSameTerm() throws FeaturesException {
        TermMatcher m = matcher("charged\tfar left\nnaming\tkyiv\tukrainian\tkyiv\n");
        assertEquals(List.of("far-left", "far left", "Kyiv"), matched(m, "far-left and far left in Kyiv\u2019s streets"));
        assertEquals(List.of("Kyiv"), matched(m, "Kyiv's mayor"));
    }

    @Test
    void multiWordTermDoesNotCrossSentencePunctuation() throws FeaturesException {
        TermMatcher m = matcher("charged\twitch hunt\n");
        assertTrue(matched(m, "It was a witch. Hunt for it.").isEmpty());
        assertTrue(matched(m, "a witch\nhunt").isEmpty());
        assertEquals(List.of("witch hunt"), matched(m, "a witch hunt"));
    }

    @Test
    void spanInSeveralEntriesYieldsOneHitPerEntry() throws FeaturesException {
        TermMatcher m = matcher("charged\tregime\nnaming\tregime\thostile\tgovernment\n");
        List<TermHit> hits = m.find("the regime fell");
        assertEquals(2, hits.size());
        assertEquals(4, hits.get(0).start());
        assertEquals(10, hits.get(1).end());
    }

    @Test
    void unicodeCaseIsFolded() throws FeaturesException {
        TermMatcher m = matcher("charged\t\u00e9lite\n");
        assertEquals(List.of("\u00c9LITE"), matched(m, "the \u00c9LITE"));
    }

    @Test
    void hundredThousandTermLexiconStillMatchesCorrectly() {
        List<LexiconEntry> entries = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            entries.add(LexiconEntry.of("term" + i + " x" + (i % 7), Category.BIAS));
        }
        entries.add(LexiconEntry.of("needle", Category.CHARGED));
        TermMatcher m = Lexicon.of(entries).matcher();
        assertEquals(List.of("term99999 x4", "needle"), matched(m, "a term99999 x4 and a needle, term5 x1x"));
    }
}
