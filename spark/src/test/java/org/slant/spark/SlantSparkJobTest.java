package org.slant.spark;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;
import org.slant.analysis.stats.FeatureComparison;
import org.slant.analysis.stats.OutletStatistics;
import org.slant.analysis.stats.OutletSummary;
import org.slant.analysis.stats.StatsConfig;
import org.slant.analysis.table.FeatureTable;
import org.slant.analysis.table.FeatureTables;
import org.slant.cli.batch.BatchRun;
import org.slant.cli.batch.Progress;
import org.slant.cli.batch.RunConfig;
import org.slant.ingest.ArticleJson;
import org.slant.ingest.FieldMapping;
import org.slant.ingest.IngestOptions;
import org.slant.ingest.RejectReason;

/**
 * The job in local mode against {@code slant run} on the same input: a WARC crawl (plain and gzipped), a
 * generated JSONL corpus cut into many units, a truncated gzip corpus, a corrupt WARC and a directory of pages.
 * One Spark session and one single-machine run serve the whole class.
 */
class SlantSparkJobTest {
    private static final IngestOptions INGEST = IngestOptions.defaults().withMapping(FieldMapping.parse("domain=host"));

    @TempDir
    static Path dir;
    private static SparkSession spark;
    private static List<Path> inputs;
    private static Path batchOut;
    private static BatchRun.Summary batch;
    private static JobResult job;

    @BeforeAll
    static void runBoth() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path crawl = Fixtures.warc(in.resolve("crawl.warc"), WarcCompression.NONE);
        Path crawl2 = Fixtures.warc(in.resolve("crawl2.warc.gz"), WarcCompression.GZIP);
        byte[] gz = Files.readAllBytes(crawl2);
        Files.write(in.resolve("crawl3.warc.gz"), java.util.Arrays.copyOf(gz, gz.length * 2 / 3)); // a cut gzip member
        Path corpus = Fixtures.corpus(in.resolve("corpus.jsonl"), 80, 7);
        Path late = Fixtures.corpus(dir.resolve("late.jsonl"), 40, 11);
        Fixtures.truncatedGzip(late, in.resolve("late.jsonl.gz"), 0.6);
        Fixtures.corruptWarc(crawl, in.resolve("broken.warc"));
        Fixtures.pages(in.resolve("pages"));
        inputs = List.of(in.resolve("crawl.warc"), in.resolve("crawl2.warc.gz"), corpus, in.resolve("late.jsonl.gz"),
                in.resolve("broken.warc"), in.resolve("pages"), in.resolve("crawl3.warc.gz"));

        RunConfig config = new RunConfig(INGEST, null, 1, RunConfig.DEFAULT_SEED, null, null, null, null);
        batchOut = dir.resolve("batch");
        batch = new BatchRun(config, "test").run(inputs, batchOut, Progress.silent());

        spark = SparkSession.builder().master("local[2]").appName("slant-spark-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "3").getOrCreate();
        Path list = listing("inputs.txt", inputs.stream().map(Path::toString).toList());
        // small units: the 80-line corpus is cut into many pieces spread over three tasks
        job = SlantSparkJob.run(spark, JobConfig.of(list.toString(), dir.resolve("spark").toString())
                .withIngest(INGEST).withSplitBytes(3000).withPartitions(3)
                .withFormats(List.of(OutputFormat.PARQUET, OutputFormat.JSONL)));
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static Path listing(String name, List<String> lines) throws IOException {
        return Files.writeString(dir.resolve(name), "# inputs\n\n" + String.join("\n", lines) + "\n");
    }

    private static List<String> gzLines(Path file) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)),
                StandardCharsets.UTF_8))) {
            return r.lines().filter(l -> !l.isBlank()).toList();
        }
    }

    private static List<String> partLines(Path tableDir) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> parts = Files.list(tableDir)) {
            for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                out.addAll(gzLines(p));
            }
        }
        return out;
    }

    private static String parquet(String out, String table) {
        return dir.resolve(out).resolve("parquet").resolve(table).toString();
    }

    @Test
    void articlesAreThoseOfTheSingleMachineRunArticleForArticle() throws IOException {
        List<String> expected = new ArrayList<>(gzLines(batchOut.resolve("articles.jsonl.gz")));
        List<String> fromParquet = new ArrayList<>(spark.read().parquet(parquet("spark", "articles")).select("json")
                .collectAsList().stream().map(r -> r.getString(0)).toList());
        List<String> fromJsonl = new ArrayList<>(partLines(dir.resolve("spark/jsonl/articles")));
        expected.sort(null);
        fromParquet.sort(null);
        fromJsonl.sort(null);
        assertTrue(expected.size() > 100, "articles: " + expected.size());
        assertEquals(expected, fromParquet);
        assertEquals(expected, fromJsonl);
        // the flat columns agree with the lossless JSON
        for (Row r : spark.read().parquet(parquet("spark", "articles")).select("json", "id", "outlet", "origin")
                .collectAsList()) {
            var a = ArticleJson.fromJson(r.getAs("json"));
            assertEquals(a.id(), r.getAs("id"));
            assertEquals(a.outlet().name(), r.getAs("outlet"));
            assertEquals(a.origin(), r.getAs("origin"));
        }
    }

    @Test
    void featureRowsEqualTheSingleMachineFeatureTable() throws Exception {
        FeatureTable table = FeatureTables.read(batchOut.resolve("features.csv"));
        Map<String, Row> rows = new HashMap<>();
        // dates as text: turning them into java.sql.Date needs a JDK module opened, which plain Java 17 does not
        for (Row r : spark.read().parquet(parquet("spark", "features")).withColumn("date", col("date").cast("string"))
                .collectAsList()) {
            assertEquals(null, rows.put(r.getAs("id"), r), "duplicate id " + r.getAs("id"));
        }
        assertEquals(table.rows().size(), rows.size());
        assertEquals(job.features(), table.columns().size());
        for (var expected : table.rows()) {
            Row r = rows.get(expected.id());
            assertNotNull(r, expected.id());
            assertEquals(expected.outlet(), r.getAs("outlet"));
            assertEquals(expected.label(), r.getAs("label"));
            assertEquals(expected.date() == null ? null : expected.date().toString(), r.getAs("date"));
            for (int c = 0; c < table.columns().size(); c++) {
                String name = table.columns().get(c).name();
                assertEquals(expected.values().get(c), (double) r.getAs(name), 0.0, expected.id() + " " + name);
            }
        }
    }

    @Test
    void rejectionsAndCountsEqualTheSingleMachineRun() throws IOException {
        List<String> expected = new ArrayList<>();
        for (String line : Files.readAllLines(batchOut.resolve("rejects.jsonl"))) {
            JsonNode n = ArticleJson.mapper().readTree(line);
            expected.add(n.get("origin").asText() + "|" + n.get("record").asLong() + "|" + n.get("reason").asText()
                    + "|" + n.get("message").asText());
        }
        List<String> actual = new ArrayList<>(spark.read().parquet(parquet("spark", "rejects")).collectAsList().stream()
                .map(r -> r.getAs("origin") + "|" + r.getAs("record") + "|" + r.getAs("reason") + "|" + r.getAs("message"))
                .toList());
        expected.sort(null);
        actual.sort(null);
        assertEquals(expected, actual);
        // every kind of bad input is there: a truncated gzip member, a corrupt WARC, a bad line, an unknown file type
        assertTrue(actual.stream().anyMatch(s -> s.startsWith(inputs.get(3) + "|") && s.contains("|UNREADABLE|")), actual::toString);
        assertTrue(actual.stream().anyMatch(s -> s.startsWith(inputs.get(4).toString())), actual::toString);
        assertTrue(actual.stream().anyMatch(s -> s.startsWith(inputs.get(6).toString())), actual::toString);
        assertTrue(actual.stream().anyMatch(s -> s.contains("|UNSUPPORTED_FORMAT|")), actual::toString);
        assertTrue(actual.stream().anyMatch(s -> s.contains("|MALFORMED|")), actual::toString);
        // the JSONL form has the keys of rejects.jsonl
        List<String> jsonl = new ArrayList<>(partLines(dir.resolve("spark/jsonl/rejects")));
        List<String> batchLines = new ArrayList<>(Files.readAllLines(batchOut.resolve("rejects.jsonl")));
        jsonl.sort(null);
        batchLines.sort(null);
        assertEquals(batchLines, jsonl);

        assertEquals(batch.read(), job.read());
        assertEquals(batch.articles(), job.articles());
        assertEquals(batch.rejected(), job.rejected());
        Map<String, Long> byReason = new TreeMap<>();
        batch.rejectedByReason().forEach((k, v) -> byReason.put(k.name(), v));
        assertEquals(byReason, job.rejectedByReason());
        assertEquals(batch.articlesByOutlet().size(), job.outlets());
    }

    @Test
    void outletStatisticsEqualTheSingleMachineOnes() throws Exception {
        FeatureTable table = FeatureTables.read(batchOut.resolve("features.csv"));
        List<FeatureComparison> expected = OutletStatistics.compare(table, StatsConfig.defaults());
        Map<String, Row> stats = new HashMap<>();
        for (Row r : spark.read().parquet(parquet("spark", "outlet_stats")).collectAsList()) {
            stats.put(r.getAs("feature") + "|" + r.getAs("outlet"), r);
        }
        int compared = 0;
        int rates = 0;
        for (FeatureComparison f : expected) {
            for (OutletSummary s : f.outlets()) {
                Row r = stats.get(f.feature() + "|" + s.outlet());
                assertNotNull(r, f.feature() + " at " + s.outlet());
                String what = f.feature() + " at " + s.outlet();
                assertEquals(s.n(), (long) r.getAs("n"), what);
                assertEquals(s.missing(), (long) r.getAs("missing"), what);
                assertEquals(f.proportion(), r.getAs("proportion"), what);
                // the batch sums in row order, the job exactly: equal to the last few bits
                assertEquals(s.mean(), (double) r.getAs("mean"), 1e-12 * Math.max(1, Math.abs(s.mean())), what);
                if (s.interval() != null && !s.interval().method().equals("bootstrap")) {
                    assertEquals(s.interval().method(), r.getAs("interval_method"), what);
                    assertEquals(s.interval().low(), (double) r.getAs("interval_low"), 1e-12, what);
                    assertEquals(s.interval().high(), (double) r.getAs("interval_high"), 1e-12, what);
                    rates += s.interval().method().equals("wilson") ? 1 : 0;
                }
                compared++;
            }
        }
        assertEquals(stats.size(), compared);
        assertTrue(rates > 0, "no 0/1 feature was compared");
        assertTrue(job.outlets() >= 4, "outlets: " + job.outlets());
    }

    @Test
    void anotherPartitioningGivesTheSameTablesAndIdenticalStatistics() throws Exception {
        Path list = listing("inputs-whole.txt", inputs.stream().map(Path::toString).toList());
        JobResult whole = SlantSparkJob.run(spark, JobConfig.of(list.toString(), dir.resolve("whole").toString())
                .withIngest(INGEST).withSplitBytes(0).withPartitions(1));
        assertEquals(job.read(), whole.read());
        assertEquals(job.rejectedByReason(), whole.rejectedByReason());
        List<Row> a = spark.read().parquet(parquet("spark", "outlet_stats")).collectAsList();
        List<Row> b = spark.read().parquet(parquet("whole", "outlet_stats")).collectAsList();
        assertEquals(a, b);
        List<Row> fa = new ArrayList<>(spark.read().parquet(parquet("spark", "features"))
                .withColumn("date", col("date").cast("string")).collectAsList());
        List<Row> fb = new ArrayList<>(spark.read().parquet(parquet("whole", "features"))
                .withColumn("date", col("date").cast("string")).collectAsList());
        fa.sort(java.util.Comparator.comparing(r -> r.getString(0)));
        fb.sort(java.util.Comparator.comparing(r -> r.getString(0)));
        assertEquals(fa, fb);
    }

    @Test
    void aMissingPathIsRejectedAndTheJobGoesOn() throws Exception {
        String missing = dir.resolve("in/nowhere.warc").toString();
        Path list = listing("inputs-missing.txt", List.of(missing, inputs.get(0).toString(), inputs.get(4).toString()));
        JobResult r = SlantSparkJob.run(spark, JobConfig.of(list.toString(), dir.resolve("missing").toString())
                .withIngest(INGEST));
        List<Row> rejects = spark.read().parquet(parquet("missing", "rejects")).where("origin = '" + missing + "'")
                .collectAsList();
        assertEquals(1, rejects.size());
        assertEquals(RejectReason.UNREADABLE.name(), rejects.get(0).getAs("reason"));
        assertEquals(0L, (long) rejects.get(0).getAs("record"));
        assertTrue(((String) rejects.get(0).getAs("message")).contains("does not exist"));
        // the good crawl and the readable half of the corrupt one still give their articles
        assertTrue(r.articles() >= 3, "articles: " + r.articles());
        assertEquals(r.read(), r.articles() + r.rejected());
    }

    @Test
    void anExistingOutputIsKeptUnlessOverwriteIsOn() throws Exception {
        Path list = listing("inputs-one.txt", List.of(inputs.get(0).toString()));
        JobConfig config = JobConfig.of(list.toString(), dir.resolve("spark").toString()).withIngest(INGEST);
        SparkJobException e = assertThrows(SparkJobException.class, () -> SlantSparkJob.run(spark, config));
        assertTrue(e.getMessage().contains("exists"), e.getMessage());
        assertTrue(Files.exists(dir.resolve("spark/parquet/articles")));
        JobResult again = SlantSparkJob.run(spark, JobConfig.of(list.toString(), dir.resolve("again").toString())
                .withIngest(INGEST));
        JobResult replaced = SlantSparkJob.run(spark, JobConfig.of(list.toString(), dir.resolve("again").toString())
                .withIngest(INGEST).withOverwrite(true));
        assertEquals(again.articles(), replaced.articles());
        assertFalse(Files.exists(dir.resolve("again/jsonl")));
        assertFalse(Files.exists(dir.resolve("again").resolve(SlantSparkJob.STAGING)), "staging table left behind");
        assertTrue(Files.readString(dir.resolve("again/summary.json")).contains("\"articles\""));
    }
}
