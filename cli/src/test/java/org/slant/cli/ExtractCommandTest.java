package org.slant.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code slant extract} on pages written here: the file layout the extraction scorers read. */
class ExtractCommandTest {

    @TempDir
    Path dir;

    private static final String PAGE = "<html lang=\"en\"><head><title>Ferry fares rise again | Island Post</title>"
            + "<meta property=\"og:site_name\" content=\"Island Post\">"
            + "<meta property=\"article:published_time\" content=\"2023-06-01T08:00:00Z\">"
            + "<meta name=\"author\" content=\"Rua Penn\"></head><body>"
            + "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article><h1>Ferry fares rise again</h1>"
            + "<p>Fares on the morning ferry to the mainland will rise by a tenth from July, the operator said on Thursday, "
            + "blaming fuel costs and a new berthing charge at the harbour.</p>"
            + "<figure><img src=\"f.jpg\"><figcaption>The morning ferry leaving the harbour.</figcaption></figure>"
            + "<p>Islanders who commute daily say the rise, the third in two years, will cost them more than a week's wages "
            + "over a year, and the community council has asked for a meeting.</p></article></body></html>";

    private void write(String name, String html) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        if (name.endsWith(".gz")) {
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(in.resolve(name)))) {
                out.write(html.getBytes(StandardCharsets.UTF_8));
            }
        } else {
            Files.writeString(in.resolve(name), html);
        }
    }

    @Test
    void writesBodyTextMetadataRejectsAndTimings() throws IOException {
        write("island.post.ferry.html.gz", PAGE);
        write("empty.html", "<html><body><nav><a href=\"/\">Home</a></nav></body></html>");
        Path out = dir.resolve("out");
        assertEquals(SlantCli.OK, SlantCli.execute("extract", "--in", dir.resolve("in").toString(), "--out", out.toString()));

        String text = Files.readString(out.resolve("island.post.ferry.txt"));
        assertTrue(text.startsWith("Fares on the morning ferry"), text);
        assertTrue(text.contains("\nIslanders who commute daily"), text);
        assertFalse(text.contains("morning ferry leaving the harbour"), "captions stay out of the .txt by default");
        assertFalse(text.contains("Home"), text);

        JsonNode meta = new ObjectMapper().readTree(out.resolve("island.post.ferry.json").toFile());
        assertEquals("Ferry fares rise again | Island Post", meta.get("headline").asText());
        assertEquals("Rua Penn", meta.get("byline").asText());
        assertEquals("2023-06-01T08:00Z", meta.get("published").asText());
        assertEquals("Island Post", meta.get("outlet").asText());

        String rejects = Files.readString(out.resolve("rejects.jsonl"));
        assertTrue(rejects.contains("\"NO_ARTICLE\"") && rejects.contains("empty.html"), rejects);
        assertEquals(2, Files.readAllLines(out.resolve("timings.tsv")).size());
    }

    @Test
    void captionsFlagKeepsCaptions() throws IOException {
        write("ferry.html", PAGE);
        Path out = dir.resolve("out");
        assertEquals(SlantCli.OK, SlantCli.execute("extract", "--in", dir.resolve("in").resolve("ferry.html").toString(),
                "--out", out.toString(), "--captions"));
        assertTrue(Files.readString(out.resolve("ferry.txt")).contains("The morning ferry leaving the harbour."));
    }

    @Test
    void badOptionsAndMissingInput() {
        assertEquals(SlantCli.USAGE, SlantCli.execute("extract", "--in", dir.toString()));
        assertEquals(SlantCli.USAGE, SlantCli.execute("extract", "--in", dir.toString(), "--out", dir.resolve("o").toString(),
                "--charset", "no-such-charset"));
        assertEquals(SlantCli.FAILURE, SlantCli.execute("extract", "--in", dir.resolve("absent").toString(), "--out",
                dir.resolve("o").toString()));
    }

    @Test
    void idsKeepDotsAndLoseOnlyKnownExtensions() {
        assertEquals("blog.python.org", ExtractCommand.idOf(Path.of("x/blog.python.org.html.gz")));
        assertEquals("page", ExtractCommand.idOf(Path.of("page.htm")));
        assertEquals("crawl", ExtractCommand.idOf(Path.of("crawl.warc.gz")));
    }
}
