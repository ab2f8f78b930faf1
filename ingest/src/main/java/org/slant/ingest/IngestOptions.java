package org.slant.ingest;

/**
 * How to read input. A validated value with a JSON form (Jackson reads and writes it as is).
 *
 * @param format the input format, or null to detect it from each file's name
 * @param mapping field mapping for JSONL and CSV corpora; null means {@link FieldMapping#defaults()}
 * @param maxRecordBytes records (pages, lines, WARC payloads) larger than this are rejected as
 *     {@link RejectReason#OVERSIZED}
 * @param outlet an outlet name to use when a record does not name one; may be null
 */
public record IngestOptions(InputFormat format, FieldMapping mapping, long maxRecordBytes, String outlet) {

    /** 64 MiB: larger than any real news page, small enough to keep a bad record from exhausting memory. */
    public static final long DEFAULT_MAX_RECORD_BYTES = 64L * 1024 * 1024;

    /**
     * Validates the options: a null mapping becomes {@link FieldMapping#defaults()}, a blank outlet null.
     *
     * @param format the input format, or null to detect it per file
     * @param mapping field mapping for JSONL and CSV corpora, or null for the defaults
     * @param maxRecordBytes the largest record kept, in bytes; positive
     * @param outlet a fallback outlet name, or null
     * @throws IllegalArgumentException if {@code maxRecordBytes} is not positive
     */
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

    /**
     * The options to use when nothing is configured: detect formats, default field mapping,
     * {@link #DEFAULT_MAX_RECORD_BYTES}, no fallback outlet.
     *
     * @return the default options
     */
    public static IngestOptions defaults() {
        return new IngestOptions(null, FieldMapping.defaults(), DEFAULT_MAX_RECORD_BYTES, null);
    }

    /**
     * A copy that reads every file in one format instead of detecting it.
     *
     * @param value the format, or null to detect it from each file's name again
     * @return the changed copy; this value is unchanged
     */
    public IngestOptions withFormat(InputFormat value) {
        return new IngestOptions(value, mapping, maxRecordBytes, outlet);
    }

    /**
     * A copy with another field mapping for JSONL and CSV corpora.
     *
     * @param value the mapping, or null for {@link FieldMapping#defaults()}
     * @return the changed copy; this value is unchanged
     */
    public IngestOptions withMapping(FieldMapping value) {
        return new IngestOptions(format, value, maxRecordBytes, outlet);
    }

    /**
     * A copy with another record size limit.
     *
     * @param value the largest record, in bytes, that is not rejected as {@link RejectReason#OVERSIZED}
     * @return the changed copy; this value is unchanged
     * @throws IllegalArgumentException if {@code value} is not positive
     */
    public IngestOptions withMaxRecordBytes(long value) {
        return new IngestOptions(format, mapping, value, outlet);
    }

    /**
     * A copy with another fallback outlet name.
     *
     * @param value the outlet name for records that do not name one; null or blank for none
     * @return the changed copy; this value is unchanged
     */
    public IngestOptions withOutlet(String value) {
        return new IngestOptions(format, mapping, maxRecordBytes, value);
    }
}
