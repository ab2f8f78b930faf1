package org.slant.ingest.internal;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.slant.ingest.IngestOptions;
import org.slant.ingest.IngestResult;
import org.slant.ingest.RejectReason;

/** Reads CSV with a header row, streaming, each row through the field mapping. */
final class CsvCorpusReader implements RecordReader {
    private static final CsvMapper CSV = CsvMapper.builder().build();

    @Override
    public Stream<IngestResult> read(InputStream in, String origin, String fileId, IngestOptions options) {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        char separator = origin.toLowerCase(java.util.Locale.ROOT).matches(".*\\.tsv(\\.gz)?$") ? '\t' : ',';
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator(separator);
        MappingIterator<Map<String, String>> rows;
        try {
            rows = CSV.readerForMapOf(String.class).with(schema)
                    .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(reader);
        } catch (IOException e) {
            closeQuietly(reader);
            return Stream.of(IngestResult.rejected(origin, 0, RejectReason.MALFORMED, "cannot read CSV header: " + e));
        }
        Iterator<IngestResult> it = new Iterator<>() {
            private boolean done;

            @Override
            public boolean hasNext() {
                if (done) {
                    return false;
                }
                try {
                    done = !rows.hasNextValue();
                } catch (IOException | RuntimeJsonMappingException e) {
                    done = true;
                    pending = IngestResult.rejected(origin, line(), RejectReason.MALFORMED,
                            "CSV cannot be read past this row: " + e.getMessage());
                    return true;
                }
                return !done;
            }

            private IngestResult pending;

            @Override
            public IngestResult next() {
                if (pending != null) {
                    IngestResult p = pending;
                    pending = null;
                    return p;
                }
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                if (pending != null) {
                    return next();
                }
                long line = line();
                try {
                    Map<String, String> row = rows.nextValue();
                    long size = row.values().stream().mapToLong(v -> v == null ? 0 : v.length()).sum();
                    if (size > options.maxRecordBytes()) {
                        return IngestResult.rejected(origin, line, RejectReason.OVERSIZED,
                                "row of " + size + " characters is larger than the limit of " + options.maxRecordBytes());
                    }
                    return CorpusRecords.toArticle(new LinkedHashMap<>(row), options, origin, line);
                } catch (IOException | RuntimeJsonMappingException e) {
                    done = true;
                    return IngestResult.rejected(origin, line, RejectReason.MALFORMED, "malformed CSV row: " + e.getMessage());
                }
            }

            private long line() {
                return rows.getCurrentLocation() == null ? 0 : Math.max(1, rows.getCurrentLocation().getLineNr());
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED), false)
                .onClose(() -> closeQuietly(reader));
    }

    private static void closeQuietly(Reader r) {
        try {
            r.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
