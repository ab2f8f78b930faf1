package org.slant.spark;

import static org.apache.spark.sql.functions.col;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import org.slant.features.FeatureSpec;
import org.slant.ingest.ArticleJson;
import org.slant.ingest.FieldMapping;
import org.slant.ingest.IngestOptions;
import org.slant.spark.internal.HadoopFiles;
import org.slant.spark.internal.OutletAggregates;
import org.slant.spark.internal.Planner;
import org.slant.spark.internal.RecordRows;
import org.slant.spark.internal.Unit;
import org.slant.spark.internal.UnitProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

/**
 * Slant on a Spark cluster: reads the inputs a list file names, runs ingest and feature extraction in tasks
 * ({@code mapPartitions}, one record in memory at a time), and writes articles, feature rows, rejections and
 * the per-outlet statistics that decompose. The same input gives the same articles, feature rows, rejections
 * and statistics as {@code slant run}, and the same output whatever the partitioning.
 *
 * <p>Under {@link JobConfig#output()}: {@code parquet/} and/or {@code jsonl/}, each with {@code articles},
 * {@code features}, {@code rejects} and {@code outlet_stats} tables, and {@code summary.json}.
 *
 * <p>From Java: {@code JobResult r = SlantSparkJob.run(spark, JobConfig.of("paths.txt", "out"));}. With
 * spark-submit: {@code spark-submit --class org.slant.spark.SlantSparkJob slant-spark.jar --paths LIST --out DIR}
 * (see {@link #main}).
 */
public final class SlantSparkJob {
    private static final Logger LOG = LoggerFactory.getLogger(SlantSparkJob.class);
    /** Directory under the output holding every record while the job runs; removed at the end. */
    static final String STAGING = "_records";
    private static final String READER_BATCH = "spark.sql.parquet.columnarReaderBatchSize";
    /** Rows per vectorised batch while the staging table is read: about 4 MB of article text per column. */
    private static final int STAGING_BATCH_ROWS = 512;

    private SlantSparkJob() {}

    /**
     * Runs the job on {@code spark}. Unreadable inputs, truncated files and corrupt records are rejections in
     * the output; the job goes on.
     *
     * @throws SparkJobException if the list file cannot be read, the output exists and {@code overwrite} is off,
     *     or Spark fails
     */
    public static JobResult run(SparkSession spark, JobConfig config) throws SparkJobException {
        long start = System.nanoTime();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        HadoopFiles files = new HadoopFiles(jsc.hadoopConfiguration());
        List<String> entries = readList(files, config.input());
        Path out = new Path(config.output());
        prepareOutput(files, out, config.overwrite());

        List<FeatureSpec> specs = UnitProcessor.pipeline(config.extractors()).specs();
        LongAccumulator read = jsc.sc().longAccumulator("slant.read");
        LongAccumulator articles = jsc.sc().longAccumulator("slant.articles");
        LongAccumulator rejected = jsc.sc().longAccumulator("slant.rejected");
        int partitions = config.partitions() > 0 ? config.partitions() : Math.max(1, jsc.defaultParallelism() * 4);

        List<Tuple2<Integer, String[]>> listed = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            listed.add(new Tuple2<>(i, new String[] {entries.get(i), qualify(files, entries.get(i))}));
        }
        IngestOptions ingest = config.ingest();
        String ingestJson = json(ingest);
        long splitBytes = config.splitBytes();
        // stage 1, one task per listed input: list directories, cut large JSONL files into runs of lines
        JavaPairRDD<Long, Unit> units = jsc.parallelize(listed, Math.max(1, listed.size()))
                .flatMapToPair(e -> Planner.plan(e._1(), e._2()[0], e._2()[1], readOptions(ingestJson), splitBytes,
                        files));
        // stage 2, after the one shuffle of the input: units spread over the tasks, in input order within each
        JavaRDD<Row> rows = units.repartitionAndSortWithinPartitions(new UnitPartitioner(partitions))
                .values()
                .mapPartitions(new UnitProcessor(ingest, config.extractors(), files, read, articles, rejected,
                        Boolean.parseBoolean(spark.conf().get("spark.sql.datetime.java8API.enabled", "false"))));
        // The one pass over the input writes every record to a staging table that the outputs are read from.
        // Caching instead would hold the corpus in executor memory, and evicting cached blocks to disk needs
        // JDK modules opened on Java 17 (Kryo); a staging table also survives the loss of an executor.
        StructType schema = RecordRows.combined(specs);
        String staging = config.output() + "/" + STAGING;
        try {
            spark.createDataFrame(rows, schema).write().mode(SaveMode.ErrorIfExists).parquet(staging);
        } catch (RuntimeException e) {
            throw new SparkJobException("job failed: " + e.getMessage(), e);
        }
        Dataset<Row> records = spark.read().schema(schema).parquet(staging);
        // a vectorised batch holds this many rows of a column; 4,096 articles of text need tens of MB per task
        boolean batchSet = spark.conf().contains(READER_BATCH);
        String batchBefore = batchSet ? spark.conf().get(READER_BATCH) : null;
        spark.conf().set(READER_BATCH, String.valueOf(STAGING_BATCH_ROWS));
        try {
            Dataset<Row> articleTable = records.where(col("kind").equalTo(RecordRows.ARTICLE));
            Dataset<Row> articleRows = articleTable.select(columns(RecordRows.ARTICLE_COLUMNS));
            List<String> featureColumns = new ArrayList<>(RecordRows.FEATURE_META_COLUMNS);
            specs.forEach(s -> featureColumns.add(s.name()));
            Dataset<Row> featureRows = articleTable.select(columns(featureColumns));
            Dataset<Row> rejectRows = records.where(col("kind").equalTo(RecordRows.REJECT)).select(
                    col("message"), col("reject_origin").as("origin"), col("reason"), col("reject_record").as("record"));
            for (OutputFormat f : config.formats()) {
                String dir = config.output() + "/" + f.name().toLowerCase(Locale.ROOT) + "/";
                if (f == OutputFormat.PARQUET) {
                    articleRows.write().mode(SaveMode.ErrorIfExists).parquet(dir + "articles");
                    featureRows.write().mode(SaveMode.ErrorIfExists).parquet(dir + "features");
                    rejectRows.write().mode(SaveMode.ErrorIfExists).parquet(dir + "rejects");
                } else {
                    articleTable.select(col("json")).write().mode(SaveMode.ErrorIfExists)
                            .option("compression", "gzip").text(dir + "articles");
                    featureRows.write().mode(SaveMode.ErrorIfExists).option("compression", "gzip").json(dir + "features");
                    rejectRows.write().mode(SaveMode.ErrorIfExists).option("compression", "gzip").json(dir + "rejects");
                }
            }
            List<Row> stats = OutletAggregates.compute(featureRows, specs, config.confidence());
            Dataset<Row> statsTable = spark.createDataFrame(stats, OutletAggregates.schema()).coalesce(1);
            for (OutputFormat f : config.formats()) {
                String dir = config.output() + "/" + f.name().toLowerCase(Locale.ROOT) + "/outlet_stats";
                if (f == OutputFormat.PARQUET) {
                    statsTable.write().mode(SaveMode.ErrorIfExists).parquet(dir);
                } else {
                    statsTable.write().mode(SaveMode.ErrorIfExists).option("compression", "gzip").json(dir);
                }
            }
            Map<String, Long> byReason = new TreeMap<>();
            long articleCount = 0;
            for (Row r : records.groupBy(col("kind"), col("reason")).count().collectAsList()) {
                if (r.getString(0).equals(RecordRows.ARTICLE)) {
                    articleCount += r.getLong(2);
                } else {
                    byReason.merge(r.getString(1), r.getLong(2), Long::sum);
                }
            }
            long rejectCount = byReason.values().stream().mapToLong(Long::longValue).sum();
            long outlets = stats.stream().map(r -> r.getString(1)).distinct().count();
            JobResult result = new JobResult(articleCount + rejectCount, articleCount, rejectCount, byReason, outlets,
                    specs.size(), config.output(), (System.nanoTime() - start) / 1e9);
            if (read.value() != result.read() || articles.value() != articleCount || rejected.value() != rejectCount) {
                // accumulators count again when a task is retried; the tables do not
                LOG.warn("accumulators (read {}, articles {}, rejected {}) differ from the written tables: some tasks "
                        + "ran more than once", read.value(), articles.value(), rejected.value());
            }
            writeSummary(files, out, config, result, specs, spark.version());
            return result;
        } catch (RuntimeException e) {
            throw new SparkJobException("job failed: " + e.getMessage(), e);
        } finally {
            if (batchSet) {
                spark.conf().set(READER_BATCH, batchBefore);
            } else {
                spark.conf().unset(READER_BATCH);
            }
            try {
                Path p = new Path(staging);
                p.getFileSystem(files.conf()).delete(p, true);
            } catch (IOException e) {
                LOG.warn("staging table {} not removed: {}", staging, e.toString());
            }
        }
    }

    /**
     * Spreads units over tasks: the {@code seq}-th unit of the {@code i}-th input goes to task
     * {@code (i + seq) mod n}, so the pieces of one large file land on different tasks.
     */
    static final class UnitPartitioner extends Partitioner {
        private static final long serialVersionUID = 1L;
        private final int n;

        UnitPartitioner(int n) {
            this.n = n;
        }

        @Override
        public int numPartitions() {
            return n;
        }

        @Override
        public int getPartition(Object key) {
            long k = (Long) key;
            return (int) Math.floorMod(Planner.entryOf(k) + (k & 0xffffffffL), (long) n);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof UnitPartitioner p && p.n == n;
        }

        @Override
        public int hashCode() {
            return n;
        }
    }

    private static Column[] columns(List<String> names) {
        return names.stream().map(n -> col(OutletAggregates.quoted(n))).toArray(Column[]::new);
    }

    private static String json(Object value) {
        try {
            return ArticleJson.mapper().writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON of " + value, e);
        }
    }

    private static IngestOptions readOptions(String json) {
        try {
            return ArticleJson.mapper().readValue(json, IngestOptions.class);
        } catch (IOException e) {
            throw new IllegalStateException("ingest options do not read back: " + json, e);
        }
    }

    /** The entries of the list file: one path or URI a line, without blank and {@code #} lines. */
    private static List<String> readList(HadoopFiles files, String list) throws SparkJobException {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(files.open(list), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    out.add(entry);
                }
            }
        } catch (IOException e) {
            throw new SparkJobException("cannot read the input list " + list + ": " + e, e);
        }
        return out;
    }

    /** A listed path made absolute on the driver, so executors with another working directory find it. */
    private static String qualify(HadoopFiles files, String entry) {
        try {
            Path p = new Path(entry);
            return p.getFileSystem(files.conf()).makeQualified(p).toString();
        } catch (IOException | RuntimeException e) {
            return entry; // the task reports it as unreadable
        }
    }

    private static void prepareOutput(HadoopFiles files, Path out, boolean overwrite) throws SparkJobException {
        try {
            FileSystem fs = out.getFileSystem(files.conf());
            if (fs.exists(out)) {
                if (!overwrite) {
                    throw new SparkJobException("output " + out + " exists; remove it or set overwrite");
                }
                fs.delete(out, true);
            }
            fs.mkdirs(out);
        } catch (IOException e) {
            throw new SparkJobException("cannot prepare output " + out + ": " + e, e);
        }
    }

    private static void writeSummary(HadoopFiles files, Path out, JobConfig config, JobResult result,
            List<FeatureSpec> specs, String sparkVersion) throws SparkJobException {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("result", result);
        summary.put("config", config);
        summary.put("features", specs);
        summary.put("slantVersion", String.valueOf(SlantSparkJob.class.getPackage().getImplementationVersion()));
        summary.put("sparkVersion", sparkVersion);
        summary.put("java", System.getProperty("java.version"));
        Path file = new Path(out, "summary.json");
        try (OutputStream o = file.getFileSystem(files.conf()).create(file, true)) {
            o.write(ArticleJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(summary));
            o.write('\n');
        } catch (IOException e) {
            throw new SparkJobException("cannot write " + file + ": " + e, e);
        }
    }

    /**
     * The spark-submit entry point: {@code --paths LIST --out DIR [--config JOB.json] [--format parquet,jsonl]
     * [--mapping title=headline,...] [--split-bytes N] [--partitions N] [--overwrite] [--master URL]}. A
     * configuration file gives any field of {@link JobConfig}; options override it. Exit 0 ok, 1 failure, 2 usage.
     */
    public static void main(String[] args) {
        System.exit(launch(args, System.out, System.err));
    }

    static int launch(String[] args, PrintStream stdout, PrintStream err) {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                err.println("usage: spark-submit --class org.slant.spark.SlantSparkJob slant-spark.jar --paths LIST"
                        + " --out DIR [--config JOB.json] [--format parquet,jsonl] [--mapping k=field,...]"
                        + " [--split-bytes N] [--partitions N] [--overwrite] [--master URL]");
                return 0;
            }
            if (a.equals("--overwrite")) {
                opts.put(a, "true");
            } else if (a.startsWith("--") && i + 1 < args.length) {
                opts.put(a, args[++i]);
            } else {
                err.println("unknown or incomplete option: " + a + " (see --help)");
                return 2;
            }
        }
        JobConfig config;
        try {
            Map<String, Object> given = new LinkedHashMap<>();
            if (opts.containsKey("--config")) {
                given.putAll(ArticleJson.mapper().readValue(Files.readString(java.nio.file.Path.of(opts.get("--config"))),
                        ArticleJson.mapper().getTypeFactory().constructMapType(Map.class, String.class, Object.class)));
            }
            put(given, "input", opts.remove("--paths"));
            put(given, "output", opts.remove("--out"));
            if (opts.containsKey("--format")) {
                given.put("formats", List.of(opts.remove("--format").toUpperCase(Locale.ROOT).split(",")));
            }
            put(given, "splitBytes", opts.containsKey("--split-bytes") ? Long.valueOf(opts.remove("--split-bytes")) : null);
            put(given, "partitions", opts.containsKey("--partitions") ? Integer.valueOf(opts.remove("--partitions")) : null);
            put(given, "overwrite", opts.containsKey("--overwrite") ? Boolean.valueOf(opts.remove("--overwrite")) : null);
            config = JobConfig.fromJson(ArticleJson.mapper().writeValueAsString(given));
            if (opts.containsKey("--mapping")) {
                config = config.withIngest(config.ingest().withMapping(FieldMapping.parse(opts.remove("--mapping"))));
            }
        } catch (IOException | IllegalArgumentException e) {
            err.println("bad usage: " + e.getMessage());
            return 2;
        }
        String master = opts.remove("--master");
        opts.remove("--config");
        if (!opts.isEmpty()) {
            err.println("unknown options: " + opts.keySet() + " (see --help)");
            return 2;
        }
        SparkSession.Builder builder = SparkSession.builder().appName("slant");
        if (master != null) {
            builder.master(master);
        }
        SparkSession spark = builder.getOrCreate();
        try {
            JobResult r = run(spark, config);
            stdout.println(ArticleJson.mapper().writeValueAsString(r));
            err.printf(Locale.ROOT, "read %d records: %d articles from %d outlets, %d rejected (%.1f s, %.0f articles/s)%n",
                    r.read(), r.articles(), r.outlets(), r.rejected(), r.seconds(),
                    r.seconds() > 0 ? r.articles() / r.seconds() : 0.0);
            return 0;
        } catch (SparkJobException | IOException e) {
            err.println("slant spark job failed: " + e.getMessage());
            return 1;
        } finally {
            spark.stop();
        }
    }

    private static void put(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
