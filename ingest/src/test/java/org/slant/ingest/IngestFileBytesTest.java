package org.slant.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file's bytes read from elsewhere (as the Spark job reads them) give what reading the file gives. */
class IngestFileBytesTest {

    private static List<IngestResult> all(ArticleSource source) {
        try (source; Stream<IngestResult> s = source.results()) {
            return s.toList();
        }
    }

    @Test
    void bytesOfAFileReadUnderItsNameAndIdGiveTheSameArticleAsTheFile(@TempDir Path dir) throws IOException, IngestException {
        Path file = dir.resolve("news-article.html");
        try (InputStream in = IngestFileBytesTest.class.getResourceAsStream("/html/news-article.html")) {
            Files.write(file, in.readAllBytes());
        }
        List<IngestResult> fromFile = all(Ingest.open(file, IngestOptions.defaults()));
        List<IngestResult> fromBytes = all(Ingest.open(new ByteArrayInputStream(Files.readAllBytes(file)), file.toString(),
                Ingest.idOf(file), InputFormat.HTML, IngestOptions.defaults()));
        assertEquals(fromFile, fromBytes);
        assertEquals("news-article", ((IngestResult.Accepted) fromBytes.get(0)).article().id());
    }

    @Test
    void readingBytesNeedsAnId() {
        assertThrows(IllegalArgumentException.class, () -> Ingest.open(new ByteArrayInputStream(new byte[0]), "x.html",
                " ", InputFormat.HTML, IngestOptions.defaults()));
    }
}
