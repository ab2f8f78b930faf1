package org.slant.cli.batch;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.slant.analysis.AnalysisException;
import org.slant.analysis.table.Column;
import org.slant.analysis.table.FeatureTable;
import org.slant.analysis.table.FeatureTables;
import org.slant.analysis.table.FeatureVector;
import org.slant.analysis.table.Row;
import org.slant.features.ArticleFeatures;
import org.slant.features.FeatureSpec;
import org.slant.features.FeatureValue;
import org.slant.features.Features;
import org.slant.ingest.Article;
import org.slant.ingest.ArticleJson;
import org.slant.ingest.ArticleSource;
import org.slant.ingest.Ingest;
import org.slant.ingest.IngestException;
import org.slant.ingest.IngestResult;
import org.slant.ingest.RejectReason;
import org.slant.ingest.Rejection;
import org.slant.report.ReportException;
import org.slant.report.Reports;

/**
 * One batch run: reads the input once, extracts features on all cores while writing articles and
 * rejections in input order, then writes the feature table and provenance. Output is byte-identical
 * for the same input and configuration, whatever the number of threads.
 */
public final class BatchRun {
    /** Version of the standard feature set written into tables; bump when feature meanings change. */
    public static final String FEATURE_SET = "slant-features/1";

    private final RunConfig config;
    private final String version;

    /**
     * A batch with this configuration.
     *
     * @param config what to run
     * @param version the Slant version written into provenance
     */
    public BatchRun(RunConfig config, String version) {
        this.config = config;
        this.version = version;
    }

    /** What a run read and wrote. */
    public record Summary(long read, long articles, long rejected, Map<RejectReason, Long> rejectedByReason,
            Map<String, Long> articlesByOutlet, int features, int stories, int multiOutletStories, int storiesShown,
            String classifier, Path report, double seconds, String stageTimes) {

        /**
         * Prints the summary for a person: counts, rejections by reason, the largest outlets, stories,
         * classifier and stage times.
         *
         * @param err where to print
         */
        public void print(PrintStream err) {
            err.printf(Locale.ROOT, "read %d records: %d articles from %d outlets, %d rejected; %d features (%.1f s, %.0f articles/s)%n",
                    read, articles, articlesByOutlet.size(), rejected, features, seconds, seconds > 0 ? articles / seconds : 0.0);
            rejectedByReason.forEach((r, n) -> err.printf(Locale.ROOT, "  rejected %-18s %8d%n", r.name().toLowerCase(Locale.ROOT), n));
            // the ten largest outlets; a corpus can have hundreds
            articlesByOutlet.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(10).forEach(e -> err.printf(Locale.ROOT, "  outlet   %-30s %8d%n", e.getKey(), e.getValue()));
            if (articlesByOutlet.size() > 10) {
                err.printf(Locale.ROOT, "  ... and %d more outlets%n", articlesByOutlet.size() - 10);
            }
            err.printf(Locale.ROOT, "stories: %d, %d with two outlets or more, %d in the report%n", stories, multiOutletStories, storiesShown);
            err.println("classifier: " + classifier);
            if (!stageTimes.isEmpty()) {
                err.println("time: " + stageTimes);
            }
            if (report != null) {
                err.println("report: " + report);
            }
        }
    }

    /** One article's work done on a worker thread; the consumer only writes and merges, in input order. */
    private record Extracted(Article article, String json, Row row, CorpusTally.Digest digest, String error) {}

    /**
     * Runs the batch.
     *
     * @param inputs files and directories to read (directories recursively, in sorted order)
     * @param out the output directory, created when missing
     * @param progress where progress goes ({@link Progress#silent()} for none)
     * @return what was read, rejected and written
     * @throws IngestException if the input cannot be opened
     * @throws IOException if an output cannot be written
     */
    public Summary run(List<Path> inputs, Path out, Progress progress) throws IngestException, IOException {
        long start = System.nanoTime();
        Files.createDirectories(out);
        // the feature rows, word counts and story documents wait on disk, in a directory removed when the run ends
        Path work = Files.createTempDirectory(out, ".slant-work-");
        Path rowFile = work.resolve("feature-rows.bin");
        try (CorpusTally tally = new CorpusTally(config.report().leadSentences(), work)) {
            return run(inputs, out, progress, tally, rowFile, start);
        } finally {
            Files.deleteIfExists(rowFile);
            Files.deleteIfExists(work);
        }
    }

    private Summary run(List<Path> inputs, Path out, Progress progress, CorpusTally tally, Path rowFile, long start)
            throws IngestException, IOException {
        Stages stages = new Stages();
        Features features = config.features();
        List<FeatureSpec> specs = features.specs();
        Map<String, Integer> columnOf = columnIndex(specs);
        List<Column> columns = specs.stream().map(s -> new Column(s.name(), s.description(), s.unit())).toList();
        // the rows wait in a file: memory keeps a file position per article, whatever the corpus size
        FeatureTable.Builder rows = FeatureTable.builder(FEATURE_SET, columns, rowFile);
        Map<RejectReason, Long> byReason = new TreeMap<>();
        Map<String, Long> byOutlet = new TreeMap<>();
        long[] counts = new long[2]; // read, rejected
        CorpusCounter corpus = new CorpusCounter();
        try (ArticleSource source = Ingest.open(inputs, config.ingest());
                Stream<IngestResult> results = source.results();
                Writer articles = ArticleJson.writer(out.resolve("articles.jsonl.gz"));
                Writer rejects = ArticleJson.writer(out.resolve("rejects.jsonl"));
                OrderedParallelMap<Article, Extracted> workers = new OrderedParallelMap<>(config.effectiveThreads(),
                        config.effectiveThreads() * 64,
                        a -> extract(features, a, columnOf, tally), e -> {
                            try {
                                if (e.error() != null) {
                                    Rejection bad = new Rejection(originOf(e.article()), 0, RejectReason.MALFORMED,
                                            "article " + e.article().id() + ": feature extraction failed: " + e.error());
                                    writeRejection(rejects, bad, byReason);
                                    corpus.add(bad);
                                    counts[1]++;
                                    return;
                                }
                                articles.write(e.json());
                                articles.write('\n');
                                rows.add(e.row());
                                byOutlet.merge(e.article().outlet().name(), 1L, Long::sum);
                                tally.add(e.digest());
                                corpus.add(e.article());
                                progress.articleDone();
                            } catch (IOException x) {
                                throw new UncheckedIOException(x);
                            }
                        })) {
            for (IngestResult r : (Iterable<IngestResult>) results::iterator) {
                counts[0]++;
                if (r instanceof IngestResult.Accepted a) {
                    workers.submit(a.article());
                } else if (r instanceof IngestResult.Rejected rej) {
                    writeRejection(rejects, rej.rejection(), byReason);
                    corpus.add(rej.rejection());
                    counts[1]++;
                }
            }
            workers.drain();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        progress.finish();
        stages.lap("ingest and features");
        FeatureTable table = rows.build();
        try {
            FeatureTables.write(table, out.resolve("features.csv"));
            FeatureTables.write(table, out.resolve("features.arff"));
        } catch (AnalysisException e) {
            throw new IOException(e.getMessage(), e);
        }
        Map<String, String> hashes = Provenance.hashInputs(inputs);
        // threads do not change any output, so the recorded configuration leaves them out (as 0)
        String recorded = config.withThreads(0).toJson();
        Provenance.write(out.resolve("provenance.json"), version, "run", recorded, hashes, config.seed());
        stages.lap("tables");
        ReportAssembler.Outcome outcome = new ReportAssembler(config, features).assemble(table, tally, corpus.summary(),
                ReportAssembler.provenance(version, recorded, hashes, config.seed()),
                ids -> load(out.resolve("articles.jsonl.gz"), ids), out);
        stages.addAll(outcome.stages());
        Path index;
        try {
            index = Reports.write(outcome.data(), out.resolve("report"));
            Reports.writeJson(outcome.data(), out.resolve(Reports.JSON_FILE));
        } catch (ReportException e) {
            throw new IOException(e.getMessage(), e);
        }
        stages.lap("report");
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Summary(counts[0], table.rows().size(), counts[1], byReason, byOutlet, specs.size(), outcome.stories(),
                outcome.multiOutletStories(), outcome.data().stories().size(), outcome.classifier(), index, seconds,
                stages.toString());
    }

    /** The articles of the run's article file with these ids. */
    private static Map<String, Article> load(Path file, java.util.Set<String> ids) throws IOException {
        Map<String, Article> out = new java.util.HashMap<>();
        try (java.io.BufferedReader r = ArticleJson.reader(file)) {
            for (String line = r.readLine(); line != null && out.size() < ids.size(); line = r.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                Article a = ArticleJson.fromJson(line);
                if (ids.contains(a.id())) {
                    out.put(a.id(), a);
                }
            }
        }
        return out;
    }

    /** Column position of each feature, by name, in spec order. */
    static Map<String, Integer> columnIndex(List<FeatureSpec> specs) {
        Map<String, Integer> columnOf = new TreeMap<>();
        for (int i = 0; i < specs.size(); i++) {
            columnOf.put(specs.get(i).name(), i);
        }
        return columnOf;
    }

    private static Extracted extract(Features features, Article a, Map<String, Integer> columnOf, CorpusTally tally) {
        ArticleFeatures f;
        try {
            f = features.extract(a);
        } catch (RuntimeException e) {
            return new Extracted(a, null, null, null, e.toString());
        }
        return new Extracted(a, ArticleJson.toJson(a), row(a, f, columnOf), tally.digest(a, f), null);
    }

    static Row row(Article a, ArticleFeatures f, Map<String, Integer> columnOf) {
        FeatureVector.Builder v = FeatureVector.builder(columnOf.size());
        for (FeatureValue value : f.values()) {
            Integer i = columnOf.get(value.name());
            if (i != null) {
                v.set(i, value.value());
            }
        }
        LocalDate date = a.published() == null ? null : a.published().date();
        return new Row(a.id(), a.outlet().name(), date, null, a.label(), v.build());
    }

    private static String originOf(Article a) {
        return a.origin() == null ? a.id() : a.origin();
    }

    private static void writeRejection(Writer w, Rejection r, Map<RejectReason, Long> byReason) throws IOException {
        w.write(ArticleJson.mapper().writeValueAsString(r));
        w.write('\n');
        byReason.merge(r.reason(), 1L, Long::sum);
    }
}
