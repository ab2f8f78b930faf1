package org.slant.ingest;

/**
 * How to read input. A validated value with a JSON form (Jackson reads and writes it as is).
 *
 * @param format the input format, or null to detect it from each file's name
 * @param mapping field mapping for JSONL and CSV corpora
 * @param maxRecordBytes records (pages, lines, WARC payloads) larger than this are rejected as
 *     {@link RejectReason#OVERSIZED}
 * @param outlet an outlet name to use when a record does not name one; may be null
 */
public record IngestOptions(InputFormat format, FieldMapping mapping, long maxRecordBytes, String outlet) {

    /** 64 MiB: larger than any real news page, small enough to keep a bad record from exhausting memory. */
    public static final long DEFAULT_MAX_RECORD_BYTES = 64L * 1024 * 1024;

    public IngestOptions {
        if (mapping == null) {
            mapping = FieldMapping.defaults();
        }
        if (maxRecordBytes <= 0) {
            throw new IllegalArgumentException("maxRecordBytes must be positive: " + maxRecordBytes);
        }
        if (outlet != null && outlet.isBlank()) {
            outlet = null;
        }
    }

    public static IngestOptions defaults() {
        return new IngestOptions(null, FieldMapping.defaults(), DEFAULT_MAX_RECORD_BYTES, null);
    }

    public IngestOptions withFormat(InputFormat value) {
        return new IngestOptions(value, mapping, maxRecordBytes, outlet);
    }

    public IngestOptions withMapping(FieldMapping value) {
        return new IngestOptions(format, value, maxRecordBytes, outlet);
    }

    public IngestOptions withMaxRecordBytes(long value) {
        return new IngestOptions(format, mapping, value, outlet);
    }

    public IngestOptions withOutlet(String value) {
        return new IngestOptions(format, mapping, maxRecordBytes, value);
    }
}
