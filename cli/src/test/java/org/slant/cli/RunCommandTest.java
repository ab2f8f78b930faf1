package org.slant.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.cli.batch.RunConfig;
import org.slant.ingest.ArticleJson;
import org.slant.ingest.IngestOptions;

class RunCommandTest {

    @TempDir
    Path dir;

    private Path sampleCorpus() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (String name : DemoCommand.SAMPLE) {
            try (InputStream s = DemoCommand.class.getResourceAsStream("sample/" + name)) {
                Files.write(in.resolve(name), s.readAllBytes());
            }
        }
        Files.writeString(in.resolve("z.jsonl"), "{\"id\":\"j1\",\"outlet\":\"Paper\",\"text\":\"Officials said the talks would resume.\"}\nbroken\n");
        return in;
    }

    @Test
    void runWritesEveryOutputAndAccountsForEveryRecord() throws IOException {
        Path in = sampleCorpus();
        Path out = dir.resolve("out");
        assertEquals(SlantCli.OK, SlantCli.execute("run", "--in", in.toString(), "--out", out.toString()));
        assertEquals(3, ArticleJson.readAll(out.resolve("articles.jsonl.gz")).size());
        List<String> rejects = Files.readAllLines(out.resolve("rejects.jsonl"));
        assertEquals(1, rejects.size());
        assertTrue(rejects.get(0).contains("z.jsonl") && rejects.get(0).contains("MALFORMED"));
        List<String> csv = Files.readAllLines(out.resolve("features.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.stream().anyMatch(l -> l.startsWith("almayadeen-trump-putin-budapest,")), "a row per article");
        assertTrue(Files.readString(out.resolve("features.arff")).contains("@relation"));
        assertTrue(Files.readString(out.resolve("provenance.json")).contains("\"configSha256\""));
    }

    @Test
    void sameInputGivesSameBytesWhateverTheThreads() throws IOException {
        Path in = sampleCorpus();
        Path one = dir.resolve("one");
        Path again = dir.resolve("again");
        assertEquals(SlantCli.OK, SlantCli.execute("run", "--in", in.toString(), "--out", one.toString(), "--threads", "1"));
        assertEquals(SlantCli.OK, SlantCli.execute("run", "--in", in.toString(), "--out", again.toString(), "--threads", "1"));
        for (String f : List.of("articles.jsonl.gz", "rejects.jsonl", "features.csv", "features.arff", "provenance.json")) {
            assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(again.resolve(f)), f);
        }
        Path threaded = dir.resolve("threaded");
        assertEquals(SlantCli.OK, SlantCli.execute("run", "--in", in.toString(), "--out", threaded.toString(), "--threads", "4"));
        for (String f : List.of("articles.jsonl.gz", "rejects.jsonl", "features.csv", "features.arff")) {
            assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(threaded.resolve(f)), f);
        }
    }

    @Test
    void configRoundTripsAndBadConfigIsUsageError() throws IOException {
        RunConfig cfg = new RunConfig(IngestOptions.defaults().withOutlet("X"), List.of("sourcing"), 3, 7);
        assertEquals(cfg, RunConfig.fromJson(cfg.toJson()));
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"extractors\":[\"nope\"]}");
        assertEquals(SlantCli.USAGE, SlantCli.execute("run", "--in", dir.toString(), "--out", dir.resolve("o").toString(),
                "--config", bad.toString()));
        assertEquals(SlantCli.FAILURE, SlantCli.execute("config", "--check", bad.toString()));
        assertEquals(SlantCli.OK, SlantCli.execute("config", "--print-default"));
    }
}
