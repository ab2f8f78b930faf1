package org.slant.features.blurbs;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slant.features.blurbs.internal.Cues;
import org.slant.features.lexicon.LexiconEntry;
import org.slant.features.lexicon.LoadedTerms;
import org.slant.features.lexicon.TermAnalysis;
import org.slant.features.lexicon.TermOccurrence;
import org.slant.features.lexicon.internal.Tokens;
import org.slant.features.lexicon.internal.WordSet;
import org.slant.features.text.TextBlock;
import org.slant.features.text.Quote;
import org.slant.features.text.TextLayer;
import org.slant.ingest.Article;
import org.slant.ingest.BlockKind;

/**
 * Finds editorial blurbs among an article's blocks. Each block gets a cue score from text outside
 * quotation marks; blocks at or above {@link BlurbOptions#threshold()} are blurbs, consecutive ones form
 * one {@link Blurb}, and a short title block right before a blurb joins it. Cue weights:
 * <ul>
 *   <li>+2 per cue phrase of two or more words ("support our journalism", "views expressed"), +1 per
 *       one-word cue ("donate", "newsletter"), at most +4;</li>
 *   <li>+2 when the ingest parser marked the block {@link BlockKind#BLURB}; +2 when the block's text recurs
 *       in {@link BlurbOptions#templatePages()} or more pages of the same outlet (see {@link #withTemplates});</li>
 *   <li>+1 for a short block that opens with an appeal verb ("Support", "Subscribe", "Follow");</li>
 *   <li>+2 for a block that opens with a link label ("More:", "Related:", "Also on POLITICO:");</li>
 *   <li>without attribution: +0.5 for three or more we/our/us; +0.5 for second-person address in a block
 *       of at most 60 words; a question +0.5, +0.5 more in the article's last third, +1 more right after a
 *       short title block when at most 100 words follow (dossier boxes end in rhetorical questions under
 *       their own title, after the body; an opinion piece's subheadings have body text after them);</li>
 *   <li>−1.5 for attribution ("said", "according to") outside quotes; −1 for blocks over 150 words.</li>
 * </ul>
 * The type is the one with the most phrase evidence (mission also counts first-person-plural address,
 * dossier the question cues), except that any donation (else subscription) phrase of two or more words makes
 * the box an appeal of that type; {@link BlurbType#OTHER} when none. Editor's notes and disclaimers never
 * merge with neighbouring blurbs. Immutable and thread-safe.
 */
public final class BlurbDetector {
    private final BlurbOptions options;
    private final LoadedTerms terms;
    private final Map<String, Set<String>> templates;

    private BlurbDetector(BlurbOptions options, LoadedTerms terms, Map<String, Set<String>> templates) {
        this.options = options;
        this.terms = terms;
        this.templates = templates;
    }

    /**
     * Makes the detector that needs no corpus: default options, the built-in lexicon and no templates.
     *
     * @return the detector
     */
    public static BlurbDetector standard() {
        return new BlurbDetector(BlurbOptions.DEFAULTS, LoadedTerms.standard(), Map.of());
    }

    /**
     * Makes a detector with options of one's own, the built-in lexicon and no templates.
     *
     * @param options the threshold, template count and title length
     * @return the detector
     */
    public static BlurbDetector of(BlurbOptions options) {
        return new BlurbDetector(options, LoadedTerms.standard(), Map.of());
    }

    /**
     * Gives the options in use.
     *
     * @return the options
     */
    public BlurbOptions options() {
        return options;
    }

    /**
     * This detector, also knowing the outlets' templates: block texts (normalised, 4 to 200 words) that
     * recur in at least {@link BlurbOptions#templatePages()} distinct articles of the same outlet.
     *
     * @param corpus the articles to learn templates from, read once; an outlet is its domain, else its name
     * @return a new detector with this one's options and lexicon and the templates of {@code corpus} only
     *     (templates this detector already knew are not kept)
     */
    public BlurbDetector withTemplates(Iterable<Article> corpus) {
        Map<String, Map<String, Integer>> seen = new HashMap<>();
        for (Article a : corpus) {
            Set<String> own = new HashSet<>();
            for (var b : a.blocks()) {
                String norm = templateKey(a.text().substring(b.start(), b.end()));
                if (norm != null && own.add(norm)) {
                    seen.computeIfAbsent(outletKey(a), k -> new HashMap<>()).merge(norm, 1, Integer::sum);
                }
            }
        }
        Map<String, Set<String>> t = new HashMap<>();
        seen.forEach((outlet, counts) -> counts.forEach((k, n) -> {
            if (n >= options.templatePages()) {
                t.computeIfAbsent(outlet, x -> new HashSet<>()).add(k);
            }
        }));
        return new BlurbDetector(options, terms, t);
    }

    private static String outletKey(Article a) {
        return a.outlet().domain() != null ? a.outlet().domain() : a.outlet().name();
    }

    private static String templateKey(String blockText) {
        String n = LexiconEntry.normalize(blockText);
        int words = n.isEmpty() ? 0 : 1;
        for (int i = 0; i < n.length(); i++) {
            if (n.charAt(i) == ' ') {
                words++;
            }
        }
        return words >= 4 && words <= 200 ? n : null;
    }

    /**
     * Finds the blurbs of an article, building its text layer.
     *
     * @param article the article
     * @return the blurbs, in text order; empty if none
     */
    public List<Blurb> detect(Article article) {
        return detect(article, TextLayer.of(article));
    }

    /**
     * Finds the blurbs of an article whose text layer is already built, so extractors share one layer.
     *
     * @param article the article, for its outlet's templates
     * @param layer the layer of {@code article}'s text
     * @return the blurbs, in text order; empty if none
     */
    public List<Blurb> detect(Article article, TextLayer layer) {
        List<TextBlock> blocks = layer.blocks();
        int n = blocks.size();
        BlockCues[] cues = new BlockCues[n];
        Set<String> outletTemplates = templates.getOrDefault(outletKey(article), Set.of());
        Tokens tokens = new Tokens();
        int[] words = new int[n];
        int[] wordsAfter = new int[n + 1];
        for (int i = n - 1; i >= 0; i--) {
            TextBlock b = blocks.get(i);
            words[i] = Tokens.count(layer.text(), b.start(), b.end());
            wordsAfter[i] = wordsAfter[i + 1] + words[i];
        }
        for (int i = 0; i < n; i++) {
            cues[i] = score(layer, i, n, cues, outletTemplates, tokens, words[i], wordsAfter[i + 1]);
        }
        TermAnalysis loaded = null; // only articles with a blurb need it, and most have none
        List<Blurb> out = new ArrayList<>();
        int i = 0;
        while (i < n) {
            if (cues[i].score < options.threshold()) {
                i++;
                continue;
            }
            int first = i;
            int last = i;
            while (last + 1 < n && cues[last + 1].score >= options.threshold()
                    && !standsAlone(cues[last]) && !standsAlone(cues[last + 1])) {
                last++;
            }
            if (first > 0 && cues[first - 1].isTitle(options.titleWords())
                    && (out.isEmpty() || out.get(out.size() - 1).lastBlock() < first - 1)) {
                first--;
            }
            if (loaded == null) {
                loaded = terms.analyze(layer);
            }
            out.add(blurb(layer, cues, first, last, loaded));
            i = last + 1;
        }
        return out;
    }

    private Blurb blurb(TextLayer layer, BlockCues[] cues, int first, int last, TermAnalysis loaded) {
        Map<BlurbType, Double> byType = new EnumMap<>(BlurbType.class);
        List<String> cueNames = new ArrayList<>();
        double maxScore = 0;
        int words = 0;
        int secondPerson = 0;
        boolean question = false;
        for (int b = first; b <= last; b++) {
            BlockCues c = cues[b];
            c.typeScores.forEach((t, v) -> byType.merge(t, v, Double::sum));
            for (String name : c.cues) {
                if (!cueNames.contains(name)) {
                    cueNames.add(name);
                }
            }
            maxScore = Math.max(maxScore, c.score);
            words += c.words;
            secondPerson += c.secondPerson;
            question |= c.question;
        }
        BlurbType type = dominant(byType);
        // an appeal for money or sign-ups usually carries a mission pitch; the appeal is the box's purpose
        if (byType.getOrDefault(BlurbType.DONATION, 0.0) >= 2) {
            type = BlurbType.DONATION;
        } else if (byType.getOrDefault(BlurbType.SUBSCRIPTION, 0.0) >= 2) {
            type = BlurbType.SUBSCRIPTION;
        }
        int start = layer.blocks().get(first).start();
        int end = layer.blocks().get(last).end();
        int hits = 0;
        for (TermOccurrence o : loaded.terms()) {
            if (o.hit().start() >= start && o.hit().end() <= end && LoadedTerms.LOADED.contains(o.category())) {
                hits++;
            }
        }
        double density = words == 0 ? 0 : Math.min(1, 10.0 * hits / words);
        double editorial = 0.5 * density + (secondPerson > 0 ? 0.25 : 0) + (question ? 0.25 : 0);
        double confidence = Math.min(1, maxScore / (2 * options.threshold()));
        return new Blurb(first, last, start, end, type, confidence, Math.min(1, editorial), cueNames);
    }

    private static BlurbType dominant(Map<BlurbType, Double> byType) {
        BlurbType type = BlurbType.OTHER;
        double best = 0;
        for (Map.Entry<BlurbType, Double> e : byType.entrySet()) {
            if (e.getValue() > best) {
                best = e.getValue();
                type = e.getKey();
            }
        }
        return type;
    }

    /** Notes and disclaimers are about the article, so they never merge with a neighbouring box. */
    private static boolean standsAlone(BlockCues c) {
        BlurbType t = dominant(c.typeScores);
        return t == BlurbType.EDITORS_NOTE || t == BlurbType.DISCLAIMER;
    }

    /** A titled question box with more body text than this after it is an opinion piece's subheading. */
    private static final int MAX_WORDS_AFTER_BOX = 100;

    private static final WordSet FIRST_PLURAL = WordSet.of(Set.of("we", "our", "us", "ours"));
    private static final WordSet SECOND_PERSON = WordSet.of(Set.of("you", "your", "yours"));
    private static final WordSet ATTRIBUTION = WordSet.of(Cues.ATTRIBUTION);

    /** Bare ad markers look like titles but are not. */
    private static final Set<String> AD_MARKERS = Set.of("advertisement", "ad", "sponsored", "advert");

    /** Cue tallies of one block. */
    private static final class BlockCues {
        double score;
        int words;
        int secondPerson;
        boolean question;
        boolean endsWithPeriod;
        final Map<BlurbType, Double> typeScores = new EnumMap<>(BlurbType.class);
        final List<String> cues = new ArrayList<>();

        boolean adMarker;

        boolean isTitle(int maxWords) {
            // a title names a box; a short appeal ("Watch the latest video") is a box of its own
            return words > 0 && words <= maxWords && !endsWithPeriod && !question && !adMarker
                    && !cues.contains("imperative") && !cues.contains("link-label")
                    && cues.stream().noneMatch(c -> c.startsWith("phrase:"));
        }
    }

    private BlockCues score(TextLayer layer, int index, int count, BlockCues[] earlier, Set<String> outletTemplates,
                            Tokens tokens, int words, int wordsAfter) {
        TextBlock block = layer.blocks().get(index);
        String text = layer.text();
        char[] outside = new char[block.end() - block.start()];
        text.getChars(block.start(), block.end(), outside, 0);
        for (Quote q : layer.quotes()) { // ordered by start
            if (q.start() >= block.end()) {
                break;
            }
            for (int k = Math.max(q.start(), block.start()); k < Math.min(q.end(), block.end()); k++) {
                outside[k - block.start()] = ' ';
            }
        }
        String raw = text.substring(block.start(), block.end()).strip();
        String plain = new String(outside).strip();
        BlockCues c = new BlockCues();
        c.words = words; // the block's words: stripping only removes spaces
        c.endsWithPeriod = raw.endsWith(".") || raw.endsWith("!") || raw.endsWith(":");
        c.adMarker = c.words == 1 && AD_MARKERS.contains(tokens.split(raw).word(0));
        tokens.split(plain);
        int we = 0;
        boolean attributed = false;
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.in(k, FIRST_PLURAL)) {
                we++;
            } else if (tokens.in(k, SECOND_PERSON)) {
                c.secondPerson++;
            } else if (tokens.in(k, ATTRIBUTION)) {
                attributed = true;
            }
        }
        double phrase = 0;
        for (Cues.Hit h : Cues.find(tokens)) {
            double w = h.words() >= 2 ? 2 : 1;
            phrase += w;
            c.typeScores.merge(h.type(), w, Double::sum);
            c.cues.add("phrase:" + h.phrase());
        }
        c.score += Math.min(4, phrase);
        if (Cues.opensWithLinkLabel(raw)) {
            c.score += 2;
            c.typeScores.merge(BlurbType.PROMO, 2.0, Double::sum);
            c.cues.add("link-label");
        }
        if (block.kind() == BlockKind.BLURB) {
            c.score += 2;
            c.cues.add("marked");
        }
        String key = outletTemplates.isEmpty() ? null : templateKey(raw);
        if (key != null && outletTemplates.contains(key)) {
            c.score += 2;
            c.cues.add("template");
        }
        if (tokens.size() > 0 && c.words <= 40 && Cues.IMPERATIVES.contains(tokens.word(0))
                && Character.isUpperCase(plain.charAt(0))) {
            c.score += 1;
            c.cues.add("imperative");
        }
        if (!attributed) {
            if (we >= 3) {
                c.score += 0.5;
                c.typeScores.merge(BlurbType.MISSION, 1.0, Double::sum);
                c.cues.add("first-person-plural");
            }
            if (c.secondPerson > 0 && c.words <= 60) {
                c.score += 0.5;
                c.cues.add("second-person");
            }
            if (plain.indexOf('?') >= 0) {
                // opinion paragraphs ask questions too; a box asks them under its own short title
                c.question = true;
                double q = 0.5;
                if (index >= count - Math.max(2, count / 3)) {
                    q += 0.5;
                }
                if (index > 0 && earlier[index - 1].isTitle(options.titleWords()) && wordsAfter <= MAX_WORDS_AFTER_BOX) {
                    q += 1;
                }
                c.score += q;
                c.typeScores.merge(BlurbType.DOSSIER, q, Double::sum);
                c.cues.add("question");
            }
        } else {
            c.score -= 1.5;
        }
        if (c.words > 150) {
            c.score -= 1;
        }
        return c;
    }
}
