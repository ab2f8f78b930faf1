package org.slant.ingest.internal.warc;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.slant.ingest.Article;
import org.slant.ingest.IngestOptions;
import org.slant.ingest.IngestResult;
import org.slant.ingest.RejectReason;
import org.slant.ingest.html.HtmlExtractor;
import org.slant.ingest.html.HtmlOptions;
import org.slant.ingest.html.PageSource;
import org.slant.ingest.internal.LazyResults;
import org.slant.ingest.internal.html.HtmlReader;

/**
 * Reads a WARC file ({@code .warc} or {@code .warc.gz}, as written by crawlers and Common Crawl News):
 * every HTML {@code response} record (and HTML {@code resource} record, as browser-based crawlers write)
 * becomes one result, every other record one
 * {@link RejectReason#NOT_A_PAGE} rejection naming its type, so a batch accounts for every record.
 * A record cut off by the end of the file ends the stream with an {@code UNREADABLE} rejection;
 * a record the crawler marked as truncated ({@code WARC-Truncated}) is extracted as far as it goes
 * and its article carries {@code extra["warc-truncated"]}.
 *
 * <p>Article ids are {@code <file id>-<record number>}: stable for a given file.
 */
public final class WarcArchiveReader {
    private final HtmlExtractor extractor;

    public WarcArchiveReader(HtmlOptions options) {
        this.extractor = HtmlExtractor.create(options);
    }

    /** Reads the archive lazily; the stream closes {@code in} when closed or exhausted. */
    public Stream<IngestResult> read(InputStream in, String origin, String fileId, IngestOptions options) {
        WarcReader reader;
        try {
            reader = new WarcReader(in);
        } catch (IOException | IllegalArgumentException e) {
            closeQuietly(in);
            return Stream.of(IngestResult.rejected(origin, 0, RejectReason.MALFORMED, "not a WARC file: " + e.getMessage()));
        }
        return new Records(reader, origin, fileId, options).stream(reader);
    }

    private final class Records extends LazyResults {
        private final WarcReader reader;
        private final String origin;
        private final String fileId;
        private final IngestOptions options;
        private boolean done;
        private long number;

        Records(WarcReader reader, String origin, String fileId, IngestOptions options) {
            this.reader = reader;
            this.origin = origin;
            this.fileId = fileId;
            this.options = options;
        }

        @Override
        protected IngestResult advance() {
            if (done) {
                closeQuietly(reader);
                return null;
            }
            Optional<WarcRecord> record;
            try {
                record = reader.next();
            } catch (IOException | RuntimeException e) {
                done = true;
                return number == 0 && !(e instanceof EOFException)
                        ? IngestResult.rejected(origin, 0, RejectReason.MALFORMED, "not a WARC file: " + e.getMessage())
                        : IngestResult.rejected(origin, number + 1, RejectReason.UNREADABLE,
                                "WARC record cut off or unreadable: " + e.getMessage());
            }
            if (record.isEmpty()) {
                closeQuietly(reader);
                return null;
            }
            number++;
            try {
                return page(record.get());
            } catch (IOException | RuntimeException e) {
                done = true;
                return IngestResult.rejected(origin, number, RejectReason.UNREADABLE,
                        "WARC record cut off or unreadable: " + e);
            }
        }

        private IngestResult page(WarcRecord record) throws IOException {
            if (record instanceof org.netpreserve.jwarc.WarcResource resource) {
                return resource(resource);
            }
            if (!(record instanceof WarcResponse response)) {
                return IngestResult.rejected(origin, number, RejectReason.NOT_A_PAGE,
                        "WARC " + record.type() + " record");
            }
            String target = response.target();
            MediaType recordType = response.contentType();
            if (!recordType.base().equals(MediaType.HTTP_RESPONSE) && !recordType.base().equals(MediaType.HTTP)) {
                return IngestResult.rejected(origin, number, RejectReason.NOT_A_PAGE,
                        "response record of type " + recordType + " for " + target);
            }
            HttpResponse http = response.http();
            if (http.status() < 200 || http.status() >= 300) {
                return IngestResult.rejected(origin, number, RejectReason.NOT_A_PAGE,
                        "HTTP status " + http.status() + " for " + target);
            }
            MediaType type = http.contentType();
            String base = type.base().toString().toLowerCase(Locale.ROOT);
            if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) {
                return IngestResult.rejected(origin, number, RejectReason.NOT_A_PAGE,
                        "not HTML (" + type.base() + ") for " + target);
            }
            byte[] bytes;
            try (InputStream body = http.bodyDecoded().stream()) {
                bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxRecordBytes() + 1));
            }
            if (bytes.length > options.maxRecordBytes()) {
                return IngestResult.rejected(origin, number, RejectReason.OVERSIZED,
                        "payload of " + target + " is larger than the limit of " + options.maxRecordBytes() + " bytes");
            }
            return extracted(record, target, type, bytes);
        }

        /** A resource record holds the page itself, without HTTP headers (browser-based crawlers write these). */
        private IngestResult resource(org.netpreserve.jwarc.WarcResource resource) throws IOException {
            String target = resource.target();
            MediaType type = resource.contentType();
            String base = type.base().toString().toLowerCase(Locale.ROOT);
            if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) {
                return IngestResult.rejected(origin, number, RejectReason.NOT_A_PAGE,
                        "resource record of type " + type.base() + " for " + target);
            }
            byte[] bytes;
            try (InputStream body = resource.body().stream()) {
                bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxRecordBytes() + 1));
            }
            if (bytes.length > options.maxRecordBytes()) {
                return IngestResult.rejected(origin, number, RejectReason.OVERSIZED,
                        "payload of " + target + " is larger than the limit of " + options.maxRecordBytes() + " bytes");
            }
            return extracted(resource, target, type, bytes);
        }

        private IngestResult extracted(WarcRecord record, String target, MediaType type, byte[] bytes) {
            PageSource source = new PageSource(fileId + "-" + number, origin + ":" + number, target, type.toString());
            IngestResult result = HtmlReader.withOutlet(extractor.extract(bytes, source), options);
            WarcTruncationReason truncated = record.truncated();
            if (truncated != WarcTruncationReason.NOT_TRUNCATED && result instanceof IngestResult.Accepted a) {
                Article x = a.article();
                java.util.Map<String, String> extra = new java.util.TreeMap<>(x.extra());
                extra.put("warc-truncated", truncated.name().toLowerCase(Locale.ROOT));
                result = IngestResult.accepted(new Article(x.id(), x.outlet(), x.url(), x.headline(), x.standfirst(),
                        x.bylines(), x.published(), x.section(), x.credits(), x.text(), x.blocks(), x.tags(),
                        x.language(), x.label(), extra, x.removed(), x.origin()));
            }
            if (result instanceof IngestResult.Rejected r) {
                return IngestResult.rejected(origin, number, r.rejection().reason(), r.rejection().message() + " (" + target + ")");
            }
            return result;
        }
    }

    private static void closeQuietly(java.io.Closeable c) {
        try {
            c.close();
        } catch (IOException e) {
            // the stream is finished either way
        }
    }
}
