package org.slant.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.ingest.Article;
import org.slant.ingest.ArticleJson;

class CliTest {

    @TempDir
    Path dir;

    @Test
    void versionAndHelpExitZero() {
        assertEquals(SlantCli.OK, SlantCli.execute("--version"));
        assertEquals(SlantCli.OK, SlantCli.execute("--help"));
        assertEquals(SlantCli.OK, SlantCli.execute("ingest", "--help"));
    }

    @Test
    void badUsageExitsTwo() {
        assertEquals(SlantCli.USAGE, SlantCli.execute("no-such-command"));
        assertEquals(SlantCli.USAGE, SlantCli.execute("ingest"));
        assertEquals(SlantCli.USAGE, SlantCli.execute());
    }

    @Test
    void missingInputExitsOne() {
        assertEquals(SlantCli.FAILURE, SlantCli.execute("ingest", dir.resolve("absent").toString()));
    }

    @Test
    void ingestWritesArticlesAndEveryRejection() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("corpus.jsonl"), "{\"id\":\"a\",\"text\":\"Some body text.\"}\nnot json\n");
        Files.writeString(in.resolve("empty.txt"), "");
        Path out = dir.resolve("out/articles.jsonl.gz");
        Files.createDirectories(out.getParent());
        assertEquals(SlantCli.OK, SlantCli.execute("ingest", in.toString(), "-o", out.toString()));
        List<Article> articles = ArticleJson.readAll(out);
        assertEquals(List.of("a"), articles.stream().map(Article::id).toList());
        List<String> rejects = Files.readAllLines(dir.resolve("out/rejects.jsonl"), StandardCharsets.UTF_8);
        assertEquals(2, rejects.size());
        assertTrue(rejects.get(0).contains("\"MALFORMED\"") && rejects.get(0).contains("\"record\":2"));
        assertTrue(rejects.get(1).contains("\"EMPTY\""));
    }

    @Test
    void demoWritesTheSampleRecordsAndTheSameBytesTwice() throws IOException {
        Path first = dir.resolve("one");
        Path second = dir.resolve("two");
        assertEquals(SlantCli.OK, SlantCli.execute("demo", "--out", first.toString()));
        assertEquals(SlantCli.OK, SlantCli.execute("demo", "--out", second.toString()));
        List<Article> articles = ArticleJson.readAll(first.resolve("articles.jsonl"));
        assertEquals(List.of("almayadeen-trump-putin-budapest", "indiablooms-trump-putin-budapest"),
                articles.stream().map(Article::id).toList());
        for (String f : List.of("articles.jsonl", "rejects.jsonl", "provenance.json")) {
            assertArrayEquals(Files.readAllBytes(first.resolve(f)), Files.readAllBytes(second.resolve(f)), f);
        }
        assertTrue(Files.readString(first.resolve("provenance.json")).contains("f4cb8a7eab408dbc3cfc050f29b4623bc9183b40615338f8ad1bcbe14a583989"));
    }
}
