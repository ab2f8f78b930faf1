package org.slant.features.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.slant.features.text.TextLayer;

class LoadedTermsTest {
    private final LoadedTerms terms = LoadedTerms.standard();

    private TermOccurrence first(String text, String term) {
        return terms.analyze(TextLayer.of(text)).terms().stream()
                .filter(o -> text.substring(o.hit().start(), o.hit().end()).equalsIgnoreCase(term))
                .findFirst().orElseThrow(() -> new AssertionError(term + " not found in " + text));
    }

    @Test
    void termInsideDirectQuoteBelongsToTheSpeaker() {
        String text = "\"These thugs must be stopped,\" the mayor said. Police arrested the thugs on Friday.";
        TermAnalysis a = terms.analyze(TextLayer.of(text));
        List<TermOccurrence> thugs = a.terms().stream().filter(o -> o.hit().entry().term().equals("thug")).toList();
        assertEquals(2, thugs.size());
        assertEquals(Voice.QUOTED, thugs.get(0).voice());
        assertEquals(Voice.NARRATOR, thugs.get(1).voice());
    }

    @Test
    void negatorShortlyBeforeATermNegatesIt() {
        assertTrue(first("The plan is not radical at all.", "radical").negated());
        assertTrue(first("It wasn't a disastrous year.", "disastrous").negated());
        assertFalse(first("The plan is radical, not modest.", "radical").negated());
        assertFalse(first("Not everyone agreed; the plan is radical.", "radical").negated());
    }

    @Test
    void quotedNameThatIsNotSpeechIsAScareQuote() {
        String text = "They will never accept being subservient to the US or 'Israel' in any form.";
        List<ScareQuote> s = terms.analyze(TextLayer.of(text)).scareQuotes();
        assertEquals(1, s.size());
        assertEquals("Israel", s.get(0).term());
    }

    @Test
    void shortQuotedTermWithoutSpeechCueIsAScareQuote() {
        String text = "Officials revived the \u201cpeace process\u201d after months of silence.";
        List<ScareQuote> s = terms.analyze(TextLayer.of(text)).scareQuotes();
        assertEquals(List.of("peace process"), s.stream().map(ScareQuote::term).toList());
    }

    @Test
    void partialQuoteAfterSpeechVerbIsNotAScareQuote() {
        String text = "Trump said \u201cgreat progress\u201d was made during the call.";
        assertTrue(terms.analyze(TextLayer.of(text)).scareQuotes().isEmpty());
    }

    @Test
    void fullSentenceQuoteIsNotAScareQuote() {
        String text = "\u201cWe will win,\u201d he said. \u201cNever again.\u201d";
        assertTrue(terms.analyze(TextLayer.of(text)).scareQuotes().isEmpty());
    }

    @Test
    void termInScareQuotesStaysInTheNarratorsVoice() {
        String text = "The so-called reformers pushed their \u201cradical\u201d plan through.";
        TermOccurrence o = first(text, "radical");
        assertTrue(o.scareQuoted());
        assertEquals(Voice.NARRATOR, o.voice());
    }
}
