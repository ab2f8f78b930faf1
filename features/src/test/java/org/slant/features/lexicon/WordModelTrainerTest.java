package org.slant.features.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.features.FeaturesException;

class WordModelTrainerTest {

    /** Sentences where "frivolous" (absent from every lexicon) is always marked, other words never. */
    private static List<LabelledSentence> data() {
        String[] subjects = {"The mayor", "Her rival", "The board", "A senator", "The union", "Their lawyer",
            "The agency", "His party"};
        String[] objects = {"lawsuit", "request", "inquiry", "complaint", "motion", "petition"};
        List<LabelledSentence> out = new ArrayList<>();
        int id = 0;
        for (String s : subjects) {
            for (String o : objects) {
                String biased = s + " filed a frivolous " + o + " on Monday.";
                int at = biased.indexOf("frivolous");
                out.add(new LabelledSentence("b" + id, biased,
                        List.of(new LabelledSentence.Span(at, at + "frivolous".length())), "g" + (id % 12), true));
                out.add(new LabelledSentence("n" + id, s + " filed a new " + o + " on Monday.", List.of(),
                        "g" + (id % 12), false));
                id++;
            }
        }
        return out;
    }

    private static final WordTrainerOptions OPTIONS = new WordTrainerOptions(10, 0.1, 1e-6, 12, 0.25, 42L);

    @Test
    void trainedModelLearnsAWordNoLexiconKnows() {
        TrainedWordModel m = WordModelTrainer.of(LoadedTerms.standard(), OPTIONS).train(data(), "synthetic", "");
        WordScorer scorer = WordScorer.of(LoadedTerms.standard(), m);
        String text = "The governor filed a frivolous appeal on Monday.";
        SentenceScore s = scorer.score(text);
        assertEquals(List.of("frivolous"), s.flagged().stream().map(w -> w.features().word()).toList());
        assertTrue(s.biased());
        assertTrue(scorer.score("The governor filed a new appeal on Monday.").flagged().isEmpty());
    }

    @Test
    void crossValidationScoresEverySentenceOutOfFold() {
        List<LabelledSentence> data = data();
        Map<String, SentenceScore> oof = WordModelTrainer.of(LoadedTerms.standard(), OPTIONS).crossValidate(data, 4);
        assertEquals(data.size(), oof.size());
        long correct = data.stream().filter(s -> oof.get(s.id()).biased() == s.biased()).count();
        assertTrue(correct >= data.size() * 0.9, correct + " of " + data.size());
    }

    @Test
    void sameSeedGivesTheSameModel(@TempDir Path dir) throws FeaturesException, java.io.IOException {
        WordModelTrainer t = WordModelTrainer.of(LoadedTerms.standard(), OPTIONS);
        t.train(data(), "synthetic", "").write(dir.resolve("a.json"));
        t.train(data(), "synthetic", "").write(dir.resolve("b.json"));
        assertEquals(Files.readString(dir.resolve("a.json")), Files.readString(dir.resolve("b.json")));
    }

    @Test
    void modelRoundTripsWithItsProvenance(@TempDir Path dir) throws FeaturesException {
        TrainedWordModel m = WordModelTrainer.of(LoadedTerms.standard(), OPTIONS).train(data(), "synthetic.jsonl", "abc");
        Path f = dir.resolve("m.json");
        m.write(f);
        TrainedWordModel back = TrainedWordModel.read(f);
        assertEquals(m.provenance(), back.provenance());
        assertEquals(OPTIONS, back.provenance().options());
        assertEquals(m.threshold(), back.threshold());
        WordScorer a = WordScorer.of(LoadedTerms.standard(), m);
        WordScorer b = WordScorer.of(LoadedTerms.standard(), back);
        String text = "A judge called it a frivolous and reckless lawsuit.";
        assertEquals(a.score(text), b.score(text));
    }

    @Test
    void unreadableOrForeignModelFileIsAnError(@TempDir Path dir) throws java.io.IOException {
        Path f = dir.resolve("other.json");
        Files.writeString(f, "{\"format\":\"something-else\",\"hashBits\":12}");
        FeaturesException e = assertThrows(FeaturesException.class, () -> TrainedWordModel.read(f));
        assertTrue(e.getMessage().contains("format"), e.getMessage());
        assertThrows(FeaturesException.class, () -> TrainedWordModel.read(dir.resolve("missing.json")));
    }

    @Test
    void trainingWithoutMarkedWordsIsRejected() {
        List<LabelledSentence> none = List.of(new LabelledSentence("a", "Nothing marked here.", List.of(), "g", false),
                new LabelledSentence("b", "Nor here.", List.of(), "h", false));
        assertThrows(IllegalArgumentException.class,
                () -> WordModelTrainer.of(LoadedTerms.standard(), OPTIONS).train(none, "x", ""));
    }

    @Test
    void optionsRejectNonsenseAndRoundTripThroughJson() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> new WordTrainerOptions(0, 0.1, 0, 18, 0.2, 1));
        assertThrows(IllegalArgumentException.class, () -> new WordTrainerOptions(5, 0.1, 0, 30, 0.2, 1));
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        assertEquals(OPTIONS, mapper.readValue(mapper.writeValueAsString(OPTIONS), WordTrainerOptions.class));
    }
}
