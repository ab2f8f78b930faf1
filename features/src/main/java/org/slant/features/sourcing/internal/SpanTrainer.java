package org.slant.features.sourcing.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.slant.features.sourcing.ActorRegistry;
import org.slant.features.text.TextLayer;

/**
 * Retrains {@link SpanTagger} from a PolNeAR compartment (DIR/text/*.txt and DIR/attributions/*.ann, of
 * double-annotated articles the lexicographically first annotator's file, as the scorer does). Every
 * tagging unit (a run of sentences of a paragraph, see {@link SpanTagger#units}) is a training sequence whose
 * gold tags come from the brat events that have content; the rules' attributions are computed on the same
 * text as features (with the learned cue model cross-fitted on train, see {@link #RULE_CUES}; the cue
 * probabilities among the features come from the same fold's cue model). Averaged
 * structured perceptron with Viterbi decoding, units in a seeded order.
 *
 * <pre>java -cp slant.jar org.slant.features.sourcing.internal.SpanTrainer DIR OUT.tsv
 * java -cp slant.jar org.slant.features.sourcing.internal.SpanTrainer DIR cv OUT_PREFIX</pre>
 * {@code cv} fits one model per fold of articles ({@link CueTrainer#FOLDS} folds) and writes cross-fitted
 * predictions of every article, in the scorer's format, for each number of epochs in {@code -Dspan.cvEpochs}
 * and each way of combining model and rules ({@link SpanTagger#combine}) to OUT_PREFIX-eE-MODE.jsonl. The
 * shipped options are the defaults below, chosen by that cross-fitting on train (eval/train-spans.sh).
 */
public final class SpanTrainer {

    /**
     * The date of this training recipe, written into the model header; a constant, so that retraining
     * reproduces the shipped file byte for byte.
     */
    static final String RECIPE_DATE = "2026-12-06";
    /** The seed of the unit order. */
    static final long DEFAULT_SEED = 20161108L;
    /** Passes over the shuffled units; the weights are averaged over every update. */
    static final int EPOCHS = Integer.getInteger("span.epochs", 20);
    /** How model and rules are combined (see {@link SpanTagger#combine}); chosen by cross-fitting on train. */
    /**
     * Whether the rule features come from the rules with the learned cue model ({@link CueTagger}, cross-fitted
     * on train by {@link CueTrainer#crossFittedFinds}) rather than the rules alone.
     */
    static final boolean RULE_CUES = Boolean.parseBoolean(System.getProperty("span.ruleCues", "true"));
    static final int COMBINE = Integer.getInteger("span.combine",
            SpanTagger.REPLACE | SpanTagger.ADD | SpanTagger.ADD_CUED | SpanTagger.VETO | SpanTagger.DROP_CONTAINED);

    /** Passes of the boundary re-scorer's perceptron ({@link BoundaryRescorer}). */
    static final int BOUNDARY_EPOCHS = Integer.getInteger("span.boundaryEpochs", 5);
    /**
     * How much more than the tagged boundary another cut point must score to replace it; chosen by
     * cross-fitting on train.
     */
    static final float BOUNDARY_THRESHOLD = Float.parseFloat(System.getProperty("span.boundaryThreshold", "2"));
    /** Whether the shipped model re-scores content boundaries at all. */
    static final boolean BOUNDARIES = Boolean.parseBoolean(System.getProperty("span.boundaries", "true"));

    private SpanTrainer() {
    }

    /** One tagging unit: its features, {@link SpanTagger#STRIDE} ints per token, and gold tags. */
    private record Unit(int doc, int[] feats, int[] gold) {
    }

    /**
     * Trains on a PolNeAR compartment; see the class comment for the arguments.
     *
     * @param args the compartment, then the model file or {@code cv} and a prefix
     * @throws IOException when the data cannot be read or the model written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args[1].equals("cv") && args.length < 3) {
            System.err.println("usage: SpanTrainer POLNEAR_TRAIN_DIR OUT.tsv | POLNEAR_TRAIN_DIR cv OUT_PREFIX");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        CueTrainer.TrainSplit split = CueTrainer.TrainSplit.read(dir);
        List<String> stems = split.stems();
        List<TextLayer> layers = split.layers();
        List<List<BratAnnotations.Attribution>> golds = new ArrayList<>();
        List<List<int[]>> goldCues = new ArrayList<>();
        int goldEvents = 0;
        for (String ann : split.annotations()) {
            List<BratAnnotations.Attribution> ev = BratAnnotations.attributions(ann);
            goldEvents += ev.size();
            golds.add(ev);
            goldCues.add(BratAnnotations.cues(ann));
        }
        List<String> wordList = CueTrainer.vocabulary(layers, false);
        List<String> stemList = CueTrainer.vocabulary(layers, true);
        CueTagger.Vocabulary wv = new CueTagger.Vocabulary(wordList);
        CueTagger.Vocabulary sv = new CueTagger.Vocabulary(stemList);
        SpanTagger blank = new SpanTagger(wv, sv, null, new float[(SpanTagger.TAGS + 1) * SpanTagger.TAGS], null, "",
                SpanTagger.MODEL, RULE_CUES);
        AttributionFinder rules = new AttributionFinder(null);
        List<List<Found>> ruleFound = new ArrayList<>();
        // the cue model each article's features come from: the one fitted without its fold, as for the rules
        List<CueTagger> cueModels = new ArrayList<>(java.util.Collections.nCopies(layers.size(), (CueTagger) null));
        List<List<Found>> stacked = CueTrainer.crossFittedFinds(layers, goldCues, cueModels);
        List<Unit> units = new ArrayList<>();
        int tokens = 0;
        for (int d = 0; d < layers.size(); d++) {
            TextLayer l = layers.get(d);
            List<Found> r = RULE_CUES ? stacked.get(d) : rules.find(l);
            ruleFound.add(r);
            int[] role = SpanTagger.roles(l, r);
            int[] gold = goldTags(l, golds.get(d));
            for (int[] u : SpanTagger.units(l, role)) {
                int from = l.sentence(u[0]).firstToken();
                int to = l.sentence(u[1] - 1).endToken();
                if (to <= from) {
                    continue;
                }
                int[] feats = new int[(to - from) * SpanTagger.STRIDE];
                blank.features(l, l.sentences().subList(u[0], u[1]), from, to, role, cueModels.get(d), feats);
                units.add(new Unit(d, feats, java.util.Arrays.copyOfRange(gold, from, to)));
                tokens += to - from;
            }
        }
        System.err.printf(Locale.ROOT, "%d articles, %d gold attributions, %d units, %d tokens, %d words,"
                + " %d stems, %d features%n", layers.size(), goldEvents, units.size(), tokens, wordList.size(),
                stemList.size(), blank.featureCount());
        List<List<List<int[]>>> goldContent = new ArrayList<>();
        for (List<BratAnnotations.Attribution> g : golds) {
            List<List<int[]>> cs = new ArrayList<>();
            for (BratAnnotations.Attribution a : g) {
                if (!a.content().isEmpty()) {
                    cs.add(a.content());
                }
            }
            goldContent.add(cs);
        }
        if (args[1].equals("cv")) {
            crossFit(units, layers, stems, ruleFound, cueModels, wv, sv, blank, goldContent, args[2]);
            return;
        }
        float[] boundaryWeights = null;
        if (BOUNDARIES) {
            // the re-scorer learns from the tagger's cross-fitted output, as it will meet unseen text
            List<List<Found>> held = crossFitted(units, layers, ruleFound, cueModels, wv, sv, blank,
                    new int[] {EPOCHS}, new int[] {COMBINE})[0][0];
            List<BoundaryRescorer.Example> ex = new ArrayList<>();
            BoundaryRescorer b = blank.blankBoundaries();
            for (int d = 0; d < layers.size(); d++) {
                ex.addAll(BoundaryRescorer.examples(b, layers.get(d), held.get(d), goldContent.get(d)));
            }
            boundaryWeights = BoundaryRescorer.fit(ex, BOUNDARY_EPOCHS, DEFAULT_SEED);
        }
        float[][] fit = fit(units, blank, -1, DEFAULT_SEED, new int[] {EPOCHS}).get(0);
        String prov = "# Slant attribution-span tagger: linear-chain model over token features, see SpanTagger.java\n"
                + "# trainer: org.slant.features.sourcing.internal.SpanTrainer (averaged structured perceptron,"
                + " Viterbi, epochs " + EPOCHS + ", seed " + DEFAULT_SEED + "; epochs and combination with the rules"
                + " by 5-fold cross-fitted content F1@0.5 on train)\n"
                + "# tags: " + String.join(" ", SpanTagger.TAG_NAMES) + "; features: "
                + String.join(" ", SpanTagger.FEATURE_NAMES) + "\n"
                + "# words and stems of >= " + CueTrainer.MIN_DOCS + " training articles only, names (capitalised"
                + " in >= " + CueTrainer.NAME_SHARE + " of non-initial uses) left out; rule features from the rules"
                + (RULE_CUES ? " with the learned cue model (cross-fitted on train)" : " without learned cues")
                + "; weight rows whose largest weight is < " + MIN_ROW + " left out\n"
                + "# combination with the rules: " + combination(COMBINE) + "; recipe of " + RECIPE_DATE + "\n"
                + (BOUNDARIES ? "# boundary re-scorer (BoundaryRescorer.java): averaged ranking perceptron, epochs "
                + BOUNDARY_EPOCHS + ", seed " + DEFAULT_SEED + ", 2^" + BoundaryRescorer.BITS + " hashed segment"
                + " features, trained on 5-fold cross-fitted tagger output of the same data; moves a content end when"
                + " another cut point scores " + BOUNDARY_THRESHOLD + " more\n" : "")
                + "# data: PolNeAR v1.0.0 train compartment, " + layers.size() + " articles, " + units.size()
                + " tagging units, " + tokens + " tokens, " + goldEvents + " gold attributions; SHA-256 of"
                + " texts+annotations in name order " + split.sha256() + "\n"
                + "# only learned weights and common words, no corpus text; retrain: eval/train-spans.sh\n";
        SpanTagger m = new SpanTagger(wv, sv, round(fit[0]), SpanTagger.quantize(fit[1], 0),
                SpanTagger.quantize(fit[2], 0), prov, COMBINE, RULE_CUES, boundaryWeights, BOUNDARY_THRESHOLD);
        Files.writeString(Path.of(args[1]), m.write(), StandardCharsets.UTF_8);
    }

    private static String combination(int mode) {
        if (mode == SpanTagger.MODEL || mode == SpanTagger.MODEL_RULE_SOURCES) {
            return mode == SpanTagger.MODEL ? "model alone" : "model with the rules' cues and sources";
        }
        List<String> parts = new ArrayList<>();
        if ((mode & SpanTagger.REPLACE) != 0) {
            parts.add("model content replaces overlapping rule content");
        }
        if ((mode & SpanTagger.ADD) != 0) {
            parts.add((mode & SpanTagger.ADD_CUED) != 0 ? "model attributions with a cue that overlap none added"
                    : "model attributions that overlap none added");
        }
        if ((mode & SpanTagger.VETO) != 0) {
            parts.add("rule attributions the model does not overlap dropped");
        }
        if ((mode & SpanTagger.DROP_CONTAINED) != 0) {
            parts.add("attributions whose content lies within another's dropped");
        }
        return String.join(", ", parts);
    }

    /** Rows of weights whose largest weight is below this are not shipped ({@link SpanTagger#quantize}). */
    static final float MIN_ROW = Float.parseFloat(System.getProperty("span.minRow", "10"));

    /** Rounds as the model file stores weights, so in-memory and shipped models tag alike. */
    private static float[] round(float[] w) {
        return SpanTagger.quantize(w, MIN_ROW);
    }

    /**
     * Averaged structured perceptron over the units not in fold {@code heldOut}; returns the averaged
     * {weights, transitions, edge transitions} after each number of epochs in {@code snapshots} (ascending).
     */
    private static List<float[][]> fit(List<Unit> units, SpanTagger blank, int heldOut, long seed, int[] snapshots) {
        int tags = SpanTagger.TAGS;
        int nf = blank.featureCount() * tags;
        int nt = (tags + 1) * tags;
        float[] w = new float[nf];
        float[] u = new float[nf]; // sum of c * update, for the lazy average w - u / c
        float[] tw = new float[nt];
        float[] tu = new float[nt];
        int ne = SpanTagger.EDGE_CONTEXTS * nt;
        float[] ew = new float[ne];
        float[] eu = new float[ne];
        List<Unit> train = new ArrayList<>();
        for (Unit x : units) {
            if (x.doc % CueTrainer.FOLDS != heldOut) {
                train.add(x);
            }
        }
        int max = 0;
        for (Unit x : train) {
            max = Math.max(max, x.gold.length);
        }
        int[] pred = new int[max];
        float[] score = new float[max * tags];
        int[] back = new int[max * tags];
        SplittableRandom rnd = new SplittableRandom(seed);
        int[] order = new int[train.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        List<float[][]> out = new ArrayList<>();
        float c = 1;
        int k = SpanTagger.K;
        for (int epoch = 1; epoch <= snapshots[snapshots.length - 1]; epoch++) {
            CueTrainer.shuffle(order, order.length, rnd);
            for (int oi : order) {
                Unit x = train.get(oi);
                int n = x.gold.length;
                SpanTagger.viterbi(w, tw, ew, x.feats, n, pred, score, back);
                for (int i = 0; i < n; i++) {
                    int g = x.gold[i];
                    int p = pred[i];
                    if (g != p) {
                        for (int f = 0; f < k; f++) {
                            int base = x.feats[i * SpanTagger.STRIDE + f] * tags;
                            w[base + g] += 1;
                            u[base + g] += c;
                            w[base + p] -= 1;
                            u[base + p] -= c;
                        }
                    }
                    int gp = i == 0 ? tags : x.gold[i - 1];
                    int pp = i == 0 ? tags : pred[i - 1];
                    if (gp != pp || g != p) {
                        tw[gp * tags + g] += 1;
                        tu[gp * tags + g] += c;
                        tw[pp * tags + p] -= 1;
                        tu[pp * tags + p] -= c;
                        int e = x.feats[i * SpanTagger.STRIDE + k] * nt;
                        ew[e + gp * tags + g] += 1;
                        eu[e + gp * tags + g] += c;
                        ew[e + pp * tags + p] -= 1;
                        eu[e + pp * tags + p] -= c;
                    }
                }
                c++;
            }
            for (int s : snapshots) {
                if (s == epoch) {
                    float[] aw = new float[nf];
                    for (int i = 0; i < nf; i++) {
                        aw[i] = w[i] - u[i] / c;
                    }
                    float[] at = new float[nt];
                    for (int i = 0; i < nt; i++) {
                        at[i] = tw[i] - tu[i] / c;
                    }
                    float[] ae = new float[ne];
                    for (int i = 0; i < ne; i++) {
                        ae[i] = ew[i] - eu[i] / c;
                    }
                    out.add(new float[][] {aw, at, ae});
                }
            }
        }
        return out;
    }

    /**
     * The attributions of every article from the model fitted without its fold, for every snapshot (epochs)
     * and combination with the rules: {@code [snapshot][mode][article]}, before speaker resolution.
     */
    private static List<List<Found>>[][] crossFitted(List<Unit> units, List<TextLayer> layers,
            List<List<Found>> ruleFound, List<CueTagger> cueModels, CueTagger.Vocabulary wv, CueTagger.Vocabulary sv,
            SpanTagger blank, int[] snapshots, int[] modes) {
        @SuppressWarnings("unchecked")
        List<List<Found>>[][] out = new List[snapshots.length][modes.length];
        for (int si = 0; si < snapshots.length; si++) {
            for (int mi = 0; mi < modes.length; mi++) {
                out[si][mi] = new ArrayList<>(java.util.Collections.nCopies(layers.size(), (List<Found>) null));
            }
        }
        for (int fold = 0; fold < CueTrainer.FOLDS; fold++) {
            List<float[][]> fits = fit(units, blank, fold, DEFAULT_SEED + fold, snapshots);
            for (int si = 0; si < snapshots.length; si++) {
                float[][] fw = fits.get(si);
                SpanTagger m = new SpanTagger(wv, sv, round(fw[0]), SpanTagger.quantize(fw[1], 0),
                        SpanTagger.quantize(fw[2], 0), "", SpanTagger.MODEL, RULE_CUES);
                for (int d = fold; d < layers.size(); d += CueTrainer.FOLDS) {
                    List<Found> model = m.find(layers.get(d), ruleFound.get(d), cueModels.get(d));
                    for (int mi = 0; mi < modes.length; mi++) {
                        out[si][mi].set(d, SpanTagger.combine(ruleFound.get(d), model, modes[mi]));
                    }
                }
            }
            System.err.println("fold " + fold + " done");
        }
        return out;
    }

    /**
     * Cross-fitted predictions for every snapshot and combination; see the class comment. With
     * {@code -Dspan.cvBoundaries=T1,T2,...} also with the boundary re-scorer, itself fitted on the other folds'
     * cross-fitted output, for each threshold, to OUT_PREFIX-eE-MODE-bT.jsonl.
     */
    private static void crossFit(List<Unit> units, List<TextLayer> layers, List<String> stems,
            List<List<Found>> ruleFound, List<CueTagger> cueModels, CueTagger.Vocabulary wv, CueTagger.Vocabulary sv,
            SpanTagger blank, List<List<List<int[]>>> goldContent, String prefix) throws IOException {
        int[] snapshots = java.util.Arrays.stream(System.getProperty("span.cvEpochs", "4,8,12").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int[] modes = java.util.Arrays.stream(System.getProperty("span.cvModes", "0,1,2,3,4,7").split(","))
                .mapToInt(Integer::parseInt).toArray();
        String bt = System.getProperty("span.cvBoundaries", "");
        SpeakerResolver resolver = new SpeakerResolver(ActorRegistry.builtIn());
        List<List<Found>>[][] held = crossFitted(units, layers, ruleFound, cueModels, wv, sv, blank, snapshots, modes);
        BoundaryRescorer b = blank.blankBoundaries();
        for (int si = 0; si < snapshots.length; si++) {
            for (int mi = 0; mi < modes.length; mi++) {
                List<String> lines = new ArrayList<>();
                for (int d = 0; d < layers.size(); d++) {
                    lines.add(CueTrainer.jsonLine(stems.get(d), resolver.resolve(layers.get(d), held[si][mi].get(d))
                            .attributions()));
                }
                String name = prefix + "-e" + snapshots[si] + "-" + modes[mi];
                Files.write(Path.of(name + ".jsonl"), lines, StandardCharsets.UTF_8);
                if (bt.isEmpty()) {
                    continue;
                }
                List<List<BoundaryRescorer.Example>> ex = new ArrayList<>();
                for (int d = 0; d < layers.size(); d++) {
                    ex.add(BoundaryRescorer.examples(b, layers.get(d), held[si][mi].get(d), goldContent.get(d)));
                }
                String[] ths = bt.split(",");
                String[][] out = new String[ths.length][layers.size()];
                for (int fold = 0; fold < CueTrainer.FOLDS; fold++) {
                    List<BoundaryRescorer.Example> train = new ArrayList<>();
                    for (int d = 0; d < layers.size(); d++) {
                        if (d % CueTrainer.FOLDS != fold) {
                            train.addAll(ex.get(d));
                        }
                    }
                    float[] w = BoundaryRescorer.fit(train, BOUNDARY_EPOCHS, DEFAULT_SEED + fold);
                    for (int ti = 0; ti < ths.length; ti++) {
                        SpanTagger r = blank.withBoundaries(w, Float.parseFloat(ths[ti]));
                        for (int d = fold; d < layers.size(); d += CueTrainer.FOLDS) {
                            List<Found> found = SpanTagger.rescored(r.boundaries(), layers.get(d),
                                    held[si][mi].get(d), modes[mi]);
                            out[ti][d] = CueTrainer.jsonLine(stems.get(d), resolver.resolve(layers.get(d), found)
                                    .attributions());
                        }
                    }
                }
                for (int ti = 0; ti < ths.length; ti++) {
                    Files.write(Path.of(name + "-b" + ths[ti] + ".jsonl"), List.of(out[ti]), StandardCharsets.UTF_8);
                }
            }
        }
    }

    /**
     * Gold tags of every token: tokens in a cue or source before tokens in content (an annotation is one
     * label per token), B- where a token starts an attribution other than the one of the previous tagged
     * token since the last untagged word, as {@link SpanTagger#decode} reads them.
     */
    static int[] goldTags(TextLayer l, List<BratAnnotations.Attribution> events) {
        int n = l.tokenCount();
        int[] ev = new int[n];
        int[] role = new int[n];
        java.util.Arrays.fill(ev, -1);
        for (int e = 0; e < events.size(); e++) {
            assign(l, events.get(e).cue(), e, 1, ev, role);
            assign(l, events.get(e).source(), e, 2, ev, role);
        }
        for (int e = 0; e < events.size(); e++) {
            assign(l, events.get(e).content(), e, 0, ev, role);
        }
        int[] tags = new int[n];
        int cur = -1;
        boolean curHasContent = false;
        for (int t = 0; t < n; t++) {
            if (ev[t] < 0) {
                if (curHasContent && l.isWord(t)) {
                    cur = -1;
                }
                continue;
            }
            if (ev[t] != cur) {
                curHasContent = false;
            }
            curHasContent |= role[t] == 0;
            boolean begin = ev[t] != cur;
            tags[t] = switch (role[t]) {
                case 0 -> begin ? SpanTagger.B_CONTENT : SpanTagger.I_CONTENT;
                case 1 -> begin ? SpanTagger.B_CUE : SpanTagger.I_CUE;
                default -> begin ? SpanTagger.B_SOURCE : SpanTagger.I_SOURCE;
            };
            cur = ev[t];
        }
        return tags;
    }

    private static void assign(TextLayer l, List<int[]> spans, int e, int r, int[] ev, int[] role) {
        for (int[] s : spans) {
            for (int t = l.tokenAtOrAfter(s[0]); t < ev.length && l.tokenStart(t) < s[1]; t++) {
                if (ev[t] < 0) {
                    ev[t] = e;
                    role[t] = r;
                }
            }
            // a token that starts before the span but reaches into it
            int t = l.tokenAtOrAfter(s[0]) - 1;
            if (t >= 0 && l.tokenEnd(t) > s[0] && ev[t] < 0) {
                ev[t] = e;
                role[t] = r;
            }
        }
    }
}
