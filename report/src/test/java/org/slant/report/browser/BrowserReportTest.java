package org.slant.report.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slant.report.ReportData;
import org.slant.report.Reports;

/**
 * Opens rendered reports in headless Chromium. Runs with {@code -Pbrowser}; skips, saying why, when no
 * Chromium is installed. Screenshots go to {@code target/screenshots/}.
 */
@Tag("browser")
class BrowserReportTest {
    static final Path OUT = Path.of("target", "browser-reports");
    static final Path SHOTS = Path.of("target", "screenshots");
    /** Counts what could only have come from the data: scripts, handlers, frames, images. */
    static final String PROBE = "JSON.stringify({scripts: document.scripts.length,"
            + " handlers: [...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length,"
            + " embeds: document.querySelectorAll('img,iframe,object,embed,video,audio').length,"
            + " title: document.title, articles: document.querySelectorAll('article').length,"
            + " width: document.documentElement.scrollWidth,"
            + " background: getComputedStyle(document.body).backgroundColor})";

    static Chromium browser;

    @BeforeAll
    static void start() throws Exception {
        Optional<Path> binary = Chromium.find();
        if (binary.isEmpty()) {
            System.err.println("browser tests skipped: no chromium on the PATH (install Debian's chromium, or set SLANT_CHROMIUM)");
        }
        Assumptions.assumeTrue(binary.isPresent(),
                "browser tests skipped: no chromium on the PATH (install Debian's chromium, or set SLANT_CHROMIUM)");
        browser = new Chromium(binary.get(), Files.createDirectories(Path.of("target", "chromium-profile")));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    static ReportData fixture(String name, Object... args) throws Exception {
        Class<?> fixtures = Class.forName("org.slant.report.Fixtures");
        for (Method m : fixtures.getDeclaredMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == args.length) {
                m.setAccessible(true);
                return (ReportData) m.invoke(null, args);
            }
        }
        throw new IllegalArgumentException(name);
    }

    static List<Path> pages(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    /** A page that did nothing: no requests but itself, no console output, no errors, no dialogs. */
    static Chromium.Visit assertQuiet(Path page, Path screenshot) throws Exception {
        URI uri = page.toAbsolutePath().toUri();
        Chromium.Visit v = browser.visit(uri, PROBE, screenshot);
        assertEquals(List.of(uri.toString()), v.requests(), page + ": requests");
        assertEquals(List.of(), v.console(), page + ": console");
        assertEquals(List.of(), v.exceptions(), page + ": exceptions");
        assertEquals(List.of(), v.log(), page + ": log entries");
        assertEquals(List.of(), v.dialogs(), page + ": dialogs");
        // The style sheet applied: the Content-Security-Policy lets exactly it through.
        assertEquals("rgb(251, 251, 249)", v.probe().path("background").asText(), page + ": " + v.probe());
        return v;
    }

    @Test
    void seedReportRendersWithNoErrorsAndNoRequests() throws Exception {
        Path dir = OUT.resolve("seeds");
        Reports.write(fixture("seeds"), dir);
        assertQuiet(dir.resolve("index.html"), SHOTS.resolve("seeds-index.png"));
        Path story = pages(dir.resolve("stories")).stream().filter(p -> !p.getFileName().toString().startsWith("list-"))
                .findFirst().orElseThrow();
        Chromium.Visit v = assertQuiet(story, SHOTS.resolve("seeds-story.png"));
        assertEquals(2, v.probe().path("articles").asInt(), v.probe().toString());
    }

    @Test
    void twoThousandArticleReportRendersWithNoErrorsAndNoRequests() throws Exception {
        Path dir = OUT.resolve("sample-2000");
        Reports.write(fixture("generated", 2000, 50, 11L), dir);
        long start = System.nanoTime();
        Chromium.Visit v = assertQuiet(dir.resolve("index.html"), SHOTS.resolve("sample-index.png"));
        System.err.printf("2,000-article index: %d bytes, opened and probed in %d ms%n",
                Files.size(dir.resolve("index.html")), (System.nanoTime() - start) / 1_000_000);
        assertTrue(v.probe().path("width").asInt() <= 1280, "index does not overflow sideways: " + v.probe());
        // The story with the most articles: the widest page.
        ReportData sample = fixture("generated", 2000, 50, 11L);
        org.slant.report.Story widest = sample.stories().stream()
                .max(java.util.Comparator.comparingInt(s -> s.articles().size())).orElseThrow();
        Path story = dir.resolve("stories").resolve(org.slant.report.internal.Safe.fileStem(widest.id()) + ".html");
        Chromium.Visit sv = assertQuiet(story, SHOTS.resolve("sample-story.png"));
        assertEquals(widest.articles().size(), sv.probe().path("articles").asInt());
        assertQuiet(dir.resolve("stories/list-1.html"), null);
    }

    @Test
    void hostileReportRunsNoScriptAndMakesNoRequest() throws Exception {
        Path dir = OUT.resolve("hostile");
        Reports.write(fixture("hostile"), dir);
        List<Path> pages = pages(dir);
        assertTrue(pages.size() >= 4, pages.toString());
        for (Path page : pages) {
            Chromium.Visit v = assertQuiet(page, page.getFileName().toString().equals("index.html")
                    ? SHOTS.resolve("hostile-index.png") : null);
            assertEquals(0, v.probe().path("scripts").asInt(), page.toString());
            assertEquals(0, v.probe().path("handlers").asInt(), page.toString());
            assertEquals(0, v.probe().path("embeds").asInt(), page.toString());
            assertTrue(v.probe().path("title").asText().contains("<"), "the payload is the title, as text: " + v.probe());
        }
    }

    @Test
    void theHooksSeeScriptsAndRequestsWhenThereAreSome() throws Exception {
        // A control: the same checks on a page that does run a script and fetch, so they can fail.
        Path page = OUT.resolve("control/control.html");
        Files.createDirectories(page.getParent());
        Files.writeString(page, "<!DOCTYPE html><title>control</title><script>console.log('ran');"
                + "fetch('http://127.0.0.1:9/x').catch(() => {});alert(1)</script>");
        Chromium.Visit v = browser.visit(page.toAbsolutePath().toUri(), PROBE, null);
        assertFalse(v.console().isEmpty(), v.toString());
        assertFalse(v.dialogs().isEmpty(), v.toString());
        assertTrue(v.requests().stream().anyMatch(r -> r.startsWith("http://127.0.0.1:9/")), v.toString());
        assertEquals(1, v.probe().path("scripts").asInt());
    }
}
