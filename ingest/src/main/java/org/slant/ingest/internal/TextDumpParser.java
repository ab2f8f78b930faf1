package org.slant.ingest.internal;

import org.slant.ingest.IngestResult;
import org.slant.ingest.RejectReason;

/** Parses plain-text page dumps into articles. */
public final class TextDumpParser {
    private TextDumpParser() {}

    public static IngestResult parse(String text, String id, String origin) {
        return IngestResult.rejected(origin, 0, RejectReason.NO_ARTICLE, "text dumps: parser under construction");
    }
}
