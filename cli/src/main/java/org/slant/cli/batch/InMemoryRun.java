package org.slant.cli.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slant.analysis.table.Column;
import org.slant.analysis.table.FeatureTable;
import org.slant.analysis.table.Row;
import org.slant.features.FeatureSpec;
import org.slant.features.Features;
import org.slant.ingest.Article;
import org.slant.ingest.Rejection;
import org.slant.report.ReportException;
import org.slant.report.Reports;

/**
 * The analysis and report stages of a run over articles already in memory (a handful, as in
 * {@code slant demo}): the same outputs as {@link BatchRun} writes after its streaming pass, on one thread.
 */
public final class InMemoryRun {
    private InMemoryRun() {}

    /**
     * Extracts features, analyses and writes {@code stats/}, {@code story/}, {@code report/} and
     * {@code report.json} under {@code out}.
     *
     * @param articles the articles
     * @param rejections the records rejected on the way in, for the report's corpus summary
     * @param inputs input name to the SHA-256 of its bytes, for the report's provenance
     * @param config what to run (its ingest options are not used here)
     * @param version the Slant version written into provenance
     * @param out the output directory
     * @return the report's {@code index.html}
     * @throws IOException if an output cannot be written
     */
    public static Path report(List<Article> articles, List<Rejection> rejections, Map<String, String> inputs,
            RunConfig config, String version, Path out) throws IOException {
        Files.createDirectories(out);
        Path work = Files.createTempDirectory(out, ".slant-work-");
        try (CorpusTally tally = new CorpusTally(config.report().leadSentences(), work)) {
            return report(articles, rejections, inputs, config, version, out, tally);
        } finally {
            Files.deleteIfExists(work);
        }
    }

    private static Path report(List<Article> articles, List<Rejection> rejections, Map<String, String> inputs,
            RunConfig config, String version, Path out, CorpusTally tally) throws IOException {
        Features features = config.features();
        List<FeatureSpec> specs = features.specs();
        Map<String, Integer> columnOf = BatchRun.columnIndex(specs);
        CorpusCounter corpus = new CorpusCounter();
        List<Row> rows = new ArrayList<>();
        Map<String, Article> byId = new HashMap<>();
        for (Article a : articles) {
            var f = features.extract(a);
            rows.add(BatchRun.row(a, f, columnOf));
            tally.add(a, f);
            corpus.add(a);
            byId.put(a.id(), a);
        }
        rejections.forEach(corpus::add);
        List<Column> columns = specs.stream().map(s -> new Column(s.name(), s.description(), s.unit())).toList();
        FeatureTable table = new FeatureTable(BatchRun.FEATURE_SET, columns, rows);
        String recorded = config.withThreads(0).toJson();
        ReportAssembler.Outcome outcome = new ReportAssembler(config, features).assemble(table, tally, corpus.summary(),
                ReportAssembler.provenance(version, recorded, inputs, config.seed()), ids -> {
                    Map<String, Article> found = new HashMap<>();
                    ids.forEach(id -> {
                        if (byId.containsKey(id)) {
                            found.put(id, byId.get(id));
                        }
                    });
                    return found;
                }, out);
        try {
            Path index = Reports.write(outcome.data(), out.resolve("report"));
            Reports.writeJson(outcome.data(), out.resolve(Reports.JSON_FILE));
            return index;
        } catch (ReportException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
