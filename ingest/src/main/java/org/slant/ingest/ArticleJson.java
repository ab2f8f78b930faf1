package org.slant.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Slant's own article JSON: one {@link Article} per line (JSONL), gzipped when the file name ends in
 * {@code .gz}. Keys are sorted and nulls omitted, so the same article always gives the same bytes and
 * {@code read(write(a)).equals(a)}.
 */
public final class ArticleJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private ArticleJson() {}

    /**
     * The mapper Slant uses for its own JSON, so other modules write sorted keys and omit nulls alike.
     *
     * @return the shared, thread-safe mapper; do not reconfigure it
     */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * One article as JSON, as {@link #writeAll} writes each line.
     *
     * @param article the article; not null
     * @return a single line of JSON, keys sorted, nulls omitted, no trailing newline
     * @throws IllegalStateException if Jackson cannot write the article (a bug, not bad input)
     */
    public static String toJson(Article article) {
        try {
            return MAPPER.writeValueAsString(article);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("article " + article.id() + " cannot be written as JSON", e);
        }
    }

    /**
     * Reads one article from its JSON. Unknown keys are ignored, so newer files stay readable.
     *
     * @param json one article's JSON, as {@link #toJson} writes it; not null
     * @return the article
     * @throws IllegalArgumentException if the JSON is malformed or not a valid article
     */
    public static Article fromJson(String json) {
        try {
            return MAPPER.readValue(json, Article.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not an article: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Writes articles as JSONL to a file, gzipped when the name ends in {@code .gz}, replacing the file.
     *
     * @param file the file to create or overwrite
     * @param articles the articles, one line each, in iteration order
     * @throws IOException if the file cannot be written
     */
    public static void writeAll(Path file, Iterable<Article> articles) throws IOException {
        try (Writer w = writer(file)) {
            for (Article a : articles) {
                w.write(toJson(a));
                w.write('\n');
            }
        }
    }

    /**
     * Reads every article of a JSONL file written by {@link #writeAll}; blank lines are skipped.
     *
     * @param file the file, gunzipped when its name ends in {@code .gz}
     * @return the articles in file order
     * @throws IOException if the file cannot be read, or a line is not an article (the message names
     *     the file and line)
     */
    public static List<Article> readAll(Path file) throws IOException {
        List<Article> out = new ArrayList<>();
        try (BufferedReader r = reader(file)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    out.add(fromJson(line));
                } catch (IllegalArgumentException e) {
                    throw new IOException(file + ":" + n + ": " + e.getMessage(), e);
                }
            }
        }
        return out;
    }

    /**
     * A buffered UTF-8 writer for the file, gzipping (at the fastest level) when its name ends in {@code .gz}.
     *
     * @param file the file to create or overwrite
     * @return the writer; the caller closes it
     * @throws IOException if the file cannot be opened for writing
     */
    public static Writer writer(Path file) throws IOException {
        OutputStream out = Files.newOutputStream(file);
        if (file.getFileName().toString().endsWith(".gz")) {
            // fastest compression: on a 240 MB article file level 6 takes 11 s of CPU, level 1 3.3 s, for
            // a file 17 % larger; batches write these files once and read them rarely
            out = new GZIPOutputStream(out, 1 << 16) {
                {
                    def.setLevel(java.util.zip.Deflater.BEST_SPEED);
                }
            };
        }
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    /**
     * A buffered UTF-8 reader for the file, gunzipping when its name ends in {@code .gz}.
     *
     * @param file the file to read
     * @return the reader; the caller closes it
     * @throws IOException if the file cannot be opened, or a {@code .gz} file has no gzip header
     */
    public static BufferedReader reader(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.getFileName().toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    static UncheckedIOException unchecked(IOException e) {
        return new UncheckedIOException(e);
    }
}
