package org.slant.features.sourcing.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.slant.features.text.Sentence;
import org.slant.features.text.TextLayer;

/**
 * A learned linear-chain tagger of attribution spans: every token of a tagging unit (sentences of a
 * paragraph that hold a cue word, quotation mark, colon or rule attribution, and the sentence after each)
 * gets one of seven tags (outside, or the beginning or continuation of an attribution's content, cue or
 * source), decoded by
 * Viterbi over token features and tag-to-tag transition weights. The features are local (the word and its
 * neighbours, hashed pairs of neighbouring vocabulary words, suffix-stripped stems, shape, quote marks,
 * report-verb lexicon words nearby, the position in the sentence), the learned cue model's probabilities
 * ({@link CueTagger}, bucketed: at the token, its neighbours, the largest before and after it in the sentence)
 * plus the rules' own reading of the token (in rule content, cue or source): the model learns where the
 * rules' boundaries and attributions go wrong. Trained by {@link SpanTrainer} (averaged structured
 * perceptron) on PolNeAR train; the model ships as weights plus the vocabulary of words seen in at least
 * {@link CueTrainer#MIN_DOCS} training articles, names left out, so no sentence of the corpus is stored.
 *
 * <p>{@link #apply} then lets a {@link BoundaryRescorer} (trained alongside, on the tagger's cross-fitted output)
 * move each content's end to a better cut point.
 *
 * <p>Immutable and thread-safe. Tagging builds no string per token: words are looked up through the
 * layer's shared lower-cased tokens and stems by their characters.
 */
public final class SpanTagger {

    /** The model shipped with Slant. */
    static final String RESOURCE = "/org/slant/features/sourcing/span-model.tsv";

    // Tags. B- starts a new attribution; I- continues the one the previous tagged token belongs to.
    static final int O = 0;
    static final int B_CONTENT = 1;
    static final int I_CONTENT = 2;
    static final int B_CUE = 3;
    static final int I_CUE = 4;
    static final int B_SOURCE = 5;
    static final int I_SOURCE = 6;
    /** Number of tags. */
    static final int TAGS = 7;
    static final String[] TAG_NAMES = {"O", "B-CONTENT", "I-CONTENT", "B-CUE", "I-CUE", "B-SOURCE", "I-SOURCE"};

    // The rules' reading of a token; plus ROLE_BASE when the token opens a rule attribution.
    static final int R_OUT = 0;
    static final int R_CONTENT_FIRST = 1;
    static final int R_CONTENT = 2;
    static final int R_CONTENT_LAST = 3;
    static final int R_CUE = 4;
    static final int R_SOURCE = 5;
    static final int ROLE_BASE = 6;
    static final int ROLES = 2 * ROLE_BASE;

    /**
     * Roles in word pairs, coarser (outside, content, cue, source) so that the word-sized tables stay small
     * enough for the cache.
     */
    static final int COARSE = 4;
    private static final int[] COARSE_OF = {0, 1, 1, 1, 2, 3, 0, 1, 1, 1, 2, 3};
    static final int SHAPES = 11;
    static final int LEX = 5;

    // Feature templates; each maps a token to one value in [0, size).
    static final int F_BIAS = 0;
    static final int F_W0 = 1;
    static final int F_WM1 = 2;
    static final int F_WP1 = 3;
    static final int F_WM2 = 4;
    static final int F_WP2 = 5;
    static final int F_L0 = 6;
    static final int F_R0 = 7;
    static final int F_R3 = 8;
    static final int F_R0_W0 = 9;
    static final int F_R0_SHAPE = 10;
    static final int F_R0_QUOTE = 11;
    static final int F_R0_POS = 12;
    static final int F_LEX3 = 13;
    static final int F_R0_CTX = 14;
    static final int F_SHAPE3 = 15;
    static final int F_R0_LEX = 16;
    static final int F_RM1_W0 = 17;
    static final int F_R0_WP1 = 18;
    static final int F_R0_RPOS = 19;
    static final int F_R0_CUEORD = 20;
    static final int F_R0_SPOS = 21;
    static final int F_R0_SENT = 22;
    static final int F_R0_CUEP = 23;
    static final int F_CUEP3 = 24;
    static final int F_R0_CUECTX = 25;
    static final int F_W0_WP1 = 26;
    static final int F_WM1_W0 = 27;
    static final int F_LM1 = 28;
    static final int F_LP1 = 29;
    /** Feature templates, so features per token. */
    static final int K = 30;
    /** Buckets of the hashed word-pair templates (pairs of vocabulary ids, so no word outside it). */
    static final int PAIR_BITS = Integer.getInteger("span.pairBits", 17);
    /** Buckets of the learned cue model's probability of a token ({@link #cueBucket}). */
    static final int CUEP = 6;
    /** Ints per token in a feature array: the {@link #K} feature indices, then the edge context. */
    static final int STRIDE = K + 1;
    /**
     * Contexts of the transition weights that depend on the tokens (the shapes of the previous and the
     * current token, and whether a sentence starts): a content span mostly ends at a sentence end or comma.
     */
    static final int EDGE_CONTEXTS = SHAPES * SHAPES * 2;
    static final String[] FEATURE_NAMES = {"bias", "w0", "w-1", "w+1", "w-2", "w+2", "l0", "r0", "r-1|r0|r+1",
        "r0|w0", "r0|shape", "r0|quote", "r0|pos", "lex-1|lex0|lex+1", "r0|ctx", "shape-1|shape0|shape+1",
        "r0|lex", "r-1|w0", "r0|w+1", "r0|rpos", "r0|cueorder", "r0|spos", "r0|sentence", "r0|cuep",
        "cuep-1|cuep0|cuep+1", "r0|maxcuep<|maxcuep>", "w0|w+1#", "w-1|w0#", "l-1", "l+1"};

    private final CueTagger.Vocabulary words;
    private final CueTagger.Vocabulary stems;
    /** First feature index of each template. */
    private final int[] offset = new int[K + 1];
    /** Weight of feature f for tag y at {@code w[f * TAGS + y]}. */
    private final float[] w;
    /** Transition weight from tag p (or the sequence start, p = TAGS) to tag y at {@code trans[p * TAGS + y]}. */
    private final float[] trans;
    /** Transition weight from tag p to tag y in edge context c at {@code edge[(c * (TAGS + 1) + p) * TAGS + y]}. */
    private final float[] edge;
    /** {@link #trans} plus {@link #edge}, laid out as {@link #edge}. */
    private final float[] transEdge;
    /** The lexicon class ({@link #lex}) of each word id from 2. */
    private final byte[] lexOfWord;
    /** The stem id of each word id from 2. */
    private final int[] stemOfWord;
    private final String provenance;
    /** How {@link #apply} combines the model's attributions with the rules' (see {@link #combine}). */
    private final int combine;
    /** Whether the rule features were read with the learned cue model on. */
    private final boolean ruleCues;
    /** The second look at content ends {@link #apply} takes, or null for none. */
    private final BoundaryRescorer boundaries;

    SpanTagger(CueTagger.Vocabulary words, CueTagger.Vocabulary stems, float[] w, float[] trans, float[] edge,
            String provenance, int combine, boolean ruleCues) {
        this(words, stems, w, trans, edge, provenance, combine, ruleCues, null, 0f);
    }

    /**
     * A model with boundary re-scoring weights ({@link BoundaryRescorer}; {@code boundaryWeights} null for
     * none) that move a content end when another cut point scores {@code boundaryThreshold} more.
     */
    SpanTagger(CueTagger.Vocabulary words, CueTagger.Vocabulary stems, float[] w, float[] trans, float[] edge,
            String provenance, int combine, boolean ruleCues, float[] boundaryWeights, float boundaryThreshold) {
        this.boundaries = boundaryWeights == null ? null
                : new BoundaryRescorer(words, boundaryWeights, boundaryThreshold);
        this.combine = combine;
        this.ruleCues = ruleCues;
        this.words = words;
        this.stems = stems;
        int[] size = sizes(words.size() + 2, stems.size() + 2);
        for (int f = 0; f < K; f++) {
            offset[f + 1] = offset[f] + size[f];
        }
        if (w == null) {
            w = new float[offset[K] * TAGS];
        }
        if (edge == null) {
            edge = new float[EDGE_CONTEXTS * (TAGS + 1) * TAGS];
        }
        if (w.length != offset[K] * TAGS || trans.length != (TAGS + 1) * TAGS
                || edge.length != EDGE_CONTEXTS * (TAGS + 1) * TAGS) {
            throw new IllegalArgumentException("span model: weights do not fit the vocabulary");
        }
        this.w = w;
        this.trans = trans;
        this.edge = edge;
        // decoding adds both transition tables; one table of their sums saves a load per tag pair
        this.transEdge = edge.clone();
        for (int c = 0; c < EDGE_CONTEXTS; c++) {
            for (int i = 0; i < trans.length; i++) {
                transEdge[c * trans.length + i] += trans[i];
            }
        }
        int nw = words.size() + 2;
        this.lexOfWord = new byte[nw];
        this.stemOfWord = new int[nw];
        for (int id = 2; id < nw; id++) {
            String word = words.word(id);
            lexOfWord[id] = (byte) lex(word);
            stemOfWord[id] = stems.id(word.substring(0, CueTagger.stemLength(word)));
        }
        this.provenance = provenance;
    }

    /** The number of values of each template, for vocabularies of {@code nw} word and {@code ns} stem ids. */
    static int[] sizes(int nw, int ns) {
        int[] s = new int[K];
        s[F_BIAS] = 1;
        s[F_W0] = nw;
        s[F_WM1] = nw;
        s[F_WP1] = nw;
        s[F_WM2] = nw;
        s[F_WP2] = nw;
        s[F_L0] = ns;
        s[F_R0] = ROLES;
        s[F_R3] = ROLES * ROLES * ROLES;
        s[F_R0_W0] = COARSE * nw;
        s[F_R0_SHAPE] = ROLES * SHAPES;
        s[F_R0_QUOTE] = ROLES * 16;
        s[F_R0_POS] = ROLES * 8;
        s[F_LEX3] = LEX * LEX * LEX;
        s[F_R0_CTX] = ROLES * 16;
        s[F_SHAPE3] = SHAPES * SHAPES * SHAPES;
        s[F_R0_LEX] = ROLES * LEX;
        s[F_RM1_W0] = COARSE * nw;
        s[F_R0_WP1] = COARSE * nw;
        s[F_R0_RPOS] = ROLES * 36;
        s[F_R0_CUEORD] = ROLES * 4;
        s[F_R0_SPOS] = ROLES * 36;
        s[F_R0_SENT] = ROLES * 16;
        s[F_R0_CUEP] = ROLES * CUEP;
        s[F_CUEP3] = CUEP * CUEP * CUEP;
        s[F_R0_CUECTX] = ROLES * CUEP * CUEP;
        s[F_W0_WP1] = 1 << PAIR_BITS;
        s[F_WM1_W0] = 1 << PAIR_BITS;
        s[F_LM1] = ns;
        s[F_LP1] = ns;
        return s;
    }

    /** The model shipped with Slant; loaded once. */
    public static SpanTagger standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final SpanTagger STANDARD = CueTagger.loadModel(RESOURCE, "span", SpanTagger::read);
    }

    /** The model's provenance header lines (data, trainer, options, counts). */
    public String provenance() {
        return provenance;
    }

    int featureCount() {
        return offset[K];
    }

    float[] weights() {
        return w;
    }

    float[] transitions() {
        return trans;
    }

    float[] edges() {
        return edge;
    }

    // ---------------------------------------------------------------- features

    /**
     * The rules' reading of every token, from their attributions (innermost wins where they nest): for token
     * t, its role at {@code [t]}, its place in the rule content at {@code [n + t]} (distances from the
     * fragment's first and last token, bucketed) and at {@code [2n + t]} where the cue stands (1 before the
     * content, 2 after, 3 none; 0 outside rule attributions), n the token count.
     */
    static int[] roles(TextLayer l, List<Found> rules) {
        int n = l.tokenCount();
        int[] role = new int[3 * n];
        List<Found> byLength = new ArrayList<>(rules);
        byLength.sort(Comparator.comparingInt((Found f) -> f.end() - f.start()).reversed()
                .thenComparingInt(Found::start));
        for (Found f : byLength) {
            for (int[] c : f.content) {
                int a = l.tokenAtOrAfter(c[0]);
                int b = a;
                while (b < n && l.tokenStart(b) < c[1]) {
                    b++;
                }
                int order = f.cueStart < 0 ? 3 : f.cueStart < c[0] ? 1 : 2;
                for (int t = a; t < b; t++) {
                    role[t] = t == a ? R_CONTENT_FIRST : t == b - 1 ? R_CONTENT_LAST : R_CONTENT;
                    role[n + t] = bucket(t - a) * 6 + bucket(b - 1 - t);
                    role[2 * n + t] = order;
                }
            }
        }
        for (Found f : byLength) {
            int order = f.cueStart < 0 ? 3 : f.cueStart < f.start() ? 1 : 2;
            mark(l, role, n, f.cueStart, f.cueEnd, R_CUE, order);
            mark(l, role, n, f.srcStart, f.srcEnd, R_SOURCE, order);
        }
        for (Found f : rules) {
            int first = Math.min(f.start(), f.cueStart >= 0 ? f.cueStart : Integer.MAX_VALUE);
            first = Math.min(first, f.srcStart >= 0 ? f.srcStart : Integer.MAX_VALUE);
            int t = l.tokenAtOrAfter(first);
            if (t < n && role[t] < ROLE_BASE && role[t] != R_OUT) {
                role[t] += ROLE_BASE;
            }
        }
        return role;
    }

    private static void mark(TextLayer l, int[] role, int n, int s, int e, int r, int order) {
        if (s < 0 || e <= s) {
            return;
        }
        for (int t = l.tokenAtOrAfter(s); t < n && l.tokenStart(t) < e; t++) {
            role[t] = r;
            role[n + t] = 0;
            role[2 * n + t] = order;
        }
    }

    private static int bucket(int d) {
        return d <= 2 ? d : d <= 5 ? 3 : d <= 10 ? 4 : 5;
    }

    private static int shape(TextLayer l, int t) {
        String text = l.text();
        int s = l.tokenStart(t);
        char c = text.charAt(s);
        if (Character.isLetter(c)) {
            if (!Character.isUpperCase(c)) {
                return 0;
            }
            int e = l.tokenEnd(t);
            return e - s > 1 && Character.isUpperCase(text.charAt(e - 1)) ? 2 : 1;
        }
        if (Character.isDigit(c)) {
            return 3;
        }
        switch (c) {
            case ',':
                return 4;
            case '.':
            case '!':
            case '?':
                return 5;
            case ':':
            case ';':
                return 6;
            case '"':
            case '\'':
            case '\u201C':
            case '\u201D':
            case '\u2018':
            case '\u2019':
            case '\u00AB':
            case '\u00BB':
                return 7;
            case '(':
            case ')':
            case '[':
            case ']':
                return 8;
            case '-':
            case '\u2013':
            case '\u2014':
                return 9;
            default:
                return 10;
        }
    }

    static int lex(TextLayer l, int t) {
        return l.isWord(t) ? lex(l.tokenLower(t)) : 0; // the layer builds these strings once and shares them
    }

    /** The report-verb lexicon class of a lower-cased word: 1 verb cue, 2 noun cue, 3 "seem", 4 "according". */
    private static int lex(String w) {
        if (w.isEmpty() || !Character.isLetterOrDigit(w.charAt(0))) {
            return 0;
        }
        if (Words.CUES.containsKey(w)) {
            return 1;
        }
        if (Words.NOUN_CUES.containsKey(w)) {
            return 2;
        }
        if (Words.SEEM.contains(w)) {
            return 3;
        }
        return w.equals("according") ? 4 : 0;
    }

    /**
     * The feature indices of the tokens {@code [from, to)} (whole sentences), {@link #K} per token then the
     * edge context, into {@code out} from {@code (t - from) * STRIDE}; {@code role} as made by {@link #roles}.
     */
    void features(TextLayer l, List<Sentence> sentences, int from, int to, int[] role, CueTagger cues,
            int[] out) {
        int n = to - from;
        int[] cp = new int[n];
        if (cues != null) {
            cueBuckets(l, sentences, from, cues, cp);
        }
        int[] wid = new int[n];
        int[] shp = new int[n];
        int[] lx = new int[n];
        int[] sid = new int[n];
        for (int t = from; t < to; t++) {
            int id = words.id(l.tokenLower(t));
            wid[t - from] = id;
            shp[t - from] = shape(l, t);
            // most tokens are vocabulary words, whose lexicon class and stem are looked up once at load
            if (id == CueTagger.UNKNOWN) {
                lx[t - from] = lex(l, t);
                int ts = l.tokenStart(t);
                sid[t - from] = stems.id(l, ts, CueTagger.stemLength(l, ts, l.tokenEnd(t) - ts));
            } else {
                lx[t - from] = lexOfWord[id];
                sid[t - from] = stemOfWord[id];
            }
        }
        int nw = words.size() + 2;
        int nt = role.length / 3;
        int[] nxt = new int[n];
        boolean firstSentence = true;
        for (Sentence s : sentences) {
            int a = s.firstToken();
            int b = s.endToken();
            int next = Integer.MAX_VALUE / 2;
            for (int t = b - 1; t >= a; t--) {
                nxt[t - from] = next;
                if (lx[t - from] != 0) {
                    next = t;
                }
            }
            int lastLexBefore = -1000;
            // the largest cue bucket after each token of the sentence, then before it as the loop goes
            int[] cueAfter = new int[b - a];
            for (int t = b - 2, m = 0; t >= a; t--) {
                m = Math.max(m, cp[t + 1 - from]);
                cueAfter[t - a] = m;
            }
            int cueBefore = 0;
            // what the sentence holds: quotation marks, a colon, a closing mark at its end; the unit's opening
            int sent = shp[0] == 7 ? 1 : 0;
            for (int t = a; t < b; t++) {
                sent |= shp[t - from] == 7 ? 2 : shp[t - from] == 6 ? 4 : 0;
            }
            sent |= b - 2 >= a && (shp[b - 1 - from] == 7 || shp[b - 2 - from] == 7) ? 8 : 0;
            for (int t = a; t < b; t++) {
                int i = t - from;
                int w0 = wid[i];
                int wm1 = t - 1 >= a ? wid[i - 1] : CueTagger.BOUNDARY;
                int wm2 = t - 2 >= a ? wid[i - 2] : CueTagger.BOUNDARY;
                int wp1 = t + 1 < b ? wid[i + 1] : CueTagger.BOUNDARY;
                int wp2 = t + 2 < b ? wid[i + 2] : CueTagger.BOUNDARY;
                int ts = l.tokenStart(t);
                int l0 = sid[i];
                int r0 = role[t];
                int rm1 = t > from ? role[t - 1] : R_OUT;
                int rp1 = t + 1 < to ? role[t + 1] : R_OUT;
                int sh0 = shp[i];
                int shm1 = t > from ? shp[i - 1] : SHAPES - 1;
                int shp1 = t + 1 < to ? shp[i + 1] : SHAPES - 1;
                int lxm1 = t > a ? lx[i - 1] : 0;
                int lxp1 = t + 1 < b ? lx[i + 1] : 0;
                int quote = (l.inQuote(ts) ? 1 : 0) | (sh0 == 7 ? 2 : 0) | (t > from && shm1 == 7 ? 4 : 0)
                        | (t + 1 < to && shp1 == 7 ? 8 : 0);
                int pos = (t == a ? 1 : 0) | (t == b - 1 ? 2 : 0) | (firstSentence ? 4 : 0);
                int ctx = (lastLexBefore >= a ? 1 : 0) | (nxt[i] < b ? 2 : 0) | (t - lastLexBefore <= 3 ? 4 : 0)
                        | (nxt[i] - t <= 3 ? 8 : 0);
                int o = i * STRIDE;
                out[o + K] = (shm1 * SHAPES + sh0) * 2 + (t == a ? 1 : 0);
                out[o + F_R0_RPOS] = offset[F_R0_RPOS] + r0 * 36 + role[nt + t];
                out[o + F_R0_CUEORD] = offset[F_R0_CUEORD] + r0 * 4 + role[2 * nt + t];
                out[o + F_R0_SPOS] = offset[F_R0_SPOS] + r0 * 36 + bucket(t - a) * 6 + bucket(b - 1 - t);
                out[o + F_R0_SENT] = offset[F_R0_SENT] + r0 * 16 + sent;
                out[o + F_BIAS] = offset[F_BIAS];
                out[o + F_W0] = offset[F_W0] + w0;
                out[o + F_WM1] = offset[F_WM1] + wm1;
                out[o + F_WP1] = offset[F_WP1] + wp1;
                out[o + F_WM2] = offset[F_WM2] + wm2;
                out[o + F_WP2] = offset[F_WP2] + wp2;
                out[o + F_L0] = offset[F_L0] + l0;
                out[o + F_R0] = offset[F_R0] + r0;
                out[o + F_R3] = offset[F_R3] + (rm1 * ROLES + r0) * ROLES + rp1;
                out[o + F_R0_W0] = offset[F_R0_W0] + COARSE_OF[r0] * nw + w0;
                out[o + F_R0_SHAPE] = offset[F_R0_SHAPE] + r0 * SHAPES + sh0;
                out[o + F_R0_QUOTE] = offset[F_R0_QUOTE] + r0 * 16 + quote;
                out[o + F_R0_POS] = offset[F_R0_POS] + r0 * 8 + pos;
                out[o + F_LEX3] = offset[F_LEX3] + (lxm1 * LEX + lx[i]) * LEX + lxp1;
                out[o + F_R0_CTX] = offset[F_R0_CTX] + r0 * 16 + ctx;
                out[o + F_SHAPE3] = offset[F_SHAPE3] + (shm1 * SHAPES + sh0) * SHAPES + shp1;
                out[o + F_R0_LEX] = offset[F_R0_LEX] + r0 * LEX + lx[i];
                out[o + F_RM1_W0] = offset[F_RM1_W0] + COARSE_OF[rm1] * nw + w0;
                out[o + F_R0_WP1] = offset[F_R0_WP1] + COARSE_OF[r0] * nw + wp1;
                int cm1 = t > a ? cp[i - 1] : 0;
                int cp1 = t + 1 < b ? cp[i + 1] : 0;
                out[o + F_W0_WP1] = offset[F_W0_WP1] + pair(w0, wp1);
                out[o + F_WM1_W0] = offset[F_WM1_W0] + pair(wm1, w0);
                out[o + F_LM1] = offset[F_LM1] + (t - 1 >= a ? sid[i - 1] : CueTagger.BOUNDARY);
                out[o + F_LP1] = offset[F_LP1] + (t + 1 < b ? sid[i + 1] : CueTagger.BOUNDARY);
                out[o + F_R0_CUEP] = offset[F_R0_CUEP] + r0 * CUEP + cp[i];
                out[o + F_CUEP3] = offset[F_CUEP3] + (cm1 * CUEP + cp[i]) * CUEP + cp1;
                out[o + F_R0_CUECTX] = offset[F_R0_CUECTX] + (r0 * CUEP + cueBefore) * CUEP + cueAfter[t - a];
                cueBefore = Math.max(cueBefore, cp[i]);
                if (lx[i] != 0) {
                    lastLexBefore = t;
                }
            }
            firstSentence = false;
        }
    }

    /**
     * The learned cue model's probability bucket ({@link #cueBucket}) of every token of the sentences into
     * {@code out[t - from]}; only words the model may score as cue heads are scored (the others stay 0), so
     * the cost stays small.
     */
    private static void cueBuckets(TextLayer l, List<Sentence> sentences, int from, CueTagger cues, int[] out) {
        long[] keys = new long[CueTagger.MAX_FEATURES];
        int[] ids = new int[0];
        for (Sentence s : sentences) {
            int a = s.firstToken();
            int b = s.endToken();
            boolean filled = false;
            for (int t = a; t < b; t++) {
                if (!l.isWord(t) || !cues.mayHead(l, t)) {
                    continue;
                }
                if (!filled) {
                    if (ids.length < 2 * (b - a)) {
                        ids = new int[2 * (b - a)];
                    }
                    java.util.Arrays.fill(ids, 0, 2 * (b - a), -1);
                    filled = true;
                }
                cues.idsAround(l, a, b, t, ids);
                out[t - from] = cueBucket(cues.score(l, a, b, t, ids, keys));
            }
        }
    }

    /** The hashed bucket of a pair of word ids. */
    static int pair(int a, int b) {
        int h = (a * 0x9E3779B1 + b) * 0x85EBCA6B;
        return (h ^ h >>> 15) >>> (32 - PAIR_BITS);
    }

    /** Buckets a cue probability: finer near the model's threshold, where the rules' reading is least sure. */
    static int cueBucket(double p) {
        return p < 0.05 ? 0 : p < 0.15 ? 1 : p < 0.3 ? 2 : p < 0.5 ? 3 : p < 0.7 ? 4 : 5;
    }

    // ---------------------------------------------------------------- decoding

    /**
     * The best tag sequence of {@code n} tokens whose features start at {@code feats[0]}, into {@code tags};
     * {@code score} and {@code back} scratch of {@code n * TAGS}. {@code trans} may be null when {@code edge}
     * already holds the sums.
     */
    static void viterbi(float[] w, float[] trans, float[] edge, int[] feats, int n, int[] tags, float[] score,
            int[] back) {
        if (n == 0) {
            return;
        }
        float[] emit = new float[TAGS];
        int nt = (TAGS + 1) * TAGS;
        for (int i = 0; i < n; i++) {
            float e0 = 0;
            float e1 = 0;
            float e2 = 0;
            float e3 = 0;
            float e4 = 0;
            float e5 = 0;
            float e6 = 0;
            for (int k = i * STRIDE, end = k + K; k < end; k++) {
                int f = feats[k] * TAGS;
                e0 += w[f];
                e1 += w[f + 1];
                e2 += w[f + 2];
                e3 += w[f + 3];
                e4 += w[f + 4];
                e5 += w[f + 5];
                e6 += w[f + 6];
            }
            emit[0] = e0;
            emit[1] = e1;
            emit[2] = e2;
            emit[3] = e3;
            emit[4] = e4;
            emit[5] = e5;
            emit[6] = e6;
            int e = feats[i * STRIDE + K] * nt;
            for (int y = 0; y < TAGS; y++) {
                if (i == 0) {
                    score[y] = emit[y] + edge[e + TAGS * TAGS + y] + (trans == null ? 0 : trans[TAGS * TAGS + y]);
                    back[y] = -1;
                    continue;
                }
                float best = Float.NEGATIVE_INFINITY;
                int arg = 0;
                int prev = (i - 1) * TAGS;
                for (int p = 0; p < TAGS; p++) {
                    float v = score[prev + p] + edge[e + p * TAGS + y];
                    if (trans != null) {
                        v += trans[p * TAGS + y];
                    }
                    if (v > best) {
                        best = v;
                        arg = p;
                    }
                }
                score[i * TAGS + y] = best + emit[y];
                back[i * TAGS + y] = arg;
            }
        }
        int y = 0;
        for (int c = 1; c < TAGS; c++) {
            if (score[(n - 1) * TAGS + c] > score[(n - 1) * TAGS + y]) {
                y = c;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            tags[i] = y;
            y = back[i * TAGS + y];
        }
    }

    /**
     * The tagging units, as sentence ranges {start, end}: runs of sentences of one block that hold evidence
     * of an attribution ({@link #hasEvidence}) or follow one that does (content may run on into it). Other
     * sentences are neither trained on nor tagged: they rarely hold an attribution, and tagging them would
     * cost most of the tagger's time.
     */
    static List<int[]> units(TextLayer l, int[] role) {
        List<int[]> out = new ArrayList<>();
        int ns = l.sentenceCount();
        int start = -1;
        boolean prevEvidence = false;
        for (int s = 0; s < ns; s++) {
            Sentence sentence = l.sentence(s);
            boolean sameBlock = s > 0 && sentence.block() == l.sentence(s - 1).block();
            if (!sameBlock) {
                prevEvidence = false;
                if (start >= 0) {
                    out.add(new int[] {start, s});
                    start = -1;
                }
            }
            boolean evidence = hasEvidence(l, sentence.firstToken(), sentence.endToken(), role);
            boolean keep = evidence || prevEvidence;
            if (keep && start < 0) {
                start = s;
            } else if (!keep && start >= 0) {
                out.add(new int[] {start, s});
                start = -1;
            }
            prevEvidence = evidence;
        }
        if (start >= 0) {
            out.add(new int[] {start, ns});
        }
        return out;
    }

    /**
     * Whether tokens {@code [from, to)} hold anything an attribution is made of: a token the rules put in an
     * attribution, a quotation mark or colon, or a report-verb lexicon word.
     */
    static boolean hasEvidence(TextLayer l, int from, int to, int[] role) {
        for (int t = from; t < to; t++) {
            if (role[t] != R_OUT) {
                return true;
            }
            if (l.isWord(t)) {
                if (lex(l, t) != 0) {
                    return true;
                }
            } else {
                int sh = shape(l, t);
                if (sh == 7 || sh == 6) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Tags every token of the layer (tokens outside sentences stay {@link #O}). */
    int[] tag(TextLayer l, int[] role, CueTagger cues) {
        int[] tags = new int[l.tokenCount()];
        List<Sentence> sentences = l.sentences();
        List<int[]> units = units(l, role);
        int max = 0;
        for (int[] u : units) {
            max = Math.max(max, l.sentence(u[1] - 1).endToken() - l.sentence(u[0]).firstToken());
        }
        int[] feats = new int[max * STRIDE];
        int[] out = new int[max];
        float[] score = new float[max * TAGS];
        int[] back = new int[max * TAGS];
        for (int[] u : units) {
            int from = l.sentence(u[0]).firstToken();
            int to = l.sentence(u[1] - 1).endToken();
            int n = to - from;
            if (n <= 0) {
                continue;
            }
            features(l, sentences.subList(u[0], u[1]), from, to, role, cues, feats);
            viterbi(w, null, transEdge, feats, n, out, score, back);
            System.arraycopy(out, 0, tags, from, n);
        }
        return tags;
    }

    /**
     * Reads tags as attributions: a B- tag opens one, an I- tag continues the open one, and an untagged word
     * closes it (untagged punctuation does not). Content is cut into fragments where it is not contiguous;
     * attributions without content are dropped. Cue lemmas come from the rule attribution whose cue
     * overlaps, else from the cue's last word.
     */
    static List<Found> decode(TextLayer l, int[] tags, List<Found> rules) {
        List<Found> out = new ArrayList<>();
        int n = tags.length;
        int t = 0;
        while (t < n) {
            if (tags[t] == O) {
                t++;
                continue;
            }
            // one attribution: from t until the next B- tag or an untagged word
            int end = t + 1;
            boolean seen = isContent(tags[t]);
            while (end < n && !isBegin(tags[end]) && !(seen && tags[end] == O && l.isWord(end))) {
                seen |= isContent(tags[end]);
                end++;
            }
            Found f = new Found();
            int cueA = -1;
            int cueB = -1;
            int srcA = -1;
            int srcB = -1;
            int runA = -1;
            for (int u = t; u <= end; u++) {
                int g = u < end ? tags[u] : O;
                boolean content = g == B_CONTENT || g == I_CONTENT;
                if (content && runA < 0) {
                    runA = u;
                } else if (!content && runA >= 0) {
                    f.content(l.tokenStart(runA), l.tokenEnd(u - 1));
                    runA = -1;
                }
                if (g == B_CUE || g == I_CUE) {
                    cueA = cueA < 0 ? u : cueA;
                    cueB = u;
                } else if (g == B_SOURCE || g == I_SOURCE) {
                    srcA = srcA < 0 ? u : srcA;
                    srcB = u;
                }
            }
            if (!f.content.isEmpty()) {
                if (cueA >= 0) {
                    f.cue(l.tokenStart(cueA), l.tokenEnd(cueB), lemma(l, cueB, l.tokenStart(cueA), rules));
                }
                if (srcA >= 0) {
                    f.source(l.tokenStart(srcA), l.tokenEnd(srcB));
                }
                out.add(f);
            }
            t = end;
        }
        out.sort(Comparator.comparingInt(Found::start));
        return out;
    }

    private static boolean isContent(int tag) {
        return tag == B_CONTENT || tag == I_CONTENT;
    }

    private static boolean isBegin(int tag) {
        return tag == B_CONTENT || tag == B_CUE || tag == B_SOURCE;
    }

    private static String lemma(TextLayer l, int last, int start, List<Found> rules) {
        for (Found r : rules) {
            if (r.cueStart >= 0 && r.cueStart < l.tokenEnd(last) && r.cueEnd > start && r.lemma != null) {
                return r.lemma;
            }
        }
        String w = l.tokenLower(last);
        Words.Cue c = Words.CUES.get(w);
        return c != null ? c.lemma() : w;
    }

    /** Combination: the model's attributions alone (the rules only as its features). */
    static final int MODEL = 0;
    /** Combination bit: a rule attribution takes the content of the model attribution it overlaps most. */
    static final int REPLACE = 1;
    /** Combination bit: model attributions that overlap no rule attribution are added. */
    static final int ADD = 2;
    /** Combination bit: rule attributions whose content overlaps no model content are dropped. */
    static final int VETO = 4;
    /**
     * Combination: the model's attributions alone, each taking the cue and source of the rule attribution
     * whose content it overlaps most (rule sources resolve better than tagged ones).
     */
    static final int MODEL_RULE_SOURCES = 8;
    /** Combination bit, with {@link #ADD}: only model attributions that have a tagged cue are added. */
    static final int ADD_CUED = 16;
    /**
     * Combination bit: an attribution whose content lies wholly within another's (a longer one, or an equal
     * one listed earlier) is dropped, before and after the boundary re-scoring: one content, one attribution.
     */
    static final int DROP_CONTAINED = 32;

    /**
     * Combines the rules' attributions with the model's ({@code mode} {@link #MODEL} or bits of
     * {@link #REPLACE}, {@link #ADD}, {@link #VETO}); both lists ordered by content start.
     */
    static List<Found> combine(List<Found> rules, List<Found> model, int mode) {
        if ((mode & DROP_CONTAINED) != 0) {
            return dropContained(combine(rules, model, mode & ~DROP_CONTAINED));
        }
        if (mode == MODEL) {
            return model;
        }
        if (mode == MODEL_RULE_SOURCES) {
            return withRuleSources(rules, model);
        }
        List<Found> out = new ArrayList<>();
        boolean[] used = new boolean[model.size()];
        boolean[] touched = new boolean[model.size()];
        for (Found r : rules) {
            int best = -1;
            int bestOv = 0;
            for (int i = 0; i < model.size(); i++) {
                Found m = model.get(i);
                if (m.start() >= r.end()) {
                    break;
                }
                int ov = overlap(r, m);
                if (ov > 0) {
                    touched[i] = true;
                }
                if (ov > bestOv && !used[i]) {
                    best = i;
                    bestOv = ov;
                }
            }
            if (best < 0 && (mode & VETO) != 0 && !anyOverlap(r, model)) {
                continue;
            }
            if (best >= 0 && (mode & REPLACE) != 0) {
                used[best] = true;
                Found f = new Found();
                for (int[] c : model.get(best).content) {
                    f.content(c[0], c[1]);
                }
                f.cue(r.cueStart, r.cueEnd, r.lemma);
                f.source(r.srcStart, r.srcEnd);
                out.add(f);
            } else {
                out.add(r);
            }
        }
        if ((mode & ADD) != 0) {
            for (int i = 0; i < model.size(); i++) {
                if (!touched[i] && !cueOverlaps(model.get(i), rules)
                        && ((mode & ADD_CUED) == 0 || model.get(i).cueStart >= 0)) {
                    out.add(model.get(i));
                }
            }
        }
        out.sort(Comparator.comparingInt(Found::start));
        return out;
    }

    /**
     * The attributions without those whose content lies wholly within another's content: a longer one, or an
     * equal one earlier in the list. Order kept. A sweep by content start that compares each attribution only
     * with those whose content spans its start, so a text with thousands of attributions stays linear in
     * practice (all pairs took seconds on a 1 MB paragraph).
     */
    static List<Found> dropContained(List<Found> found) {
        int n = found.size();
        int[] len = new int[n];
        int[] from = new int[n];
        int[] to = new int[n];
        long[] byStart = new long[n];
        int empty = 0;
        int firstEmpty = -1;
        for (int i = 0; i < n; i++) {
            from[i] = Integer.MAX_VALUE;
            to[i] = Integer.MIN_VALUE;
            for (int[] c : found.get(i).content) {
                len[i] += c[1] - c[0];
                from[i] = Math.min(from[i], c[0]);
                to[i] = Math.max(to[i], c[1]);
            }
            if (len[i] == 0) {
                empty++;
                firstEmpty = firstEmpty < 0 ? i : firstEmpty;
            }
            byStart[i] = (long) from[i] << 32 | i; // starts are character offsets, never negative
        }
        java.util.Arrays.sort(byStart);
        boolean[] inside = new boolean[n];
        int[] active = new int[16];
        int actives = 0;
        for (int g = 0; g < n; ) {
            int start = from[(int) byStart[g]];
            int groupEnd = g;
            while (groupEnd < n && from[(int) byStart[groupEnd]] == start) {
                groupEnd++;
            }
            // only contents reaching past this start can hold one that begins here
            int kept = 0;
            for (int a = 0; a < actives; a++) {
                if (to[active[a]] > start) {
                    active[kept++] = active[a];
                }
            }
            actives = kept;
            for (int k = g; k < groupEnd; k++) {
                int i = (int) byStart[k];
                if (len[i] == 0) {
                    // an empty content lies within every other: it stays only if all are empty and it is the first
                    inside[i] = n - empty > 0 || i != firstEmpty;
                    continue;
                }
                for (int a = 0; a < actives && !inside[i]; a++) {
                    inside[i] = contains(found, len, active[a], i);
                }
                for (int m = g; m < groupEnd && !inside[i]; m++) {
                    inside[i] = contains(found, len, (int) byStart[m], i);
                }
            }
            for (int k = g; k < groupEnd; k++) {
                if (actives == active.length) {
                    active = java.util.Arrays.copyOf(active, actives * 2);
                }
                active[actives++] = (int) byStart[k];
            }
            g = groupEnd;
        }
        List<Found> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (!inside[i]) {
                out.add(found.get(i));
            }
        }
        return out;
    }

    /** Whether attribution {@code j}, longer than {@code i} or as long and earlier, holds all of i's content. */
    private static boolean contains(List<Found> found, int[] len, int j, int i) {
        return j != i && (len[j] > len[i] || len[j] == len[i] && j < i) && overlap(found.get(i), found.get(j)) == len[i];
    }

    private static List<Found> withRuleSources(List<Found> rules, List<Found> model) {
        List<Found> out = new ArrayList<>(model.size());
        boolean[] used = new boolean[rules.size()];
        for (Found m : model) {
            int best = -1;
            int bestOv = 0;
            for (int i = 0; i < rules.size(); i++) {
                Found r = rules.get(i);
                if (r.start() >= m.end()) {
                    break;
                }
                int ov = overlap(r, m);
                if (ov > bestOv && !used[i]) {
                    best = i;
                    bestOv = ov;
                }
            }
            if (best < 0) {
                out.add(m);
                continue;
            }
            used[best] = true;
            Found r = rules.get(best);
            Found f = new Found();
            for (int[] c : m.content) {
                f.content(c[0], c[1]);
            }
            f.cue(r.cueStart, r.cueEnd, r.lemma);
            f.source(r.srcStart, r.srcEnd);
            out.add(f);
        }
        return out;
    }

    private static boolean anyOverlap(Found r, List<Found> model) {
        for (Found m : model) {
            if (overlap(r, m) > 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean cueOverlaps(Found m, List<Found> rules) {
        if (m.cueStart < 0) {
            return false;
        }
        for (Found r : rules) {
            if (r.cueStart >= 0 && r.cueStart < m.cueEnd && r.cueEnd > m.cueStart) {
                return true;
            }
        }
        return false;
    }

    /** Characters of content two attributions share. */
    static int overlap(Found x, Found y) {
        int ov = 0;
        for (int[] a : x.content) {
            for (int[] b : y.content) {
                ov += Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
            }
        }
        return ov;
    }

    /**
     * The attributions of a layer: the model's spans, with the rules' attributions as its features.
     *
     * @param l the text
     * @param rules the rules' attributions of the same text, ordered by content start
     * @return the model's attributions, ordered by content start
     */
    public List<Found> find(TextLayer l, List<Found> rules) {
        return find(l, rules, CueTagger.standard());
    }

    /** {@link #find(TextLayer, List)} with the cue probabilities from {@code cues} (cross-fitting). */
    List<Found> find(TextLayer l, List<Found> rules, CueTagger cues) {
        return decode(l, tag(l, roles(l, rules), cues), rules);
    }

    /**
     * The attributions of a layer as the shipped model gives them: its own spans combined with the rules' as
     * the cross-fitting on train chose (the model file's {@code combine} line).
     *
     * @param l the text
     * @param rules the rules' attributions of the same text (with learned cues when
     *     {@link #wantsLearnedCues()}), ordered by content start
     * @return the attributions, ordered by content start
     */
    public List<Found> apply(TextLayer l, List<Found> rules) {
        List<Found> out = combine(rules, find(l, rules), combine);
        return boundaries == null ? out : rescored(boundaries, l, out, combine);
    }

    /**
     * {@code found} with its content ends re-scored by {@code b}, then, with the combination bit
     * {@link #DROP_CONTAINED} in {@code mode}, without the contents a moved end now takes in.
     */
    static List<Found> rescored(BoundaryRescorer b, TextLayer l, List<Found> found, int mode) {
        List<Found> out = b.rescore(l, found);
        return (mode & DROP_CONTAINED) != 0 ? dropContained(out) : out;
    }

    /** The boundary re-scorer {@link #apply} uses, or null. */
    BoundaryRescorer boundaries() {
        return boundaries;
    }

    /** A blank boundary re-scorer over this model's vocabulary (for training). */
    BoundaryRescorer blankBoundaries() {
        return new BoundaryRescorer(words, new float[1 << BoundaryRescorer.BITS], 0f);
    }

    /** This model with other boundary re-scoring weights (null for none). */
    SpanTagger withBoundaries(float[] boundaryWeights, float boundaryThreshold) {
        return new SpanTagger(words, stems, w, trans, edge, provenance, combine, ruleCues, boundaryWeights,
                boundaryThreshold);
    }

    /**
     * Tells whether the rules' attributions given to {@link #apply} must come with the learned cue model on
     * (as the model was trained) or from the rules alone.
     *
     * @return true for the rules with {@link CueTagger#standard()}
     */
    public boolean wantsLearnedCues() {
        return ruleCues;
    }

    /** The combination {@link #apply} uses. */
    int combineMode() {
        return combine;
    }

    // ---------------------------------------------------------------- the model file

    /** Writes the model: provenance comments, vocabularies, transitions, then the non-zero weight rows. */
    String write() {
        StringBuilder sb = new StringBuilder(provenance);
        sb.append("combine\t").append(combine).append('\n');
        sb.append("rulecues\t").append(ruleCues).append('\n');
        if (boundaries != null) {
            sb.append("boundary\t").append(fmt(boundaries.threshold())).append('\n');
            float[] bw = boundaries.weights();
            for (int i = 0; i < bw.length; i++) {
                if (bw[i] != 0f) {
                    sb.append("bw\t").append(i).append('\t').append(fmt(bw[i])).append('\n');
                }
            }
        }
        for (int i = 0; i < words.size(); i++) {
            sb.append("word\t").append(words.word(i + 2)).append('\n');
        }
        for (int i = 0; i < stems.size(); i++) {
            sb.append("stem\t").append(stems.word(i + 2)).append('\n');
        }
        for (int p = 0; p <= TAGS; p++) {
            sb.append("trans\t").append(p == TAGS ? "<start>" : TAG_NAMES[p]);
            for (int y = 0; y < TAGS; y++) {
                sb.append('\t').append(fmt(trans[p * TAGS + y]));
            }
            sb.append('\n');
        }
        for (int c = 0; c < EDGE_CONTEXTS; c++) {
            for (int p = 0; p <= TAGS; p++) {
                int base = (c * (TAGS + 1) + p) * TAGS;
                boolean any = false;
                for (int y = 0; y < TAGS; y++) {
                    any |= edge[base + y] != 0f;
                }
                if (!any) {
                    continue;
                }
                sb.append("edge\t").append(c).append('\t').append(p == TAGS ? "<start>" : TAG_NAMES[p]);
                for (int y = 0; y < TAGS; y++) {
                    sb.append('\t').append(fmt(edge[base + y]));
                }
                sb.append('\n');
            }
        }
        int nw = words.size() + 2;
        for (int k = 0; k < K; k++) {
            for (int f = offset[k]; f < offset[k + 1]; f++) {
                boolean any = false;
                for (int y = 0; y < TAGS; y++) {
                    any |= w[f * TAGS + y] != 0f;
                }
                if (!any) {
                    continue;
                }
                int v = f - offset[k];
                sb.append(FEATURE_NAMES[k]).append('\t');
                switch (k) {
                    case F_W0, F_WM1, F_WP1, F_WM2, F_WP2 -> sb.append(word(words, v));
                    case F_L0, F_LM1, F_LP1 -> sb.append(word(stems, v));
                    case F_R0_W0, F_RM1_W0, F_R0_WP1 -> sb.append(v / nw).append('|').append(word(words, v % nw));
                    default -> sb.append(v);
                }
                for (int y = 0; y < TAGS; y++) {
                    sb.append('\t').append(fmt(w[f * TAGS + y]));
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    static String fmt(float v) {
        String s = String.format(Locale.ROOT, "%.1f", v);
        s = s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
        return s.equals("-0") ? "0" : s;
    }

    /**
     * Weights as the model file stores them: to a tenth (a perceptron's weights count updates, so a tenth is
     * fine), and rows whose largest weight is below {@code minRow} set to zero (too rare to matter; keeps the
     * file small). Decoding only compares sums, so this scale needs no normalising.
     */
    static float[] quantize(float[] w, float minRow) {
        float[] out = new float[w.length];
        for (int f = 0; f + TAGS <= w.length; f += TAGS) {
            float max = 0;
            for (int y = 0; y < TAGS; y++) {
                max = Math.max(max, Math.abs(w[f + y]));
            }
            if (max < minRow) {
                continue;
            }
            for (int y = 0; y < TAGS; y++) {
                out[f + y] = Float.parseFloat(fmt(w[f + y]));
            }
        }
        return out;
    }

    private static String word(CueTagger.Vocabulary v, int id) {
        return id == CueTagger.UNKNOWN ? "<unk>" : id == CueTagger.BOUNDARY ? "<s>" : v.word(id);
    }

    private static int parseWord(CueTagger.Vocabulary v, String s) {
        if (s.equals("<unk>")) {
            return CueTagger.UNKNOWN;
        }
        if (s.equals("<s>")) {
            return CueTagger.BOUNDARY;
        }
        int id = v.id(s);
        if (id == CueTagger.UNKNOWN) {
            throw new IllegalStateException("span model: feature word not in the vocabulary: " + s);
        }
        return id;
    }

    /** Reads a model written by {@link #write}. */
    static SpanTagger read(BufferedReader in) throws IOException {
        StringBuilder prov = new StringBuilder();
        List<String> wordList = new ArrayList<>();
        List<String> stemList = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        float[] trans = new float[(TAGS + 1) * TAGS];
        float[] edge = new float[EDGE_CONTEXTS * (TAGS + 1) * TAGS];
        List<String> tagNames = List.of(TAG_NAMES);
        int combine = MODEL;
        boolean ruleCues = false;
        float[] boundaryWeights = null;
        float boundaryThreshold = 0f;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.startsWith("#")) {
                prov.append(line).append('\n');
                continue;
            }
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "word" -> wordList.add(f[1]);
                case "stem" -> stemList.add(f[1]);
                case "combine" -> combine = Integer.parseInt(f[1]);
                case "rulecues" -> ruleCues = Boolean.parseBoolean(f[1]);
                case "boundary" -> {
                    boundaryThreshold = Float.parseFloat(f[1]);
                    boundaryWeights = new float[1 << BoundaryRescorer.BITS];
                }
                case "bw" -> {
                    int i = Integer.parseInt(f[1]);
                    if (boundaryWeights == null || i < 0 || i >= boundaryWeights.length || f.length != 3) {
                        throw new IllegalStateException("span model: bad line: " + line);
                    }
                    boundaryWeights[i] = Float.parseFloat(f[2]);
                }
                case "edge" -> {
                    int c = Integer.parseInt(f[1]);
                    int p = f[2].equals("<start>") ? TAGS : tagNames.indexOf(f[2]);
                    if (c < 0 || c >= EDGE_CONTEXTS || p < 0 || f.length != TAGS + 3) {
                        throw new IllegalStateException("span model: bad line: " + line);
                    }
                    for (int y = 0; y < TAGS; y++) {
                        edge[(c * (TAGS + 1) + p) * TAGS + y] = Float.parseFloat(f[3 + y]);
                    }
                }
                case "trans" -> {
                    int p = f[1].equals("<start>") ? TAGS : tagNames.indexOf(f[1]);
                    if (p < 0 || f.length != TAGS + 2) {
                        throw new IllegalStateException("span model: bad line: " + line);
                    }
                    for (int y = 0; y < TAGS; y++) {
                        trans[p * TAGS + y] = Float.parseFloat(f[2 + y]);
                    }
                }
                default -> rows.add(f);
            }
        }
        CueTagger.Vocabulary wv = new CueTagger.Vocabulary(wordList);
        CueTagger.Vocabulary sv = new CueTagger.Vocabulary(stemList);
        SpanTagger m = new SpanTagger(wv, sv, null, trans, edge, prov.toString(), combine, ruleCues, boundaryWeights,
                boundaryThreshold);
        List<String> names = List.of(FEATURE_NAMES);
        int nw = wordList.size() + 2;
        for (String[] f : rows) {
            int k = names.indexOf(f[0]);
            if (k < 0 || f.length != TAGS + 2) {
                throw new IllegalStateException("span model: bad line: " + String.join("\t", f));
            }
            int v = switch (k) {
                case F_W0, F_WM1, F_WP1, F_WM2, F_WP2 -> parseWord(wv, f[1]);
                case F_L0, F_LM1, F_LP1 -> parseWord(sv, f[1]);
                case F_R0_W0, F_RM1_W0, F_R0_WP1 -> {
                    int bar = f[1].indexOf('|');
                    yield Integer.parseInt(f[1].substring(0, bar)) * nw + parseWord(wv, f[1].substring(bar + 1));
                }
                default -> Integer.parseInt(f[1]);
            };
            int idx = m.offset[k] + v;
            if (v < 0 || idx >= m.offset[k + 1]) {
                throw new IllegalStateException("span model: value out of range: " + String.join("\t", f));
            }
            for (int y = 0; y < TAGS; y++) {
                m.w[idx * TAGS + y] = Float.parseFloat(f[2 + y]);
            }
        }
        return m;
    }
}
