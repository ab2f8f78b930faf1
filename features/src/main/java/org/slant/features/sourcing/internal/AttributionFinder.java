package org.slant.features.sourcing.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slant.features.text.Quote;
import org.slant.features.text.Sentence;
import org.slant.features.text.TextBlock;
import org.slant.features.text.TextLayer;

/**
 * Rule-based attribution finder over a {@link TextLayer}: cues from the report-verb lexicon, the subject
 * or inverted noun phrase as source, and the clause or quotation around the cue as content. One pass over
 * the tokens of each sentence plus a pass over the quotes; linear in the text length.
 */
public final class AttributionFinder {

    private static final int MAX_NP_TOKENS = 10;
    private static final int MAX_APPOSITIVE_TOKENS = 25;
    private static final int MIN_LONE_QUOTE_WORDS = 5;
    /** Content never runs longer than this many tokens, so a sentence-less megabyte stays linear. */
    private static final int MAX_CONTENT_TOKENS = 400;

    /** Cue tokens the rules miss, or null for the rules alone. */
    private final CueTagger tagger;

    /**
     * A finder with the rules and, for the cues the rules miss, this learned cue model.
     *
     * @param tagger the cue model, or null for the rules alone
     */
    public AttributionFinder(CueTagger tagger) {
        this.tagger = tagger;
    }

    /** Finds the attributions of a text layer, ordered by content start. */
    public List<Found> find(TextLayer layer) {
        List<Found> out = new ArrayList<>();
        for (int s = 0; s < layer.sentenceCount(); s++) {
            new SentenceScan(layer, layer.sentence(s), out, tagger).run();
        }
        colonStatements(layer, out);
        colonIntroducedQuotes(layer, out);
        out.sort(Comparator.comparingInt(Found::start));
        dropNestedNonSpeech(out);
        attachLoneQuotes(layer, out);
        out.sort(Comparator.comparingInt(Found::start));
        return out;
    }

    /**
     * Flags of a learned cue outside the lexicon: its content is read as an object ("voted against the
     * resolution"), or as a clause when "that" follows. Chosen by cross-fitted train F1 over flags 0.
     */
    private static final int LEARNED_FLAGS = Words.OBJECT;

    /** Words after which a gerund cue reports what the sentence subject said or did. */
    private static final java.util.Set<String> GERUND_AFTER = java.util.Set.of("by", "after", "before", "while",
            "without", "since", "when", "and", "or", "also", "but", "then", "even", "repeatedly", "publicly");

    /** Scans one sentence for cues. */
    private static final class SentenceScan {
        private final TextLayer l;
        private final Sentence sent;
        private final List<Found> out;
        private final int a;
        private final int b;
        /** The sentence's first word token (or a bounded guess past leading punctuation). */
        private final int firstWord;
        private Found lastInSentence;
        private final CueTagger tagger;

        SentenceScan(TextLayer layer, Sentence sentence, List<Found> out, CueTagger tagger) {
            this.tagger = tagger;
            this.l = layer;
            this.sent = sentence;
            this.out = out;
            this.a = sentence.firstToken();
            this.b = sentence.endToken();
            int w = a;
            while (w < b && w < a + 16 && !l.isWord(w)) {
                w++;
            }
            this.firstWord = w;
        }

        void run() {
            int ruleStart = out.size();
            inDocument();
            askedLead();
            for (int i = a; i < b; i++) {
                if (!l.isWord(i) || l.isCapitalized(i) && !l.tokenIs(i, "according") && !isHeadlineCue(i)) {
                    continue; // cues are verbs: "States", "Plans" in titles are not
                }
                String w = l.tokenLower(i);
                if (Words.NOUN_CUES.containsKey(w) && !l.inQuote(l.tokenStart(i)) && nounCue(i, w)) {
                    continue;
                }
                if (!Words.CUES.containsKey(w) && !Words.SEEM.contains(w) && !w.equals("according")
                        || l.inQuote(l.tokenStart(i))) {
                    continue;
                }
                if (l.tokenIs(i, "according") && i + 1 < b && l.tokenIs(i + 1, "to")) {
                    according(i);
                    i++;
                    continue;
                }
                if (Words.SEEM.contains(w)) {
                    seem(i);
                    continue;
                }
                Words.Cue cue = Words.CUES.get(w);
                if (cue == null) {
                    continue;
                }
                verbCue(i, i, cue);
            }
            if (tagger != null && tagger.veto() > 0) {
                veto(ruleStart);
            }
            if (tagger != null) {
                learnedCues(ruleStart);
            }
        }

        /**
         * Attributions for the cues only the learned model sees ("hopes", "support of", "known as"): a run of
         * tokens above its threshold that no rule attribution of the sentence covers is read as a verb cue,
         * with the same subject, inversion and content rules as the lexicon's verbs.
         */
        private void learnedCues(int ruleStart) {
            int n = b - a;
            if (n < 3) {
                return;
            }
            // only tokens outside quotes and outside the rules' attributions are scored, each at most once
            double[] p = new double[n];
            java.util.Arrays.fill(p, -1);
            int[] ids = new int[2 * n];
            java.util.Arrays.fill(ids, -1);
            long[] keys = new long[CueTagger.MAX_FEATURES];
            double th = tagger.threshold();
            int done = a; // tokens before this belong to an earlier run
            for (int i = a; i < b; i++) {
                // a run grows around a likely head: only words the model lists as possible heads are scored
                // first, so most tokens cost one look-up
                if (!l.isWord(i) || !tagger.mayHead(l, i) || l.inQuote(l.tokenStart(i)) || covered(i, ruleStart)
                        || isFunctionWord(i) || Words.SKIPPABLE.contains(l.tokenLower(i)) || isAdverb(i)
                        || prob(p, i, ids, keys) < th) {
                    continue;
                }
                int first = i;
                while (first - 1 >= done && !l.inQuote(l.tokenStart(first - 1)) && !covered(first - 1, ruleStart)
                        && prob(p, first - 1, ids, keys) >= th) {
                    first--;
                }
                int j = i;
                while (j + 1 < b && !l.inQuote(l.tokenStart(j + 1)) && !covered(j + 1, ruleStart)
                        && prob(p, j + 1, ids, keys) >= th) {
                    j++;
                }
                // the head is the likeliest word that is no auxiliary, adverb or particle ("has long
                // supported", "did not respond"): the subject and content are read around it
                int head = i;
                for (int t = i + 1; t <= j; t++) {
                    if (!Words.SKIPPABLE.contains(l.tokenLower(t)) && !isAdverb(t) && !isFunctionWord(t)
                            && l.isWord(t) && tagger.mayHead(l, t) && p[t - a] > p[head - a]) {
                        head = t;
                    }
                }
                String w = l.tokenLower(head);
                Words.Cue cue = Words.CUES.get(w);
                if (cue == null) {
                    boolean clause = j + 1 < b && l.tokenIs(j + 1, "that");
                    cue = new Words.Cue(w, clause ? 0 : LEARNED_FLAGS);
                }
                int before = out.size();
                verbCue(head, j, cue);
                if (out.size() > before && overlapsEarlier(out.get(before), ruleStart, before)) {
                    // a learned reading never swallows an attribution found before it: one token, one role
                    out.remove(before);
                    lastInSentence = before > ruleStart ? out.get(before - 1) : null;
                }
                i = j;
                done = j + 1;
            }
        }

        private double prob(double[] p, int t, int[] ids, long[] keys) {
            if (p[t - a] < 0) {
                tagger.idsAround(l, a, b, t, ids);
                p[t - a] = tagger.score(l, a, b, t, ids, keys);
            }
            return p[t - a];
        }

        private boolean isFunctionWord(int t) {
            return Words.DETERMINERS.contains(l.tokenLower(t)) || isPreposition(t) || l.tokenIs(t, "to")
                    || l.tokenIs(t, "and") || l.tokenIs(t, "or") || l.tokenIs(t, "out") || l.tokenIs(t, "about")
                    || l.tokenIs(t, "for") || l.tokenIs(t, "of") || l.tokenIs(t, "by") || l.tokenIs(t, "with")
                    || l.tokenIs(t, "from") || l.tokenIs(t, "against") || l.tokenIs(t, "over") || l.tokenIs(t, "as");
        }

        /** Whether the content of {@code f} overlaps a part of {@code out[from, to)}. */
        private boolean overlapsEarlier(Found f, int from, int to) {
            for (int k = from; k < to; k++) {
                Found g = out.get(k);
                for (int[] c : f.content) {
                    if (overlaps(c[0], c[1], g)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static boolean overlaps(int s, int e, Found g) {
            if (Math.min(e, g.cueEnd) > Math.max(s, g.cueStart) || Math.min(e, g.srcEnd) > Math.max(s, g.srcStart)) {
                return true;
            }
            for (int[] c : g.content) {
                if (Math.min(e, c[1]) > Math.max(s, c[0])) {
                    return true;
                }
            }
            return false;
        }

        /** Drops the rule attributions of this sentence whose cue the model scores below its veto level. */
        private void veto(int ruleStart) {
            int n = b - a;
            int[] ids = new int[2 * n];
            java.util.Arrays.fill(ids, -1);
            long[] keys = new long[CueTagger.MAX_FEATURES];
            for (int k = out.size() - 1; k >= ruleStart; k--) {
                Found f = out.get(k);
                if (f.cueStart < 0 || f.cueStart < l.tokenStart(a) || f.cueStart >= sent.end()) {
                    continue;
                }
                double best = 0;
                for (int t = l.tokenAtOrAfter(f.cueStart); t < b && l.tokenStart(t) < f.cueEnd; t++) {
                    tagger.idsAround(l, a, b, t, ids);
                    best = Math.max(best, tagger.score(l, a, b, t, ids, keys));
                }
                if (best < tagger.veto()) {
                    out.remove(k);
                    if (lastInSentence == f) {
                        lastInSentence = null;
                    }
                }
            }
        }

        /** Whether token {@code t} lies in a cue, source or content of the attributions from {@code from} on. */
        private boolean covered(int t, int from) {
            int s = l.tokenStart(t);
            for (int k = from; k < out.size(); k++) {
                Found f = out.get(k);
                if (s >= f.cueStart && s < f.cueEnd || s >= f.srcStart && s < f.srcEnd) {
                    return true;
                }
                for (int[] c : f.content) {
                    if (s >= c[0] && s < c[1]) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** A capitalised speech verb after a capitalised word in a title-case headline: "Clinton Says ...". */
        private boolean isHeadlineCue(int i) {
            return i > a && i + 1 < b && l.isCapitalized(i - 1) && l.isWord(i - 1) && l.isCapitalized(i + 1)
                    && Words.HEADLINE_CUES.contains(l.tokenLower(i));
        }

        private void add(Found f) {
            if (!f.content.isEmpty()) {
                out.add(f);
                lastInSentence = f;
            }
        }

        // ---- noun cues: "his claim that ...", "Cruz's refusal to disavow ...", "criticism of ..." ----

        /** Adds the attribution of a noun cue at token {@code i}; false when the noun is no cue here. */
        private boolean nounCue(int i, String noun) {
            int k = i + 1;
            if (k + 1 >= b || i == a) {
                return false;
            }
            String next = l.tokenLower(k);
            if (!Words.NOUN_CUES.get(noun).contains(next) || isSentenceEnd(k + 1) || !l.isWord(k + 1)
                    && !isOpeningQuote(k + 1)) {
                return false;
            }
            String before = l.tokenLower(i - 1);
            if (Words.CUES.containsKey(noun) && (Words.PERSONAL_PRONOUNS.contains(before) || before.equals("that")
                    || Words.SKIPPABLE.contains(before) || l.isCapitalized(i - 1) && !before.endsWith("s"))) {
                return false; // the verb: "she hopes that", "Trump claims that"
            }
            boolean possessive = Words.POSSESSIVES.contains(before) || before.endsWith("\u2019s")
                    || before.endsWith("'s");
            int d = i - 1;
            while (d > a && l.isWord(d) && !possessive && !Words.DETERMINERS.contains(l.tokenLower(d))
                    && !Words.NP_BOUNDARY.contains(l.tokenLower(d)) && d > i - 3) {
                d--; // "the growing criticism of", "new allegations that"
            }
            if (!possessive && !Words.DETERMINERS.contains(l.tokenLower(d)) && !l.tokenIs(d, "of")
                    && !l.tokenIs(d, ",") && !(l.isWord(i - 1) && !Words.NP_BOUNDARY.contains(before))) {
                return false;
            }
            boolean clause = next.equals("that");
            int c = clause || next.equals("to") ? k : k + 1;
            Found f = new Found().cue(l.tokenStart(i), l.tokenEnd(clause ? i : k), noun);
            if (possessive) {
                int np = Words.POSSESSIVES.contains(before) ? i - 1 : subjectBefore(i - 1);
                if (np >= 0) {
                    f.source(l.tokenStart(np), l.tokenEnd(i - 1));
                }
            }
            int end = contentEndAfter(c, !clause);
            if (!clause && (firstWord >= d || firstWord >= i - 3)) {
                // the noun phrase is the sentence subject: "Ward's refusal to disavow the group drew criticism"
                for (int t = c + 2; t < b && l.tokenStart(t) < end; t++) {
                    if (isFiniteVerb(t) && !l.inQuote(l.tokenStart(t))) {
                        end = subjectEnd(c, t - 1);
                        break;
                    }
                }
            }
            f.content(l.tokenStart(c), end);
            add(f);
            return true;
        }

        // ---- "In a Fox poll, CONTENT" / "In a statement, CONTENT" ----

        private void inDocument() {
            if (b - a < 5 || !l.tokenIs(a, "in")) {
                return;
            }
            for (int t = a + 1; t < b && t < a + 12; t++) {
                if (l.tokenIs(t, ",")) {
                    boolean laterCue = false;
                    for (int u = t + 1; u < b; u++) {
                        laterCue |= l.isWord(u) && Words.CUES.containsKey(l.tokenLower(u)) && !l.isCapitalized(u)
                                && !l.inQuote(l.tokenStart(u));
                    }
                    if (t + 1 < b && isDocumentWord(t - 1) && !isSentenceEnd(t + 1) && !laterCue) {
                        Found f = new Found().cue(l.tokenStart(a), l.tokenEnd(a), "in")
                                .source(l.tokenStart(a + 1), l.tokenEnd(t - 1));
                        f.content(l.tokenStart(t + 1), contentEndAfter(t + 1));
                        add(f);
                    }
                    return;
                }
                if (isDocumentWord(t) && t + 1 < b && !l.tokenIs(t + 1, ",") && !l.isWord(t + 1)) {
                    return;
                }
            }
        }

        private boolean isDocumentWord(int t) {
            String w = l.tokenLower(t);
            return w.equals("poll") || w.equals("survey") || w.equals("study") || w.equals("report")
                    || w.equals("statement") || w.equals("interview") || w.equals("letter") || w.equals("memo")
                    || w.equals("op-ed") || w.equals("tweet") || w.equals("post") || w.equals("speech")
                    || w.equals("filing") || w.equals("complaint") || w.equals("lawsuit") || w.equals("email")
                    || w.equals("book") || w.equals("column") || w.equals("editorial") || w.equals("analysis")
                    || w.equals("ruling") || w.equals("opinion") || w.equals("remarks") || w.equals("polls")
                    || w.equals("released") || w.equals("sunday") || w.equals("monday") || w.equals("tuesday")
                    || w.equals("wednesday") || w.equals("thursday") || w.equals("friday") || w.equals("saturday");
        }

        // ---- "Asked whether the plan works, Smith said ...": the question as content ----

        private void askedLead() {
            int t = a;
            if (t < b && l.tokenIs(t, "when")) {
                t++;
            }
            if (t + 2 >= b || !l.tokenIs(t, "asked")) {
                return;
            }
            int c = t + 1;
            // "Asked in Iowa recently whether ...", "Asked during a debate why ...": a short adjunct first
            while (c < b && c < t + 8 && !isQuestionOpener(c) && l.isWord(c) && !l.isCapitalized(c)
                    || c < b && c < t + 8 && !isQuestionOpener(c) && l.isWord(c) && c > t + 1) {
                c++;
            }
            if (c >= b || !isQuestionOpener(c)) {
                return;
            }
            int comma = c + 1;
            while (comma < b && comma < c + 40 && !l.tokenIs(comma, ",")) {
                comma++;
            }
            Found f = new Found().cue(l.tokenStart(t), l.tokenEnd(t), "ask");
            int contentEnd = comma < b && l.tokenIs(comma, ",") ? l.tokenStart(comma) : sent.end();
            f.content(l.tokenStart(c), contentEnd);
            if (comma + 1 < b && l.tokenIs(comma, ",")) {
                int e = comma + 1;
                if (Words.PERSONAL_PRONOUNS.contains(l.tokenLower(e))) {
                    e++;
                } else {
                    while (e < b && e < comma + 6 && l.isWord(e) && (l.isCapitalized(e) || l.tokenIs(e, "the"))) {
                        e++;
                    }
                }
                if (e > comma + 1) {
                    f.source(l.tokenStart(comma + 1), l.tokenEnd(e - 1));
                }
            }
            add(f);
        }

        private boolean isQuestionOpener(int c) {
            String w = l.tokenLower(c);
            return w.equals("whether") || w.equals("if") || w.equals("about") || w.equals("what") || w.equals("why")
                    || w.equals("how") || w.equals("who") || w.equals("when") || w.equals("where");
        }

        // ---- "Sanders seemed to reap the benefits": an attitude without a source ----

        private void seem(int i) {
            int k = i + 1;
            if (k >= b || isSentenceEnd(k) || l.tokenIs(k, ",") || l.tokenIs(k, "that") || !l.isWord(k)) {
                return;
            }
            if (l.tokenIs(i, "expected") && !(i > a && (l.tokenIs(i - 1, "is") || l.tokenIs(i - 1, "are")
                    || l.tokenIs(i - 1, "was") || l.tokenIs(i - 1, "were")) && l.tokenIs(k, "to"))) {
                return;
            }
            int j = i - 1;
            while (j >= a && (Words.SKIPPABLE.contains(l.tokenLower(j)) || isAdverb(j))) {
                j--;
            }
            int np = subjectBefore(j);
            if (np < 0 || Words.PERSONAL_PRONOUNS.contains(l.tokenLower(np)) && l.tokenIs(np, "it")) {
                return;
            }
            Found f = new Found().cue(l.tokenStart(i), l.tokenEnd(i), "seem");
            f.content(l.tokenStart(np), subjectEnd(np, j));
            f.content(l.tokenStart(k), contentEndAfter(k));
            add(f);
        }

        // ---- "according to X" ----

        private void according(int i) {
            int srcFrom = i + 2;
            int srcTo = srcFrom;
            while (srcTo < b && (!isPunct(srcTo) || isAbbreviationDot(srcTo)) && srcTo - srcFrom < MAX_NP_TOKENS) {
                srcTo++; // "according to E. J. Fleming's book"
            }
            if (srcTo + 1 < b && l.tokenIs(srcTo, ",") && l.tokenIs(srcTo + 1, "including")) {
                // "according to three polls, including one from Monmouth": still the source
                srcTo += 2;
                while (srcTo < b && (!isPunct(srcTo) || isAbbreviationDot(srcTo)) && srcTo - srcFrom < 2 * MAX_NP_TOKENS) {
                    srcTo++;
                }
            }
            if (srcTo == srcFrom) {
                return;
            }
            Found f = new Found().cue(l.tokenStart(i), l.tokenEnd(i + 1), "according to")
                    .source(l.tokenStart(srcFrom), l.tokenEnd(srcTo - 1));
            boolean shortLead = i - a <= 5 && srcTo < b && l.tokenIs(srcTo, ",") && srcTo + 1 < b
                    && l.isWord(srcTo + 1);
            if (i > a && l.tokenIs(i - 1, ",") && shortLead) {
                // "In this context, according to Ushakov, the Russian president told ..."
                f.content(l.tokenStart(srcTo + 1), contentEndAfter(srcTo + 1));
            } else if (i > a && l.tokenIs(i - 1, ",")) {
                f.content(cappedStart(i - 1), contentEndBefore(i - 1));
                // "A, according to X, B": the sentence continues after the source
                if (srcTo < b && l.tokenIs(srcTo, ",") && srcTo + 1 < b && l.isWord(srcTo + 1)) {
                    f.content(l.tokenStart(srcTo + 1), contentEndAfter(srcTo + 1));
                }
            } else if (i <= a + 1) {
                int c = srcTo < b && l.tokenIs(srcTo, ",") ? srcTo + 1 : srcTo;
                if (c < b) {
                    f.content(l.tokenStart(c), contentEndAfter(c));
                }
            } else {
                f.content(cappedStart(i), l.tokenStart(i));
                trimContentEnd(f);
            }
            add(f);
        }

        // ---- verb cues ----

        private void verbCue(int i, int lastCueToken, Words.Cue cue) {
            String lemma = cue.lemma();
            int cueEnd = lastCueToken;
            if (lemma.equals("point")) {
                if (i + 1 < b && l.tokenIs(i + 1, "out")) {
                    cueEnd = i + 1;
                } else {
                    return;
                }
            }
            int k = cueEnd + 1; // first token after the cue
            if (cue.has(Words.ADJECTIVE)) {
                // "is worried about", "were confident that": an attitude adjective after a form of "be"
                int p = i - 1;
                while (p > a && (isAdverb(p) || l.tokenIs(p, "not") || l.tokenIs(p, "so") || l.tokenIs(p, "very")
                        || l.tokenIs(p, "more") || l.tokenIs(p, "less") || l.tokenIs(p, "also"))) {
                    p--;
                }
                if (p <= a || !(isBe(p) || l.tokenIs(p, "become") || l.tokenIs(p, "became") || l.tokenIs(p, "remain")
                        || l.tokenIs(p, "remains") || l.tokenIs(p, "remained"))
                        || k >= b || !Words.ADJECTIVE_OPENERS.contains(l.tokenLower(k))) {
                    return;
                }
                if (!l.tokenIs(k, "that") && !l.tokenIs(k, "to")) {
                    cueEnd = k; // the preposition belongs to the cue: "worried about"
                    k++;
                }
            }
            if (cue.has(Words.NOUNISH) && i > a && (Words.DETERMINERS.contains(l.tokenLower(i - 1))
                    || l.tokenLower(i - 1).endsWith("\u2019s") || l.tokenLower(i - 1).endsWith("'s")
                    || Character.isDigit(l.text().charAt(l.tokenStart(i - 1))) || l.tokenLower(i - 1).endsWith("-"))) {
                return;
            }
            if (i > a && Character.isDigit(l.text().charAt(l.tokenStart(i - 1)))) {
                return; // "4,051 pledged delegates"
            }
            if (i > a && (l.tokenIs(i - 1, "to") || l.tokenIs(i - 1, "the") || l.tokenIs(i - 1, "a")
                    || l.tokenIs(i - 1, "of"))) {
                return; // infinitive or noun use: "to say", "the state"
            }
            boolean gerund = l.tokenLower(i).endsWith("ing") && !(i > a && isBe(i - 1));
            int thatAt = findThat(k, cue.has(Words.TELL) || k < b && (isPreposition(k) || isDayWord(k)) ? 8 : 1);
            if (cue.has(Words.THAT_ONLY) && thatAt < 0 && !(k >= b || isSentenceEnd(k))) {
                return; // "records show." at the end may still close a content-before attribution
            }
            int cueStartChar = l.tokenStart(i);
            int cueEndChar = l.tokenEnd(cueEnd);

            // ", adding that ...": same source as the previous attribution
            if (gerund) {
                if (i > a && l.tokenIs(i - 1, ",") && k < b && !isSentenceEnd(k)) {
                    Found f = new Found().cue(cueStartChar, cueEndChar, lemma);
                    int c = contentFrom(k, cue, thatAt);
                    if (c < 0) {
                        return;
                    }
                    f.content(l.tokenStart(c), contentEndAfter(c));
                    Found prev = lastInSentence;
                    if (prev != null && prev.hasSource()) {
                        f.source(prev.srcStart, prev.srcEnd);
                    } else {
                        int[] subj = sentenceSubject(i - 1);
                        if (subj != null) {
                            f.source(subj[0], subj[1]);
                        }
                    }
                    add(f);
                } else if (i > a && k < b && !isSentenceEnd(k) && GERUND_AFTER.contains(l.tokenLower(i - 1))) {
                    // "by suggesting the vote may be rigged", "and threatening to sit out": the sentence subject
                    int c = contentFrom(k, cue, thatAt);
                    int[] subj = sentenceSubject(i - 1);
                    if (c < 0 || c >= b) {
                        return;
                    }
                    Found f = new Found().cue(cueStartChar, cueEndChar, lemma);
                    f.content(l.tokenStart(c), contentEndAfter(c, cue.has(Words.OBJECT)));
                    if (lastInSentence != null && lastInSentence.hasSource()) {
                        f.source(lastInSentence.srcStart, lastInSentence.srcEnd); // "Rubio responded before adding"
                    } else if (subj != null && !l.inQuote(subj[0])) {
                        f.source(subj[0], subj[1]);
                    }
                    add(f);
                } else if (i > a && k < b && !isSentenceEnd(k) && l.isWord(i - 1)
                        && !Words.NP_BOUNDARY.contains(l.tokenLower(i - 1))
                        && !Words.SKIPPABLE.contains(l.tokenLower(i - 1)) && !isBe(i - 1)
                        && !Words.DETERMINERS.contains(l.tokenLower(i - 1)) && !isAdverb(i - 1)) {
                    // "super PACs supporting Mr. Cruz", "47 percent saying they will": the noun before
                    int np = subjectBefore(i - 1);
                    int c = contentFrom(k, cue, thatAt);
                    if (np < 0 || c < 0 || c >= b) {
                        return;
                    }
                    Found f = new Found().cue(cueStartChar, cueEndChar, lemma).source(l.tokenStart(np), l.tokenEnd(i - 1));
                    int end = contentEndAfter(c, cue.has(Words.OBJECT));
                    // the modified noun may be the sentence subject: its verb ends the content
                    for (int t = c + 1; firstWord == np && t < b && l.tokenStart(t) < end; t++) {
                        if (isFiniteVerb(t) && !l.inQuote(l.tokenStart(t))) {
                            end = subjectEnd(c, t - 1);
                            break;
                        }
                    }
                    f.content(l.tokenStart(c), end);
                    add(f);
                }
                return;
            }

            int j = i - 1;
            while (j >= a && (Words.SKIPPABLE.contains(l.tokenLower(j)) || isAdverb(j) || isDayWord(j)
                    && l.isCapitalized(j)) && !l.tokenIs(j, "who")) {
                j--;
                if (j >= a && isDayWord(j + 1) && (l.tokenIs(j, "on") || l.tokenIs(j, "last") || l.tokenIs(j, "this"))) {
                    j--;
                }
            }
            boolean nothingAfter = k >= b || isSentenceEnd(k);
            boolean commaAfter = k < b && l.tokenIs(k, ",");

            // inversion: "..., said Smith." / "“...,” said the minister, ..." (the source runs to a comma or the end)
            if (j >= a && j == i - 1 && (l.tokenIs(j, ",") || isClosingQuote(j)) && k < b && !nothingAfter
                    && !commaAfter && l.isWord(k) && !l.tokenIs(k, "that")
                    && (isClosingQuote(j) && !Words.PERSONAL_PRONOUNS.contains(l.tokenLower(k))
                        || l.isCapitalized(k) || Words.DETERMINERS.contains(l.tokenLower(k))
                        || Character.isDigit(l.text().charAt(l.tokenStart(k))) || l.tokenIs(k, "one")
                        || l.tokenIs(k, "former") || l.tokenIs(j, ",") && namedWithin(k, 4))) {
                int e = k;
                while (e < b && (!isPunct(e) || isAbbreviationDot(e)) && e - k < 10 && !l.tokenIs(e, "that")
                        && !(e > k && isRelativeWord(e))) {
                    e++; // "said a handful of Democrats who point to ...": the relative clause is not the source
                }
                boolean npEnds = e >= b || isSentenceEnd(e) || l.tokenIs(e, ",") || l.tokenIs(e, "(") && e > k
                        || e > k && isRelativeWord(e);
                if (npEnds && !(l.tokenIs(j, ",") && appositiveBefore(j))) {
                    Found f = new Found().cue(cueStartChar, cueEndChar, lemma)
                            .source(l.tokenStart(k), l.tokenEnd(e - 1));
                    f.content(contentStartBefore(j), contentEndBefore(j));
                    if (!f.content.isEmpty()) {
                        add(f);
                    }
                    return;
                }
            }
            if (j < a) {
                return; // no subject: "Said the minister ..." headline styles are rare
            }
            int np = subjectBefore(j);
            int srcStart;
            int srcEnd;
            if (np >= 0) {
                srcStart = l.tokenStart(np);
                srcEnd = subjectEnd(np, j);
            } else if (l.tokenIs(j, "and") || l.tokenIs(j, "but") || l.tokenIs(j, "or")) {
                // "Sanders, who endorsed Canova and said he would ...": the subject of the first verb
                int[] subj = sentenceSubject(j);
                if (subj == null || nothingAfter) {
                    return;
                }
                int c = contentFrom(k, cue, thatAt);
                if (c < 0 || c >= b) {
                    return;
                }
                add(new Found().cue(cueStartChar, cueEndChar, lemma).source(subj[0], subj[1])
                        .content(l.tokenStart(c), contentEndAfter(c)));
                return;
            } else {
                return;
            }
            int beforeNp = np - 1;
            if (beforeNp < a && a > 0 && (nothingAfter || commaAfter || onlyAdjunctsAfter(k, cue, true))
                    && !cue.has(Words.OBJECT) && !cue.has(Words.COGNITION) && !cue.has(Words.THAT_ONLY)) {
                // "“Did you know?” Todd asked.": the splitter ended the sentence at the question mark
                Optional<Quote> q = l.quoteAt(l.tokenStart(a - 1));
                int e = l.tokenEnd(a - 1) - 1;
                while (e > 0 && "\"'\u201D\u2019\u00BB ".indexOf(l.text().charAt(e)) >= 0) {
                    e--;
                }
                char last = l.text().charAt(e);
                if (q.isPresent() && q.get().end() == l.tokenEnd(a - 1) && (last == '?' || last == '!')) {
                    add(new Found().cue(cueStartChar, cueEndChar, lemma).source(srcStart, srcEnd)
                            .content(q.get().start(), q.get().end()));
                    return;
                }
            }
            boolean quoteBefore = beforeNp >= a && isClosingQuote(beforeNp);
            boolean contentBefore = beforeNp >= a && (l.tokenIs(beforeNp, ",") || isClosingQuote(beforeNp))
                    && (nothingAfter || commaAfter || onlyAdjunctsAfter(k, cue, quoteBefore))
                    && (commaAfter || !isLeadIn(beforeNp));
            boolean clauseCue = !cue.has(Words.THAT_ONLY) && !cue.has(Words.COGNITION);
            if (contentBefore && !cue.has(Words.OBJECT) && (clauseCue || nothingAfter)) {
                Found f = new Found().cue(cueStartChar, cueEndChar, lemma).source(srcStart, srcEnd);
                f.content(contentStartBefore(beforeNp), contentEndBefore(beforeNp));
                if (commaAfter && k + 1 < b && !isSentenceEnd(k + 1) && !startsNewCue(k + 1)
                        && (!quoteBefore || isOpeningQuote(k + 1))) {
                    f.content(l.tokenStart(k + 1), contentEndAfter(k + 1));
                } else if (quoteBefore) {
                    // the quote resumes after adjuncts: "“Q1,” he told NBC on Monday, “Q2.”"
                    for (int t = k; t < b && t < k + 12 && !isSentenceEnd(t); t++) {
                        if (l.tokenIs(t, ",") && t + 1 < b && isOpeningQuote(t + 1)) {
                            f.content(l.tokenStart(t + 1), contentEndAfter(t + 1));
                            break;
                        }
                    }
                }
                add(f);
                return;
            }
            if (nothingAfter) {
                return;
            }
            int c = contentFrom(k, cue, thatAt);
            if (c < 0 || c >= b) {
                return;
            }
            Found f = new Found().cue(cueStartChar, cueEndChar, lemma).source(srcStart, srcEnd);
            f.content(l.tokenStart(c), contentEndAfter(c, cue.has(Words.OBJECT)));
            add(f);
        }

        /**
         * The comma opening the appositive that the comma at {@code j} closes ("Pete Seat, an Indiana GOP
         * consultant whose firm was retained by the Kasich campaign,"), or a token that is not a comma.
         */
        private int appositiveStart(int j) {
            int k = j - 1;
            while (k >= a && k > j - MAX_APPOSITIVE_TOKENS && !l.tokenIs(k, ",")
                    && (l.isWord(k) || l.tokenIs(k, "-") || l.tokenIs(k, ".") || l.tokenIs(k, "&")
                        || l.tokenIs(k, "(") || l.tokenIs(k, ")"))) {
                k--;
            }
            return k;
        }

        /** Whether tokens {@code [from, to)} are a short run of capitalised words: "John Hale". */
        private boolean isBareName(int from, int to) {
            if (to - from < 1 || to - from > 4) {
                return false;
            }
            for (int t = from; t < to; t++) {
                if (!(l.isWord(t) && l.isCapitalized(t) || l.tokenIs(t, "."))) {
                    return false;
                }
            }
            return true;
        }

        /** Whether {@code j} (a comma) closes an appositive after a name: "Jim Hodges, a Clinton backer," */
        private boolean appositiveBefore(int j) {
            int k = appositiveStart(j);
            return k > a && k < j - 1 && l.tokenIs(k, ",") && (l.isCapitalized(k - 1) || isBareName(k + 1, j));
        }

        /**
         * Whether the rest of the sentence after a cue is an addressee or adjunct rather than content: "“...,”
         * he told NBC in October." Short, with no "that" and no clause opener.
         */
        private boolean onlyAdjunctsAfter(int k, Words.Cue cue, boolean quoteBefore) {
            int n = 0;
            for (int t = k; t < b && !isSentenceEnd(t); t++) {
                if (t - k > 80) {
                    return false;
                }
                if (quoteBefore && l.tokenIs(t, ",") && t + 1 < b && isOpeningQuote(t + 1)) {
                    return n <= 10; // "“Q1,” Duncan told The Times in 2012, “Q2.”"
                }
                if (quoteBefore && (isSubordinator(t) && !l.tokenIs(t, "which") || l.tokenIs(t, "as") || l.tokenIs(t, ",")
                        && t + 1 < b && startsNewCue(t + 1) || t > k && isClosingQuote(t - 1) && startsNewCue(t))) {
                    return true; // "“...,” he said when asked ...", "“...,” he said on Fox, adding ..."
                }
                if (quoteBefore && isOpeningQuote(t) && isShortTitle(t)) {
                    t = l.tokenAtOrAfter(l.quoteAt(l.tokenStart(t)).get().end()) - 1;
                    n++;
                    continue; // a programme or book title: "told MSNBC's “Morning Joe”"
                }
                if (l.tokenIs(t, "that") || isOpeningQuote(t) || l.tokenIs(t, ":")) {
                    return false;
                }
                if (t == k && Words.PERSONAL_PRONOUNS.contains(l.tokenLower(t)) && !cue.has(Words.TELL)) {
                    return false;
                }
                if (l.isWord(t)) {
                    n++;
                }
            }
            return n > 0 && (n <= 7 || quoteBefore);
        }

        /** Whether the quote opening at token {@code t} is a short capitalised title, not speech. */
        private boolean isShortTitle(int t) {
            Optional<Quote> q = l.quoteAt(l.tokenStart(t));
            int w = t + 1;
            while (w < b && w < t + 3 && !l.isWord(w)) {
                w++; // the second mark of a typewriter '' quote
            }
            if (q.isEmpty() || q.get().start() != l.tokenStart(t) || w >= b || !l.isCapitalized(w)) {
                return false;
            }
            int words = 0;
            for (int u = t + 1; u < b && l.tokenStart(u) < q.get().end(); u++) {
                if (l.isWord(u) && ++words > 4) {
                    return false;
                }
            }
            char last = l.text().charAt(q.get().end() - 2);
            boolean closesSentence = q.get().end() >= sent.end() - 1;
            return words > 0 && (closesSentence || last != '.' && last != '?' && last != '!');
        }

        /** First content token after a cue, or -1 when the cue has no content after it. */
        private int contentFrom(int k, Words.Cue cue, int thatAt) {
            if (k >= b) {
                return -1;
            }
            if (thatAt >= 0) {
                return thatAt;
            }
            int c = k;
            if (cue.has(Words.TELL)) {
                c = skipObject(c);
            }
            // "said Monday", "said in a statement": adjuncts before the content
            c = skipAdjuncts(c);
            if (c < b && (l.tokenIs(c, ",") || l.tokenIs(c, ":") || l.tokenIs(c, "\u2014"))) {
                c++;
            }
            if (c >= b || isSentenceEnd(c)) {
                return -1;
            }
            String w = l.tokenLower(c);
            if (cue.has(Words.OBJECT)) {
                // "called for", "called on": the particle belongs to the cue
                if ((w.equals("for") || w.equals("on") || w.equals("out")) && c + 1 < b && !isSentenceEnd(c + 1)) {
                    return c + 1;
                }
                return w.equals("by") || w.equals("and") || w.equals("or") || w.equals("it") && c + 1 >= b ? -1 : c;
            }
            if (w.equals("of") || w.equals("about") || w.equals("for") || w.equals("with") || w.equals("by")
                    || w.equals("and") || w.equals("or")) {
                return -1;
            }
            if (cue.has(Words.COGNITION) && !startsClause(c) && !(cue.has(Words.INFINITIVE) && w.equals("to"))
                    && !Words.QUESTION_WORDS.contains(w)) {
                return -1;
            }
            return c;
        }

        private int findThat(int k, int window) {
            for (int t = k; t < b && t < k + window; t++) {
                if (l.tokenIs(t, "that") && !(t + 1 < b && isSentenceEnd(t + 1))) {
                    return t;
                }
                if (isPunct(t) && !l.tokenIs(t, ",")) {
                    return -1;
                }
            }
            return -1;
        }

        private int skipObject(int c) {
            if (c >= b) {
                return c;
            }
            if (Words.OBJECT_WORDS.contains(l.tokenLower(c))) {
                return c + 1;
            }
            int t = c;
            if (Words.DETERMINERS.contains(l.tokenLower(t))) {
                t++;
                while (t < b && t < c + 4 && l.isWord(t) && !l.tokenIs(t, "that")
                        && !Words.PERSONAL_PRONOUNS.contains(l.tokenLower(t))) {
                    t++;
                }
                return t;
            }
            while (t < b && l.isWord(t) && l.isCapitalized(t) && t < c + 4) {
                t++;
            }
            return t;
        }

        private int skipAdjuncts(int c) {
            int t = c;
            if (t < b && isDayWord(t)) {
                t++;
            }
            if (t + 2 < b && l.tokenIs(t, "in") && (l.tokenIs(t + 1, "a") || l.tokenIs(t + 1, "an"))
                    && isStatementWord(t + 2)) {
                t += 3;
                while (t < b && l.isWord(t) && !l.tokenIs(t, "that") && t < c + 8) {
                    t++;
                }
            } else if (t + 1 < b && l.tokenIs(t, "on") && isDayWord(t + 1)) {
                t += 2;
            }
            return t;
        }

        private boolean isRoleNoun(int t) {
            String w = l.tokenLower(t);
            return Words.OFFICIAL_ROLES.contains(w) || Words.ANONYMOUS_HEADS.contains(w) || Words.EXPERT_ROLES.contains(w)
                    || Words.MEDIA_ROLES.contains(w) || Words.CITIZEN_ROLES.contains(w);
        }

        private boolean isBe(int t) {
            String w = l.tokenLower(t);
            return w.equals("is") || w.equals("was") || w.equals("are") || w.equals("were") || w.equals("been")
                    || w.equals("be") || w.equals("am") || w.endsWith("\u2019s") || w.endsWith("'s")
                    || w.endsWith("\u2019re") || w.endsWith("'re");
        }

        /** A lower-case finite verb or auxiliary: "was", "has", "spent", "called". */
        private boolean isFiniteVerb(int t) {
            if (!l.isWord(t) || l.isCapitalized(t)) {
                return false;
            }
            String w = l.tokenLower(t);
            return Words.AUXILIARIES.contains(w) || w.length() > 4 && w.endsWith("ed") || Words.IRREGULAR_PAST.contains(w);
        }

        private boolean isSubordinator(int t) {
            String w = l.tokenLower(t);
            return w.equals("after") || w.equals("before") || w.equals("while") || w.equals("during")
                    || w.equals("instead") || w.equals("since") || w.equals("because") || w.equals("when")
                    || w.equals("which") || w.equals("although") || w.equals("though") || w.equals("until");
        }

        private boolean isPreposition(int t) {
            String w = l.tokenLower(t);
            return w.equals("after") || w.equals("in") || w.equals("on") || w.equals("at") || w.equals("during")
                    || w.equals("before") || w.equals("last") || w.equals("this") || w.equals("late")
                    || w.equals("early") || w.equals("previously") || w.equals("repeatedly");
        }

        private boolean isDayWord(int t) {
            String w = l.tokenLower(t);
            return w.equals("monday") || w.equals("tuesday") || w.equals("wednesday") || w.equals("thursday")
                    || w.equals("friday") || w.equals("saturday") || w.equals("sunday") || w.equals("yesterday")
                    || w.equals("today") || w.equals("tonight") || w.equals("recently") || w.equals("earlier")
                    || w.equals("later") || w.equals("repeatedly") || w.equals("publicly") || w.equals("privately");
        }

        private boolean isStatementWord(int t) {
            String w = l.tokenLower(t);
            return w.equals("statement") || w.equals("interview") || w.equals("speech") || w.equals("tweet")
                    || w.equals("post") || w.equals("email") || w.equals("letter") || w.equals("call")
                    || w.equals("conversation") || w.equals("memo") || w.equals("video") || w.equals("op-ed");
        }

        private boolean startsClause(int c) {
            String w = l.tokenLower(c);
            return Words.PERSONAL_PRONOUNS.contains(w) || Words.DETERMINERS.contains(w) || l.isCapitalized(c)
                    || w.equals("there") || isOpeningQuote(c);
        }

        private boolean startsNewCue(int t) {
            Words.Cue c = Words.CUES.get(l.tokenLower(t));
            return (c != null && l.tokenLower(t).endsWith("ing")) || l.tokenIs(t, "according");
        }

        /** Start of the subject noun phrase ending at token {@code j}, or -1 if none. */
        private int subjectBefore(int j) {
            if (j < a) {
                return -1;
            }
            String w = l.tokenLower(j);
            if (Words.PERSONAL_PRONOUNS.contains(w) || w.equals("which")) {
                return j;
            }
            if (l.tokenIs(j, ",") && j - 1 >= a && l.tokenIs(j - 1, ")")) {
                j--;
            }
            if (l.tokenIs(j, ")")) {
                int open = j - 1;
                while (open > a && open > j - 12 && !l.tokenIs(open, "(")) {
                    open--;
                }
                return open > a && l.tokenIs(open, "(") ? subjectBefore(open - 1) : -1;
            }
            if (l.tokenIs(j, ",")) {
                // appositive: "Jim Hodges, a Clinton backer, said"
                int k = appositiveStart(j);
                // "Yin May, 60, a doctor, said": an age between the name and the appositive
                if (k - 2 > a && l.tokenIs(k, ",") && Character.isDigit(l.text().charAt(l.tokenStart(k - 1)))
                        && l.tokenIs(k - 2, ",")) {
                    k = k - 2;
                }
                if (k > a && l.tokenIs(k, ",")) {
                    int head = subjectBefore(k - 1);
                    if (head >= 0 && (l.isCapitalized(k - 1) || isRoleNoun(k - 1) || isBareName(k + 1, j)
                            && Words.DETERMINERS.contains(l.tokenLower(head)))) {
                        return head;
                    }
                }
                return -1;
            }
            if (l.tokenIs(j, "\u2014") || l.tokenIs(j, "\u2013")) {
                // "Joyce \u2014 who is listed as an attorney \u2014 told": a dash-delimited aside after the name
                int k = j - 1;
                while (k > a && k > j - MAX_APPOSITIVE_TOKENS && !l.tokenIs(k, "\u2014") && !l.tokenIs(k, "\u2013")) {
                    k--;
                }
                if (k > a && k < j - 1 && l.tokenIs(k, l.tokenLower(j)) && l.isCapitalized(k - 1)) {
                    return subjectBefore(k - 1);
                }
                return -1;
            }
            if (!l.isWord(j) && !isClosingParen(j)) {
                return -1;
            }
            if (Words.NP_BOUNDARY.contains(w) && !Words.ANONYMOUS_HEADS.contains(w)) {
                return -1;
            }
            int m = j;
            while (m - 1 >= a && j - (m - 1) < MAX_NP_TOKENS) {
                int p = m - 1;
                String pw = l.tokenLower(p);
                if (l.isWord(p)) {
                    boolean coordinated = pw.equals("and") && p - 1 >= a && l.isWord(p - 1)
                            && (l.isCapitalized(p - 1) || isRoleNoun(p - 1)) && (l.isCapitalized(m) || isRoleNoun(m));
                    if (!coordinated && Words.NP_BOUNDARY.contains(pw) && (!Words.DETERMINERS.contains(pw)
                            || pw.equals("that") || pw.equals("this") || pw.equals("these") || pw.equals("those"))) {
                        break;
                    }
                    if (Words.CUES.containsKey(pw) && !l.isCapitalized(p)) {
                        break;
                    }
                    m = p;
                } else if (l.tokenIs(p, "-") || l.tokenIs(p, "(") || l.tokenIs(p, ")") || l.tokenIs(p, "'")
                        || l.tokenIs(p, "\u2019") || l.tokenIs(p, ".")) {
                    m = p;
                } else {
                    break;
                }
            }
            while (m < j && !l.isWord(m)) {
                m++;
            }
            return m;
        }

        /** The sentence's subject before token {@code limit} as character offsets, or null. */
        private int[] sentenceSubject(int limit) {
            int t = a;
            while (t < limit && t < a + 16 && (l.tokenIs(t, "but") || l.tokenIs(t, "and") || l.tokenIs(t, "so") || !l.isWord(t))) {
                t++;
            }
            if (t >= limit) {
                return null;
            }
            if (Words.PERSONAL_PRONOUNS.contains(l.tokenLower(t))) {
                return new int[] {l.tokenStart(t), l.tokenEnd(t)};
            }
            int s0 = t;
            int e = t;
            while (e < limit && e - s0 < 6 && l.isWord(e)
                    && (l.isCapitalized(e) || Words.DETERMINERS.contains(l.tokenLower(e)) && e == s0
                        || Words.TITLES.contains(l.tokenLower(e)))) {
                e++;
            }
            if (e == s0 || !l.isCapitalized(e - 1)) {
                return null;
            }
            return new int[] {l.tokenStart(s0), l.tokenEnd(e - 1)};
        }

        /** Character end of a subject noun phrase from token {@code np} to token {@code j}. */
        private int subjectEnd(int np, int j) {
            int e = j;
            while (e > np && !l.isWord(e)) {
                e--;
            }
            return l.tokenEnd(e);
        }

        /** Content start for content that ends before token {@code end}: the sentence or quote start. */
        private int contentStartBefore(int end) {
            int s = contentStartBefore();
            // the content might start inside a quote opened in an earlier sentence
            Optional<Quote> q = l.quoteAt(l.tokenStart(Math.max(a, Math.min(end, b - 1))));
            if (q.isPresent() && q.get().start() < s) {
                s = q.get().start();
            }
            // never more than MAX_CONTENT_TOKENS back, so one huge sentence stays linear
            s = Math.max(s, l.tokenStart(Math.max(0, end - MAX_CONTENT_TOKENS)));
            // after an earlier attribution in this sentence, start after its cue/source
            if (lastInSentence != null && lastInSentence.end() <= l.tokenStart(end)
                    && lastInSentence.end() > s) {
                int t = l.tokenAtOrAfter(Math.max(lastInSentence.end(),
                        Math.max(lastInSentence.cueEnd, lastInSentence.srcEnd)));
                while (t < end && !l.isWord(t) && !isOpeningQuote(t)) {
                    t++;
                }
                if (t < end) {
                    s = l.tokenStart(t);
                }
            }
            return s;
        }

        /** The sentence (or quote) start, at most MAX_CONTENT_TOKENS before token {@code end}. */
        private int cappedStart(int end) {
            return Math.max(contentStartBefore(), l.tokenStart(Math.max(0, end - MAX_CONTENT_TOKENS)));
        }

        private int contentStartBefore() {
            int t = a;
            Optional<Quote> q = l.quoteAt(l.tokenStart(t));
            if (q.isPresent() && q.get().start() < l.tokenStart(t)) {
                return q.get().start();
            }
            return l.tokenStart(t);
        }

        /** Content end for content before the comma or closing quote at token {@code t}. */
        private int contentEndBefore(int t) {
            if (isClosingQuote(t)) {
                return l.tokenEnd(t);
            }
            int e = t - 1;
            while (e >= a && isClosingQuote(e) == false && !l.isWord(e) && !isOpeningQuote(e)
                    && !isClosingParen(e)) {
                e--;
            }
            return e >= a ? l.tokenEnd(e) : l.tokenStart(t);
        }

        /** Content end for content running from token {@code c} to the end of its clause or sentence. */
        private int contentEndAfter(int c) {
            return contentEndAfter(c, false);
        }

        private boolean isRelativeWord(int t) {
            String w = l.tokenLower(t);
            return w.equals("who") || w.equals("which") || w.equals("whose") || w.equals("whom");
        }

        /** "political scientist Dossym Satpayev": a capitalised name within {@code n} words from {@code k}. */
        private boolean namedWithin(int k, int n) {
            for (int t = k + 1; t < b && t <= k + n && l.isWord(t); t++) {
                if (l.isCapitalized(t)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether token {@code t} opens a new main clause: a subject pronoun and a verb, not an aside. */
        private boolean startsMainClause(int t) {
            if (t + 2 >= b || !l.isWord(t + 1)) {
                return false;
            }
            String w = l.tokenLower(t);
            boolean subject = w.equals("he") || w.equals("she") || w.equals("they") || w.equals("we")
                    || w.equals("i") || w.equals("it") || w.equals("there") || w.startsWith("it\u2019")
                    || w.startsWith("it'") || w.startsWith("there\u2019") || w.startsWith("there'");
            // "the plan, he believed, was flawed" is an aside: the clause would end at a comma at once
            return subject && !l.tokenIs(t + 2, ",") && !isSentenceEnd(t + 2) && !l.isCapitalized(t + 1);
        }

        private boolean isCueVerb(int t) {
            Words.Cue c = Words.CUES.get(l.tokenLower(t));
            return c != null && !c.has(Words.OBJECT) && !c.has(Words.THAT_ONLY) && !c.has(Words.COGNITION)
                    && !l.isCapitalized(t);
        }

        private int contentEndAfter(int c, boolean objectCue) {
            int end = sent.end();
            int limit = Math.min(b - 1, c + MAX_CONTENT_TOKENS);
            if (limit < b - 1) {
                end = l.tokenEnd(limit);
            }
            // a fronted adjunct ("that despite the limits, there are ...") ends at a comma that is no boundary
            int first = c;
            while (first < limit && (l.tokenIs(first, "that") || !l.isWord(first))) {
                first++;
            }
            boolean subordinate = first < limit && (Words.LEAD_INS.contains(l.tokenLower(first))
                    || l.tokenIs(first, "despite") || l.tokenIs(first, "given") || l.tokenIs(first, "unlike")
                    || l.tokenIs(first, "like") || l.tokenIs(first, "amid") || l.tokenIs(first, "whether"));
            for (int t = c + 1; t < limit; t++) {
                if (l.inQuote(l.tokenStart(t))) {
                    continue;
                }
                subordinate |= isSubordinator(t) || l.tokenIs(t, "if") || l.tokenIs(t, "unless")
                        || l.tokenIs(t, "as") || l.tokenIs(c, "if") || isSubordinator(c);
                if (t <= c + 1) {
                    continue; // "that, while ...": a cut right after the start would leave no content
                }
                boolean comma = l.tokenIs(t, ",") || l.tokenIs(t, "\u2014") || l.tokenIs(t, "-");
                if (l.tokenIs(t, ",") && !subordinate && !objectCue && startsMainClause(t + 1)) {
                    // "he said he'd hold a hearing, it's unlikely ...": a new main clause is not content
                    end = l.tokenStart(t);
                    break;
                }
                if (objectCue && (comma || isSubordinator(t))) {
                    // object content is a noun phrase: it ends at the first clause boundary
                    end = l.tokenStart(t);
                    break;
                }
                if (comma && (startsNewCue(t + 1) || l.tokenIs(t + 1, "and") || l.tokenIs(t + 1, "but")
                        || l.tokenIs(t + 1, "while") || l.tokenIs(t + 1, "though") || l.tokenIs(t + 1, "although")
                        || l.tokenIs(t + 1, "because") || l.tokenIs(t + 1, "except"))
                        || l.tokenIs(t, ";")
                        || l.tokenIs(t, ":") && t + 1 < b && isOpeningQuote(t + 1)) {
                    end = l.tokenStart(t);
                    break;
                }
                // "... but noted that", "... and said": a second report by the same subject
                if ((l.tokenIs(t, "but") || l.tokenIs(t, "and")) && t + 1 < b
                        && (isCueVerb(t + 1) || Words.SKIPPABLE.contains(l.tokenLower(t + 1)) && t + 2 < b
                            && isCueVerb(t + 2))) {
                    end = l.tokenStart(t);
                    break;
                }
                if (objectCue && (l.tokenIs(t, "and") || l.tokenIs(t, "in") || l.tokenIs(t, "on")
                        || l.tokenIs(t, "as") || l.tokenIs(t, "after") || l.tokenIs(t, "during"))
                        && t + 1 < b && (l.tokenLower(t + 1).endsWith("ed") || isDayWord(t + 1)
                            || l.tokenIs(t + 1, "a") || l.tokenIs(t + 1, "the") && l.tokenIs(t, "in"))) {
                    end = l.tokenStart(t);
                    break;
                }
            }
            // a quote still open at the sentence end carries the content to its end
            Optional<Quote> q = l.quoteAt(Math.max(l.tokenStart(c), end - 1));
            if (q.isPresent() && q.get().end() > end && q.get().start() >= l.tokenStart(c) - 1) {
                return q.get().end();
            }
            while (end > l.tokenStart(c)) {
                char ch = l.text().charAt(end - 1);
                if (ch == '.' || ch == ',' || ch == ';' || Character.isWhitespace(ch)) {
                    end--;
                } else {
                    break;
                }
            }
            return end;
        }

        private void trimContentEnd(Found f) {
            int[] last = f.content.get(f.content.size() - 1);
            while (last[1] > last[0] && (Character.isWhitespace(l.text().charAt(last[1] - 1))
                    || l.text().charAt(last[1] - 1) == ',')) {
                last[1]--;
            }
            if (last[1] <= last[0]) {
                f.content.remove(f.content.size() - 1);
            }
        }

        private boolean isSentenceEnd(int t) {
            if (t >= b) {
                return true;
            }
            if (l.tokenIs(t, ".")) {
                return !isAbbreviationDot(t);
            }
            if (l.tokenIs(t, "!") || l.tokenIs(t, "?") || l.tokenIs(t, ";")) {
                return true;
            }
            return isClosingQuote(t) && t + 1 >= b;
        }

        /**
         * Whether the period at token {@code t} closes an abbreviation or an initial ("Mr.", "J.") inside the
         * sentence: the sentence splitter did not end the sentence there, so neither does the finder.
         */
        private boolean isAbbreviationDot(int t) {
            if (t <= a || t + 1 >= b || l.tokenEnd(t - 1) != l.tokenStart(t) || !l.isWord(t - 1)) {
                return false;
            }
            String w = l.tokenLower(t - 1);
            return w.length() == 1 && l.isCapitalized(t - 1) || Words.ABBREVIATIONS.contains(w);
        }

        /**
         * Whether the tokens from the sentence start to the comma at {@code comma} are a short lead-in ("In an
         * email,", "On Monday,", "Now,") rather than reported content.
         */
        private boolean isLeadIn(int comma) {
            if (comma <= a || isClosingQuote(comma - 1)) {
                return false;
            }
            int t = firstWord;
            if (t >= comma || comma - t > 12 || l.inQuote(l.tokenStart(t))) {
                return false; // a lead-in is short: never count more than a few tokens
            }
            int words = 0;
            for (int u = t; u < comma; u++) {
                if (l.isWord(u)) {
                    words++;
                }
            }
            return words <= 6 && Words.LEAD_INS.contains(l.tokenLower(t));
        }

        private boolean isAdverb(int t) {
            String w = l.tokenLower(t);
            return w.length() > 4 && w.endsWith("ly") && !l.isCapitalized(t) && !w.equals("only") && !w.equals("family")
                    && !w.equals("ally") && !w.equals("italy");
        }

        private boolean isPunct(int t) {
            return !l.isWord(t);
        }

        private boolean isClosingQuote(int t) {
            if (l.isWord(t)) {
                return false;
            }
            char c = l.text().charAt(l.tokenStart(t));
            if (c == '\u201D' || c == '\u00BB') {
                return true;
            }
            if (c == '"' || c == '\u2019' || c == '\'' || c == '\u201C') {
                // "\u201C" too: a typo'd closing mark the text layer closed the quote with
                Optional<Quote> q = l.quoteAt(l.tokenStart(t));
                return q.isPresent() && q.get().end() == l.tokenEnd(t);
            }
            return false;
        }

        private boolean isOpeningQuote(int t) {
            char c = l.text().charAt(l.tokenStart(t));
            return c == '\u201C' || c == '\u00AB' || (c == '"' || c == '\u2018' || c == '\'' || c == '`')
                    && l.quoteAt(l.tokenStart(t)).map(q -> q.start() == l.tokenStart(t)).orElse(false);
        }

        private boolean isClosingParen(int t) {
            return l.tokenIs(t, ")");
        }
    }

    /** Cues of speech proper, kept even inside another attribution's content (nested reported speech). */
    private static final java.util.Set<String> SPEECH = java.util.Set.of("say", "tell", "according to", "write",
            "add", "ask", "report", "argue", "claim", "insist", "warn", "note", "explain");

    /**
     * Drops attributions whose cue lies inside another attribution's content, unless the cue is speech
     * proper: on PolNeAR train, nested attitudes ("... that both leaders discussed peace") are mostly not
     * annotated while nested speech is.
     */
    private static void dropNestedNonSpeech(List<Found> sorted) {
        List<int[]> frags = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            for (int[] c : sorted.get(i).content) {
                frags.add(new int[] {c[0], c[1], i});
            }
        }
        frags.sort(Comparator.comparingInt(x -> x[0]));
        int[] starts = new int[frags.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = frags.get(i)[0];
        }
        boolean[] drop = new boolean[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            Found f = sorted.get(i);
            if (f.cueStart < 0 || f.lemma == null || SPEECH.contains(f.lemma)) {
                continue;
            }
            int k = java.util.Arrays.binarySearch(starts, f.cueStart);
            k = k >= 0 ? k : -k - 2;
            while (k + 1 < starts.length && starts[k + 1] <= f.cueStart) {
                k++;
            }
            // look back over a bounded number of fragments: contents are short, so this stays linear
            for (int m = k; m >= 0 && m > k - 64; m--) {
                int[] fr = frags.get(m);
                if (fr[2] != i && fr[0] <= f.cueStart && f.cueStart < fr[1]) {
                    drop[i] = true;
                    break;
                }
            }
        }
        int w = 0;
        for (int i = 0; i < sorted.size(); i++) {
            if (!drop[i]) {
                sorted.set(w++, sorted.get(i));
            }
        }
        sorted.subList(w, sorted.size()).clear();
    }

    // ---- colon statements: "Sheikh Qassem: We ...", "AFP: Ukraine behind ..." ----

    /**
     * A paragraph ending in a colon introduces the quotation that forms the next paragraph ("Reporter Jane Doe
     * says:" / "“...”"): the quotation is the content, the word before the colon (a cue verb) or the colon is
     * the cue, and the sentence's subject is the source.
     */
    private static void colonIntroducedQuotes(TextLayer l, List<Found> out) {
        List<TextBlock> blocks = l.blocks();
        out.sort(Comparator.comparingInt(Found::start));
        Coverage cover = new Coverage(out);
        for (int bi = 0; bi + 1 < blocks.size(); bi++) {
            TextBlock block = blocks.get(bi);
            TextBlock next = blocks.get(bi + 1);
            int colon = l.tokenAtOrAfter(block.end() - 1);
            if (colon >= l.tokenCount() || !l.tokenIs(colon, ":") || l.tokenEnd(colon) != block.end()) {
                continue;
            }
            Optional<Quote> q = l.quoteAt(next.start());
            if (q.isEmpty() || q.get().start() != next.start() || q.get().depth() != 0
                    || cover.overlaps(q.get().start(), q.get().end())) {
                continue;
            }
            int si = l.sentenceAt(block.end() - 1);
            if (si < 0) {
                continue;
            }
            int a = l.sentence(si).firstToken();
            Found f = new Found();
            int v = colon - 1;
            if (v >= a && l.isWord(v) && Words.CUES.containsKey(l.tokenLower(v))) {
                f.cue(l.tokenStart(v), l.tokenEnd(v), Words.CUES.get(l.tokenLower(v)).lemma());
            } else {
                f.cue(l.tokenStart(colon), l.tokenEnd(colon), ":");
            }
            int t = a;
            while (t < colon && t < a + 4 && !l.isWord(t)) {
                t++;
            }
            if (t < colon && Words.PERSONAL_PRONOUNS.contains(l.tokenLower(t))) {
                f.source(l.tokenStart(t), l.tokenEnd(t));
            } else {
                int e = t;
                while (e < colon && e < t + 6 && l.isWord(e) && (l.isCapitalized(e) || e > t && l.tokenIs(e, "and"))) {
                    e++;
                }
                if (e > t) {
                    f.source(l.tokenStart(t), l.tokenEnd(e - 1));
                }
            }
            out.add(f.content(q.get().start(), q.get().end()));
        }
    }

    private static void colonStatements(TextLayer l, List<Found> out) {
        out.sort(Comparator.comparingInt(Found::start));
        Coverage cover = new Coverage(out);
        for (TextBlock block : l.blocks()) {
            int t0 = l.tokenAtOrAfter(block.start());
            int n = l.tokenCount();
            int colon = -1;
            for (int t = t0; t < n && t < t0 + 8 && l.tokenStart(t) < block.end(); t++) {
                if (l.tokenIs(t, ":")) {
                    colon = t;
                    break;
                }
                if (!l.isWord(t) && !l.tokenIs(t, "'") && !l.tokenIs(t, "\u2019") && !l.tokenIs(t, ".")) {
                    break;
                }
            }
            if (colon <= t0 || colon + 1 >= n || l.tokenStart(colon + 1) >= block.end()) {
                continue;
            }
            if (!l.isCapitalized(t0) || !l.isCapitalized(colon - 1) && !isAllCaps(l, colon - 1)) {
                continue;
            }
            String first = l.tokenLower(t0);
            if (first.equals("read") || first.equals("photo") || first.equals("source") || first.equals("update")
                    || first.equals("updated") || first.equals("watch") || first.equals("related")
                    || first.equals("note") || first.equals("editor") || first.equals("tags") || first.equals("also")
                    || first.equals("listen") || first.equals("image") || first.equals("video")
                    || first.equals("by") || first.equals("credit") || first.equals("caption")
                    || first.equals("breaking") || first.equals("exclusive") || first.equals("live")
                    || first.equals("posted") || first.equals("published") || first.equals("share")) {
                continue;
            }
            int words = colon - t0;
            if (words > 6 || words == 1 && l.tokenText(t0).length() == 1) {
                continue; // "Q: ...", "A: ...": interview turns, not statements
            }
            int contentStart = l.tokenStart(colon + 1);
            int contentEnd = block.end();
            int contentWords = 0;
            for (int t = colon + 1; t < n && l.tokenStart(t) < contentEnd && contentWords < 3; t++) {
                if (l.isWord(t) && Character.isLetter(l.text().charAt(l.tokenStart(t)))) {
                    contentWords++;
                }
            }
            if (contentWords < 3) {
                continue;
            }
            if (cover.overlaps(contentStart, contentStart + 1)) {
                continue;
            }
            out.add(new Found().cue(l.tokenStart(colon), l.tokenEnd(colon), ":")
                    .source(l.tokenStart(t0), l.tokenEnd(colon - 1)).content(contentStart, contentEnd));
        }
    }

    private static boolean isAllCaps(TextLayer l, int t) {
        String s = l.tokenText(t);
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLowerCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    // ---- quotes without a cue of their own ----

    /**
     * A quotation sentence right after a quoted attribution in the same paragraph ("“...,” he said. “...”")
     * continues it; a whole quoted paragraph after an attributed one is a new attribution of the same
     * source.
     */
    private static void attachLoneQuotes(TextLayer l, List<Found> out) {
        if (out.isEmpty()) {
            return;
        }
        Coverage cover = new Coverage(out);
        int fi = 0;
        for (Quote q : l.quotes()) {
            if (q.depth() != 0) {
                continue;
            }
            int qWords = words(l, q);
            if (qWords < 2) {
                continue;
            }
            // the last attribution starting before the quote
            while (fi + 1 < out.size() && out.get(fi + 1).start() < q.start()) {
                fi++;
            }
            Found prev = out.get(fi);
            if (prev.start() >= q.start() || cover.overlaps(q.start(), q.end())) {
                continue;
            }
            int qb = l.blockAt(q.start());
            int pb = l.blockAt(prev.end() > 0 ? prev.end() - 1 : 0);
            boolean quoteStartsSentence = l.sentenceAt(q.start()) >= 0
                    && l.sentence(l.sentenceAt(q.start())).start() == q.start();
            if (!quoteStartsSentence) {
                continue;
            }
            if (qb == pb && (isBetweenOnlyAttribution(l, prev, q) || endsWithQuote(l, prev))) {
                prev.content(q.start(), q.end());
            } else if (qb == pb + 1 && qb >= 0 && l.blocks().get(qb).start() == q.start() && prev.hasSource()
                    && endsWithQuote(l, prev) && qWords >= MIN_LONE_QUOTE_WORDS) {
                prev.content(q.start(), q.end());
            }
        }
    }

    private static boolean endsWithQuote(TextLayer l, Found f) {
        for (int[] c : f.content) {
            if (l.quoteAt(c[0]).isPresent() || l.quoteAt(c[1] - 1).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBetweenOnlyAttribution(TextLayer l, Found prev, Quote q) {
        int from = Math.max(prev.end(), Math.max(prev.cueEnd, prev.srcEnd));
        for (int i = from; i < q.start(); i++) {
            char c = l.text().charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return true;
    }

    /** Overlap queries against attributions sorted by start, in logarithmic time. */
    private static final class Coverage {
        private final int[] starts;
        private final int[] maxEnd;

        Coverage(List<Found> sorted) {
            starts = new int[sorted.size()];
            maxEnd = new int[sorted.size()];
            int m = -1;
            for (int i = 0; i < starts.length; i++) {
                starts[i] = sorted.get(i).start();
                m = Math.max(m, sorted.get(i).end());
                maxEnd[i] = m;
            }
        }

        /** Whether any attribution's content range overlaps {@code [s, e)}. */
        boolean overlaps(int s, int e) {
            int lo = 0;
            int hi = starts.length - 1;
            int idx = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (starts[mid] < e) {
                    idx = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return idx >= 0 && maxEnd[idx] > s;
        }
    }

    private static int words(TextLayer l, Quote q) {
        int n = 0;
        for (int t = l.tokenAtOrAfter(q.start()); t < l.tokenCount() && l.tokenStart(t) < q.end(); t++) {
            if (l.isWord(t)) {
                n++;
            }
        }
        return n;
    }
}
