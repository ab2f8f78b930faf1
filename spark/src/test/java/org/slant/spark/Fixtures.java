package org.slant.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** Input files written by the tests: a WARC crawl, JSONL corpora, a directory of pages, and broken copies. */
final class Fixtures {
    private Fixtures() {}

    /** Sentences the generated corpus is made of: quotes, attributions, loaded and neutral wording. */
    private static final List<String> SENTENCES = List.of(
            "\"We will not back down on the harbour plan,\" said the mayor, Ines Okafor.",
            "The council approved the budget by twelve votes to three on Tuesday evening.",
            "Critics called the decision a reckless giveaway to developers.",
            "According to the regional water board, reservoir levels fell by a fifth over the summer.",
            "\"This is a disaster for families who rent,\" said Tom Birch, who leads the tenants' union.",
            "Officials told reporters that the bridge would reopen in the spring.",
            "The so-called reform was rammed through without a proper debate.",
            "Police said two people were arrested after the march and later released.",
            "Residents say the new bus timetable leaves outlying villages cut off after dark.",
            "The minister admitted the scheme had cost more than forecast.",
            "Analysts expect inflation to ease slightly before the end of the year.",
            "\"The numbers speak for themselves,\" the spokesperson added in a statement.",
            "Opponents slammed the outrageous fee increase as an attack on small businesses.",
            "The report, published on Monday, found no evidence of wrongdoing.");

    private static final List<String> HOSTS = List.of("harbourpost.example", "www.dailyledger.example",
            "northernwire.example", "valleytimes.example");
    private static final List<String> LABELS = List.of("left", "center", "right", "center");

    /** A JSONL corpus of {@code n} generated articles, plus a blank line, a malformed line and a record without text. */
    static Path corpus(Path file, int n, long seed) throws IOException {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int outlet = rnd.nextInt(HOSTS.size());
            StringBuilder text = new StringBuilder();
            int sentences = 3 + rnd.nextInt(6);
            for (int s = 0; s < sentences; s++) {
                if (s > 0) {
                    text.append(rnd.nextInt(3) == 0 ? "\n\n" : " ");
                }
                text.append(SENTENCES.get(rnd.nextInt(SENTENCES.size())));
            }
            lines.add(String.format(Locale.ROOT, "{\"title\":\"Story %d from %s\",\"text\":%s,\"host\":\"%s\","
                    + "\"date\":\"2024-0%d-1%d\",\"url\":\"https://%s/story-%d\",\"label\":\"%s\",\"authors\":[\"Reporter %d\"]}",
                    i, HOSTS.get(outlet), quote(text.toString()), HOSTS.get(outlet), 1 + rnd.nextInt(9), rnd.nextInt(10),
                    HOSTS.get(outlet), i, LABELS.get(outlet), rnd.nextInt(5)));
            if (i == n / 3) {
                lines.add("");
                lines.add("{\"title\": \"broken");
            }
            if (i == n / 2) {
                lines.add("{\"title\":\"No body\",\"host\":\"valleytimes.example\"}");
            }
        }
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    /** Gzips {@code source} into {@code file} and keeps only the first {@code keep} share of the compressed bytes. */
    static Path truncatedGzip(Path source, Path file, double keep) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(Files.readAllBytes(source));
        }
        byte[] all = bytes.toByteArray();
        Files.write(file, java.util.Arrays.copyOf(all, (int) (all.length * keep)));
        return file;
    }

    static byte[] page(String name) throws IOException {
        try (InputStream in = Fixtures.class.getResourceAsStream("/pages/" + name)) {
            return in.readAllBytes();
        }
    }

    /** A directory of saved pages: HTML files and the two seed text dumps, one in a subdirectory. */
    static Path pages(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("seeds"));
        for (String name : List.of("news-article.html", "blog-table-layout.html", "not-found.html")) {
            Files.write(dir.resolve(name), page(name));
        }
        for (String name : List.of("almayadeen-trump-putin-budapest.txt", "indiablooms-trump-putin-budapest.txt")) {
            Files.write(dir.resolve("seeds").resolve(name), page(name));
        }
        Files.writeString(dir.resolve("notes.pdf"), "not a page");
        Files.writeString(dir.resolve(".hidden.html"), "<p>skipped</p>");
        return dir;
    }

    private static WarcResponse response(String url, int status, String type, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse(type), body).build();
        return new WarcResponse.Builder(url).body(http).build();
    }

    /** A crawl: warcinfo, a request, three article pages, a home page, an image and a 404. */
    static Path warc(Path file, WarcCompression compression) throws IOException {
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(file, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), compression)) {
            w.write(new Warcinfo.Builder().filename(file.getFileName().toString()).build());
            w.write(new WarcRequest.Builder("https://coastal-ledger.example/sea-wall").build());
            w.write(response("https://coastal-ledger.example/sea-wall", 200, "text/html; charset=utf-8",
                    page("news-article.html")));
            w.write(response("https://quiet-blog.example/post", 200, "text/html", page("blog-table-layout.html")));
            w.write(response("https://daily-bugle.example/", 200, "text/html", page("home-page.html")));
            w.write(response("https://coastal-ledger.example/wall.jpg", 200, "image/jpeg",
                    new byte[] {(byte) 0xFF, (byte) 0xD8}));
            w.write(response("https://coastal-ledger.example/gone", 404, "text/html", page("not-found.html")));
            w.write(response("https://coastal-ledger.example/sea-wall-2", 200, "text/html; charset=utf-8",
                    page("news-article.html")));
        }
        return file;
    }

    /** A WARC whose second half is garbage: the first records read, then the archive is corrupt. */
    static Path corruptWarc(Path good, Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(good);
        int half = bytes.length / 2;
        for (int i = half; i < bytes.length; i++) {
            bytes[i] = (byte) ('A' + i % 23);
        }
        Files.write(file, bytes);
        return file;
    }
}
