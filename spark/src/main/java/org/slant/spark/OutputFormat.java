package org.slant.spark;

/** The file formats the job writes its tables in. */
public enum OutputFormat {
    /** Apache Parquet, one directory per table. */
    PARQUET,
    /**
     * JSON lines, gzipped, one directory per table. The article table is Slant's own article JSONL, which
     * {@code slant ingest --format jsonl} reads back losslessly.
     */
    JSONL
}
