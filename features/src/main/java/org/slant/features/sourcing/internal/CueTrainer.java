package org.slant.features.sourcing.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.slant.features.sourcing.ActorRegistry;
import org.slant.features.sourcing.Attribution;
import org.slant.features.sourcing.Span;
import org.slant.features.text.Sentence;
import org.slant.features.text.TextLayer;

/**
 * Retrains {@link CueTagger} from a PolNeAR compartment (DIR/text/*.txt and DIR/attributions/*.ann in brat
 * format; of double-annotated articles the lexicographically first annotator's file, as the scorer does).
 * Every word token is an example, positive when it lies inside the cue span of a gold attribution that has
 * content; logistic regression fitted by AdaGrad with L2, averaged over epochs, in a seeded order.
 * Writes only weights and the vocabulary of words seen in at least {@link #MIN_DOCS} articles.
 *
 * <pre>java -cp slant.jar org.slant.features.sourcing.internal.CueTrainer DIR OUT.tsv
 * java -cp slant.jar org.slant.features.sourcing.internal.CueTrainer DIR cv OUT_PREFIX T1 T2 ...</pre>
 * {@code cv} fits one model per fold of articles ({@link #FOLDS} folds) and writes, for every threshold,
 * cross-fitted attribution predictions of all articles in the scorer's format to OUT_PREFIX-T.jsonl (each
 * article predicted by the model fitted on the other folds), and prints token-level precision and recall.
 * The options below may be overridden by {@code -Dcue.*} system properties for experiments; the shipped model
 * is trained with the defaults (eval/train-cues.sh), which were chosen by that cross-fitting on train.
 */
public final class CueTrainer {

    /** The seed of the example order. */
    static final long DEFAULT_SEED = 20161108L;
    /** A word joins the vocabulary when it occurs in at least this many training articles. */
    static final int MIN_DOCS = 5;

    /** Share of capitalised occurrences (not sentence-initial) from which a word counts as a name. */
    static final double NAME_SHARE = 0.8;
    /** A feature is kept when at least this many training tokens have it. */
    static final int MIN_COUNT = Integer.getInteger("cue.minCount", 5);
    /** Weights closer to zero than this are not written. */
    static final float MIN_WEIGHT = Float.parseFloat(System.getProperty("cue.minWeight", "0.005"));
    /** Cross-fitting folds, by article index. */
    static final int FOLDS = 5;
    /** A word may head a learned cue when at least this many of its training tokens lie in gold cues ... */
    static final int HEAD_MIN = Integer.getInteger("cue.headMin", 3);
    /** ... and at least this share of them. */
    static final double HEAD_RATIO = Double.parseDouble(System.getProperty("cue.headRatio", "0.2"));
    /** Passes over the shuffled examples; the weights are averaged over their ends. */
    static final int EPOCHS = Integer.getInteger("cue.epochs", 6);
    /** AdaGrad learning rate. */
    static final double RATE = Double.parseDouble(System.getProperty("cue.rate", "0.1"));
    /** L2 penalty per update. */
    static final double L2 = Double.parseDouble(System.getProperty("cue.l2", "1e-6"));
    /**
     * The probability threshold written into the model: chosen by the content F1@0.5 of cross-fitted
     * predictions on train (see {@code cv}), never on dev.
     */
    static final double THRESHOLD = Double.parseDouble(System.getProperty("cue.threshold", "0.3"));

    /**
     * Rule attributions whose cue scores below this are dropped (0: never). Off: 0.1 gained only 0.0009
     * cross-fitted F1@0.5 on train for about 35 us per article.
     */
    static final double VETO = Double.parseDouble(System.getProperty("cue.veto", "0"));

    private CueTrainer() {
    }

    /** Examples at a fixed stride of {@link CueTagger#MAX_FEATURES} feature indices each. */
    private static final class Data {
        final List<Long> featureKeys = new ArrayList<>();
        final Map<Long, Integer> index = new HashMap<>();
        int[] feats = new int[1 << 20];
        boolean[] label = new boolean[1 << 16];
        int[] doc = new int[1 << 16];
        int[] w0 = new int[1 << 16];
        int n;

        /** Drops the features of fewer than {@link #MIN_COUNT} examples: few weights, nothing memorised. */
        void dropRare() {
            int[] count = new int[featureKeys.size()];
            for (int i = 0; i < n * CueTagger.MAX_FEATURES; i++) {
                if (feats[i] >= 0) {
                    count[feats[i]]++;
                }
            }
            for (int i = 0; i < n * CueTagger.MAX_FEATURES; i++) {
                if (feats[i] >= 0 && count[feats[i]] < MIN_COUNT) {
                    feats[i] = -1;
                }
            }
            for (int c : count) {
                kept += c >= MIN_COUNT ? 1 : 0;
            }
        }

        int kept;

        void add(long[] keys, int m, boolean y, int d) {
            if ((n + 1) * CueTagger.MAX_FEATURES > feats.length) {
                feats = java.util.Arrays.copyOf(feats, feats.length * 2);
            }
            if (n + 1 > label.length) {
                label = java.util.Arrays.copyOf(label, label.length * 2);
                doc = java.util.Arrays.copyOf(doc, doc.length * 2);
                w0 = java.util.Arrays.copyOf(w0, w0.length * 2);
            }
            w0[n] = (int) (keys[1] >>> 28) & 0xFFFFFFF; // keys[1] is the w0 feature: its first id is the word's
            for (int f = 0; f < CueTagger.MAX_FEATURES; f++) {
                int idx = -1;
                if (f < m) {
                    Integer i = index.get(keys[f]);
                    if (i == null) {
                        i = featureKeys.size();
                        index.put(keys[f], i);
                        featureKeys.add(keys[f]);
                    }
                    idx = i;
                }
                feats[n * CueTagger.MAX_FEATURES + f] = idx;
            }
            label[n] = y;
            doc[n] = d;
            n++;
        }
    }

    /**
     * Trains on a PolNeAR compartment; see the class comment for the arguments.
     *
     * @throws IOException when the data cannot be read or the model written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args[1].equals("cv") && args.length < 4) {
            System.err.println("usage: CueTrainer POLNEAR_TRAIN_DIR OUT.tsv | POLNEAR_TRAIN_DIR cv OUT_PREFIX T...");
            System.exit(2);
        }
        TrainSplit split = TrainSplit.read(Path.of(args[0]));
        List<String> stems = split.stems();
        List<TextLayer> layers = split.layers();
        List<List<int[]>> cues = new ArrayList<>();
        int goldCues = 0;
        for (String ann : split.annotations()) {
            List<int[]> c = BratAnnotations.cues(ann);
            goldCues += c.size();
            cues.add(c);
        }
        Prepared p = prepare(layers, cues);
        List<String> wordList = p.wordList();
        List<String> stemList = p.stemList();
        CueTagger.Vocabulary wv = p.wv();
        CueTagger.Vocabulary sv = p.sv();
        Data data = p.data();
        boolean[] heads = p.heads();
        int headCount = 0;
        for (boolean h : heads) {
            headCount += h ? 1 : 0;
        }
        int positives = 0;
        for (int i = 0; i < data.n; i++) {
            positives += data.label[i] ? 1 : 0;
        }
        System.err.printf(Locale.ROOT, "%d articles, %d gold cues, %d word tokens (%d in cues), %d words (%d heads),"
                + " %d stems, %d features%n", layers.size(), goldCues, data.n, positives, wordList.size(), headCount,
                stemList.size(), data.kept);
        if (args[1].equals("cv")) {
            crossFit(data, layers, stems, wv, sv, heads, args);
            return;
        }
        float[] w = fit(data, -1, DEFAULT_SEED);
        String prov = "# Slant attribution-cue tagger: logistic regression over local token features, see CueTagger.java\n"
                + "# trainer: org.slant.features.sourcing.internal.CueTrainer (AdaGrad rate " + RATE + ", L2 " + L2
                + ", epochs " + EPOCHS + ", averaged, seed " + DEFAULT_SEED + "; threshold and veto by 5-fold"
                + " cross-fitted content F1@0.5 on train)\n"
                + "# features: " + String.join(" ", CueTagger.NAMES) + "; words and stems of >= " + MIN_DOCS
                + " training articles only, names (capitalised in >= " + NAME_SHARE + " of non-initial uses) left out; heads: words inside >= " + HEAD_MIN + " gold cue tokens and >= "
                + HEAD_RATIO + " of their tokens; features of >= " + MIN_COUNT + " tokens, |weight| >= " + MIN_WEIGHT + "\n"
                + "# data: PolNeAR v1.0.0 train compartment, " + layers.size() + " articles, " + data.n
                + " word tokens, " + positives + " inside " + goldCues + " gold cues; SHA-256 of texts+annotations"
                + " in name order " + split.sha256() + "\n"
                + "# only learned weights and common words, no corpus text; retrain: eval/train-cues.sh\n";
        Files.writeString(Path.of(args[1]), CueTagger.write(prov, THRESHOLD, VETO, wordList, stemList,
                heads, weights(data, w)), StandardCharsets.UTF_8);
    }

    /** The training examples of some articles and what they were built with. */
    private record Prepared(List<String> wordList, List<String> stemList, CueTagger.Vocabulary wv,
            CueTagger.Vocabulary sv, Data data, boolean[] heads) {
    }

    /** The vocabularies, examples (rare features dropped) and cue heads of these articles and gold cues. */
    private static Prepared prepare(List<TextLayer> layers, List<List<int[]>> cues) {
        List<String> wordList = vocabulary(layers, false);
        List<String> stemList = vocabulary(layers, true);
        CueTagger.Vocabulary wv = new CueTagger.Vocabulary(wordList);
        CueTagger.Vocabulary sv = new CueTagger.Vocabulary(stemList);
        CueTagger blank = new CueTagger(wv, sv, new CueTagger.LongFloatMap(8), new boolean[wordList.size() + 2],
                0.5, 0, "");
        Data data = new Data();
        for (int d = 0; d < layers.size(); d++) {
            examples(blank, layers.get(d), cues.get(d), d, data);
        }
        data.dropRare();
        return new Prepared(wordList, stemList, wv, sv, data, heads(data, wordList.size() + 2));
    }

    /**
     * The PolNeAR train split as both trainers read it: articles with an annotation file, in name order.
     *
     * @param stems the article names
     * @param layers each article's text layer
     * @param annotations each article's first annotator's {@code .ann} text
     * @param sha256 SHA-256 over every text and then its annotation, in name order, for the model's provenance
     */
    record TrainSplit(List<String> stems, List<TextLayer> layers, List<String> annotations, String sha256) {

        /** Reads {@code dir}'s {@code text/} and {@code attributions/}. */
        static TrainSplit read(Path dir) throws IOException {
            TreeMap<String, Path> anns = CueTrainer.annotations(dir);
            List<TextLayer> layers = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            MessageDigest sha;
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            for (Map.Entry<String, Path> e : anns.entrySet()) {
                byte[] raw = Files.readAllBytes(dir.resolve("text").resolve(e.getKey() + ".txt"));
                byte[] ann = Files.readAllBytes(e.getValue());
                sha.update(raw);
                sha.update(ann);
                layers.add(TextLayer.of(new String(raw, StandardCharsets.UTF_8)));
                texts.add(new String(ann, StandardCharsets.UTF_8));
            }
            return new TrainSplit(new ArrayList<>(anns.keySet()), layers, texts, HexFormat.of().formatHex(sha.digest()));
        }
    }

    /**
     * For stacking: the attributions of every article as the rules find them with a cue model fitted without
     * the article's fold ({@link #FOLDS} folds by article index, the shipped options), so that a model
     * trained on them learns how far to trust the cue model on unseen text.
     */
    static List<List<Found>> crossFittedFinds(List<TextLayer> layers, List<List<int[]>> cues) {
        return crossFittedFinds(layers, cues, null);
    }

    /**
     * {@link #crossFittedFinds(List, List)}, also putting into {@code taggers} (when not null) the cue model
     * each article was found with, the one fitted without its fold.
     */
    static List<List<Found>> crossFittedFinds(List<TextLayer> layers, List<List<int[]>> cues,
            List<CueTagger> taggers) {
        Prepared p = prepare(layers, cues);
        CueTagger.Vocabulary wv = p.wv();
        CueTagger.Vocabulary sv = p.sv();
        Data data = p.data();
        boolean[] heads = p.heads();
        List<List<Found>> out = new ArrayList<>(java.util.Collections.nCopies(layers.size(), List.<Found>of()));
        for (int fold = 0; fold < FOLDS; fold++) {
            float[] w = fit(data, fold, DEFAULT_SEED + fold);
            CueTagger tagger = new CueTagger(wv, sv, weights(data, w), heads, THRESHOLD, VETO, "");
            AttributionFinder finder = new AttributionFinder(tagger);
            for (int d = fold; d < layers.size(); d += FOLDS) {
                out.set(d, finder.find(layers.get(d)));
                if (taggers != null) {
                    taggers.set(d, tagger);
                }
            }
        }
        return out;
    }

    /** The head flag of each word id: the words that lie in gold cues often enough (see {@link #HEAD_RATIO}). */
    private static boolean[] heads(Data data, int ids) {
        int[] all = new int[ids];
        int[] inCue = new int[ids];
        for (int e = 0; e < data.n; e++) {
            int f = data.w0[e];
            all[f]++;
            inCue[f] += data.label[e] ? 1 : 0;
        }
        boolean[] heads = new boolean[ids];
        for (int i = 2; i < ids; i++) {
            heads[i] = inCue[i] >= HEAD_MIN && inCue[i] >= HEAD_RATIO * all[i];
        }
        return heads;
    }

    private static CueTagger.LongFloatMap weights(Data data, float[] w) {
        CueTagger.LongFloatMap m = new CueTagger.LongFloatMap(w.length);
        for (int i = 0; i < w.length; i++) {
            // rounded as the model file stores them, so in-memory and shipped models score alike
            float v = Float.parseFloat(String.format(Locale.ROOT, "%.4f", w[i]));
            if (Math.abs(v) >= MIN_WEIGHT) {
                m.put(data.featureKeys.get(i), v);
            }
        }
        return m;
    }

    /**
     * Words (or stems) of at least {@link #MIN_DOCS} articles, sorted, without names: a word written with a
     * capital in at least {@link #NAME_SHARE} of its occurrences after a sentence's first token is left out,
     * so the model learns how attribution is phrased, not who spoke in the training years.
     */
    static List<String> vocabulary(List<TextLayer> layers, boolean stems) {
        Map<String, Integer> df = new HashMap<>();
        Map<String, int[]> capitals = new HashMap<>(); // {occurrences after a sentence's first token, capitalised}
        for (TextLayer l : layers) {
            Set<String> seen = new HashSet<>();
            for (Sentence sentence : l.sentences()) {
                for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
                    String w = l.tokenLower(t);
                    if (stems) {
                        w = w.substring(0, CueTagger.stemLength(l, l.tokenStart(t), w.length()));
                    }
                    if (w.indexOf('\t') >= 0 || w.indexOf('\n') >= 0 || w.equals("<unk>") || w.equals("<s>")) {
                        continue;
                    }
                    seen.add(w);
                    if (t > sentence.firstToken()) {
                        int[] c = capitals.computeIfAbsent(w, x -> new int[2]);
                        c[0]++;
                        c[1] += Character.isUpperCase(l.text().charAt(l.tokenStart(t))) ? 1 : 0;
                    }
                }
            }
            for (String w : seen) {
                df.merge(w, 1, Integer::sum);
            }
        }
        TreeSet<String> out = new TreeSet<>();
        df.forEach((w, c) -> {
            int[] caps = capitals.get(w);
            boolean name = caps != null && caps[1] >= NAME_SHARE * caps[0];
            if (c >= MIN_DOCS && !name) {
                out.add(w);
            }
        });
        return new ArrayList<>(out);
    }

    private static void examples(CueTagger tagger, TextLayer l, List<int[]> gold, int d, Data into) {
        long[] keys = new long[CueTagger.MAX_FEATURES];
        for (Sentence s : l.sentences()) {
            int a = s.firstToken();
            int b = s.endToken();
            int n = b - a;
            int[] ids = new int[2 * n];
            tagger.ids(l, a, b, ids);
            for (int t = a; t < b; t++) {
                if (!l.isWord(t)) {
                    continue;
                }
                int m = CueTagger.features(l, a, b, t, ids, n, keys);
                into.add(keys, m, inside(gold, l.tokenStart(t), l.tokenEnd(t)), d);
            }
        }
    }

    private static boolean inside(List<int[]> spans, int s, int e) {
        for (int[] c : spans) {
            if (Math.min(e, c[1]) > Math.max(s, c[0])) {
                return true;
            }
        }
        return false;
    }

    /** Shuffles {@code a[0, n)} in place (Fisher–Yates, drawing from the end): the trainers' seeded epoch order. */
    static void shuffle(int[] a, int n, SplittableRandom rnd) {
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** Logistic regression by averaged AdaGrad; examples of article fold {@code heldOut} are left out. */
    private static float[] fit(Data data, int heldOut, long seed) {
        int nf = data.featureKeys.size();
        float[] w = new float[nf];
        float[] g2 = new float[nf];
        float[] sum = new float[nf];
        int[] order = new int[data.n];
        int m = 0;
        for (int i = 0; i < data.n; i++) {
            if (data.doc[i] % FOLDS != heldOut) {
                order[m++] = i;
            }
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        int stride = CueTagger.MAX_FEATURES;
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            shuffle(order, m, rnd);
            for (int x = 0; x < m; x++) {
                int e = order[x];
                double s = 0;
                for (int f = 0; f < stride; f++) {
                    int k = data.feats[e * stride + f];
                    if (k >= 0) {
                        s += w[k];
                    }
                }
                double p = 1 / (1 + Math.exp(-s));
                double grad = p - (data.label[e] ? 1 : 0);
                for (int f = 0; f < stride; f++) {
                    int k = data.feats[e * stride + f];
                    if (k >= 0) {
                        double g = grad + L2 * w[k];
                        g2[k] += (float) (g * g);
                        w[k] -= (float) (RATE * g / Math.sqrt(g2[k] + 1e-8));
                    }
                }
            }
            for (int k = 0; k < nf; k++) {
                sum[k] += w[k];
            }
        }
        for (int k = 0; k < nf; k++) {
            sum[k] /= EPOCHS;
        }
        return sum;
    }

    /** Cross-fitted predictions per threshold, and token-level precision and recall of the held-out folds. */
    private static void crossFit(Data data, List<TextLayer> layers, List<String> stems, CueTagger.Vocabulary wv,
            CueTagger.Vocabulary sv, boolean[] heads, String[] args) throws IOException {
        String prefix = args[2];
        double[] thresholds = new double[args.length - 3];
        for (int i = 3; i < args.length; i++) {
            thresholds[i - 3] = Double.parseDouble(args[i]);
        }
        String[][] lines = new String[thresholds.length][layers.size()];
        int[] tp = new int[thresholds.length];
        int[] fp = new int[thresholds.length];
        int gold = 0;
        SpeakerResolver resolver = new SpeakerResolver(ActorRegistry.builtIn());
        int stride = CueTagger.MAX_FEATURES;
        for (int fold = 0; fold < FOLDS; fold++) {
            float[] w = fit(data, fold, DEFAULT_SEED + fold);
            for (int e = 0; e < data.n; e++) {
                if (data.doc[e] % FOLDS != fold) {
                    continue;
                }
                double s = 0;
                for (int f = 0; f < stride; f++) {
                    int k = data.feats[e * stride + f];
                    s += k >= 0 ? w[k] : 0;
                }
                double p = 1 / (1 + Math.exp(-s));
                gold += data.label[e] ? 1 : 0;
                for (int ti = 0; ti < thresholds.length; ti++) {
                    if (p >= thresholds[ti]) {
                        tp[ti] += data.label[e] ? 1 : 0;
                        fp[ti] += data.label[e] ? 0 : 1;
                    }
                }
            }
            CueTagger.LongFloatMap map = weights(data, w);
            for (int ti = 0; ti < thresholds.length; ti++) {
                AttributionFinder finder = new AttributionFinder(new CueTagger(wv, sv, map, heads, thresholds[ti], VETO, ""));
                for (int a = fold; a < layers.size(); a += FOLDS) {
                    lines[ti][a] = jsonLine(stems.get(a), resolver.resolve(layers.get(a),
                            finder.find(layers.get(a))).attributions());
                }
            }
        }
        for (int ti = 0; ti < thresholds.length; ti++) {
            System.err.printf(Locale.ROOT, "threshold %.3f: token P %.4f R %.4f%n", thresholds[ti],
                    tp[ti] / (double) Math.max(1, tp[ti] + fp[ti]), tp[ti] / (double) Math.max(1, gold));
            Files.write(Path.of(prefix + "-" + args[3 + ti] + ".jsonl"), List.of(lines[ti]), StandardCharsets.UTF_8);
        }
    }

    static String jsonLine(String id, List<Attribution> atts) {
        StringBuilder sb = new StringBuilder("{\"id\": \"").append(id.replace("\\", "\\\\").replace("\"", "\\\""))
                .append("\", \"attributions\": [");
        String sep = "";
        for (Attribution at : atts) {
            sb.append(sep).append("{\"content\": [");
            sep = ", ";
            String fs = "";
            for (Span sp : at.content()) {
                sb.append(fs).append(span(sp));
                fs = ", ";
            }
            sb.append("], \"source\": ").append(span(at.source())).append(", \"cue\": ")
                    .append(span(at.cue())).append('}');
        }
        return sb.append("]}").toString();
    }

    private static String span(Span s) {
        return s == null ? "null" : "[" + s.start() + ", " + s.end() + "]";
    }

    /** The annotation file of each article stem: the lexicographically first annotator's. */
    static TreeMap<String, Path> annotations(Path dir) throws IOException {
        TreeMap<String, Path> byStem = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir.resolve("text"))) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .forEach(n -> byStem.put(n.substring(0, n.length() - 4), null));
        }
        try (Stream<Path> s = Files.list(dir.resolve("attributions")).sorted()) {
            s.forEach(p -> {
                String n = p.getFileName().toString();
                int us = n.lastIndexOf('_');
                if (n.endsWith(".ann") && us > 0) {
                    String stem = n.substring(0, us);
                    if (byStem.containsKey(stem) && byStem.get(stem) == null) {
                        byStem.put(stem, p);
                    }
                }
            });
        }
        byStem.values().removeIf(p -> p == null);
        return byStem;
    }
}
