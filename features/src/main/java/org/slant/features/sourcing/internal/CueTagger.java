package org.slant.features.sourcing.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slant.features.text.TextLayer;

/**
 * A learned token classifier: the probability that a token belongs to an attribution cue ("said",
 * "hopes", "support of", "known as"), from a logistic model over cheap local features (the word and a
 * suffix-stripped stem, two neighbours each side, quote marks, commas, colons and "that" nearby, the
 * sentence position, capitalisation before, membership of the rules' report-verb lexicon). Trained by
 * {@link CueTrainer} on PolNeAR train; the model ships as weights plus the vocabulary of words seen in at
 * least {@link CueTrainer#MIN_DOCS} training articles, so no sentence of the corpus is stored.
 *
 * <p>Immutable and thread-safe. Scoring builds no string per token: words are looked up by their characters.
 */
public final class CueTagger {

    /** The model shipped with Slant. */
    static final String RESOURCE = "/org/slant/features/sourcing/cue-model.tsv";

    // Feature templates; a feature is (template, first id, second id) packed into one long key.
    static final int T_BIAS = 0;
    static final int T_W0 = 1;
    static final int T_L0 = 2;
    static final int T_WM1 = 3;
    static final int T_WM2 = 4;
    static final int T_WP1 = 5;
    static final int T_WP2 = 6;
    static final int T_W0_WP1 = 7;
    static final int T_WM1_W0 = 8;
    static final int T_L0_WP1 = 9;
    static final int T_SUF = 10;
    static final int T_SUF_WP1 = 11;
    static final int T_SHAPE = 12;
    static final int T_QUOTE = 13;
    static final int T_PUNCT = 14;
    static final int T_POS = 15;
    static final int T_LEX = 16;
    static final int T_LEX_WP1 = 17;
    static final int T_LM1 = 18;
    static final int T_SHAPE_L0 = 19;
    static final int TEMPLATES = 20;
    /** Template names as written in the model file. */
    static final String[] NAMES = {"bias", "w0", "l0", "w-1", "w-2", "w+1", "w+2", "w0|w+1", "w-1|w0",
        "l0|w+1", "suf", "suf|w+1", "shape", "quote", "punct", "pos", "lex", "lex|w+1", "l-1", "shape|l0"};
    /** What each id slot of a template holds: 'w' a word, 'l' a stem, 'n' a number, '-' nothing. */
    static final String[] SLOTS = {"--", "w-", "l-", "w-", "w-", "w-", "w-", "ww", "ww", "lw", "n-", "nw",
        "n-", "n-", "n-", "n-", "n-", "nw", "l-", "nl"};
    /** Features per token, at most. */
    static final int MAX_FEATURES = TEMPLATES;

    /** Id of a word or stem outside the vocabulary. */
    static final int UNKNOWN = 0;
    /** Id of the position before the sentence start or after its end. */
    static final int BOUNDARY = 1;

    private final Vocabulary words;
    private final Vocabulary stems;
    private final LongFloatMap weights;
    private final float[] wordWeights;
    private final float[] stemWeights;
    private final double threshold;
    private final double veto;
    private final String provenance;

    private final boolean[] heads;

    CueTagger(Vocabulary words, Vocabulary stems, LongFloatMap all, boolean[] heads, double threshold, double veto,
            String provenance) {
        if (heads.length != words.size() + 2) {
            throw new IllegalArgumentException("one head flag per word id expected");
        }
        this.heads = heads.clone();
        this.words = words;
        for (int i = 0; i < words.size(); i++) {
            if (heads[i + 2]) {
                int x = words.word(i + 2).hashCode() * 0x9E3779B9;
                int bit = x >>> (32 - HEAD_FILTER_BITS);
                headFilter[bit >>> 6] |= 1L << bit;
            }
        }
        this.stems = stems;
        this.wordWeights = new float[(words.size() + 2) * WORD_SLOTS];
        this.stemWeights = new float[(stems.size() + 2) * STEM_SLOTS];
        this.weights = new LongFloatMap(all.size());
        for (long k : all.sortedKeys()) {
            int template = (int) (k >>> 56) - 1;
            int slot = DENSE_SLOT[template];
            int id = (int) (k >>> 28) & 0xFFFFFFF;
            if (slot < 0) {
                weights.put(k, all.get(k));
            } else if (slot < WORD_SLOTS) {
                wordWeights[id * WORD_SLOTS + slot] = all.get(k);
            } else {
                stemWeights[id * STEM_SLOTS + slot - WORD_SLOTS] = all.get(k);
            }
        }
        this.threshold = threshold;
        this.veto = veto;
        this.provenance = provenance;
    }

    /** The model shipped with Slant; loaded once. */
    public static CueTagger standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final CueTagger STANDARD = loadModel(RESOURCE, "cue", CueTagger::read);
    }

    /** Reads a model from its text form. */
    @FunctionalInterface
    interface ModelReader<T> {
        T read(BufferedReader in) throws IOException;
    }

    /**
     * Reads the {@code what} model shipped as the absolute class-path resource {@code resource}.
     *
     * @throws IllegalStateException if the resource is missing
     * @throws UncheckedIOException if it cannot be read
     */
    static <T> T loadModel(String resource, String what, ModelReader<T> reader) {
        try (InputStream in = CueTagger.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(what + " model resource missing: " + resource);
            }
            return reader.read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * Whether token {@code t} is a word that heads cues often enough in training to be scored as a head: a
     * cheap gate, since most words never head a cue.
     */
    public boolean mayHead(TextLayer l, int t) {
        String w = l.tokenLower(t);
        int h = w.hashCode();
        // a bit per hash first: an L1-resident filter that turns most words away without a table look-up
        int x = h * 0x9E3779B9;
        int bit = x >>> (32 - HEAD_FILTER_BITS);
        return (headFilter[bit >>> 6] & 1L << bit) != 0 && heads[words.id(w)];
    }

    private static final int HEAD_FILTER_BITS = 16;
    private final long[] headFilter = new long[1 << (HEAD_FILTER_BITS - 6)];

    /** This model with another threshold. */
    CueTagger withThreshold(double t) {
        return new CueTagger(this, t);
    }

    private CueTagger(CueTagger m, double t) {
        words = m.words;
        stems = m.stems;
        weights = m.weights;
        wordWeights = m.wordWeights;
        stemWeights = m.stemWeights;
        heads = m.heads;
        System.arraycopy(m.headFilter, 0, headFilter, 0, headFilter.length);
        threshold = t;
        veto = m.veto;
        provenance = m.provenance;
    }

    /** The probability above which a token counts as a cue (picked by cross-validation on train). */
    public double threshold() {
        return threshold;
    }

    /**
     * The probability below which a rule attribution's cue is dropped as no cue (0: never), picked by
     * cross-validation on train like the threshold.
     */
    public double veto() {
        return veto;
    }

    /** The model's provenance header lines (data, trainer, options, counts). */
    public String provenance() {
        return provenance;
    }

    /**
     * Cue probabilities of the tokens {@code [from, to)} of one sentence, into {@code out[t - from]}; non-word
     * tokens get 0. {@code scratch} must hold at least {@code 2 * (to - from)} ints.
     */
    public void score(TextLayer l, int from, int to, double[] out, int[] scratch) {
        ids(l, from, to, scratch);
        long[] keys = new long[MAX_FEATURES];
        for (int t = from; t < to; t++) {
            out[t - from] = score(l, from, to, t, scratch, keys);
        }
    }

    /**
     * The cue probability of token {@code t} of the sentence {@code [a, b)}, 0 for a non-word; {@code ids}
     * as filled by {@link #ids}, {@code keys} scratch of {@link #MAX_FEATURES} longs.
     */
    double score(TextLayer l, int a, int b, int t, int[] ids, long[] keys) {
        if (!l.isWord(t)) {
            return 0;
        }
        int m = features(l, a, b, t, ids, b - a, keys);
        double s = 0;
        for (int f = 0; f < m; f++) {
            long k = keys[f];
            int template = (int) (k >>> 56) - 1;
            int slot = DENSE_SLOT[template];
            // word and stem features from small dense tables: the hash table is the slow, cache-missing part
            if (slot >= 0) {
                int id = (int) (k >>> 28) & 0xFFFFFFF;
                s += slot < WORD_SLOTS ? wordWeights[id * WORD_SLOTS + slot]
                        : stemWeights[id * STEM_SLOTS + slot - WORD_SLOTS];
            } else {
                s += weights.get(k);
            }
        }
        return 1 / (1 + Math.exp(-s));
    }

    /** Dense slot of each single-word template (words 0-4, stems 5-6), -1 for the hashed ones. */
    private static final int[] DENSE_SLOT = new int[TEMPLATES];
    private static final int WORD_SLOTS = 5;
    private static final int STEM_SLOTS = 2;

    static {
        java.util.Arrays.fill(DENSE_SLOT, -1);
        DENSE_SLOT[T_W0] = 0;
        DENSE_SLOT[T_WM1] = 1;
        DENSE_SLOT[T_WM2] = 2;
        DENSE_SLOT[T_WP1] = 3;
        DENSE_SLOT[T_WP2] = 4;
        DENSE_SLOT[T_L0] = 5;
        DENSE_SLOT[T_LM1] = 6;
    }

    /** Word ids into {@code ids[0, n)} and stem ids into {@code ids[n, 2n)} for the tokens {@code [from, to)}. */
    void ids(TextLayer l, int from, int to, int[] ids) {
        int n = to - from;
        for (int t = from; t < to; t++) {
            ids[t - from] = wordId(l, t);
            ids[n + t - from] = stemId(l, t);
        }
    }

    /**
     * Fills, where still -1, the ids that {@link #features} reads for token {@code t} of the sentence
     * {@code [a, b)}: so a caller that scores few tokens looks up few words.
     */
    void idsAround(TextLayer l, int a, int b, int t, int[] ids) {
        int n = b - a;
        for (int u = Math.max(a, t - 2); u < b && u <= t + 2; u++) {
            if (ids[u - a] < 0) {
                ids[u - a] = wordId(l, u);
            }
        }
        for (int u = Math.max(a, t - 1); u <= t; u++) {
            if (ids[n + u - a] < 0) {
                ids[n + u - a] = stemId(l, u);
            }
        }
    }

    private int wordId(TextLayer l, int t) {
        return words.id(l.tokenLower(t)); // the layer's shared string, whose hash is cached
    }

    private int stemId(TextLayer l, int t) {
        int s = l.tokenStart(t);
        return stems.id(l, s, stemLength(l, s, l.tokenEnd(t) - s));
    }

    /**
     * Length of the stem of the lower-cased word at {@code [s, s + len)}: "-ing", "-ed" or a plural "-s"
     * removed, then a final "e", so "hope", "hopes", "hoped" and "hoping" share "hop". A prefix, so no
     * string is built.
     */
    static int stemLength(TextLayer l, int s, int len) {
        int n = len;
        if (n > 5 && endsWith(l, s, n, "ing")) {
            n -= 3;
        } else if (n > 4 && endsWith(l, s, n, "ed")) {
            n -= 2;
        } else if (n > 3 && l.lowerAt(s + n - 1) == 's' && l.lowerAt(s + n - 2) != 's') {
            n -= 1;
        }
        if (n > 3 && l.lowerAt(s + n - 1) == 'e') {
            n -= 1;
        }
        return n;
    }

    /** {@link #stemLength(TextLayer, int, int)} of a lower-cased word given as a string. */
    static int stemLength(String w) {
        int n = w.length();
        if (n > 5 && w.endsWith("ing")) {
            n -= 3;
        } else if (n > 4 && w.endsWith("ed")) {
            n -= 2;
        } else if (n > 3 && w.charAt(n - 1) == 's' && w.charAt(n - 2) != 's') {
            n -= 1;
        }
        if (n > 3 && w.charAt(n - 1) == 'e') {
            n -= 1;
        }
        return n;
    }

    private static boolean endsWith(TextLayer l, int s, int n, String suffix) {
        int k = suffix.length();
        for (int i = 0; i < k; i++) {
            if (l.lowerAt(s + n - k + i) != suffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int suffixClass(TextLayer l, int t) {
        int s = l.tokenStart(t);
        int n = l.tokenEnd(t) - s;
        if (n > 4 && endsWith(l, s, n, "ing")) {
            return 1;
        }
        if (n > 3 && endsWith(l, s, n, "ed")) {
            return 2;
        }
        if (n > 3 && endsWith(l, s, n, "ly")) {
            return 3;
        }
        if (n > 4 && endsWith(l, s, n, "ion")) {
            return 4;
        }
        if (n > 2 && endsWith(l, s, n, "s")) {
            return 5;
        }
        return 0;
    }

    private static long key(int template, int id1, int id2) {
        return (long) (template + 1) << 56 | (long) id1 << 28 | id2;
    }

    private static boolean isQuoteMark(TextLayer l, int t) {
        char c = l.text().charAt(l.tokenStart(t));
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019' || c == '\''
                || c == '\u00AB' || c == '\u00BB';
    }

    private static int bucket(int d) {
        return d <= 2 ? d : d <= 5 ? 3 : d <= 10 ? 4 : 5;
    }

    /**
     * The feature keys of token {@code t} of the sentence {@code [a, b)} into {@code keys}; returns their
     * number. {@code ids} holds the word ids of the sentence then, from {@code n}, its stem ids.
     */
    static int features(TextLayer l, int a, int b, int t, int[] ids, int n, long[] keys) {
        int i = t - a;
        int w0 = ids[i];
        int l0 = ids[n + i];
        int wm1 = i >= 1 ? ids[i - 1] : BOUNDARY;
        int wm2 = i >= 2 ? ids[i - 2] : BOUNDARY;
        int lm1 = i >= 1 ? ids[n + i - 1] : BOUNDARY;
        int wp1 = i + 1 < n ? ids[i + 1] : BOUNDARY;
        int wp2 = i + 2 < n ? ids[i + 2] : BOUNDARY;
        int suf = suffixClass(l, t);
        int shape = (l.isCapitalized(t) ? 1 : 0) | (t > a && l.isCapitalized(t - 1) && l.isWord(t - 1) ? 2 : 0)
                | (t - 1 > a && l.isCapitalized(t - 2) && l.isWord(t - 2) ? 4 : 0) | (t == a ? 8 : 0);
        int quote = (l.inQuote(l.tokenStart(t)) ? 1 : 0) | (t > a && isQuoteMark(l, t - 1) ? 2 : 0)
                | (t + 1 < b && isQuoteMark(l, t + 1) ? 4 : 0) | (t - 1 > a && isQuoteMark(l, t - 2) ? 8 : 0);
        int punct = (t > a && l.tokenIs(t - 1, ",") ? 1 : 0) | (t + 1 < b && l.tokenIs(t + 1, ",") ? 2 : 0)
                | (t + 1 < b && l.tokenIs(t + 1, "that") ? 4 : 0);
        for (int k = t + 1; k < b && k <= t + 3; k++) {
            punct |= l.tokenIs(k, ":") ? 8 : 0;
            punct |= k > t + 1 && l.tokenIs(k, "that") ? 16 : 0;
        }
        int pos = bucket(t - a) * 8 + bucket(b - 1 - t);
        int lex = 0;
        String w = l.tokenLower(t); // the layer builds these strings once and shares them
        Words.Cue cue = Words.CUES.get(w);
        if (cue != null) {
            lex = 1 + cue.flags();
        } else if (Words.NOUN_CUES.containsKey(w)) {
            lex = 1000;
        } else if (Words.SEEM.contains(w)) {
            lex = 1001;
        }
        int m = 0;
        keys[m++] = key(T_BIAS, 0, 0);
        keys[m++] = key(T_W0, w0, 0);
        keys[m++] = key(T_L0, l0, 0);
        keys[m++] = key(T_WM1, wm1, 0);
        keys[m++] = key(T_WM2, wm2, 0);
        keys[m++] = key(T_WP1, wp1, 0);
        keys[m++] = key(T_WP2, wp2, 0);
        keys[m++] = key(T_W0_WP1, w0, wp1);
        keys[m++] = key(T_WM1_W0, wm1, w0);
        keys[m++] = key(T_L0_WP1, l0, wp1);
        keys[m++] = key(T_SUF, suf, 0);
        keys[m++] = key(T_SUF_WP1, suf, wp1);
        keys[m++] = key(T_SHAPE, shape, 0);
        keys[m++] = key(T_QUOTE, quote, 0);
        keys[m++] = key(T_PUNCT, punct, 0);
        keys[m++] = key(T_POS, pos, 0);
        keys[m++] = key(T_LEX, lex, 0);
        keys[m++] = key(T_LEX_WP1, lex, wp1);
        keys[m++] = key(T_LM1, lm1, 0);
        keys[m++] = key(T_SHAPE_L0, shape & 3, l0);
        return m;
    }

    // ---------------------------------------------------------------- the model file

    /** Writes the model: provenance comments, threshold, vocabularies, then the non-zero weights. */
    static String write(String provenance, double threshold, double veto, List<String> wordList,
            List<String> stemList, boolean[] heads, LongFloatMap w) {
        StringBuilder sb = new StringBuilder(provenance);
        sb.append("threshold\t").append(String.format(Locale.ROOT, "%.3f", threshold)).append('\n');
        sb.append("veto\t").append(String.format(Locale.ROOT, "%.3f", veto)).append('\n');
        for (int i = 0; i < wordList.size(); i++) {
            sb.append(heads[i + 2] ? "head\t" : "word\t").append(wordList.get(i)).append('\n');
        }
        for (String s : stemList) {
            sb.append("stem\t").append(s).append('\n');
        }
        long[] keys = w.sortedKeys();
        for (long k : keys) {
            float v = w.get(k);
            if (v == 0f) {
                continue;
            }
            int template = (int) (k >>> 56) - 1;
            int id1 = (int) (k >>> 28) & 0xFFFFFFF;
            int id2 = (int) k & 0xFFFFFFF;
            sb.append(NAMES[template]).append('\t').append(slot(SLOTS[template].charAt(0), id1, wordList, stemList))
                    .append('\t').append(slot(SLOTS[template].charAt(1), id2, wordList, stemList)).append('\t')
                    .append(String.format(Locale.ROOT, "%.4f", v)).append('\n');
        }
        return sb.toString();
    }

    private static String slot(char kind, int id, List<String> wordList, List<String> stemList) {
        if (kind == '-' || kind == 'n') {
            return Integer.toString(id);
        }
        List<String> list = kind == 'w' ? wordList : stemList;
        return id == UNKNOWN ? "<unk>" : id == BOUNDARY ? "<s>" : list.get(id - 2);
    }

    private static int parseSlot(char kind, String s, Vocabulary wordVocab, Vocabulary stemVocab) {
        if (kind == '-' || kind == 'n') {
            return Integer.parseInt(s);
        }
        if (s.equals("<unk>")) {
            return UNKNOWN;
        }
        if (s.equals("<s>")) {
            return BOUNDARY;
        }
        int id = (kind == 'w' ? wordVocab : stemVocab).id(s);
        if (id == UNKNOWN) {
            throw new IllegalStateException("cue model: feature word not in the vocabulary: " + s);
        }
        return id;
    }

    /** Reads a model written by {@link #write}. */
    static CueTagger read(BufferedReader in) throws IOException {
        StringBuilder prov = new StringBuilder();
        List<String> wordList = new ArrayList<>();
        List<String> stemList = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        List<Integer> headIds = new ArrayList<>();
        double threshold = 0.5;
        double veto = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.startsWith("#")) {
                prov.append(line).append('\n');
                continue;
            }
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "threshold" -> threshold = Double.parseDouble(f[1]);
                case "veto" -> veto = Double.parseDouble(f[1]);
                case "word" -> wordList.add(f[1]);
                case "head" -> {
                    headIds.add(wordList.size() + 2);
                    wordList.add(f[1]);
                }
                case "stem" -> stemList.add(f[1]);
                default -> rows.add(f);
            }
        }
        Vocabulary wv = new Vocabulary(wordList);
        Vocabulary sv = new Vocabulary(stemList);
        LongFloatMap w = new LongFloatMap(rows.size());
        List<String> names = List.of(NAMES);
        for (String[] f : rows) {
            int template = names.indexOf(f[0]);
            if (template < 0 || f.length != 4) {
                throw new IllegalStateException("cue model: bad line: " + String.join("\t", f));
            }
            int id1 = parseSlot(SLOTS[template].charAt(0), f[1], wv, sv);
            int id2 = parseSlot(SLOTS[template].charAt(1), f[2], wv, sv);
            w.put(key(template, id1, id2), Float.parseFloat(f[3]));
        }
        boolean[] heads = new boolean[wordList.size() + 2];
        for (int id : headIds) {
            heads[id] = true;
        }
        return new CueTagger(wv, sv, w, heads, threshold, veto, prov.toString());
    }

    // ---------------------------------------------------------------- small tables without per-token strings

    /**
     * Lower-case words with ids from 2 (0 unknown, 1 boundary), looked up by the characters of a text layer
     * so that no string is made per token.
     */
    static final class Vocabulary {
        private final String[] keys;
        private final int[] hashes;
        private final int[] ids;
        private final int mask;

        Vocabulary(List<String> words) {
            int cap = Integer.highestOneBit(Math.max(4, words.size() * 3)) << 1;
            keys = new String[cap];
            hashes = new int[cap];
            ids = new int[cap];
            mask = cap - 1;
            for (int i = 0; i < words.size(); i++) {
                String w = words.get(i);
                int h = w.hashCode();
                int s = slot(h);
                while (keys[s] != null) {
                    s = (s + 1) & mask;
                }
                keys[s] = w;
                hashes[s] = h;
                ids[s] = i + 2;
            }
            size = words.size();
            byId = words.toArray(new String[0]);
        }

        private int size;
        private String[] byId;

        int size() {
            return size;
        }

        /** The word of an id from 2. */
        String word(int id) {
            return byId[id - 2];
        }

        private int slot(int h) {
            int x = h * 0x9E3779B9;
            return (x ^ (x >>> 16)) & mask;
        }

        int id(String w) {
            int h = w.hashCode();
            for (int s = slot(h); keys[s] != null; s = (s + 1) & mask) {
                if (hashes[s] == h && keys[s].equals(w)) {
                    return ids[s];
                }
            }
            return UNKNOWN;
        }

        /** Id of the lower-cased characters {@code [start, start + len)} of the layer. */
        int id(TextLayer l, int start, int len) {
            int h = 0;
            for (int k = 0; k < len; k++) {
                h = 31 * h + l.lowerAt(start + k);
            }
            for (int s = slot(h); keys[s] != null; s = (s + 1) & mask) {
                if (hashes[s] == h && keys[s].length() == len && l.regionIs(start, keys[s])) {
                    return ids[s];
                }
            }
            return UNKNOWN;
        }
    }

    /**
     * An open-addressing map from non-zero long keys to float weights (0 when absent); key and value share
     * one array so that a lookup touches one cache line.
     */
    static final class LongFloatMap {
        private long[] slots;
        private int size;

        LongFloatMap(int expected) {
            int cap = Integer.highestOneBit(Math.max(8, expected * 2)) << 1;
            slots = new long[2 * cap];
        }

        int size() {
            return size;
        }

        private int slot(long k) {
            long x = k * 0x9E3779B97F4A7C15L;
            return (int) (x ^ (x >>> 32)) & (slots.length / 2 - 1);
        }

        float get(long k) {
            int mask = slots.length / 2 - 1;
            for (int s = slot(k); slots[2 * s] != 0; s = (s + 1) & mask) {
                if (slots[2 * s] == k) {
                    return Float.intBitsToFloat((int) slots[2 * s + 1]);
                }
            }
            return 0f;
        }

        void put(long k, float v) {
            if (k == 0) {
                throw new IllegalArgumentException("key 0 is reserved");
            }
            if (4 * (size + 1) > slots.length) {
                grow();
            }
            int mask = slots.length / 2 - 1;
            int s = slot(k);
            while (slots[2 * s] != 0 && slots[2 * s] != k) {
                s = (s + 1) & mask;
            }
            if (slots[2 * s] == 0) {
                slots[2 * s] = k;
                size++;
            }
            slots[2 * s + 1] = Float.floatToIntBits(v);
        }

        private void grow() {
            long[] old = slots;
            slots = new long[old.length * 2];
            size = 0;
            for (int i = 0; i < old.length; i += 2) {
                if (old[i] != 0) {
                    put(old[i], Float.intBitsToFloat((int) old[i + 1]));
                }
            }
        }

        long[] sortedKeys() {
            long[] out = new long[size];
            int n = 0;
            for (int i = 0; i < slots.length; i += 2) {
                if (slots[i] != 0) {
                    out[n++] = slots[i];
                }
            }
            java.util.Arrays.sort(out);
            return out;
        }
    }
}
