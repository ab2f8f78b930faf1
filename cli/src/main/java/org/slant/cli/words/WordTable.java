package org.slant.cli.words;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slant.analysis.table.Column;
import org.slant.analysis.table.FeatureTable;
import org.slant.analysis.table.FeatureVector;
import org.slant.analysis.table.Row;
import org.slant.features.lexicon.LabelledSentence;
import org.slant.features.lexicon.WordFeatures;
import org.slant.features.lexicon.WordScorer;

/**
 * The training table of a word model: one row per word of each labelled sentence, labelled
 * {@link #MARKED} when the word overlaps a marked span, with the sentence's group as the row's story so
 * cross-validation grouped by story keeps a group's words in one fold. Columns are
 * {@link WordFeatures#VECTOR_NAMES} followed by {@link #PRIOR_COLUMNS}, marked rates from {@link WordPriors}
 * of the word, its crude stem (first five letters), and its neighbours.
 *
 * @param table the rows, in sentence then word order
 * @param words what each row is, in the table's order
 * @param priors the word counts over all of the sentences
 */
public record WordTable(FeatureTable table, List<Word> words, WordPriors priors) {

    /** Feature-set name recorded in the model; bump it when the columns change. */
    public static final String FEATURE_SET = "slant-words/2";
    /** Label of a word inside a marked span. */
    public static final String MARKED = "marked";
    /** Label of any other word. */
    public static final String PLAIN = "plain";
    /** The columns computed from {@link WordPriors}, after the word-feature vector. */
    public static final List<String> PRIOR_COLUMNS = List.of("word_prior", "word_familiarity", "stem_prior",
            "previous_word_prior", "next_word_prior");
    /** The column names, in order. */
    public static final List<String> COLUMN_NAMES = columnNames();
    /** The columns, in order. */
    public static final List<Column> COLUMNS = COLUMN_NAMES.stream().map(Column::named).toList();

    /**
     * Copies the words and validates the table.
     *
     * @param table the rows, in sentence then word order
     * @param words what each row is, in the table's order
     * @param priors the word counts over all of the sentences
     */
    public WordTable {
        words = List.copyOf(words);
    }

    private static List<String> columnNames() {
        List<String> n = new ArrayList<>(WordFeatures.VECTOR_NAMES);
        n.addAll(PRIOR_COLUMNS);
        return List.copyOf(n);
    }

    /**
     * One word of the table.
     *
     * @param sentence index of its sentence in the input list
     * @param group its sentence's group
     * @param features what the scorer saw
     * @param marked whether it overlaps a marked span
     */
    public record Word(int sentence, String group, WordFeatures features, boolean marked) {}

    /**
     * Every word of the sentences with its label, in sentence then word order.
     *
     * @param sentences labelled sentences
     * @param scorer what computes each word's features
     * @return the words
     */
    public static List<Word> words(List<LabelledSentence> sentences, WordScorer scorer) {
        List<Word> words = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            LabelledSentence ls = sentences.get(s);
            for (WordFeatures f : scorer.features(ls.text())) {
                words.add(new Word(s, ls.group(), f, ls.marks(f.start(), f.end())));
            }
        }
        return words;
    }

    /**
     * The training table of the sentences' words; see {@link #of(List)}.
     *
     * @param sentences labelled sentences
     * @param scorer what computes each word's features
     * @return the table
     */
    public static WordTable build(List<LabelledSentence> sentences, WordScorer scorer) {
        return of(words(sentences, scorer));
    }

    /**
     * The training table of these words, with priors counted over them. Each row's prior leaves out its
     * own group's counts, so a row looks as a word of an unseen article will look to the trained model and
     * the prior cannot simply echo the row's label.
     *
     * @param words the words, as {@link #words} gives them
     * @return the table
     */
    public static WordTable of(List<Word> words) {
        Map<String, int[]> total = new HashMap<>();
        Map<String, Map<String, int[]>> byGroup = new HashMap<>();
        int marked = 0;
        for (Word w : words) {
            int m = w.marked() ? 1 : 0;
            marked += m;
            Map<String, int[]> own = byGroup.computeIfAbsent(w.group(), k -> new HashMap<>());
            for (String key : List.of(WordPriors.wordKey(w.features().word()), WordPriors.stemKey(w.features().word()))) {
                add(total.computeIfAbsent(key, k -> new int[2]), m);
                add(own.computeIfAbsent(key, k -> new int[2]), m);
            }
        }
        Map<String, WordPriors.Count> counts = new HashMap<>();
        total.forEach((k, v) -> counts.put(k, new WordPriors.Count(v[0], v[1])));
        WordPriors priors = new WordPriors(counts, words.isEmpty() ? 0 : (double) marked / words.size(),
                WordPriors.DEFAULT_SMOOTHING);
        List<Row> rows = new ArrayList<>(words.size());
        for (Word w : words) {
            Map<String, int[]> own = byGroup.get(w.group());
            rows.add(row(w, vector(w.features(), priors, key -> {
                int[] c = own.get(key);
                return c == null ? null : new WordPriors.Count(c[0], c[1]);
            })));
        }
        return new WordTable(new FeatureTable(FEATURE_SET, COLUMNS, rows), words, priors);
    }

    /**
     * A table of words scored with {@code priors} from other data (nothing left out), e.g. a held-out fold.
     *
     * @param words the words
     * @param priors counts from other data
     * @return the feature table
     */
    public static FeatureTable apply(List<Word> words, WordPriors priors) {
        List<Row> rows = new ArrayList<>(words.size());
        for (Word w : words) {
            rows.add(row(w, vector(w.features(), priors, null)));
        }
        return new FeatureTable(FEATURE_SET, COLUMNS, rows);
    }

    private static Row row(Word w, FeatureVector v) {
        return new Row("s" + w.sentence() + ":" + w.features().start(), null, null, w.group(),
                w.marked() ? MARKED : PLAIN, v);
    }

    private static void add(int[] c, int marked) {
        c[0] += marked;
        c[1]++;
    }

    /**
     * The row values of a word; {@code leftOut} gives the counts to leave out of each prior key (its
     * own group's), or null for none.
     */
    static FeatureVector vector(WordFeatures f, WordPriors priors, Function<String, WordPriors.Count> leftOut) {
        Function<String, WordPriors.Count> minus = leftOut == null ? key -> null : leftOut;
        List<Double> v = f.vector();
        FeatureVector.Builder b = FeatureVector.builder(COLUMNS.size());
        for (int i = 0; i < v.size(); i++) {
            b.set(i, v.get(i));
        }
        int k = v.size();
        String word = WordPriors.wordKey(f.word());
        b.set(k, priors.rate(word, minus.apply(word)));
        b.set(k + 1, priors.familiarity(word, minus.apply(word)));
        String stem = WordPriors.stemKey(f.word());
        b.set(k + 2, priors.rate(stem, minus.apply(stem)));
        // a sentence boundary counts as a word never marked
        b.set(k + 3, f.previousWord().isEmpty() ? 0 : priors.rate(WordPriors.wordKey(f.previousWord()),
                minus.apply(WordPriors.wordKey(f.previousWord()))));
        b.set(k + 4, f.nextWord().isEmpty() ? 0 : priors.rate(WordPriors.wordKey(f.nextWord()),
                minus.apply(WordPriors.wordKey(f.nextWord()))));
        return b.build();
    }
}
