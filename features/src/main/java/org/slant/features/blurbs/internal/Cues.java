package org.slant.features.blurbs.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slant.features.blurbs.BlurbType;
import org.slant.features.lexicon.LexiconEntry;
import org.slant.features.lexicon.internal.TokenTrie;
import org.slant.features.lexicon.internal.Tokens;

/**
 * Cue phrases of outlet-written boxes, by type, matched as whole words (case-insensitive). A phrase of
 * two or more words is strong evidence; a single word is weak, since body text uses it too ("his
 * contribution to the talks").
 */
public final class Cues {
    private Cues() {
    }

    private static final Map<BlurbType, List<String>> PHRASES = Map.of(
            BlurbType.DONATION, List.of("support our journalism", "support independent journalism",
                    "support objective journalism", "support quality journalism", "support us", "support our work",
                    "donate", "donate now", "donation", "donations", "make a donation", "your contribution",
                    "small contribution", "a contribution", "contribute", "chip in", "become a member",
                    "become a patron", "patreon", "paypal", "fund our journalism", "reader supported",
                    "reader funded", "we rely on readers", "any amount", "every contribution",
                    "cannot do without you", "keep our journalism free"),
            BlurbType.SUBSCRIPTION, List.of("subscribe", "subscribe now", "subscription", "subscriber", "subscribers",
                    "unlimited access", "sign in to continue", "log in to continue", "already a subscriber",
                    "create a free account", "register to read", "premium content", "digital access",
                    "start your free trial", "free trial", "subscribe today"),
            BlurbType.PROMO, List.of("newsletter", "our newsletter", "sign up", "sign up for", "in your inbox",
                    "to your inbox", "download our app", "download the app", "get the app", "follow us",
                    "follow us on", "like us on facebook", "join our telegram", "whatsapp channel",
                    "telegram channel", "our podcast", "push notifications", "turn on notifications",
                    "on google news", "our youtube channel", "click here", "read more", "click for more",
                    "contact us", "email us", "send us", "have a story for", "free trial"),
            BlurbType.MISSION, List.of("our mission", "we believe", "we want to serve", "we only try",
                    "independent journalism", "unbiased journalism", "objective news", "objective journalism",
                    "well sourced news", "not driven by", "editorial independence", "we are committed",
                    "without fear or favour", "without fear or favor", "holding power to account",
                    "we do not judge", "let people decide", "good old objective news", "factual and well sourced",
                    "our journalism", "our reporting", "our newsroom", "our journalists"),
            BlurbType.DISCLAIMER, List.of("views expressed", "opinions expressed", "do not necessarily reflect",
                    "does not necessarily reflect", "disclaimer", "not responsible for", "all rights reserved",
                    "copyright", "has not been edited", "auto generated", "syndicated feed", "for informational purposes",
                    "not financial advice", "do not reflect the views"),
            BlurbType.EDITORS_NOTE, List.of("editor s note", "editors note", "editor note", "correction",
                    "this article has been updated", "this story has been updated", "an earlier version of this",
                    "was corrected", "clarification", "updated to reflect", "this article was originally published",
                    "originally appeared", "this story was originally published", "first appeared on",
                    "first appeared in", "this post has been updated", "has been updated with"));

    /** Labels that open a link to another story ("More:", "Related:", "Also on POLITICO:"). */
    private static final java.util.regex.Pattern LINK_LABEL = java.util.regex.Pattern.compile(
            "^[(\\[]?\\s*(more|related|read more|see also|also on [\\p{L} ]{2,30}|watch|listen|recommended)\\s*:",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Whether the block opens with a link label such as "More:" or "Also on POLITICO:". */
    public static boolean opensWithLinkLabel(String block) {
        return LINK_LABEL.matcher(block).lookingAt(); // the same as find() for a pattern anchored by ^, without trying every offset
    }

    /** Promo verbs that start imperative appeals. */
    public static final Set<String> IMPERATIVES = Set.of("support", "subscribe", "donate", "join", "sign", "follow",
            "download", "get", "click", "become", "help", "give", "contribute", "share", "watch", "listen",
            "register", "read", "stay", "like", "chip", "fund");

    /** Attribution words: reported speech is reporting, not an outlet box. */
    public static final Set<String> ATTRIBUTION = Set.of("said", "says", "told", "according", "stated", "wrote",
            "added", "reported", "announced", "claimed", "explained", "noted");

    private static final TokenTrie<BlurbType> TRIE = build();

    private static TokenTrie<BlurbType> build() {
        TokenTrie<BlurbType> t = new TokenTrie<>();
        for (Map.Entry<BlurbType, List<String>> e : PHRASES.entrySet()) {
            for (String p : e.getValue()) {
                t.add(LexiconEntry.normalize(p), e.getKey());
            }
        }
        return t;
    }

    /** A cue phrase found in a text. */
    public record Hit(BlurbType type, String phrase, int words) {
    }

    /** Cue phrases in the text, longest match first at each word. */
    public static List<Hit> find(Tokens tokens) {
        List<Hit> out = new ArrayList<>();
        List<BlurbType> found = new ArrayList<>(2);
        int i = 0;
        while (i < tokens.size()) {
            found.clear();
            int next = TRIE.longest(tokens, i, found);
            if (next < 0) {
                i++;
                continue;
            }
            StringBuilder p = new StringBuilder();
            for (int k = i; k < next; k++) {
                if (k > i) {
                    p.append(' ');
                }
                p.append(tokens.word(k));
            }
            for (BlurbType type : found) {
                out.add(new Hit(type, p.toString(), next - i));
            }
            i = next;
        }
        return out;
    }
}
