package org.slant.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.slant.ingest.internal.PathSource;
import org.slant.ingest.internal.StreamSource;
import org.slant.ingest.internal.TextDumpParser;

/**
 * The front door of ingest: turns files, directories and streams into {@link ArticleSource}s.
 *
 * <p>Formats are detected from file names ({@link InputFormat#detect}) unless
 * {@link IngestOptions#format()} fixes one; {@code .gz} files are decompressed on the fly. Directories
 * are walked recursively in lexicographic order, so the same input always gives the same sequence.
 * Files of unknown format inside a directory are rejected with {@link RejectReason#UNSUPPORTED_FORMAT},
 * never skipped silently.
 */
public final class Ingest {
    private Ingest() {}

    /**
     * Opens a file or directory. Hidden files (names starting with a dot) in a directory are skipped.
     * Nothing is read until {@link ArticleSource#results()} is called; unreadable files then become
     * rejections.
     *
     * @param input a file or directory
     * @param options how to read it; not null
     * @return a source over the file, or over the directory's files in path order
     * @throws IngestException if the path does not exist or cannot be listed
     */
    public static ArticleSource open(Path input, IngestOptions options) throws IngestException {
        if (!Files.exists(input)) {
            throw new IngestException("input does not exist: " + input);
        }
        List<Path> files;
        if (Files.isDirectory(input)) {
            try (Stream<Path> walk = Files.walk(input)) {
                files = walk.filter(Files::isRegularFile)
                        .filter(p -> !p.getFileName().toString().startsWith("."))
                        .sorted()
                        .toList();
            } catch (IOException e) {
                throw new IngestException("cannot list directory " + input + ": " + e.getMessage(), e);
            }
        } else {
            files = List.of(input);
        }
        return new PathSource(files, options);
    }

    /**
     * Opens several files or directories, read one after the other, each as {@link #open(Path, IngestOptions)}
     * reads it. The returned source is not thread-safe.
     *
     * @param inputs files or directories, in reading order
     * @param options how to read them; not null
     * @return one source over all inputs; closing it closes every input's source
     * @throws IngestException if an input does not exist or a directory cannot be listed
     */
    public static ArticleSource open(List<Path> inputs, IngestOptions options) throws IngestException {
        List<ArticleSource> sources = new java.util.ArrayList<>();
        for (Path p : inputs) {
            sources.add(open(p, options));
        }
        return new ArticleSource() {
            private boolean used;

            @Override
            public Stream<IngestResult> results() {
                if (used) {
                    throw new IllegalStateException("article source already read");
                }
                used = true;
                return org.slant.ingest.internal.Concat.lazily(sources, ArticleSource::results);
            }

            @Override
            public void close() {
                sources.forEach(ArticleSource::close);
            }
        };
    }

    /**
     * Reads a stream such as stdin in the given format. The stream is closed with the source.
     *
     * @param in the stream, already decompressed
     * @param name how rejections name the stream, e.g. {@code "<stdin>"}
     * @param format the stream's format; not null
     * @param options how to read it; not null
     * @return a source over the stream; single-page articles get the id {@code stdin}
     * @throws IllegalArgumentException if {@code format} is null
     */
    public static ArticleSource open(InputStream in, String name, InputFormat format, IngestOptions options) {
        if (format == null) {
            throw new IllegalArgumentException("reading a stream needs an explicit format");
        }
        return new StreamSource(in, name, "stdin", format, options);
    }

    /**
     * Reads the bytes of one file obtained elsewhere (for instance from a Hadoop filesystem) as
     * {@link #open(Path, IngestOptions)} reads that file: the same origins when {@code name} is the path the
     * file would be opened under, and single-page articles (HTML, text dumps, WARC records) named
     * {@code fileId}, as {@link #idOf} names them. The stream must already be decompressed; it is closed
     * with the source.
     *
     * @param in the file's bytes, already decompressed
     * @param name how rejections and article origins name the file
     * @param fileId the id the file's article(s) derive from, usually {@code idOf} of the file name
     * @param format the file's format; not null
     * @param options how to read it; not null
     * @return a source over the file's records
     * @throws IllegalArgumentException if {@code format} is null or {@code fileId} is null or blank
     */
    public static ArticleSource open(InputStream in, String name, String fileId, InputFormat format,
            IngestOptions options) {
        if (format == null) {
            throw new IllegalArgumentException("reading a stream needs an explicit format");
        }
        if (fileId == null || fileId.isBlank()) {
            throw new IllegalArgumentException("reading a file's bytes needs its id: " + name);
        }
        return new StreamSource(in, name, fileId, format, options);
    }

    /**
     * Parses one plain-text page dump (what a browser's "save as text" or a scraper's text output gives).
     *
     * @param text the page's text; not null
     * @param id the article id to give it
     * @param origin where the text came from, for provenance
     * @return the article, or a rejection when the page holds no article
     */
    public static IngestResult parseTextDump(String text, String id, String origin) {
        return TextDumpParser.parse(text, id, origin);
    }

    /**
     * The id Slant gives the article of a file: its name without directory, a trailing {@code .gz} and
     * the format's extension. Other dots stay, so {@code blog.example.org.html} is {@code blog.example.org}.
     *
     * @param file the file; only its name is used
     * @return the id; the whole name when it has no known extension or is nothing but the extension
     */
    public static String idOf(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".gz") && name.length() > 3) {
            name = name.substring(0, name.length() - 3);
            lower = lower.substring(0, lower.length() - 3);
        }
        for (String ext : KNOWN_EXTENSIONS) {
            if (lower.endsWith(ext) && name.length() > ext.length()) {
                return name.substring(0, name.length() - ext.length());
            }
        }
        return name;
    }

    private static final List<String> KNOWN_EXTENSIONS = List.of(".txt", ".text", ".html", ".htm", ".xhtml", ".warc",
            ".arc", ".jsonl", ".ndjson", ".json", ".csv", ".tsv");
}
