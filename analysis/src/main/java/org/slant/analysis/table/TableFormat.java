package org.slant.analysis.table;

import java.nio.file.Path;
import java.util.Locale;

/** The file formats a {@link FeatureTable} is written in; each round-trips losslessly. */
public enum TableFormat {
    /** Comma-separated values with a {@code # slant-table} metadata comment as the first line. */
    CSV,
    /** One JSON object per line: a header line with the columns, then one sparse row per line. */
    JSONL,
    /** Weka's sparse ARFF, with the column metadata in a leading comment. */
    ARFF;

    /**
     * The format named by a file's extension ({@code .csv}, {@code .jsonl}, {@code .arff}, each optionally
     * followed by {@code .gz}); {@code .json} is read as JSONL too. Case is ignored.
     *
     * @param file the file; only its name is read
     * @return the format
     * @throws IllegalArgumentException if the extension is none of these
     */
    public static TableFormat of(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        if (n.endsWith(".csv")) {
            return CSV;
        }
        if (n.endsWith(".jsonl") || n.endsWith(".json")) {
            return JSONL;
        }
        if (n.endsWith(".arff")) {
            return ARFF;
        }
        throw new IllegalArgumentException("cannot tell the table format of '" + file.getFileName()
                + "'; use .csv, .jsonl or .arff (optionally .gz)");
    }
}
