package org.slant.cli.words;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slant.features.lexicon.LabelledSentence;

class LabelledSentencesTest {

    private static List<LabelledSentence> parse(String text) throws IOException {
        return LabelledSentences.parse(text.getBytes(StandardCharsets.UTF_8), "test.jsonl");
    }

    @Test
    void readsSlantsOwnForm() throws IOException {
        List<LabelledSentence> s = parse("{\"id\":\"a\",\"text\":\"A shameful plan.\",\"spans\":[[2,10]],"
                + "\"label\":\"Biased\",\"group\":\"g1\"}\n\n{\"id\":\"b\",\"text\":\"A plan.\"}\n");
        assertEquals(2, s.size());
        assertEquals(List.of(new LabelledSentence.Span(2, 10)), s.get(0).biasedSpans());
        assertEquals("g1", s.get(0).group());
        assertTrue(s.get(0).biased());
        assertEquals("b", s.get(1).group(), "without a group the id is the group");
        assertFalse(s.get(1).biased(), "without a label and spans a sentence is not biased");
    }

    @Test
    void readsBabeFieldsWithTheSourceArticleAsGroup() throws IOException {
        List<LabelledSentence> s = parse("{\"id\":\"x-1\",\"text\":\"They slammed the reckless plan.\","
                + "\"url\":\"https://example.org/a\",\"label_bias\":\"Non-biased\","
                + "\"biased_word_spans\":[{\"start\":5,\"end\":12,\"text\":\"slammed\"}]}");
        assertEquals(List.of(new LabelledSentence.Span(5, 12)), s.get(0).biasedSpans());
        assertEquals("https://example.org/a", s.get(0).group());
        assertFalse(s.get(0).biased(), "the sentence label wins over the spans");
    }

    @Test
    void noAgreementFallsBackOnTheSpans() throws IOException {
        List<LabelledSentence> s = parse("{\"id\":\"m\",\"text\":\"A reckless plan.\",\"label_bias\":\"No agreement\","
                + "\"biased_word_spans\":[{\"start\":2,\"end\":10}]}");
        assertTrue(s.get(0).biased());
    }

    @Test
    void badRecordsNameTheLine() {
        IOException e = assertThrows(IOException.class,
                () -> parse("{\"id\":\"a\",\"text\":\"ok\"}\n{\"id\":\"b\",\"text\":\"short\",\"spans\":[[0,99]]}"));
        assertTrue(e.getMessage().startsWith("test.jsonl:2:"), e.getMessage());
        e = assertThrows(IOException.class, () -> parse("{\"id\":\"a\",\"text\":\"ok\",\"spans\":[\"x\"]}"));
        assertTrue(e.getMessage().contains("test.jsonl:1:") && e.getMessage().contains("span"), e.getMessage());
        e = assertThrows(IOException.class, () -> parse("not json"));
        assertTrue(e.getMessage().contains("test.jsonl:1: not JSON"), e.getMessage());
    }
}
