package org.slant.cli.words;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * {@link WordFeatures#VECTOR_NAMES} followed by {@code word_prior} and {@code word_familiarity} from
 * {@link WordPriors}.
 *
 * @param table the rows, in sentence then word order
 * @param words what each row is, in the table's order
 * @param priors the word counts over all of the sentences
 */
public record WordTable(FeatureTable table, List<Word> words, WordPriors priors) {

    /** Feature-set name recorded in the model; bump it when the columns change. */
    public static final String FEATURE_SET = "slant-words/1";
    /** Label of a word inside a marked span. */
    public static final String MARKED = "marked";
    /** Label of any other word. */
    public static final String PLAIN = "plain";
    /** The column names, in order. */
    public static final List<String> COLUMN_NAMES = columnNames();
    /** The columns, in order. */
    public static final List<Column> COLUMNS = COLUMN_NAMES.stream().map(Column::named).toList();

    public WordTable {
        words = List.copyOf(words);
    }

    private static List<String> columnNames() {
        List<String> n = new ArrayList<>(WordFeatures.VECTOR_NAMES);
        n.add("word_prior");
        n.add("word_familiarity");
        return List.copyOf(n);
    }

    /**
     * One word of the table.
     *
     * @param sentence index of its sentence in the input list
     * @param features what the scorer saw
     * @param marked whether it overlaps a marked span
     */
    public record Word(int sentence, WordFeatures features, boolean marked) {}

    /**
     * Builds the table. Each row's prior leaves out its own group's counts, so a row looks as a word of an
     * unseen article will look to the trained model and the prior cannot simply echo the row's label.
     */
    public static WordTable build(List<LabelledSentence> sentences, WordScorer scorer) {
        List<Word> words = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            LabelledSentence ls = sentences.get(s);
            for (WordFeatures f : scorer.features(ls.text())) {
                words.add(new Word(s, f, ls.marks(f.start(), f.end())));
                groups.add(ls.group());
            }
        }
        Map<String, int[]> total = new HashMap<>();
        Map<String, Map<String, int[]>> byGroup = new HashMap<>();
        int marked = 0;
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            int m = w.marked() ? 1 : 0;
            marked += m;
            add(total.computeIfAbsent(w.features().word(), k -> new int[2]), m);
            add(byGroup.computeIfAbsent(groups.get(i), k -> new HashMap<>())
                    .computeIfAbsent(w.features().word(), k -> new int[2]), m);
        }
        Map<String, WordPriors.Count> counts = new HashMap<>();
        total.forEach((k, v) -> counts.put(k, new WordPriors.Count(v[0], v[1])));
        WordPriors priors = new WordPriors(counts, words.isEmpty() ? 0 : (double) marked / words.size(),
                WordPriors.DEFAULT_SMOOTHING);
        List<Row> rows = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            int[] own = byGroup.get(groups.get(i)).get(w.features().word());
            rows.add(new Row("s" + w.sentence() + "w" + i, null, null, groups.get(i), w.marked() ? MARKED : PLAIN,
                    vector(w.features(), priors, new WordPriors.Count(own[0], own[1]))));
        }
        return new WordTable(new FeatureTable(FEATURE_SET, COLUMNS, rows), words, priors);
    }

    private static void add(int[] c, int marked) {
        c[0] += marked;
        c[1]++;
    }

    /** The row values of a word, with {@code minus} left out of its prior (null for none). */
    static FeatureVector vector(WordFeatures f, WordPriors priors, WordPriors.Count minus) {
        List<Double> v = f.vector();
        FeatureVector.Builder b = FeatureVector.builder(COLUMNS.size());
        for (int i = 0; i < v.size(); i++) {
            b.set(i, v.get(i));
        }
        b.set(v.size(), priors.rate(f.word(), minus));
        b.set(v.size() + 1, priors.familiarity(f.word(), minus));
        return b.build();
    }
}
