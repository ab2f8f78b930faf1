package org.slant.ingest.internal.warc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;
import org.slant.ingest.Article;
import org.slant.ingest.ArticleSource;
import org.slant.ingest.Ingest;
import org.slant.ingest.IngestException;
import org.slant.ingest.IngestOptions;
import org.slant.ingest.IngestResult;
import org.slant.ingest.RejectReason;

/** WARC files written with jwarc's own writer, read back through {@link Ingest#open}. */
class WarcArchiveReaderTest {

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = WarcArchiveReaderTest.class.getResourceAsStream("/html/" + name)) {
            return in.readAllBytes();
        }
    }

    private static WarcResponse response(String url, int status, String type, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse(type), body).build();
        return new WarcResponse.Builder(url).body(http).build();
    }

    /** warcinfo, request, article, image, 404, home page: six records. */
    private static Path writeArchive(Path dir, String name, WarcCompression compression) throws IOException {
        Path file = dir.resolve(name);
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(file,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), compression)) {
            w.write(new Warcinfo.Builder().filename(name).build());
            w.write(new WarcRequest.Builder("https://coastal-ledger.example/sea-wall").build());
            w.write(response("https://coastal-ledger.example/sea-wall", 200, "text/html; charset=utf-8",
                    fixture("news-article.html")));
            w.write(response("https://coastal-ledger.example/wall.jpg", 200, "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8}));
            w.write(response("https://coastal-ledger.example/gone", 404, "text/html", "<p>Not here</p>".getBytes(StandardCharsets.UTF_8)));
            w.write(response("https://daily-bugle.example/", 200, "text/html", fixture("home-page.html")));
        }
        return file;
    }

    private static List<IngestResult> readAll(Path file) throws IngestException {
        try (ArticleSource source = Ingest.open(file, IngestOptions.defaults()); Stream<IngestResult> s = source.results()) {
            return s.toList();
        }
    }

    private static RejectReason reason(IngestResult r) {
        return assertInstanceOf(IngestResult.Rejected.class, r, r::toString).rejection().reason();
    }

    @Test
    void everyRecordIsAccountedForAndTheArticleIsExtracted(@TempDir Path dir) throws IOException, IngestException {
        for (WarcCompression c : List.of(WarcCompression.NONE, WarcCompression.GZIP)) {
            Path file = writeArchive(dir, c == WarcCompression.GZIP ? "crawl.warc.gz" : "crawl.warc", c);
            List<IngestResult> results = readAll(file);
            assertEquals(6, results.size(), results::toString);
            assertEquals(RejectReason.NOT_A_PAGE, reason(results.get(0)));
            assertEquals(RejectReason.NOT_A_PAGE, reason(results.get(1)));
            Article a = assertInstanceOf(IngestResult.Accepted.class, results.get(2)).article();
            assertEquals("crawl-3", a.id());
            assertEquals("https://coastal-ledger.example/sea-wall", a.url());
            assertEquals(file + ":3", a.origin());
            assertTrue(a.bodyText().startsWith("Councillors in Saltmere voted"), a.bodyText());
            assertEquals(RejectReason.NOT_A_PAGE, reason(results.get(3)));
            assertTrue(((IngestResult.Rejected) results.get(4)).rejection().message().contains("404"));
            assertEquals(RejectReason.NO_ARTICLE, reason(results.get(5)));
            assertEquals(6, ((IngestResult.Rejected) results.get(5)).rejection().record());
        }
    }

    @Test
    void archiveCutOffMidRecordEndsWithARejection(@TempDir Path dir) throws IOException, IngestException {
        Path whole = writeArchive(dir, "whole.warc", WarcCompression.NONE);
        byte[] bytes = Files.readAllBytes(whole);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int cut = text.indexOf("Opponents argued");
        Path truncated = dir.resolve("cut.warc");
        Files.write(truncated, Arrays.copyOf(bytes, cut));
        List<IngestResult> results = readAll(truncated);
        IngestResult last = results.get(results.size() - 1);
        assertTrue(results.size() <= 3, results::toString);
        if (last instanceof IngestResult.Rejected r) {
            assertEquals(RejectReason.UNREADABLE, r.rejection().reason());
        } else {
            // jwarc may hand over the partial payload: then the article is the text before the cut
            assertTrue(((IngestResult.Accepted) last).article().bodyText().startsWith("Councillors"));
        }
    }

    @Test
    void gzipArchiveCutOffMidStreamEndsWithARejection(@TempDir Path dir) throws IOException, IngestException {
        Path whole = writeArchive(dir, "whole.warc.gz", WarcCompression.GZIP);
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = dir.resolve("cut.warc.gz");
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length * 2 / 3));
        List<IngestResult> results = readAll(truncated);
        assertTrue(results.size() < 6, results::toString);
        assertEquals(RejectReason.UNREADABLE, reason(results.get(results.size() - 1)));
    }

    @Test
    void htmlResourceRecordsAreReadLikeResponses(@TempDir Path dir) throws IOException, IngestException {
        Path file = dir.resolve("browser.warc");
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(file,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), WarcCompression.NONE)) {
            w.write(new org.netpreserve.jwarc.WarcResource.Builder(java.net.URI.create("https://coastal-ledger.example/a"))
                    .body(MediaType.parse("text/html"), fixture("news-article.html")).build());
            w.write(new org.netpreserve.jwarc.WarcResource.Builder(java.net.URI.create("https://coastal-ledger.example/s.css"))
                    .body(MediaType.parse("text/css"), "p{}".getBytes(StandardCharsets.UTF_8)).build());
        }
        List<IngestResult> results = readAll(file);
        assertEquals(2, results.size(), results::toString);
        Article a = assertInstanceOf(IngestResult.Accepted.class, results.get(0)).article();
        assertEquals("https://coastal-ledger.example/a", a.url());
        assertTrue(a.bodyText().startsWith("Councillors in Saltmere voted"));
        assertEquals(RejectReason.NOT_A_PAGE, reason(results.get(1)));
    }

    @Test
    void fileThatIsNotAWarcIsRejectedAsMalformed(@TempDir Path dir) throws IOException, IngestException {
        Path file = dir.resolve("notes.warc");
        Files.writeString(file, "this is not a web archive\n");
        List<IngestResult> results = readAll(file);
        assertEquals(1, results.size());
        assertEquals(RejectReason.MALFORMED, reason(results.get(0)));
    }
}
