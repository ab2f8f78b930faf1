package org.slant.analysis.text;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slant.analysis.table.Column;
import org.slant.analysis.table.FeatureTable;
import org.slant.analysis.table.FeatureVector;
import org.slant.analysis.table.Row;

/**
 * A fitted vocabulary: turns texts into word and n-gram columns named {@code w:term} ({@code w:new/york}
 * for a bigram). Fitting reads the texts once to count document frequencies; it never looks at labels,
 * so fitting on a whole corpus before grouped cross-validation leaks no label information.
 *
 * <p>Memory is bounded by the vocabulary, not the corpus: while counting, when more than
 * {@link #MAX_CANDIDATES} candidate terms are held, terms seen in only one text so far are dropped (their
 * document frequency may then be undercounted by one, which only matters for terms at the
 * {@code minDocFreq} edge). Immutable and thread-safe; round-trips through Jackson.
 */
public final class TextVectorizer {
    /** The prefix of every word and n-gram column this vectorizer makes ({@code w:term}), and how readers tell them apart. */
    public static final String WORD_PREFIX = "w:";

    /** Candidate terms held while counting before the singletons are pruned. */
    public static final int MAX_CANDIDATES = 3_000_000;

    private final TextFeatureConfig config;
    private final int documents;
    private final List<String> terms;
    private final List<Integer> docFreqs;
    private final Map<String, Integer> index;
    private final double[] idf;

    /**
     * A vectorizer from its saved state.
     *
     * @param config the configuration it was fitted with
     * @param documents number of texts it was fitted on
     * @param terms the vocabulary, in column order
     * @param docFreqs document frequency of each term
     */
    @JsonCreator
    public TextVectorizer(@JsonProperty("config") TextFeatureConfig config, @JsonProperty("documents") int documents,
            @JsonProperty("terms") List<String> terms, @JsonProperty("docFreqs") List<Integer> docFreqs) {
        if (config == null || terms == null || docFreqs == null || terms.size() != docFreqs.size()) {
            throw new IllegalArgumentException("vectorizer needs a config and one document frequency per term");
        }
        this.config = config;
        this.documents = documents;
        this.terms = List.copyOf(terms);
        this.docFreqs = List.copyOf(docFreqs);
        this.index = new HashMap<>(terms.size() * 2);
        this.idf = new double[terms.size()];
        for (int i = 0; i < terms.size(); i++) {
            if (index.put(terms.get(i), i) != null) {
                throw new IllegalArgumentException("duplicate term '" + terms.get(i) + "'");
            }
            idf[i] = Math.log((1.0 + documents) / (1.0 + docFreqs.get(i))) + 1.0;
        }
    }

    /**
     * Counts document frequencies over {@code docs} (read once) and keeps the vocabulary the config asks
     * for: terms within the document-frequency limits, the {@code maxFeatures} most frequent of them (ties
     * broken alphabetically), in alphabetical column order.
     *
     * @param config which terms to count and keep
     * @param docs the texts to fit on; iterated once, labels ignored
     * @return the fitted vectorizer; deterministic for the same texts in the same order
     */
    public static TextVectorizer fit(TextFeatureConfig config, Iterable<TextDoc> docs) {
        Map<String, int[]> df = new HashMap<>();
        int n = 0;
        for (TextDoc d : docs) {
            n++;
            for (String t : distinctTerms(config, d.text())) {
                df.computeIfAbsent(t, k -> new int[1])[0]++;
            }
            if (df.size() > MAX_CANDIDATES) {
                df.values().removeIf(c -> c[0] <= 1);
            }
        }
        double maxDf = config.maxDocFraction() * n;
        List<Map.Entry<String, int[]>> kept = new ArrayList<>();
        for (Map.Entry<String, int[]> e : df.entrySet()) {
            int f = e.getValue()[0];
            if (f >= config.minDocFreq() && f <= maxDf) {
                kept.add(e);
            }
        }
        kept.sort((a, b) -> a.getValue()[0] != b.getValue()[0]
                ? Integer.compare(b.getValue()[0], a.getValue()[0]) : a.getKey().compareTo(b.getKey()));
        if (kept.size() > config.maxFeatures()) {
            kept = kept.subList(0, config.maxFeatures());
        }
        // column order: alphabetical, so the same vocabulary always gives the same table
        kept.sort(Map.Entry.comparingByKey());
        return new TextVectorizer(config, n, kept.stream().map(Map.Entry::getKey).toList(),
                kept.stream().map(e -> e.getValue()[0]).toList());
    }

    private static java.util.Set<String> distinctTerms(TextFeatureConfig config, String text) {
        java.util.Set<String> out = new java.util.HashSet<>();
        forEachTerm(config, text, out::add);
        return out;
    }

    private static void forEachTerm(TextFeatureConfig config, String text, java.util.function.Consumer<String> action) {
        List<String> tokens = Tokens.of(text, config.maxTokens());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            for (int len = config.minN(); len <= config.maxN() && i + len <= tokens.size(); len++) {
                sb.setLength(0);
                for (int j = i; j < i + len; j++) {
                    if (j > i) {
                        sb.append('/');
                    }
                    sb.append(tokens.get(j));
                }
                action.accept(sb.toString());
            }
        }
    }

    /**
     * Turns a text into the vectorizer's columns, weighted as the config says; terms outside the
     * vocabulary are ignored. With {@link Weighting#TFIDF} a non-empty vector has unit Euclidean length.
     *
     * @param text the text; not null
     * @return a vector of one value per term, in column order
     */
    public FeatureVector vector(String text) {
        Map<Integer, int[]> counts = new HashMap<>();
        forEachTerm(config, text, t -> {
            Integer i = index.get(t);
            if (i != null) {
                counts.computeIfAbsent(i, k -> new int[1])[0]++;
            }
        });
        FeatureVector.Builder b = FeatureVector.builder(terms.size());
        double norm = 0;
        Map<Integer, Double> values = new HashMap<>();
        for (Map.Entry<Integer, int[]> e : counts.entrySet()) {
            int c = e.getValue()[0];
            double v = switch (config.weighting()) {
                case COUNT -> c;
                case BINARY -> 1.0;
                case LOG_COUNT -> 1.0 + Math.log(c);
                case TFIDF -> (1.0 + Math.log(c)) * idf[e.getKey()];
            };
            values.put(e.getKey(), v);
            norm += v * v;
        }
        double scale = config.weighting() == Weighting.TFIDF && norm > 0 ? 1.0 / Math.sqrt(norm) : 1.0;
        values.forEach((i, v) -> b.set(i, v * scale));
        return b.build();
    }

    /**
     * Makes a table row of a text.
     *
     * @param d the text and its row fields
     * @return a row with {@code d}'s fields and {@link #vector(String)} of its text
     */
    public Row row(TextDoc d) {
        return new Row(d.id(), d.outlet(), d.date(), d.story(), d.label(), vector(d.text()));
    }

    /**
     * Makes a table of texts, e.g. of new texts with a vocabulary fitted earlier.
     *
     * @param docs the texts; iterated once, ids unique
     * @return a table named {@link #featureSetName()} with {@link #columns()} and one row per text, in order
     * @throws IllegalArgumentException if two texts share an id
     */
    public FeatureTable table(Iterable<TextDoc> docs) {
        List<Row> rows = new ArrayList<>();
        docs.forEach(d -> rows.add(row(d)));
        return new FeatureTable(featureSetName(), columns(), rows);
    }

    /**
     * Describes the columns: each is named {@code w:term} and says how it is weighted.
     *
     * @return one column per term, in column order; a new list
     */
    public List<Column> columns() {
        String what = switch (config.weighting()) {
            case COUNT -> "occurrences";
            case BINARY -> "presence (0/1)";
            case LOG_COUNT -> "1 + ln(occurrences)";
            case TFIDF -> "tf-idf weight (unit-length rows)";
        };
        List<Column> cols = new ArrayList<>(terms.size());
        for (String t : terms) {
            cols.add(new Column(WORD_PREFIX + t, what + " of '" + t.replace('/', ' ') + "'",
                    config.weighting() == Weighting.COUNT ? "count" : "weight"));
        }
        return cols;
    }

    /**
     * Names the feature set by what made it, e.g. {@code words/1-2/tfidf/v=20000}.
     *
     * @return {@code words/<minN>-<maxN>/<weighting>/v=<vocabulary size>}
     */
    public String featureSetName() {
        return "words/" + config.minN() + "-" + config.maxN() + "/" + config.weighting().name().toLowerCase(java.util.Locale.ROOT)
                + "/v=" + terms.size();
    }

    /**
     * Gives the configuration it was fitted with.
     *
     * @return the configuration
     */
    @JsonProperty("config")
    public TextFeatureConfig config() {
        return config;
    }

    /**
     * Gives the number of texts it was fitted on, which the tf-idf weights depend on.
     *
     * @return the number of texts
     */
    @JsonProperty("documents")
    public int documents() {
        return documents;
    }

    /**
     * Gives the vocabulary; an n-gram's words are joined by {@code /}.
     *
     * @return the terms in column order, without {@link #WORD_PREFIX}; unmodifiable
     */
    @JsonProperty("terms")
    public List<String> terms() {
        return terms;
    }

    /**
     * Gives how many fitted texts held each term.
     *
     * @return the document frequencies in column order; unmodifiable
     */
    @JsonProperty("docFreqs")
    public List<Integer> docFreqs() {
        return docFreqs;
    }
}
