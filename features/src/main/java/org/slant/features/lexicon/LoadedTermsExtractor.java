package org.slant.features.lexicon;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slant.features.Evidence;
import org.slant.features.FeatureExtractor;
import org.slant.features.FeatureSpec;
import org.slant.features.FeatureValue;
import org.slant.features.text.TextLayer;
import org.slant.ingest.Article;
import org.slant.ingest.BlockKind;

/**
 * Loaded-term features of an article's body (blurb blocks excluded; see the blurbs extractor), each with
 * its evidence spans:
 * <ul>
 *   <li>{@code loaded.<category>.narrator_per_1k} and {@code .quoted_per_1k}: hits per 1,000 body words,
 *       apart by voice, for every category present in the lexicon;</li>
 *   <li>{@code loaded.total.narrator_per_1k}, {@code .quoted_per_1k}: the same over {@link LoadedTerms#LOADED};</li>
 *   <li>{@code loaded.negated_share}: share of loaded hits that are negated;</li>
 *   <li>{@code loaded.scare_quotes}: scare quotes in the body;</li>
 *   <li>{@code loaded.report.<stance>_share}: narrator report verbs of each stance over all of them;</li>
 *   <li>{@code loaded.naming.<set>.<side>}: narrator uses of each naming variant's side;</li>
 *   <li>{@code loaded.headline.hits} and {@code loaded.headline.scare_quotes}: the same signals in the
 *       headline, whose evidence offsets index {@link Article#headline()} (evidence kind
 *       {@code "headline-term"}), not the text.</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class LoadedTermsExtractor implements FeatureExtractor {
    /** The extractor's name and feature prefix. */
    public static final String NAME = "loaded";
    private static final List<String> STANCES = List.of("neutral", "doubting", "endorsing");

    private final LoadedTerms terms;
    private final List<Category> categories;
    private final List<String> namingKeys;
    private final List<FeatureSpec> specs;

    private LoadedTermsExtractor(LoadedTerms terms) {
        this.terms = terms;
        Set<Category> present = EnumSet.noneOf(Category.class);
        Set<String> naming = new TreeSet<>();
        for (LexiconEntry e : terms.lexicon().entries()) {
            present.add(e.category());
            if (e.category() == Category.NAMING && !e.group().isEmpty()) {
                naming.add(namingKey(e));
            }
        }
        this.categories = List.copyOf(present);
        this.namingKeys = List.copyOf(naming);
        List<FeatureSpec> s = new ArrayList<>();
        for (Category c : categories) {
            s.add(new FeatureSpec(NAME + "." + c.key() + ".narrator_per_1k",
                    c.key() + " terms in the outlet's own voice per 1,000 body words", "per_1k_words"));
            s.add(new FeatureSpec(NAME + "." + c.key() + ".quoted_per_1k",
                    c.key() + " terms inside direct quotes per 1,000 body words", "per_1k_words"));
        }
        s.add(new FeatureSpec(NAME + ".total.narrator_per_1k",
                "loaded terms (charged, intensifier, euphemism, dysphemism, sentiment, bias) in the outlet's voice per 1,000 body words",
                "per_1k_words"));
        s.add(new FeatureSpec(NAME + ".total.quoted_per_1k",
                "loaded terms inside direct quotes per 1,000 body words", "per_1k_words"));
        s.add(new FeatureSpec(NAME + ".negated_share", "share of loaded terms under negation; 0 when none",
                "share"));
        s.add(new FeatureSpec(NAME + ".scare_quotes", "short names or terms in quotation marks that are not speech",
                "count"));
        for (String st : STANCES) {
            s.add(new FeatureSpec(NAME + ".report." + st + "_share",
                    "share of the outlet's report verbs with " + st + " stance; 0 when none", "share"));
        }
        for (String k : namingKeys) {
            s.add(new FeatureSpec(NAME + ".naming." + k,
                    "uses of this naming variant in the outlet's voice (set.side)", "count"));
        }
        s.add(new FeatureSpec(NAME + ".headline.hits",
                "loaded terms in the headline; evidence offsets index the headline", "count"));
        s.add(new FeatureSpec(NAME + ".headline.scare_quotes",
                "scare quotes in the headline; evidence offsets index the headline", "count"));
        this.specs = List.copyOf(s);
    }

    /**
     * Makes the extractor over the built-in lexicon, as {@link org.slant.features.Features#standard()}
     * uses it.
     *
     * @return the extractor
     */
    public static LoadedTermsExtractor standard() {
        return new LoadedTermsExtractor(LoadedTerms.standard());
    }

    /**
     * Makes the extractor over a lexicon of one's own; its feature list follows the lexicon's categories.
     *
     * @param lexicon the lexicon
     * @return the extractor
     */
    public static LoadedTermsExtractor with(Lexicon lexicon) {
        return new LoadedTermsExtractor(LoadedTerms.with(lexicon));
    }

    private static String namingKey(LexiconEntry e) {
        return key(e.group()) + "." + key(e.side().isEmpty() ? "unsided" : e.side());
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<FeatureSpec> specs() {
        return specs;
    }

    @Override
    public List<FeatureValue> extract(Article article, TextLayer layer) {
        TermAnalysis a = terms.analyze(layer);
        List<TermOccurrence> body = new ArrayList<>();
        for (TermOccurrence o : a.terms()) {
            if (!inBlurb(layer, o.hit().start())) {
                body.add(o);
            }
        }
        int words = bodyWords(layer);
        double per1k = words == 0 ? 0 : 1000.0 / words;
        Map<String, List<Evidence>> ev = new LinkedHashMap<>();
        for (TermOccurrence o : body) {
            Evidence e = evidence(o, "term");
            String cat = o.category().key();
            String voice = o.voice() == Voice.NARRATOR ? "narrator" : "quoted";
            ev.computeIfAbsent(cat + "." + voice, k -> new ArrayList<>()).add(e);
            if (LoadedTerms.LOADED.contains(o.category())) {
                ev.computeIfAbsent("total." + voice, k -> new ArrayList<>()).add(e);
                ev.computeIfAbsent("loaded", k -> new ArrayList<>()).add(e);
                if (o.negated()) {
                    ev.computeIfAbsent("negated", k -> new ArrayList<>()).add(e);
                }
            }
            if (o.voice() == Voice.NARRATOR && o.category() == Category.REPORT_VERB) {
                ev.computeIfAbsent("report", k -> new ArrayList<>()).add(e);
                ev.computeIfAbsent("report." + o.hit().entry().side(), k -> new ArrayList<>()).add(e);
            }
            if (o.voice() == Voice.NARRATOR && o.category() == Category.NAMING && !o.hit().entry().group().isEmpty()) {
                ev.computeIfAbsent("naming." + namingKey(o.hit().entry()), k -> new ArrayList<>()).add(e);
            }
        }
        List<FeatureValue> out = new ArrayList<>(specs.size());
        for (Category c : categories) {
            for (String voice : List.of("narrator", "quoted")) {
                List<Evidence> l = ev.getOrDefault(c.key() + "." + voice, List.of());
                out.add(new FeatureValue(NAME + "." + c.key() + "." + voice + "_per_1k", l.size() * per1k, l));
            }
        }
        for (String voice : List.of("narrator", "quoted")) {
            List<Evidence> l = ev.getOrDefault("total." + voice, List.of());
            out.add(new FeatureValue(NAME + ".total." + voice + "_per_1k", l.size() * per1k, l));
        }
        List<Evidence> negated = ev.getOrDefault("negated", List.of());
        int loaded = ev.getOrDefault("loaded", List.of()).size();
        out.add(new FeatureValue(NAME + ".negated_share", loaded == 0 ? 0 : (double) negated.size() / loaded, negated));
        List<Evidence> scare = new ArrayList<>();
        for (ScareQuote q : a.scareQuotes()) {
            if (!inBlurb(layer, q.start())) {
                scare.add(new Evidence(q.start(), q.end(), "scare-quote", q.term()));
            }
        }
        out.add(new FeatureValue(NAME + ".scare_quotes", scare.size(), scare));
        int reports = ev.getOrDefault("report", List.of()).size();
        for (String st : STANCES) {
            List<Evidence> l = ev.getOrDefault("report." + st, List.of());
            out.add(new FeatureValue(NAME + ".report." + st + "_share", reports == 0 ? 0 : (double) l.size() / reports, l));
        }
        for (String k : namingKeys) {
            List<Evidence> l = ev.getOrDefault("naming." + k, List.of());
            out.add(new FeatureValue(NAME + ".naming." + k, l.size(), l));
        }
        headline(article, out);
        return out;
    }

    private void headline(Article article, List<FeatureValue> out) {
        List<Evidence> hits = new ArrayList<>();
        List<Evidence> scare = new ArrayList<>();
        if (!article.headline().isBlank()) {
            TextLayer h = TextLayer.of(article.headline());
            TermAnalysis a = terms.analyze(h);
            for (TermOccurrence o : a.terms()) {
                if (LoadedTerms.LOADED.contains(o.category())) {
                    hits.add(evidence(o, "headline-term"));
                }
            }
            for (ScareQuote q : a.scareQuotes()) {
                scare.add(new Evidence(q.start(), q.end(), "headline-scare-quote", q.term()));
            }
        }
        out.add(new FeatureValue(NAME + ".headline.hits", hits.size(), hits));
        out.add(new FeatureValue(NAME + ".headline.scare_quotes", scare.size(), scare));
    }

    private static Evidence evidence(TermOccurrence o, String kind) {
        LexiconEntry e = o.hit().entry();
        StringBuilder note = new StringBuilder(e.category().key());
        if (!e.side().isEmpty()) {
            note.append(" side=").append(e.side());
        }
        if (!e.group().isEmpty()) {
            note.append(" group=").append(e.group());
        }
        if (o.voice() == Voice.QUOTED) {
            note.append(" quoted");
        }
        if (o.negated()) {
            note.append(" negated");
        }
        if (o.scareQuoted()) {
            note.append(" scare-quoted");
        }
        return new Evidence(o.hit().start(), o.hit().end(), kind, note.toString());
    }

    private static boolean inBlurb(TextLayer layer, int offset) {
        int b = layer.blockAt(offset);
        return b >= 0 && layer.blocks().get(b).kind() == BlockKind.BLURB;
    }

    private static int bodyWords(TextLayer layer) {
        // most articles have no marked blurb: then no token needs its block looked up
        boolean blurbs = layer.blocks().stream().anyMatch(b -> b.kind() == BlockKind.BLURB);
        int n = 0;
        for (int i = 0; i < layer.tokenCount(); i++) {
            if (layer.isWord(i) && !(blurbs && inBlurb(layer, layer.tokenStart(i)))) {
                n++;
            }
        }
        return n;
    }
}
