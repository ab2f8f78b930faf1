package org.slant.features.lexicon;

import java.util.ArrayList;
import java.util.List;
import org.slant.features.lexicon.internal.TokenTrie;
import org.slant.features.lexicon.internal.Tokens;

/**
 * Finds lexicon terms in text: case-insensitive, whole words only, multi-word terms included. Words are
 * runs of letters and digits; hyphens and apostrophes (' or ’) separate words, so "far-left" matches
 * "far left" and "Kyiv's" matches "kyiv". A multi-word term never spans sentence punctuation or a line
 * break.
 *
 * <p>Overlaps: scanning left to right, the longest term starting at a word wins and the scan resumes
 * after it, so "Israeli Occupation Forces" yields one hit, not also "occupation". A span whose form
 * belongs to several entries yields one hit per entry. Immutable and thread-safe.
 */
public final class TermMatcher {
    private final TokenTrie<LexiconEntry> trie = new TokenTrie<>();
    private final ThreadLocal<Tokens> tokens = ThreadLocal.withInitial(Tokens::new);

    TermMatcher(Lexicon lexicon) {
        for (LexiconEntry e : lexicon.entries()) {
            for (String f : e.forms()) {
                trie.add(f, e);
            }
        }
    }

    /**
     * Finds every term in a text. Safe from several threads: each thread reuses its own token buffer.
     *
     * @param text the text; not null
     * @return the hits in text order; several hits share a span when its form belongs to several entries
     */
    public List<TermHit> find(CharSequence text) {
        List<TermHit> hits = new ArrayList<>();
        Tokens t = tokens.get().split(text);
        List<LexiconEntry> found = new ArrayList<>(2);
        int i = 0;
        while (i < t.size()) {
            found.clear();
            int next = trie.longest(t, i, found);
            if (next < 0) {
                i++;
                continue;
            }
            for (LexiconEntry e : found) {
                hits.add(new TermHit(t.start(i), t.end(next - 1), e));
            }
            i = next;
        }
        return hits;
    }
}
