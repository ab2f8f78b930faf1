package org.slant.spark.internal;

import java.io.Serializable;
import org.slant.ingest.InputFormat;

/** One piece of work for a task: a whole file, a run of lines of a JSONL file, or a rejection found while planning. */
public sealed interface Unit extends Serializable permits Unit.WholeFile, Unit.Lines, Unit.Rejected {

    /**
     * A file read by one task.
     *
     * @param name how results name the file (the path as listed, as {@code slant run} names it)
     * @param location the qualified path or URI to open
     * @param fileId the id single-page articles of the file derive from
     * @param format the file's format
     */
    record WholeFile(String name, String location, String fileId, InputFormat format) implements Unit {
        private static final long serialVersionUID = 1L;
    }

    /**
     * Complete lines of a JSONL file, already decompressed.
     *
     * @param name how results name the file
     * @param fileId the file's id
     * @param firstLine 1-based number of the first line in {@code bytes}
     * @param bytes the lines, each ending in {@code \n}
     */
    record Lines(String name, String fileId, long firstLine, byte[] bytes) implements Unit {
        private static final long serialVersionUID = 1L;
    }

    /**
     * An input record rejected while planning, as ingest would have rejected it.
     *
     * @param origin the file
     * @param record 1-based line, or 0 for the whole file
     * @param reason a {@code RejectReason} name
     * @param message why
     */
    record Rejected(String origin, long record, String reason, String message) implements Unit {
        private static final long serialVersionUID = 1L;
    }
}
