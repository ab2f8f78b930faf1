package org.slant.features.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.slant.features.lexicon.internal.Tokens;
import org.slant.features.lexicon.internal.WordSet;

class TokensTest {
    private static final String TEXT = "The KREMLIN's far-left aide_2 said: 2025 ÉLYSÉE İstanbul Straße naïve\n"
            + "Kyiv/Kiev — ‘quoted’ re-elected 100km THE We, OUR us… You";

    /** The plain definition: maximal runs of letters and digits, each char lower-cased on its own. */
    private static List<String> plainWords(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
                sb.append(Character.toLowerCase(text.charAt(i)));
            } else if (sb.length() > 0) {
                out.add(sb.toString());
                sb.setLength(0);
            }
        }
        return out;
    }

    @Test
    void tokensAreLowerCasedRunsOfLettersAndDigitsAtTheirOffsets() {
        Tokens t = new Tokens().split("first text, longer than the next one, to leave stale characters behind");
        t.split(TEXT);
        List<String> expected = plainWords(TEXT);
        assertEquals(expected.size(), t.size());
        assertEquals(expected.size(), Tokens.count(TEXT, 0, TEXT.length()));
        for (int i = 0; i < t.size(); i++) {
            assertEquals(expected.get(i), t.word(i));
            assertEquals(expected.get(i).length(), t.end(i) - t.start(i), "per-char lower case keeps offsets");
            assertTrue(t.is(i, expected.get(i)));
            assertFalse(t.is(i, expected.get(i) + "x"));
        }
    }

    @Test
    void joinedOnlyAcrossSpacesHyphensApostrophesAndSlashes() {
        Tokens t = new Tokens().split("far-left Kyiv's a/b c. d\ne");
        List<Boolean> joined = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            joined.add(t.joined(i));
        }
        assertEquals(List.of(false, true, true, true, true, true, true, false, false), joined);
    }

    @Test
    void wordSetMatchesExactlyItsWords() {
        WordSet set = WordSet.of(Set.of("we", "our", "us", "ours", "said"));
        Tokens t = new Tokens().split("We OUR u us ours ourselves Said sai saidx you");
        List<Boolean> in = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            in.add(t.in(i, set));
        }
        assertEquals(List.of(true, true, false, true, true, false, true, false, false, false), in);
    }
}
