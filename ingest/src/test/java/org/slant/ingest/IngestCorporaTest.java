package org.slant.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCorporaTest {

    @TempDir
    Path dir;

    private static List<IngestResult> readAll(ArticleSource source) {
        try (source; Stream<IngestResult> s = source.results()) {
            return s.toList();
        }
    }

    private List<IngestResult> read(Path path, IngestOptions options) throws IngestException {
        return readAll(Ingest.open(path, options));
    }

    private static Article article(IngestResult r) {
        return assertInstanceOf(IngestResult.Accepted.class, r).article();
    }

    private static Rejection rejection(IngestResult r) {
        return assertInstanceOf(IngestResult.Rejected.class, r).rejection();
    }

    @Test
    void jsonlCorpusLoadsThroughAOneLineMapping() throws Exception {
        Path file = dir.resolve("corpus.jsonl");
        Files.writeString(file, """
                {"id":"n1","source":"Daily A","host":"www.daily-a.com","headline":"Talks resume","content":"First para.\\n\\nSecond para.","published":"2025-03-01","bias":"left","authors":["Ann","Bo"],"topic":"labour"}

                {"id":"n2","source":"Daily B","headline":"Talks stall","content":"Only one paragraph here.","published":"March 2, 2025","bias":"right"}
                """);
        List<IngestResult> results = read(file, IngestOptions.defaults()
                .withMapping(FieldMapping.parse("outlet=source,domain=host,title=headline,text=content,date=published,label=bias")));
        assertEquals(2, results.size());
        Article a = article(results.get(0));
        assertEquals("n1", a.id());
        assertEquals(new Outlet("Daily A", "daily-a.com"), a.outlet());
        assertEquals("Talks resume", a.headline());
        assertEquals(List.of("Ann", "Bo"), a.bylines());
        assertEquals("2025-03-01", a.published().toString());
        assertEquals("left", a.label());
        assertEquals(2, a.blocks().size());
        assertEquals("labour", a.extra().get("topic"));
        assertEquals(file + ":1", a.origin());
        assertEquals("2025-03-02", article(results.get(1)).published().toString());
        assertEquals(file + ":3", article(results.get(1)).origin());
    }

    @Test
    void badJsonlLinesAreRejectedByLineAndTheBatchGoesOn() throws Exception {
        Path file = dir.resolve("bad.jsonl");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("{\"id\":\"ok1\",\"text\":\"Fine text.\"}\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("{\"id\":\"broken\",\"text\":\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("{\"id\":\"notext\",\"title\":\"No body\"}\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'});
        bytes.writeBytes(("{\"text\":\"" + "x".repeat(300) + "\"}\n").getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("[1,2]\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("{\"id\":\"ok2\",\"text\":\"Also fine.\"}".getBytes(StandardCharsets.UTF_8));
        Files.write(file, bytes.toByteArray());
        List<IngestResult> results = read(file, IngestOptions.defaults().withMaxRecordBytes(200));
        assertEquals(7, results.size());
        assertEquals("ok1", article(results.get(0)).id());
        assertEquals(RejectReason.MALFORMED, rejection(results.get(1)).reason());
        assertEquals(2, rejection(results.get(1)).record());
        assertEquals(RejectReason.MISSING_FIELD, rejection(results.get(2)).reason());
        assertTrue(rejection(results.get(2)).message().contains("'text'"));
        assertEquals(RejectReason.INVALID_ENCODING, rejection(results.get(3)).reason());
        assertEquals(RejectReason.OVERSIZED, rejection(results.get(4)).reason());
        assertEquals(5, rejection(results.get(4)).record());
        assertEquals(RejectReason.MALFORMED, rejection(results.get(5)).reason());
        assertEquals("ok2", article(results.get(6)).id());
        assertTrue(rejection(results.get(1)).toString().startsWith(file + ":2: malformed"));
    }

    @Test
    void slantsOwnJsonlIsReadLosslessly() throws Exception {
        Path file = dir.resolve("articles.jsonl.gz");
        Article original = ArticleJsonTest.full();
        ArticleJson.writeAll(file, List.of(original));
        assertEquals(original, article(read(file, IngestOptions.defaults()).get(0)));
    }

    @Test
    void csvCorpusWithQuotedNewlinesLoads() throws Exception {
        Path file = dir.resolve("corpus.csv");
        Files.writeString(file, "id,title,text,outlet,date\n"
                + "c1,Headline one,\"First para.\n\nSecond, with comma.\",Paper X,2024-01-02\n"
                + "c2,Headline two,,Paper Y,2024-01-03\n"
                + "c3,Headline three,Body three.,Paper Y,not a date\n");
        List<IngestResult> results = read(file, IngestOptions.defaults());
        assertEquals(3, results.size());
        Article a = article(results.get(0));
        assertEquals("Headline one", a.headline());
        assertEquals(List.of("First para.", "Second, with comma."), a.blocks().stream().map(a::textOf).toList());
        assertEquals(RejectReason.MISSING_FIELD, rejection(results.get(1)).reason());
        Article c = article(results.get(2));
        assertEquals(null, c.published());
        assertEquals("not a date", c.extra().get("unparsed_date"));
    }

    @Test
    void directoryIsReadRecursivelyInOrderAndEveryFileIsAccountedFor() throws Exception {
        Files.createDirectories(dir.resolve("b/c"));
        Files.writeString(dir.resolve("a-empty.txt"), "\n\n");
        Files.write(dir.resolve("b/binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, 0});
        Files.writeString(dir.resolve("b/c/page.txt"), Fixtures.text("dumps/wire-hardwrapped.txt"));
        Files.writeString(dir.resolve("b/notes.docx"), "not a format");
        gzip(dir.resolve("d.jsonl.gz"), "{\"text\":\"Gzipped body text.\",\"outlet\":\"Z\"}\n");
        List<IngestResult> results = read(dir, IngestOptions.defaults());
        assertEquals(5, results.size());
        assertEquals(RejectReason.EMPTY, rejection(results.get(0)).reason());
        assertEquals(RejectReason.BINARY, rejection(results.get(1)).reason());
        assertEquals("page", article(results.get(2)).id());
        assertEquals(RejectReason.UNSUPPORTED_FORMAT, rejection(results.get(3)).reason());
        assertEquals("Z", article(results.get(4)).outlet().name());
    }

    @Test
    void truncatedGzipIsReportedAfterTheRecordsBeforeIt() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            sb.append("{\"id\":\"r").append(i).append("\",\"text\":\"Record number ").append(i).append(" with some text.\"}\n");
        }
        Path whole = dir.resolve("whole.jsonl.gz");
        gzip(whole, sb.toString());
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = dir.resolve("cut.jsonl.gz");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
        List<IngestResult> results = read(cut, IngestOptions.defaults());
        Rejection last = rejection(results.get(results.size() - 1));
        assertEquals(RejectReason.UNREADABLE, last.reason());
        assertTrue(results.size() > 100, "records before the cut are kept: " + results.size());
        assertTrue(results.subList(0, results.size() - 1).stream().allMatch(r -> r instanceof IngestResult.Accepted));
    }

    @Test
    void stdinIsReadInTheGivenFormat() {
        byte[] in = "{\"id\":\"s1\",\"text\":\"From a pipe.\"}\n".getBytes(StandardCharsets.UTF_8);
        List<IngestResult> results = readAll(Ingest.open(new ByteArrayInputStream(in), "<stdin>", InputFormat.JSONL,
                IngestOptions.defaults()));
        assertEquals("s1", article(results.get(0)).id());
        assertThrows(IllegalArgumentException.class,
                () -> Ingest.open(new ByteArrayInputStream(in), "<stdin>", null, IngestOptions.defaults()));
    }

    @Test
    void oversizedPageIsRejected() throws Exception {
        Path page = dir.resolve("big.txt");
        Files.writeString(page, Fixtures.text("dumps/wire-hardwrapped.txt"));
        Rejection r = rejection(read(page, IngestOptions.defaults().withMaxRecordBytes(100)).get(0));
        assertEquals(RejectReason.OVERSIZED, r.reason());
        assertTrue(r.message().contains("100"));
    }

    @Test
    void windows1252PageIsDecodedNotRejected() throws Exception {
        String text = Fixtures.text("dumps/wire-hardwrapped.txt").replace("Scandinavia's", "Scandinavia’s");
        Path page = dir.resolve("cp1252.txt");
        Files.write(page, text.getBytes("windows-1252"));
        Article a = article(read(page, IngestOptions.defaults()).get(0));
        assertTrue(a.text().contains("Scandinavia’s largest port"));
    }

    @Test
    void fileIdsDropOnlyTheFormatExtensions() {
        assertEquals("blog.example.org", Ingest.idOf(Path.of("pages/blog.example.org.html")));
        assertEquals("page", Ingest.idOf(Path.of("page.txt.gz")));
        assertEquals("corpus", Ingest.idOf(Path.of("/data/corpus.JSONL")));
        assertEquals("notes.docx", Ingest.idOf(Path.of("notes.docx")));
    }

    @Test
    void missingInputIsAnIngestException() {
        IngestException e = assertThrows(IngestException.class,
                () -> Ingest.open(dir.resolve("nope"), IngestOptions.defaults()));
        assertTrue(e.getMessage().contains("nope"));
    }

    @Test
    void sourceCanBeReadOnlyOnce() throws Exception {
        Path file = dir.resolve("one.jsonl");
        Files.writeString(file, "{\"text\":\"x y z.\"}\n");
        try (ArticleSource s = Ingest.open(file, IngestOptions.defaults())) {
            s.results().close();
            assertThrows(IllegalStateException.class, s::results);
        }
    }

    private static void gzip(Path file, String content) throws IOException {
        try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
    }
}
