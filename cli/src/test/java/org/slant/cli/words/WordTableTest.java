package org.slant.cli.words;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.slant.analysis.table.Row;
import org.slant.features.lexicon.LabelledSentence;
import org.slant.features.lexicon.WordFeatures;
import org.slant.features.lexicon.WordScorer;

class WordTableTest {

    private static LabelledSentence sentence(String id, String text, String group, int... span) {
        List<LabelledSentence.Span> spans = span.length == 0 ? List.of() : List.of(new LabelledSentence.Span(span[0], span[1]));
        return new LabelledSentence(id, text, spans, group, span.length > 0);
    }

    @Test
    void oneRowPerWordLabelledByOverlapAndGroupedBySentenceGroup() {
        WordTable t = WordTable.build(List.of(
                sentence("a", "A shameful plan failed.", "g1", 2, 10),
                sentence("b", "The plan passed.", "g2")), WordScorer.standard());
        assertEquals(7, t.table().rows().size());
        assertEquals(WordTable.COLUMN_NAMES, t.table().columnNames());
        assertEquals(WordFeatures.VECTOR_NAMES.size() + WordTable.PRIOR_COLUMNS.size(), WordTable.COLUMN_NAMES.size());
        List<String> labels = t.table().rows().stream().map(Row::label).toList();
        assertEquals(List.of(WordTable.PLAIN, WordTable.MARKED, WordTable.PLAIN, WordTable.PLAIN,
                WordTable.PLAIN, WordTable.PLAIN, WordTable.PLAIN), labels);
        assertEquals(List.of("g1", "g1", "g1", "g1", "g2", "g2", "g2"),
                t.table().rows().stream().map(Row::story).toList());
        assertEquals("shameful", t.words().get(1).features().word());
        assertEquals(0, t.words().get(1).sentence());
        assertEquals("g1", t.words().get(1).group());
        assertEquals(1, t.words().get(5).sentence());
    }

    @Test
    void aRowsWordPriorLeavesOutItsOwnGroup() {
        WordTable t = WordTable.build(List.of(
                sentence("a", "A shameful plan.", "g1", 2, 10),
                sentence("b", "A shameful deal.", "g2", 2, 10),
                sentence("c", "A shameful vote.", "g2", 2, 10)), WordScorer.standard());
        int prior = WordTable.COLUMN_NAMES.indexOf("word_prior");
        WordPriors p = t.priors();
        double base = p.baseRate();
        // in g1 the row sees only g2's two marked uses; in g2 only g1's one
        double g1 = (2 + WordPriors.DEFAULT_SMOOTHING * base) / (2 + WordPriors.DEFAULT_SMOOTHING);
        double g2 = (1 + WordPriors.DEFAULT_SMOOTHING * base) / (1 + WordPriors.DEFAULT_SMOOTHING);
        assertEquals(g1, t.table().rows().get(1).values().get(prior), 1e-12);
        assertEquals(g2, t.table().rows().get(4).values().get(prior), 1e-12);
        assertEquals(new WordPriors.Count(3, 3), p.counts().get(WordPriors.wordKey("shameful")));
        assertEquals((3 + WordPriors.DEFAULT_SMOOTHING * base) / (3 + WordPriors.DEFAULT_SMOOTHING),
                p.rate("shameful"), 1e-12, "a new text sees all the counts");
        assertTrue(p.rate("unseen") == base);
    }

    @Test
    void heldOutWordsSeeTheTrainingCountsWhole() {
        WordTable train = WordTable.build(List.of(
                sentence("a", "A shameful plan.", "g1", 2, 10),
                sentence("b", "A shameful deal.", "g2", 2, 10)), WordScorer.standard());
        List<WordTable.Word> test = WordTable.words(List.of(sentence("c", "A shameful vote.", "g3")),
                WordScorer.standard());
        var table = WordTable.apply(test, train.priors());
        int prior = WordTable.COLUMN_NAMES.indexOf("word_prior");
        assertEquals(train.priors().rate("shameful"), table.rows().get(1).values().get(prior), 1e-12);
        assertEquals(WordTable.PLAIN, table.rows().get(1).label());
    }
}
