package org.slant.ingest.internal.html;

import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Stream;
import org.slant.ingest.IngestOptions;
import org.slant.ingest.IngestResult;
import org.slant.ingest.Outlet;
import org.slant.ingest.RejectReason;
import org.slant.ingest.html.HtmlExtractor;
import org.slant.ingest.html.HtmlOptions;
import org.slant.ingest.html.PageSource;

/** Reads one saved HTML page (a file or a stream) into one result. */
public final class HtmlReader {
    private final HtmlExtractor extractor;

    public HtmlReader(HtmlOptions options) {
        this.extractor = HtmlExtractor.create(options);
    }

    /** Reads the page, rejecting it as {@code OVERSIZED} past {@link IngestOptions#maxRecordBytes()}. */
    public Stream<IngestResult> read(InputStream in, String origin, String fileId, IngestOptions options) {
        byte[] bytes;
        try (in) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxRecordBytes() + 1));
        } catch (IOException e) {
            return Stream.of(IngestResult.rejected(origin, 0, RejectReason.UNREADABLE, e.toString()));
        }
        if (bytes.length > options.maxRecordBytes()) {
            return Stream.of(IngestResult.rejected(origin, 0, RejectReason.OVERSIZED,
                    "page is larger than the limit of " + options.maxRecordBytes() + " bytes"));
        }
        return Stream.of(withOutlet(extractor.extract(bytes, PageSource.ofFile(fileId, origin)), options));
    }

    /** Gives an article the configured outlet when the page does not name one. */
    public static IngestResult withOutlet(IngestResult result, IngestOptions options) {
        if (options.outlet() != null && result instanceof IngestResult.Accepted a
                && (a.article().outlet().equals(Outlet.UNKNOWN)
                || a.article().outlet().name().equals(a.article().outlet().domain()))) {
            return IngestResult.accepted(a.article().withOutlet(
                    new Outlet(options.outlet(), a.article().outlet().domain())));
        }
        return result;
    }
}
