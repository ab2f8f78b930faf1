package org.slant.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The AEB dev pages, decoded once (UTF-8, as the data README says), sorted by size and cut into
 * size terciles so a run shows how extraction time grows with the page.
 */
final class AebPages {
    /** System property naming the directory of {@code <id>.html.gz} pages. */
    static final String DIR_PROPERTY = "slant.aeb.dir";

    /** One page: its id and its HTML. */
    record Page(String id, String html) {}

    private AebPages() {}

    /** The directory of pages: the system property, else {@code ../shared/data/aeb/dev/html} from here or the parent. */
    static Path directory() {
        String configured = System.getProperty(DIR_PROPERTY);
        if (configured != null) {
            return Path.of(configured);
        }
        for (String candidate : List.of("../shared/data/aeb/dev/html", "../../shared/data/aeb/dev/html")) {
            Path p = Path.of(candidate);
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        return Path.of("../shared/data/aeb/dev/html");
    }

    /**
     * Pages of one size bucket: {@code all}, {@code small}, {@code medium} or {@code large} (terciles by length).
     *
     * @throws IllegalStateException with a "skipped" message when the data is absent
     */
    static List<Page> load(String bucket) {
        Path dir = directory();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("skipped: ../shared/data not found (looked for " + dir.toAbsolutePath()
                    + "; set -D" + DIR_PROPERTY + "=DIR)");
        }
        List<Page> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".html.gz")).sorted().toList()) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                    String name = f.getFileName().toString();
                    pages.add(new Page(name.substring(0, name.indexOf('.')), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + dir + ": " + e.getMessage(), e);
        }
        pages.sort(Comparator.comparingInt((Page p) -> p.html().length()).thenComparing(Page::id));
        int n = pages.size();
        List<Page> chosen = switch (bucket) {
            case "all" -> pages;
            case "small" -> pages.subList(0, n / 3);
            case "medium" -> pages.subList(n / 3, 2 * n / 3);
            case "large" -> pages.subList(2 * n / 3, n);
            default -> throw new IllegalArgumentException("unknown bucket: " + bucket);
        };
        if (chosen.isEmpty()) {
            throw new IllegalStateException("no pages in " + dir);
        }
        // Interleave by id so consecutive calls do not walk from small to large pages.
        List<Page> shuffled = new ArrayList<>(chosen);
        shuffled.sort(Comparator.comparing(Page::id));
        return shuffled;
    }
}
