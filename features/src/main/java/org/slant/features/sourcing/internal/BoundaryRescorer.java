package org.slant.features.sourcing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.slant.features.text.TextLayer;

/**
 * A learned second look at where each attribution's content ends. The span tagger decides every token from
 * its neighbourhood; whether content stops at a comma, a dash or the sentence end is a decision about the
 * whole segment (how long it gets, what follows the cut, whether the words added or dropped hold a sentence
 * end, a quotation mark, a report word or another attribution). For each attribution this model ranks the
 * cut points around the content's end (word ends followed by clause punctuation, a closing quotation mark or
 * the block's end, up to {@link #WINDOW} tokens on) with a linear score over hashed segment features, and
 * moves the end only when another cut point beats the tagged one by {@link #threshold()}. Trained by
 * {@link SpanTrainer} (averaged ranking perceptron) on the tagger's cross-fitted output on PolNeAR train,
 * the target being the cut point whose content is closest (by Dice) to the best-overlapping gold content.
 * An end moved over the attribution's own cue or source resumes the content after them as a new fragment
 * ({@link #withEnd}). Features use words of the tagger's vocabulary only.
 *
 * <p>Immutable and thread-safe.
 */
final class BoundaryRescorer {

    /** Bits of the hashed feature index. */
    static final int BITS = 18;
    /** Tokens a boundary may move at most. */
    static final int WINDOW = 60;

    private static final int SAME = 0;
    private static final int LONGER = 1;
    private static final int SHORTER = 2;

    private final float[] w;
    private final float threshold;
    private final CueTagger.Vocabulary words;

    BoundaryRescorer(CueTagger.Vocabulary words, float[] w, float threshold) {
        if (w.length != 1 << BITS) {
            throw new IllegalArgumentException("boundary model: " + w.length + " weights, want " + (1 << BITS));
        }
        this.words = words;
        this.w = w;
        this.threshold = threshold;
    }

    float[] weights() {
        return w;
    }

    float threshold() {
        return threshold;
    }

    /** One boundary decision: the cut points' character offsets, their features, the current one's index. */
    record Choice(int[] at, int[][] feats, int current) {
    }

    /**
     * The attributions with their contents' first start and last end re-chosen; the others' spans are
     * context only. A new list of new objects; the input is not changed.
     */
    List<Found> rescore(TextLayer l, List<Found> found) {
        List<Found> out = new ArrayList<>(found.size());
        Spans others = new Spans(found);
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            Choice end = endChoice(l, others, i, f.content);
            int k = best(end);
            out.add(k == end.current ? f : copy(f, withEnd(l, f, f.content, end.at[k])));
        }
        return out;
    }

    private int best(Choice c) {
        float cur = score(c.feats[c.current]);
        int best = c.current;
        float top = cur + threshold;
        for (int k = 0; k < c.at.length; k++) {
            float s = score(c.feats[k]);
            if (s > top) {
                top = s;
                best = k;
            }
        }
        return best;
    }

    private float score(int[] feats) {
        float s = 0;
        for (int f : feats) {
            s += w[f];
        }
        return s;
    }

    static Found copy(Found f, List<int[]> content) {
        Found g = new Found();
        for (int[] c : content) {
            g.content(c[0], c[1]);
        }
        g.cue(f.cueStart, f.cueEnd, f.lemma);
        g.source(f.srcStart, f.srcEnd);
        return g;
    }

    /**
     * The content with its end moved to {@code end}. When the words added hold the attribution's own cue or
     * source ("'A,' he said. 'B'"), the content resumes after them as a new fragment (from the next quotation
     * mark if one opens before the end, else the next word), as PolNeAR marks such content, rather than
     * running over its own cue.
     */
    static List<int[]> withEnd(TextLayer l, Found f, List<int[]> content, int end) {
        List<int[]> out = new ArrayList<>(content.size() + 1);
        for (int[] c : content) {
            out.add(c.clone());
        }
        int[] last = out.get(out.size() - 1);
        int own = Math.max(f.cueStart >= last[1] && f.cueEnd <= end ? f.cueEnd : -1,
                f.srcStart >= last[1] && f.srcEnd <= end ? f.srcEnd : -1);
        if (own > 0 && end > own) {
            int resume = -1;
            int n = l.tokenCount();
            for (int u = l.tokenAtOrAfter(own); u < n && l.tokenStart(u) < end && resume < 0; u++) {
                resume = isQuote(l, u) ? l.tokenStart(u) : -1;
            }
            for (int u = l.tokenAtOrAfter(own); u < n && l.tokenStart(u) < end && resume < 0; u++) {
                resume = l.isWord(u) ? l.tokenStart(u) : -1;
            }
            if (resume >= 0) {
                out.add(new int[] {resume, end});
                return out;
            }
        }
        last[1] = end;
        return out;
    }

    // ---------------------------------------------------------------- cut points and their features

    /** Break classes: what follows a word (or precedes it); 0 none (a word). */
    private static int breakClass(TextLayer l, int t) {
        String text = l.text();
        char c = text.charAt(l.tokenStart(t));
        switch (c) {
            case ',':
                return 1;
            case ';':
                return 2;
            case ':':
                return 3;
            case '-':
            case '\u2013':
            case '\u2014':
                return 4;
            case '(':
            case ')':
            case '[':
            case ']':
                return 5;
            case '.':
                return 6;
            case '!':
            case '?':
                return 7;
            default:
                return 0;
        }
    }

    private static boolean isQuote(TextLayer l, int t) {
        char c = l.text().charAt(l.tokenStart(t));
        return c == '"' || c == '\'' || c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019'
                || c == '\u00AB' || c == '\u00BB';
    }

    /**
     * What follows word token t within its block: a break class, +8 when a quotation mark comes first; 9 at
     * the block's end (or the text's); 0 when a word follows directly.
     */
    private static int after(TextLayer l, int t, int block) {
        int n = l.tokenCount();
        int q = 0;
        int u = t + 1;
        while (u < n && isQuote(l, u) && l.blockAt(l.tokenStart(u)) == block) {
            q = 8;
            u++;
        }
        if (u >= n || l.blockAt(l.tokenStart(u)) != block) {
            return 9 + q;
        }
        int b = breakClass(l, u);
        return b == 0 && q == 0 ? 0 : b + q;
    }

    /** The next word token after t in the block, or -1. */
    private static int nextWord(TextLayer l, int t, int block) {
        for (int u = t + 1; u < l.tokenCount() && u <= t + 4; u++) {
            if (l.blockAt(l.tokenStart(u)) != block) {
                return -1;
            }
            if (l.isWord(u)) {
                return u;
            }
        }
        return -1;
    }

    private static int prevWord(TextLayer l, int t, int block) {
        for (int u = t - 1; u >= 0 && u >= t - 4; u--) {
            if (l.blockAt(l.tokenStart(u)) != block) {
                return -1;
            }
            if (l.isWord(u)) {
                return u;
            }
        }
        return -1;
    }

    private int wordId(TextLayer l, int t) {
        return t < 0 ? CueTagger.BOUNDARY : words.id(l.tokenLower(t));
    }

    private static int lexOf(TextLayer l, int t) {
        return t < 0 ? 0 : SpanTagger.lex(l, t);
    }

    /** The token holding character {@code offset - 1} (the last token of a span ending there). */
    private static int lastToken(TextLayer l, int end) {
        int t = l.tokenAtOrAfter(end) - 1;
        return Math.max(t, 0);
    }

    /** A token's part of a region's bits: 1 sentence end, 2 quotation mark, 4 report word. */
    private static int tokenBits(TextLayer l, int t) {
        if (l.isWord(t)) {
            return lexOf(l, t) != 0 ? 4 : 0;
        }
        int bc = breakClass(l, t);
        return (bc == 6 || bc == 7 ? 1 : 0) | (isQuote(l, t) ? 2 : 0);
    }

    /** Region bit: another attribution's content, cue or source lies in the words added or dropped. */
    private static final int OTHER_ATTRIBUTION = 8;

    /**
     * The content, cue and source spans of a text's attributions, sorted by start, answering in O(log n)
     * whether one of another attribution than a given one overlaps a character range: the running maximum
     * end, and the largest end among the other attributions than the one holding that maximum.
     */
    static final class Spans {
        private final List<Found> found;
        private final int[] start;
        private final int[] maxEnd;
        private final int[] maxOwner;
        private final int[] otherEnd;

        Spans(List<Found> found) {
            this.found = found;
            List<int[]> spans = new ArrayList<>();
            for (int i = 0; i < found.size(); i++) {
                Found f = found.get(i);
                for (int[] c : f.content) {
                    spans.add(new int[] {c[0], c[1], i});
                }
                if (f.cueStart >= 0) {
                    spans.add(new int[] {f.cueStart, f.cueEnd, i});
                }
                if (f.srcStart >= 0) {
                    spans.add(new int[] {f.srcStart, f.srcEnd, i});
                }
            }
            spans.sort((x, y) -> Integer.compare(x[0], y[0]));
            int n = spans.size();
            start = new int[n];
            maxEnd = new int[n];
            maxOwner = new int[n];
            otherEnd = new int[n];
            int e1 = Integer.MIN_VALUE;
            int o1 = -1;
            int e2 = Integer.MIN_VALUE;
            for (int k = 0; k < n; k++) {
                int[] x = spans.get(k);
                if (x[1] > e1) {
                    if (x[2] != o1) {
                        e2 = e1;
                        o1 = x[2];
                    }
                    e1 = x[1];
                } else if (x[2] != o1) {
                    e2 = Math.max(e2, x[1]);
                }
                start[k] = x[0];
                maxEnd[k] = e1;
                maxOwner[k] = o1;
                otherEnd[k] = e2;
            }
        }

        /** The attribution numbered {@code i}. */
        Found found(int i) {
            return found.get(i);
        }

        /** Whether a span of an attribution other than {@code self} overlaps characters [s, e). */
        boolean othersOverlap(int self, int s, int e) {
            int lo = 0;
            int hi = start.length;
            while (lo < hi) { // the spans starting before e: [0, lo)
                int mid = (lo + hi) >>> 1;
                if (start[mid] < e) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            if (lo == 0) {
                return false;
            }
            return (maxOwner[lo - 1] != self ? maxEnd[lo - 1] : otherEnd[lo - 1]) > s;
        }
    }

    /** The word tokens from a to b, inclusive. */
    private static int words(TextLayer l, int a, int b) {
        int n = 0;
        for (int t = a; t <= b; t++) {
            n += l.isWord(t) ? 1 : 0;
        }
        return n;
    }

    private static int lengthBucket(int n) {
        return n <= 1 ? 0 : n <= 3 ? 1 : n <= 7 ? 2 : n <= 15 ? 3 : n <= 31 ? 4 : 5;
    }

    private static int distBucket(int d) {
        int a = Math.abs(d);
        int b = a == 0 ? 0 : a <= 1 ? 1 : a <= 3 ? 2 : a <= 7 ? 3 : a <= 15 ? 4 : 5;
        return d < 0 ? 6 + b : b;
    }

    private static int ratioBucket(int n, int n0) {
        float r = (n + 1f) / (n0 + 1f);
        return r < 0.5f ? 0 : r < 0.8f ? 1 : r < 1f ? 2 : r == 1f ? 3 : r < 1.5f ? 4 : r < 2f ? 5 : 6;
    }

    private static int cuePosition(Found f, int contentStart) {
        return f.cueStart < 0 ? 0 : f.cueStart < contentStart ? 1 : 2;
    }

    /** The hashed index of a feature: template {@code k} with values a, b, c (each below 2^20). */
    static int hash(int k, int a, int b, int c) {
        long x = ((((long) k << 20 | a) << 20 | b) << 20) ^ c;
        x *= 0x9E3779B97F4A7C15L;
        x ^= x >>> 29;
        x *= 0xBF58476D1CE4E5B9L;
        x ^= x >>> 32;
        return (int) (x >>> (64 - BITS));
    }

    /**
     * The cut points of the last content fragment's end, with their features; {@code others} the spans of
     * the attributions {@code self} indexes. Linear in the tokens between the content's start and the last
     * cut point: word counts and region bits are running sums, not recounted per cut point.
     */
    Choice endChoice(TextLayer l, Spans others, int self, List<int[]> content) {
        Found f = others.found(self);
        int[] last = content.get(content.size() - 1);
        int e0 = last[1];
        int t0 = lastToken(l, e0);
        int first = l.tokenAtOrAfter(last[0]);
        int block = l.blockAt(l.tokenStart(t0));
        int startTok = l.tokenAtOrAfter(content.get(0)[0]);
        int n0 = words(l, startTok, t0);
        int after0 = after(l, t0, block);
        int next0 = wordId(l, nextWord(l, t0, block));
        boolean quoteOpen = startTok < l.tokenCount() && isQuote(l, startTok);
        int cuePos = cuePosition(f, content.get(0)[0]);
        int limit = Math.min(l.tokenCount() - 1, t0 + WINDOW);
        // the token bits of (t, t0] for every t from first up to t0, for the cut points that shorten
        int[] dropped = new int[Math.max(0, t0 - first + 1)];
        for (int t = t0 - 1, bits = 0; t >= first; t--) {
            bits |= tokenBits(l, t + 1);
            dropped[t - first] = bits;
        }
        List<Integer> at = new ArrayList<>();
        List<int[]> feats = new ArrayList<>();
        int current = -1;
        int n = words(l, startTok, first - 1); // words from the content's start to t, kept running
        int added = 0; // the token bits of (t0, t], kept running
        for (int t = first; t <= limit; t++) {
            if (l.blockAt(l.tokenStart(t)) != block) {
                break;
            }
            n += l.isWord(t) ? 1 : 0;
            if (t > t0) {
                added |= tokenBits(l, t);
            }
            boolean isCurrent = t == t0;
            int a = l.isWord(t) ? after(l, t, block) : -1;
            if (!isCurrent && a <= 0) {
                continue;
            }
            int dir = isCurrent ? SAME : t > t0 ? LONGER : SHORTER;
            int nw = wordId(l, nextWord(l, t, block));
            int nlex = lexOf(l, nextWord(l, t, block));
            int lw = wordId(l, l.isWord(t) ? t : prevWord(l, t, block));
            int d = n - n0;
            int reg = 0;
            if (t > t0) {
                reg = added | (others.othersOverlap(self, l.tokenStart(t0 + 1), l.tokenEnd(t)) ? OTHER_ATTRIBUTION : 0);
            } else if (t < t0) {
                reg = dropped[t - first]
                        | (others.othersOverlap(self, l.tokenStart(t + 1), l.tokenEnd(t0)) ? OTHER_ATTRIBUTION : 0);
            }
            int ratio = ratioBucket(n, n0);
            int ac = Math.max(a, 0);
            int sentEnd = ac % 8 == 6 || ac % 8 == 7 || ac >= 9 ? 1 : 0;
            int[] x = {
                hash(1, dir, 0, 0), hash(2, distBucket(d), 0, 0), hash(3, ac, 0, 0), hash(4, ac, dir, 0),
                hash(5, nw, 0, 0), hash(6, nw, dir, 0), hash(7, lw, 0, 0), hash(8, nlex, dir, 0),
                hash(9, ac, nw, 0), hash(10, reg, dir, 0), hash(11, lengthBucket(n), 0, 0), hash(12, cuePos, 0, 0),
                hash(13, cuePos, ac, 0), hash(14, quoteOpen ? 1 : 0, ac, 0), hash(15, ratio, 0, 0),
                hash(16, after0, ac, 0), hash(17, next0, dir, 0), hash(18, after0, dir, 0), hash(19, ratio, ac, 0),
                hash(20, sentEnd, after0, dir),
            };
            if (isCurrent) {
                current = at.size();
                at.add(e0);
            } else {
                at.add(l.tokenEnd(t));
            }
            feats.add(x);
        }
        if (current < 0) { // the end lies outside the block scan (should not happen); keep it
            at.add(e0);
            feats.add(new int[] {hash(1, SAME, 0, 0)});
            current = at.size() - 1;
        }
        return new Choice(at.stream().mapToInt(Integer::intValue).toArray(), feats.toArray(new int[0][]), current);
    }

    // ---------------------------------------------------------------- training

    /** One training decision: the choice and the index of its target cut point. */
    record Example(Choice choice, int target) {
    }

    /**
     * The training decisions of one article: for every attribution whose content overlaps a gold content, its
     * end choice, the target being the cut point whose content has the highest Dice with that gold content
     * (to a hundredth; the current one on ties).
     */
    static List<Example> examples(BoundaryRescorer blank, TextLayer l, List<Found> found, List<List<int[]>> gold) {
        List<Example> out = new ArrayList<>();
        Spans others = new Spans(found);
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            List<int[]> g = null;
            double best = 0;
            for (List<int[]> c : gold) {
                double d = dice(c, f.content);
                if (d > best) {
                    best = d;
                    g = c;
                }
            }
            if (g != null) {
                Choice end = blank.endChoice(l, others, i, f.content);
                out.add(new Example(end, target(l, f, end, g, f.content)));
            }
        }
        return out;
    }

    private static int target(TextLayer l, Found f, Choice c, List<int[]> gold, List<int[]> content) {
        int best = c.current;
        long bestDice = Math.round(100 * dice(gold, content));
        for (int k = 0; k < c.at.length; k++) {
            long d = Math.round(100 * dice(gold, withEnd(l, f, content, c.at[k])));
            if (d > bestDice) {
                bestDice = d;
                best = k;
            }
        }
        return best;
    }

    static double dice(List<int[]> a, List<int[]> b) {
        long ov = 0;
        long la = 0;
        long lb = 0;
        for (int[] x : a) {
            la += x[1] - x[0];
            for (int[] y : b) {
                ov += Math.max(0, Math.min(x[1], y[1]) - Math.max(x[0], y[0]));
            }
        }
        for (int[] y : b) {
            lb += Math.max(0, y[1] - y[0]);
        }
        return la + lb == 0 ? 0 : 2.0 * ov / (la + lb);
    }

    /** Averaged ranking perceptron over the examples, in a seeded order; returns the averaged weights. */
    static float[] fit(List<Example> examples, int epochs, long seed) {
        int size = 1 << BITS;
        float[] w = new float[size];
        float[] u = new float[size];
        float c = 1;
        int[] order = new int[examples.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int epoch = 0; epoch < epochs; epoch++) {
            CueTrainer.shuffle(order, order.length, rnd);
            for (int oi : order) {
                Example x = examples.get(oi);
                Choice ch = x.choice;
                if (ch.at.length < 2) {
                    continue;
                }
                int p = 0;
                float top = Float.NEGATIVE_INFINITY;
                for (int k = 0; k < ch.at.length; k++) {
                    float s = 0;
                    for (int f : ch.feats[k]) {
                        s += w[f];
                    }
                    if (s > top || s == top && k == ch.current) {
                        top = s;
                        p = k;
                    }
                }
                if (p != x.target) {
                    for (int f : ch.feats[x.target]) {
                        w[f] += 1;
                        u[f] += c;
                    }
                    for (int f : ch.feats[p]) {
                        w[f] -= 1;
                        u[f] -= c;
                    }
                }
                c++;
            }
        }
        float[] avg = new float[size];
        for (int i = 0; i < size; i++) {
            // to a tenth, as the model file stores them
            avg[i] = Float.parseFloat(SpanTagger.fmt(w[i] - u[i] / c));
        }
        return avg;
    }
}
