package org.slant.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleJsonTest {

    static Article full() {
        return Article.builder("a-1")
                .outlet(new Outlet("Example Times", "www.Example.com"))
                .url("https://example.com/a-1")
                .headline("Héadline with “quotes” and \\ backslash")
                .standfirst("A standfirst.")
                .byline("Ann Author").byline("Bo Writer")
                .published(new PublishedTime(LocalDate.of(2025, 10, 16), LocalTime.of(23, 43), ZoneOffset.ofHours(3)))
                .section("World")
                .credit(new Credit(CreditKind.WIRE, "Source: Agencies", "Agencies"))
                .block(BlockKind.SUBHEADING, "A heading")
                .block(BlockKind.PARAGRAPH, "First paragraph with an emoji 🙂 outside the BMP.")
                .block(BlockKind.CAPTION, "A caption.")
                .block(BlockKind.BLURB, "Support us.")
                .tag("Russia").tag("Ukraine war")
                .language("en")
                .label("left")
                .extra("topic", "politics").extra("a", "first")
                .removed(new RemovedBlock(RemovalReason.NAVIGATION, "Home", null))
                .removed(new RemovedBlock(RemovalReason.METADATA, "By Ann Author", "byline"))
                .origin("corpus.jsonl:7")
                .build();
    }

    @Test
    void articleRoundTripsThroughJsonLosslessly() {
        Article a = full();
        assertEquals(a, ArticleJson.fromJson(ArticleJson.toJson(a)));
    }

    @Test
    void sameArticleGivesSameBytes() {
        assertEquals(ArticleJson.toJson(full()), ArticleJson.toJson(ArticleJson.fromJson(ArticleJson.toJson(full()))));
    }

    @Test
    void minimalArticleRoundTrips() {
        Article a = Article.builder("m").build();
        assertEquals(a, ArticleJson.fromJson(ArticleJson.toJson(a)));
        assertEquals(Outlet.UNKNOWN, a.outlet());
    }

    @Test
    void gzippedJsonlRoundTrips(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("articles.jsonl.gz");
        List<Article> articles = List.of(full(), full().withId("a-2"), Article.builder("m").build());
        ArticleJson.writeAll(file, articles);
        byte[] head = Files.readAllBytes(file);
        assertEquals(0x1f, head[0] & 0xff);
        assertEquals(articles, ArticleJson.readAll(file));
    }

    @Test
    void blocksIndexTheText() {
        Article a = full();
        assertEquals("A heading", a.textOf(a.blocks().get(0)));
        assertEquals("A caption.", a.textOf(a.blocks().get(2)));
        assertEquals("A heading\nFirst paragraph with an emoji 🙂 outside the BMP.\nA caption.", a.bodyText());
    }

    @Test
    void overlappingBlocksAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Article("x", Outlet.UNKNOWN,
                null, "", null, null, null, null, null, "abcdef",
                List.of(new Block(BlockKind.PARAGRAPH, 0, 4), new Block(BlockKind.PARAGRAPH, 2, 6)),
                null, null, null, null, null, null));
        assertEquals(true, e.getMessage().contains("article x"));
    }

    @Test
    void publishedTimeKeepsOnlyWhatThePageSays() {
        assertEquals("2025-10-16", PublishedTime.parse("2025-10-16").toString());
        assertEquals("2025-10-16T23:43", PublishedTime.parse("2025-10-16T23:43").toString());
        assertEquals("2025-10-16T23:43+03:00", PublishedTime.parse("2025-10-16T23:43:00+03:00").toString());
        assertEquals("2025-10-16T23:43Z", PublishedTime.parse("2025-10-16T23:43Z").toString());
        assertThrows(IllegalArgumentException.class, () -> PublishedTime.parse("16/10/2025"));
    }

    @Test
    void outletDomainIsNormalised() {
        assertEquals("example.com", new Outlet("Example", " WWW.Example.COM ").domain());
        assertThrows(IllegalArgumentException.class, () -> new Outlet(" ", null));
    }

    @Test
    void optionsRoundTripThroughJson() throws IOException {
        IngestOptions o = new IngestOptions(InputFormat.CSV, FieldMapping.parse("title=headline,domain=host"), 1000, "Example");
        var mapper = ArticleJson.mapper();
        assertEquals(o, mapper.readValue(mapper.writeValueAsString(o), IngestOptions.class));
    }

    @Test
    void badOptionsAreRefusedWithTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IngestOptions.defaults().withMaxRecordBytes(0));
        assertEquals(true, e.getMessage().contains("0"));
        IllegalArgumentException m = assertThrows(IllegalArgumentException.class, () -> FieldMapping.parse("titel=x"));
        assertEquals(true, m.getMessage().contains("titel"));
    }
}
