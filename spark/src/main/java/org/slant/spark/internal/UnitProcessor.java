package org.slant.spark.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;
import org.slant.features.ArticleFeatures;
import org.slant.features.Features;
import org.slant.features.FeaturesException;
import org.slant.ingest.Article;
import org.slant.ingest.ArticleJson;
import org.slant.ingest.ArticleSource;
import org.slant.ingest.Ingest;
import org.slant.ingest.IngestOptions;
import org.slant.ingest.IngestResult;
import org.slant.ingest.InputFormat;
import org.slant.ingest.RejectReason;
import org.slant.ingest.Rejection;

/**
 * The task body: streams each unit of a partition through Slant's ingest and feature extraction, one record at
 * a time, and emits one combined row per input record. A record whose features fail becomes a rejection, as in
 * {@code slant run}; a unit that cannot be opened becomes a rejection and the task goes on.
 */
public final class UnitProcessor implements FlatMapFunction<Iterator<Unit>, Row> {
    private static final long serialVersionUID = 1L;
    /** One pipeline per executor JVM and extractor list: building one loads lexicons; it is thread-safe. */
    private static final Map<List<String>, Features> PIPELINES = new ConcurrentHashMap<>();

    private final String ingestJson;
    private final ArrayList<String> extractors;
    private final HadoopFiles files;
    private final LongAccumulator read;
    private final LongAccumulator articles;
    private final LongAccumulator rejected;
    private final boolean java8Dates;

    /**
     * @param java8Dates whether the session reads dates as {@code LocalDate} ({@code spark.sql.datetime.java8API.enabled})
     */
    public UnitProcessor(IngestOptions ingest, List<String> extractors, HadoopFiles files, LongAccumulator read,
            LongAccumulator articles, LongAccumulator rejected, boolean java8Dates) {
        try {
            // IngestOptions is not Serializable; its JSON form is lossless
            this.ingestJson = ArticleJson.mapper().writeValueAsString(ingest);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("ingest options cannot be written as JSON", e);
        }
        this.extractors = new ArrayList<>(extractors);
        this.files = files;
        this.read = read;
        this.articles = articles;
        this.rejected = rejected;
        this.java8Dates = java8Dates;
    }

    /** The feature pipeline for these extractor names, built once per JVM. */
    public static Features pipeline(List<String> extractors) {
        return PIPELINES.computeIfAbsent(List.copyOf(extractors), names -> {
            try {
                return Features.named(names);
            } catch (FeaturesException e) {
                throw new IllegalStateException("validated extractors did not resolve: " + e.getMessage(), e);
            }
        });
    }

    @Override
    public Iterator<Row> call(Iterator<Unit> units) throws IOException {
        IngestOptions options = ArticleJson.mapper().readValue(ingestJson, IngestOptions.class);
        Features features = pipeline(extractors);
        Map<String, Integer> columns = RecordRows.featureColumns(features.specs());
        int width = RecordRows.combined(features.specs()).size();
        Rows rows = new Rows(units, options, features, columns, width);
        TaskContext task = TaskContext.get();
        if (task != null) {
            // an early end (failure, a limit) must still close the open file
            task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) ctx -> rows.close());
        }
        return rows;
    }

    /** A lazy iterator over the rows of a partition's units; holds one open unit at a time. */
    private final class Rows implements Iterator<Row> {
        private final Iterator<Unit> units;
        private final IngestOptions options;
        private final Features features;
        private final Map<String, Integer> columns;
        private final int width;
        private ArticleSource source;
        private Iterator<IngestResult> results = Collections.emptyIterator();
        private Row pending;

        Rows(Iterator<Unit> units, IngestOptions options, Features features, Map<String, Integer> columns, int width) {
            this.units = units;
            this.options = options;
            this.features = features;
            this.columns = columns;
            this.width = width;
        }

        @Override
        public boolean hasNext() {
            while (pending == null) {
                if (results.hasNext()) {
                    pending = toRow(results.next());
                } else {
                    close();
                    if (!units.hasNext()) {
                        return false;
                    }
                    pending = open(units.next());
                }
            }
            return true;
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Row r = pending;
            pending = null;
            return r;
        }

        /** Opens a unit; returns a row at once when the unit is a rejection, else null. */
        private Row open(Unit unit) {
            if (unit instanceof Unit.Rejected r) {
                read.add(1);
                rejected.add(1);
                return RecordRows.reject(r.origin(), r.record(), r.reason(), r.message(), width);
            }
            InputStream in;
            String name;
            String fileId;
            InputFormat format;
            if (unit instanceof Unit.WholeFile f) {
                name = f.name();
                fileId = f.fileId();
                format = f.format();
                try {
                    in = files.open(f.location());
                } catch (IOException | RuntimeException e) {
                    read.add(1);
                    rejected.add(1);
                    return RecordRows.reject(name, 0, RejectReason.UNREADABLE.name(), e.toString(), width);
                }
            } else {
                Unit.Lines l = (Unit.Lines) unit;
                name = l.name();
                fileId = l.fileId();
                format = InputFormat.JSONL;
                // blank lines are not records but are counted, so leading newlines give ingest the true line numbers
                in = new SequenceInputStream(new Newlines(l.firstLine() - 1), new ByteArrayInputStream(l.bytes()));
            }
            source = Ingest.open(in, name, fileId, format, options);
            results = source.results().iterator();
            return null;
        }

        private Row toRow(IngestResult r) {
            read.add(1);
            if (r instanceof IngestResult.Rejected rej) {
                rejected.add(1);
                return RecordRows.reject(rej.rejection(), width);
            }
            Article a = ((IngestResult.Accepted) r).article();
            ArticleFeatures f;
            try {
                f = features.extract(a);
            } catch (RuntimeException e) {
                rejected.add(1);
                Rejection bad = new Rejection(a.origin() == null ? a.id() : a.origin(), 0, RejectReason.MALFORMED,
                        "article " + a.id() + ": feature extraction failed: " + e);
                return RecordRows.reject(bad, width);
            }
            articles.add(1);
            return RecordRows.article(a, f, columns, width, java8Dates);
        }

        void close() {
            if (source != null) {
                source.close();
                source = null;
            }
            results = Collections.emptyIterator();
        }
    }

    /** {@code n} newline bytes, without holding them. */
    private static final class Newlines extends InputStream {
        private long left;

        Newlines(long n) {
            this.left = n;
        }

        @Override
        public int read() {
            if (left == 0) {
                return -1;
            }
            left--;
            return '\n';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            if (left == 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, (byte) '\n');
            left -= n;
            return n;
        }
    }
}
