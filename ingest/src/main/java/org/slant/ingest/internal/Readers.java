package org.slant.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Stream;
import org.slant.ingest.IngestOptions;
import org.slant.ingest.IngestResult;
import org.slant.ingest.InputFormat;
import org.slant.ingest.RejectReason;

/** The reader for each input format. */
public final class Readers {
    private Readers() {}

    public static RecordReader forFormat(InputFormat format) {
        return switch (format) {
            case TEXT_DUMP -> Readers::readTextDump;
            case JSONL -> new JsonlCorpusReader();
            case CSV -> new CsvCorpusReader();
            case HTML -> new org.slant.ingest.internal.html.HtmlReader(org.slant.ingest.html.HtmlOptions.defaults())::read;
            case WARC -> new org.slant.ingest.internal.warc.WarcArchiveReader(org.slant.ingest.html.HtmlOptions.defaults())::read;
        };
    }

    private static Stream<IngestResult> readTextDump(InputStream in, String origin, String fileId,
            IngestOptions options) {
        try (in) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxRecordBytes() + 1));
            if (bytes.length > options.maxRecordBytes()) {
                return Stream.of(IngestResult.rejected(origin, 0, RejectReason.OVERSIZED,
                        "page is larger than the limit of " + options.maxRecordBytes() + " bytes"));
            }
            Decoding.Decoded decoded = Decoding.decodeText(bytes);
            if (!decoded.ok()) {
                return Stream.of(IngestResult.rejected(origin, 0, decoded.reason(), decoded.message()));
            }
            IngestResult result = TextDumpParser.parse(decoded.text(), fileId, origin);
            if (result instanceof IngestResult.Accepted a && options.outlet() != null
                    && a.article().outlet().equals(org.slant.ingest.Outlet.UNKNOWN)) {
                result = IngestResult.accepted(a.article().withOutlet(org.slant.ingest.Outlet.named(options.outlet())));
            }
            return Stream.of(result);
        } catch (IOException e) {
            return Stream.of(IngestResult.rejected(origin, 0, RejectReason.UNREADABLE, e.toString()));
        }
    }
}
