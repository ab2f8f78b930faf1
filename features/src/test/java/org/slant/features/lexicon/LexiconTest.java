package org.slant.features.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.features.FeaturesException;

class LexiconTest {

    @Test
    void builtInLexiconCoversEveryBuiltInCategory() {
        Lexicon l = Lexicon.builtIn();
        assertTrue(l.size() >= 300, "size " + l.size());
        for (Category c : List.of(Category.CHARGED, Category.INTENSIFIER, Category.HEDGE, Category.FACTIVE,
                Category.ASSERTIVE, Category.REPORT_VERB, Category.EUPHEMISM, Category.DYSPHEMISM, Category.NAMING)) {
            assertTrue(l.countsByCategory().getOrDefault(c, 0) > 0, c.name());
        }
    }

    @Test
    void builtInReportVerbsCarryTheirStance() {
        TermMatcher m = Lexicon.builtIn().matcher();
        assertEquals("doubting", stanceOf(m, "He alleged fraud."));
        assertEquals("endorsing", stanceOf(m, "She admitted the error."));
        assertEquals("neutral", stanceOf(m, "They said nothing."));
    }

    private static String stanceOf(TermMatcher m, String text) {
        return m.find(text).stream().filter(h -> h.entry().category() == Category.REPORT_VERB)
                .findFirst().orElseThrow().entry().side();
    }

    @Test
    void verbShorthandExpandsRegularForms() throws FeaturesException {
        Lexicon l = Lexicon.parse("t", "report_verb\tallege/v\tdoubting\n", null);
        assertEquals(List.of("allege", "alleges", "alleged", "alleging"), l.entries().get(0).forms());
    }

    @Test
    void plainListTakesTheDefaultCategoryAndSkipsComments(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("words.txt");
        Files.writeString(f, "; comment\n#another\n\nbizarre\r\nwitch hunt\n", StandardCharsets.UTF_8);
        Lexicon l = Lexicon.load(f, Category.BIAS);
        assertEquals(2, l.size());
        assertEquals("witch hunt", l.entries().get(1).term());
        assertEquals(Category.BIAS, l.entries().get(0).category());
    }

    @Test
    void windows1252FileIsReadWhenNotUtf8(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("latin.txt");
        Files.write(f, new byte[] {'n', 'a', (byte) 0xEF, 'v', 'e', '\n'});
        assertEquals("na\u00efve", Lexicon.load(f, Category.NEGATIVE).entries().get(0).term());
    }

    @Test
    void malformedLineIsReportedWithFileAndLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.tsv");
        Files.writeString(f, "charged\tthugs\nnonsense\tword\n", StandardCharsets.UTF_8);
        FeaturesException e = assertThrows(FeaturesException.class, () -> Lexicon.load(f, null));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        assertTrue(e.getMessage().contains("bad.tsv"), e.getMessage());
        assertTrue(e.getMessage().contains("nonsense"), e.getMessage());
    }

    @Test
    void plainLineWithoutDefaultCategoryIsAnError() {
        FeaturesException e = assertThrows(FeaturesException.class, () -> Lexicon.parse("x", "word\n", null));
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    }

    @Test
    void emptyFileIsAnError(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("empty.txt");
        Files.writeString(f, "# only a comment\n", StandardCharsets.UTF_8);
        FeaturesException e = assertThrows(FeaturesException.class, () -> Lexicon.load(f, Category.BIAS));
        assertTrue(e.getMessage().contains("no entries"), e.getMessage());
    }

    @Test
    void missingFileIsAnError(@TempDir Path dir) {
        assertThrows(FeaturesException.class, () -> Lexicon.load(dir.resolve("none.txt"), Category.BIAS));
    }

    @Test
    void emptyLexiconMatchesNothing() {
        assertTrue(Lexicon.of(List.of()).matcher().find("Radical thugs rioted.").isEmpty());
    }
}
