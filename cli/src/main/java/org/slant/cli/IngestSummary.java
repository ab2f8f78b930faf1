package org.slant.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;
import org.slant.ingest.IngestResult;
import org.slant.ingest.RejectReason;

/** Counts of an ingest run: articles per outlet, rejections per reason. Not thread-safe. */
final class IngestSummary {
    private final Map<String, Long> perOutlet = new TreeMap<>();
    private final Map<RejectReason, Long> perReason = new TreeMap<>();
    private long read;
    private long rejected;
    private final long startNanos = System.nanoTime();

    void add(IngestResult r) {
        read++;
        if (r instanceof IngestResult.Accepted a) {
            perOutlet.merge(a.article().outlet().name(), 1L, Long::sum);
        } else if (r instanceof IngestResult.Rejected rej) {
            rejected++;
            perReason.merge(rej.rejection().reason(), 1L, Long::sum);
        }
    }

    long rejected() {
        return rejected;
    }

    void print(PrintWriter err) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        err.printf("read %d records: %d articles from %d outlets, %d rejected (%.1f s)%n",
                read, read - rejected, perOutlet.size(), rejected, seconds);
        perReason.forEach((reason, n) -> err.printf("  rejected %-18s %8d%n", reason.name().toLowerCase(java.util.Locale.ROOT), n));
        err.println("articles per outlet:");
        perOutlet.forEach((outlet, n) -> err.printf("  %8d  %s%n", n, outlet));
        err.flush();
    }
}
