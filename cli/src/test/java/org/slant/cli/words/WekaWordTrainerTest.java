package org.slant.cli.words;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.analysis.AnalysisException;
import org.slant.analysis.classify.ClassifierSpec;
import org.slant.features.lexicon.LabelledSentence;
import org.slant.features.lexicon.ScoredWord;
import org.slant.features.lexicon.SentenceScore;
import org.slant.features.lexicon.WordScorer;

class WekaWordTrainerTest {

    @TempDir
    Path dir;

    private static WekaWordTrainer trainer(String classifier) {
        return new WekaWordTrainer(WordScorer.standard(), ClassifierSpec.parse(classifier, java.util.Map.of()), 3, 7L,
                "builtin");
    }

    private static List<LabelledSentence> data(int groups) throws IOException {
        return LabelledSentences.parse(Fixtures.bytes(groups), "fixture");
    }

    @Test
    void wordThresholdMaximisesF1() {
        double[] scores = {0.9, 0.8, 0.7, 0.3, 0.2};
        boolean[] gold = {true, false, true, false, false};
        // flag >= 0.7: P 2/3, R 1 -> F1 0.8, better than 0.9 alone (0.667) or 0.3 (0.571)
        assertEquals(0.7, WekaWordTrainer.bestWordThreshold(scores, gold));
    }

    @Test
    void sentenceThresholdMaximisesMacroF1() {
        double[] maxima = {0.9, 0.6, 0.5, 0.1};
        boolean[] biased = {true, true, false, false};
        assertEquals(0.6, WekaWordTrainer.bestSentenceThreshold(maxima, biased));
    }

    @Test
    void trainedModelFlagsTheMarkedKindOfWordInUnseenSentences() throws AnalysisException, IOException {
        WekaWordModel m = trainer("logistic").train(data(6), "fixture.jsonl", "abc");
        SentenceScore biased = WordScorer.of(org.slant.features.lexicon.LoadedTerms.standard(), m)
                .score("The court announced an outrageous ruling on Friday.");
        List<String> flagged = biased.flagged().stream().map(w -> w.features().word()).toList();
        assertEquals(List.of("outrageous"), flagged);
        assertTrue(biased.biased());
        SentenceScore plain = WordScorer.of(org.slant.features.lexicon.LoadedTerms.standard(), m)
                .score("The court announced a new ruling on Friday.");
        assertTrue(plain.flagged().isEmpty());
        assertTrue(!plain.biased());
        WordModelProvenance p = m.provenance();
        assertEquals(48, p.sentences());
        assertEquals(24, p.marked());
        assertEquals("fixture.jsonl", p.trainingFile());
        assertEquals("abc", p.trainingFileSha256());
        assertEquals(7L, p.seed());
        assertEquals("logistic", p.classifier().name());
        assertEquals(WordTable.COLUMN_NAMES, p.featureNames());
        assertTrue(p.cv().wordF1() > 0.9, "cv " + p.cv());
    }

    @Test
    void savedModelReadsBackWithTheSameScoresAndProvenance() throws AnalysisException, IOException {
        WekaWordModel m = trainer("naive-bayes").train(data(5), "fixture.jsonl", "abc");
        Path file = dir.resolve("words.model");
        m.write(file);
        assertTrue(WekaWordModel.isWekaWordModel(file));
        WekaWordModel back = WekaWordModel.read(file);
        assertEquals(m.provenance(), back.provenance());
        assertEquals(m.priors(), back.priors());
        WordScorer a = WordScorer.of(org.slant.features.lexicon.LoadedTerms.standard(), m);
        WordScorer b = WordScorer.of(org.slant.features.lexicon.LoadedTerms.standard(), back);
        String text = "The union called the budget reckless and shameful.";
        assertEquals(a.score(text).words().stream().map(ScoredWord::score).toList(),
                b.score(text).words().stream().map(ScoredWord::score).toList());
        Path again = dir.resolve("again.model");
        back.write(again);
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(file), Files.readAllBytes(again)), "same bytes");
    }

    @Test
    void otherFilesAreNotTakenForWekaWordModels() throws IOException {
        Path json = dir.resolve("m.json");
        Files.writeString(json, "{\"format\":\"x\"}");
        assertTrue(!WekaWordModel.isWekaWordModel(json));
        Path zip = dir.resolve("other.zip");
        try (var z = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
            z.write(1);
        }
        IOException e = assertThrows(IOException.class, () -> WekaWordModel.read(zip));
        assertTrue(e.getMessage().contains("not a Slant Weka word model"), e.getMessage());
    }

    @Test
    void tooFewGroupsForTheFoldsIsAnError() {
        assertThrows(AnalysisException.class, () -> trainer("logistic").train(data(2), "f", "x"));
    }
}
