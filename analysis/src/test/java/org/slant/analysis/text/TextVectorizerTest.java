package org.slant.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.slant.analysis.internal.Json;
import org.slant.analysis.table.FeatureTable;

class TextVectorizerTest {
    static final List<TextDoc> DOCS = List.of(
            new TextDoc("a", "x.com", null, null, "left", "New York police said the New York march was peaceful."),
            new TextDoc("b", "y.com", null, null, "right", "Police in New York said protesters blocked traffic."),
            new TextDoc("c", "z.com", null, null, "left", "The march in Chicago was peaceful, organisers said."));

    @Test
    void bigramsAndDocumentFrequencyLimitsChooseTheVocabulary() {
        TextVectorizer v = TextVectorizer.fit(TextFeatureConfig.words().withNgrams(1, 2).withVocabulary(2, 1.0, 100), DOCS);
        assertTrue(v.terms().contains("new/york"), v.terms().toString());
        assertTrue(v.terms().contains("said"));
        assertTrue(!v.terms().contains("chicago"), "found in one text only");
        FeatureTable t = v.table(DOCS);
        assertEquals(2.0, t.rows().get(0).values().get(t.columnIndex("w:new/york")));
        TextVectorizer df = TextVectorizer.fit(TextFeatureConfig.words().withVocabulary(1, 0.5, 100), DOCS);
        assertTrue(!df.terms().contains("said"), "in every text, above maxDocFraction");
    }

    @Test
    void tfidfRowsHaveUnitLengthAndTheVectorizerRoundTripsThroughJson() throws Exception {
        TextVectorizer v = TextVectorizer.fit(TextFeatureConfig.words().withVocabulary(1, 1.0, 100)
                .withWeighting(Weighting.TFIDF), DOCS);
        var row = v.vector(DOCS.get(2).text());
        double norm = 0;
        for (int k = 0; k < row.storedCount(); k++) {
            norm += row.storedValue(k) * row.storedValue(k);
        }
        assertEquals(1.0, norm, 1e-12);
        TextVectorizer back = Json.MAPPER.readValue(Json.MAPPER.writeValueAsString(v), TextVectorizer.class);
        assertEquals(v.table(DOCS), back.table(DOCS));
    }

    @Test
    void badConfigurationsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> TextFeatureConfig.words().withNgrams(2, 1));
        assertThrows(IllegalArgumentException.class, () -> TextFeatureConfig.words().withVocabulary(0, 1.0, 10));
        assertThrows(IllegalArgumentException.class, () -> TextFeatureConfig.words().withVocabulary(1, 0.0, 10));
    }
}
