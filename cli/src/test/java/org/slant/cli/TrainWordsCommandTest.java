package org.slant.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.cli.words.WekaWordModel;

class TrainWordsCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** Written for this test: eight articles, in each half the sentences carry one marked judgemental adjective. */
    private Path labelled() throws IOException {
        List<String> lines = new ArrayList<>();
        String[] loaded = {"disgraceful", "shameful", "outrageous", "reckless"};
        String[] subjects = {"The council", "The minister", "The company", "The union", "The mayor"};
        String[] nouns = {"decision", "plan", "budget", "statement", "ruling"};
        int n = 0;
        for (int g = 0; g < 8; g++) {
            for (int k = 0; k < 6; k++, n++) {
                String head = subjects[n % subjects.length] + " defended a ";
                String noun = nouns[(n / 2) % nouns.length];
                if (k % 2 == 0) {
                    String w = loaded[(n / 2) % loaded.length];
                    lines.add(String.format("{\"id\":\"s%d\",\"text\":\"%s%s %s.\",\"biased_word_spans\":[{\"start\":%d,\"end\":%d}],"
                            + "\"label_bias\":\"Biased\",\"url\":\"https://example.org/%d\"}", n, head, w, noun, head.length(),
                            head.length() + w.length(), g));
                } else {
                    lines.add(String.format("{\"id\":\"s%d\",\"text\":\"%sbudget %s.\",\"spans\":[],\"label\":\"Non-biased\","
                            + "\"group\":\"https://example.org/%d\"}", n, head, noun, g));
                }
            }
        }
        Path f = dir.resolve("labelled.jsonl");
        Files.write(f, lines, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void trainedModelIsSavedWithProvenanceAndAppliedByLoadedWords() throws IOException {
        Path model = dir.resolve("words.model");
        Path oof = dir.resolve("oof.jsonl");
        assertEquals(SlantCli.OK, SlantCli.execute("train-words", "--in", labelled().toString(), "--classifier", "j48",
                "--folds", "4", "--seed", "3", "--out", model.toString(), "--predictions", oof.toString()));
        WekaWordModel m = WekaWordModel.read(model);
        assertEquals("j48", m.provenance().classifier().name());
        assertEquals(4, m.provenance().folds());
        assertEquals(3L, m.provenance().seed());
        assertEquals(64, m.provenance().trainingFileSha256().length());
        assertEquals(48, Files.readAllLines(oof).size());

        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, "{\"id\":\"t1\",\"text\":\"The court defended a reckless ruling.\"}\n"
                + "{\"id\":\"t2\",\"text\":\"The court defended a budget ruling.\"}\n");
        Path out = dir.resolve("out.jsonl");
        assertEquals(SlantCli.OK, SlantCli.execute("loaded-words", "--in", in.toString(), "--out", out.toString(),
                "--word-model", model.toString()));
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        JsonNode t1 = JSON.readTree(lines.get(0));
        JsonNode t2 = JSON.readTree(lines.get(1));
        assertEquals("[[21,29]]", t1.get("spans").toString(), "'reckless' is flagged");
        assertEquals("Biased", t1.get("label").asText());
        assertEquals("[]", t2.get("spans").toString());
        assertEquals("Non-biased", t2.get("label").asText());
    }

    @Test
    void crossValidationAloneWritesNoModel() throws IOException {
        assertEquals(SlantCli.OK, SlantCli.execute("train-words", "--in", labelled().toString(), "--folds", "4"));
        assertFalse(Files.exists(dir.resolve("words.model")));
    }

    @Test
    void badUsageExitsTwoAndMissingInputOne() throws IOException {
        Path in = labelled();
        assertEquals(SlantCli.USAGE, SlantCli.execute("train-words", "--in", in.toString(), "--classifier", "nope"));
        assertEquals(SlantCli.USAGE, SlantCli.execute("train-words", "--in", in.toString(), "--folds", "1"));
        assertEquals(SlantCli.USAGE, SlantCli.execute("train-words"));
        assertEquals(SlantCli.FAILURE, SlantCli.execute("train-words", "--in", dir.resolve("absent.jsonl").toString()));
        assertEquals(SlantCli.FAILURE, SlantCli.execute("train-words", "--in", in.toString(), "--folds", "20"),
                "more folds than articles");
    }
}
