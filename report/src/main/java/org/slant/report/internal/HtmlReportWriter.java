package org.slant.report.internal;

import gg.jte.output.WriterOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slant.report.ClassifierResult;
import org.slant.report.CorpusSummary;
import org.slant.report.DistinctiveWords;
import org.slant.report.FeatureComparison;
import org.slant.report.Highlight;
import org.slant.report.OutletCount;
import org.slant.report.ReportData;
import org.slant.report.ReportException;
import org.slant.report.Story;
import org.slant.report.StoryArticle;
import org.slant.report.internal.jte.JteindexGenerated;
import org.slant.report.internal.jte.JtestoryGenerated;
import org.slant.report.internal.jte.JtestoriesGenerated;

/** Renders {@link ReportData} as {@code index.html}, story pages, story-list pages and CSV files. */
public final class HtmlReportWriter {
    /** Stories linked from the index page; the rest are reached through the paged list. */
    static final int INDEX_STORIES = 30;
    /** Stories per page of the story list. */
    static final int STORIES_PER_PAGE = 200;

    private static final String CSS = loadCss();

    private HtmlReportWriter() {
    }

    /** Writes the HTML report into {@code dir} and returns the path of {@code index.html}. */
    public static Path write(ReportData data, Path dir) throws ReportException {
        try {
            return render(data, dir);
        } catch (IOException | UncheckedIOException e) {
            throw new ReportException("cannot write the report into " + dir + ": " + e.getMessage(), e);
        }
    }

    private static Path render(ReportData d, Path dir) throws IOException {
        Path stories = dir.resolve("stories");
        Path csv = dir.resolve("csv");
        Files.createDirectories(stories);
        Files.createDirectories(csv);

        List<String> affiliationLabels = new ArrayList<>();
        List<String> categoryLabels = new ArrayList<>();
        d.sourcing().forEach(c -> affiliationLabels.add(c.group()));
        for (Story s : d.stories()) {
            for (StoryArticle a : s.articles()) {
                for (Highlight h : a.highlights()) {
                    if (h instanceof Highlight.Attribution at) {
                        affiliationLabels.add(at.affiliation());
                    } else if (h instanceof Highlight.LoadedTerm lt) {
                        categoryLabels.add(lt.category());
                    }
                }
            }
        }
        Palette affiliations = new Palette(affiliationLabels);
        Palette categories = new Palette(categoryLabels);
        Palette stances = new Palette(d.stances().stream().map(OutletCount::group).toList());

        writeCsvs(d, csv);

        List<Views.StoryLink> links = new ArrayList<>();
        Highlighter highlighter = new Highlighter(affiliations, categories);
        for (Story s : d.stories()) {
            String stem = Safe.fileStem(s.id());
            links.add(new Views.StoryLink(s.title().isBlank() ? s.id() : s.title(), stem + ".html",
                    String.join(", ", s.articles().stream().map(StoryArticle::outlet).distinct().toList()),
                    s.articles().size()));
            Views.StoryPage page = storyPage(d, s, highlighter, affiliations, categories, stem);
            render(stories.resolve(stem + ".html"), out -> JtestoryGenerated.render(out, null, page));
            write(stories.resolve(stem + "-highlights.csv"), highlightsCsv(s));
        }
        int pages = Math.max(1, (links.size() + STORIES_PER_PAGE - 1) / STORIES_PER_PAGE);
        for (int p = 1; p <= pages; p++) {
            List<Views.StoryLink> slice = links.subList((p - 1) * STORIES_PER_PAGE,
                    Math.min(links.size(), p * STORIES_PER_PAGE));
            Views.StoryList list = new Views.StoryList(d.title(), CSS, p, pages, (p - 1) * STORIES_PER_PAGE + 1, links.size(), slice,
                    p > 1 ? listName(p - 1) : null, p < pages ? listName(p + 1) : null);
            render(stories.resolve(listName(p)), out -> JtestoriesGenerated.render(out, null, list));
        }

        Views.Index index = index(d, affiliations, stances,
                links.subList(0, Math.min(INDEX_STORIES, links.size())).stream()
                        .map(l -> new Views.StoryLink(l.title(), "stories/" + l.href(), l.outlets(), l.articles()))
                        .toList(),
                links.size());
        Path indexFile = dir.resolve("index.html");
        render(indexFile, out -> JteindexGenerated.render(out, null, index));
        return indexFile;
    }

    static String listName(int page) {
        return "list-" + page + ".html";
    }

    private static Views.Index index(ReportData d, Palette affiliations, Palette stances,
                                     List<Views.StoryLink> stories, int storyCount) {
        String first = d.corpus().outlets().stream().map(CorpusSummary.OutletSummary::firstPublished)
                .filter(x -> x != null && !x.isBlank()).sorted().findFirst().orElse(null);
        String last = d.corpus().outlets().stream().map(CorpusSummary.OutletSummary::lastPublished)
                .filter(x -> x != null && !x.isBlank()).sorted().reduce((a, b) -> b).orElse(null);
        String range = first == null ? null : first.equals(last) || last == null ? first : first + " to " + last;

        List<Charts.BarChart> charts = d.features().stream().map(Charts::bars).toList();

        LinkedHashSet<String> outlets = new LinkedHashSet<>();
        d.corpus().outlets().forEach(o -> outlets.add(o.outlet()));
        d.features().forEach(f -> f.outlets().forEach(s -> outlets.add(s.outlet())));
        List<Views.Row> matrixRows = new ArrayList<>();
        for (String o : outlets) {
            List<String> cells = new ArrayList<>();
            for (FeatureComparison f : d.features()) {
                cells.add(f.outlets().stream().filter(s -> s.outlet().equals(o)).findFirst()
                        .map(s -> Fmt.num(s.mean()) + " [" + Fmt.num(s.low()) + ", " + Fmt.num(s.high()) + "]")
                        .orElse("\u2013"));
            }
            matrixRows.add(new Views.Row(o, cells));
        }
        Views.Matrix matrix = new Views.Matrix("Features by outlet",
                d.features().stream().map(f -> f.name() + (f.mark() == null ? "" : " " + f.mark())).toList(),
                matrixRows);

        List<Views.Matrix> naming = new ArrayList<>();
        Map<String, List<OutletCount>> byConcept = new TreeMap<>();
        d.naming().forEach(c -> byConcept.computeIfAbsent(c.group(), k -> new ArrayList<>()).add(c));
        for (Map.Entry<String, List<OutletCount>> e : byConcept.entrySet()) {
            List<String> cols = e.getValue().stream().map(OutletCount::outlet).distinct().toList();
            Map<String, Map<String, Long>> byVariant = new TreeMap<>();
            for (OutletCount c : e.getValue()) {
                byVariant.computeIfAbsent(c.item() == null ? "" : c.item(), k -> new TreeMap<>())
                        .merge(c.outlet(), c.count(), Long::sum);
            }
            List<Views.Row> rows = new ArrayList<>();
            byVariant.forEach((variant, counts) -> rows.add(new Views.Row(variant,
                    cols.stream().map(o -> Long.toString(counts.getOrDefault(o, 0L))).toList())));
            naming.add(new Views.Matrix(e.getKey(), cols, rows));
        }

        List<Views.Words> words = new ArrayList<>();
        for (DistinctiveWords w : d.distinctiveWords()) {
            double max = w.terms().stream().mapToDouble(t -> Math.abs(t.z())).max().orElse(1);
            words.add(new Views.Words(w.outlet(), w.terms().stream()
                    .map(t -> new Views.Word(t.term(), Fmt.num(t.z()), Fmt.xy(max == 0 ? 0 : 80 * Math.abs(t.z()) / max)))
                    .toList()));
        }

        List<List<Integer>> shade = new ArrayList<>();
        ClassifierResult c = d.classifier();
        if (c != null) {
            for (List<Long> row : c.confusion()) {
                long total = row.stream().mapToLong(Long::longValue).sum();
                shade.add(row.stream().map(v -> total == 0 ? 0 : (int) Math.round(5.0 * v / total)).toList());
            }
        }
        return new Views.Index(d, CSS, range, charts, matrix, Charts.stacks(d.sourcing(), affiliations),
                shares(d.sourcing()), Charts.stacks(d.stances(), stances), shares(d.stances()), naming, words,
                stories, storyCount, "stories/" + listName(1), shade);
    }

    private static List<Views.Share> shares(List<OutletCount> counts) {
        Map<String, Long> totals = new LinkedHashMap<>();
        counts.forEach(c -> totals.merge(c.outlet(), c.count(), Long::sum));
        return counts.stream().map(c -> new Views.Share(c.outlet(), c.group(), c.item(), c.count(),
                Fmt.pct(totals.get(c.outlet()) == 0 ? 0 : (double) c.count() / totals.get(c.outlet())))).toList();
    }

    private static Views.StoryPage storyPage(ReportData d, Story s, Highlighter highlighter, Palette affiliations,
                                             Palette categories, String stem) {
        List<Views.Article> articles = new ArrayList<>();
        List<String> affs = new ArrayList<>();
        List<String> cats = new ArrayList<>();
        for (StoryArticle a : s.articles()) {
            int attributions = 0;
            int loaded = 0;
            for (Highlight h : a.highlights()) {
                if (h instanceof Highlight.Attribution at) {
                    affs.add(at.affiliation());
                    if (at.part() == Highlight.Part.CONTENT) {
                        attributions++;
                    }
                } else if (h instanceof Highlight.LoadedTerm lt) {
                    cats.add(lt.category());
                    loaded++;
                }
            }
            String summary = attributions + " attributed passages, " + loaded + " loaded terms";
            articles.add(new Views.Article(a.outlet(), a.headline(), Safe.httpUrl(a.url()), a.published(), a.tags(), summary,
                    highlighter.blocks(a, s.exclusive())));
        }
        List<Views.ExclusiveView> exclusive = new ArrayList<>();
        for (Story.Exclusive e : s.exclusive()) {
            s.articles().stream().filter(a -> a.articleId().equals(e.articleId())).findFirst()
                    .ifPresent(a -> exclusive.add(new Views.ExclusiveView(a.outlet(),
                            a.text().substring(e.start(), e.end()))));
        }
        return new Views.StoryPage(d.title(), CSS, s.title().isBlank() ? s.id() : s.title(), s.id(), articles,
                affiliations.legend(affs), categories.legend(cats), exclusive, stem + "-highlights.csv");
    }

    private static String highlightsCsv(Story s) {
        Csv csv = new Csv("article", "outlet", "type", "start", "end", "text", "part", "speaker", "affiliation",
                "category", "voice", "concept", "variant", "kind");
        for (StoryArticle a : s.articles()) {
            for (Highlight h : a.highlights()) {
                String text = a.text().substring(h.start(), h.end());
                if (h instanceof Highlight.Attribution at) {
                    csv.row(a.articleId(), a.outlet(), "attribution", h.start(), h.end(), text, at.part().name(),
                            at.speaker(), at.affiliation(), null, null, null, null, null);
                } else if (h instanceof Highlight.LoadedTerm lt) {
                    csv.row(a.articleId(), a.outlet(), "loadedTerm", h.start(), h.end(), text, null, null, null,
                            lt.category(), lt.voice(), null, null, null);
                } else if (h instanceof Highlight.NamingVariant nv) {
                    csv.row(a.articleId(), a.outlet(), "namingVariant", h.start(), h.end(), text, null, null, null,
                            null, null, nv.concept(), nv.variant(), null);
                } else if (h instanceof Highlight.Blurb bl) {
                    csv.row(a.articleId(), a.outlet(), "blurb", h.start(), h.end(), text, null, null, null, null,
                            null, null, null, bl.kind());
                } else {
                    csv.row(a.articleId(), a.outlet(), "scareQuote", h.start(), h.end(), text, null, null, null,
                            null, null, null, null, null);
                }
            }
        }
        return csv.toString();
    }

    private static void writeCsvs(ReportData d, Path dir) throws IOException {
        Csv outlets = new Csv("outlet", "domain", "articles", "firstPublished", "lastPublished");
        d.corpus().outlets().forEach(o -> outlets.row(o.outlet(), o.domain(), o.articles(), o.firstPublished(),
                o.lastPublished()));
        write(dir.resolve("outlets.csv"), outlets.toString());

        Csv rejections = new Csv("reason", "count", "examples");
        d.corpus().rejections().forEach(r -> rejections.row(r.reason(), r.count(), String.join("\n", r.examples())));
        write(dir.resolve("rejections.csv"), rejections.toString());

        Csv features = new Csv("feature", "unit", "outlet", "n", "mean", "low", "high", "test", "statistic", "p",
                "adjustedP", "effectName", "effect", "mark");
        for (FeatureComparison f : d.features()) {
            for (FeatureComparison.OutletStat s : f.outlets()) {
                features.row(f.name(), f.unit(), s.outlet(), s.n(), s.mean(), s.low(), s.high(), f.test(),
                        f.statistic(), f.p(), f.adjustedP(), f.effectName(), f.effect(), f.mark());
            }
        }
        write(dir.resolve("features.csv"), features.toString());

        Csv words = new Csv("outlet", "rank", "term", "z");
        for (DistinctiveWords w : d.distinctiveWords()) {
            for (int i = 0; i < w.terms().size(); i++) {
                words.row(w.outlet(), i + 1, w.terms().get(i).term(), w.terms().get(i).z());
            }
        }
        write(dir.resolve("distinctive-words.csv"), words.toString());

        writeCounts(dir.resolve("sourcing.csv"), d.sourcing(), "affiliation", "role");
        writeCounts(dir.resolve("stances.csv"), d.stances(), "stance", "verb");
        writeCounts(dir.resolve("naming.csv"), d.naming(), "concept", "variant");
        writeCounts(dir.resolve("blurbs.csv"), d.blurbs(), "kind", "example");

        Csv stories = new Csv("story", "title", "article", "outlet", "headline", "url", "published");
        for (Story s : d.stories()) {
            for (StoryArticle a : s.articles()) {
                stories.row(s.id(), s.title(), a.articleId(), a.outlet(), a.headline(), a.url(), a.published());
            }
        }
        write(dir.resolve("stories.csv"), stories.toString());

        ClassifierResult c = d.classifier();
        if (c != null) {
            Csv confusion = new Csv(Stream.concat(Stream.of("actual \\ predicted"), c.classes().stream())
                    .toArray(String[]::new));
            for (int i = 0; i < c.classes().size(); i++) {
                List<Object> row = new ArrayList<>();
                row.add(c.classes().get(i));
                row.addAll(c.confusion().get(i));
                confusion.row(row.toArray());
            }
            write(dir.resolve("confusion.csv"), confusion.toString());
            Csv scores = new Csv("class", "precision", "recall", "f1", "support");
            c.perClass().forEach(s -> scores.row(s.cls(), s.precision(), s.recall(), s.f1(), s.support()));
            write(dir.resolve("class-scores.csv"), scores.toString());
            Csv top = new Csv("class", "feature", "weight");
            c.topFeatures().forEach(t -> top.row(t.cls(), t.feature(), t.weight()));
            write(dir.resolve("top-features.csv"), top.toString());
        }
    }

    private static void writeCounts(Path file, List<OutletCount> counts, String group, String item) throws IOException {
        Csv csv = new Csv("outlet", group, item, "count");
        counts.forEach(c -> csv.row(c.outlet(), c.group(), c.item(), c.count()));
        write(file, csv.toString());
    }

    /** Renders a page straight into {@code file}: a large report is never one string in memory. */
    private static void render(Path file, Consumer<InertHtmlOutput> template) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            template.accept(new InertHtmlOutput(new WriterOutput(w)));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void write(Path file, String content) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private static String loadCss() {
        try (InputStream in = HtmlReportWriter.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
