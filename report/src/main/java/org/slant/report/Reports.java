package org.slant.report;

import java.nio.file.Path;
import org.slant.report.internal.HtmlReportWriter;
import org.slant.report.internal.JsonCodec;

/**
 * The report module's front door. All methods are thread-safe and deterministic: the same data gives
 * byte-identical files.
 */
public final class Reports {
    /** Name of the JSON report written beside the HTML. */
    public static final String JSON_FILE = "report.json";

    private Reports() {
    }

    /**
     * Writes the HTML report ({@code index.html}, story pages under {@code stories/}, CSV files under
     * {@code csv/}) and {@value #JSON_FILE} into {@code dir}, creating it if needed. Existing files of
     * the same names are replaced.
     *
     * @param data what the report shows; not null
     * @param dir the output directory
     * @return the path of {@code index.html}
     * @throws ReportException if a file cannot be written
     */
    public static Path write(ReportData data, Path dir) throws ReportException {
        Path index = HtmlReportWriter.write(data, dir);
        writeJson(data, dir.resolve(JSON_FILE));
        return index;
    }

    /**
     * Writes {@code data} as JSON with sorted keys and indentation, as UTF-8, creating parent directories
     * and replacing an existing file.
     *
     * @param data what the report shows; not null
     * @param file the JSON file to write
     * @throws ReportException if the file cannot be written
     */
    public static void writeJson(ReportData data, Path file) throws ReportException {
        JsonCodec.write(data, file);
    }

    /**
     * The JSON text of {@code data}, as {@link #writeJson} writes it.
     *
     * @param data what the report shows; not null
     * @return the JSON text, ending with a newline
     * @throws IllegalStateException if Jackson cannot serialise the data (a bug, not bad input)
     */
    public static String toJson(ReportData data) {
        return JsonCodec.toJson(data);
    }

    /**
     * Reads a JSON report written by {@link #writeJson}.
     *
     * @param file the JSON file
     * @return the validated data
     * @throws ReportException if the file cannot be read, is not valid JSON, has another schema
     *         version, or holds invalid values; the message names the file and the problem
     */
    public static ReportData readJson(Path file) throws ReportException {
        return JsonCodec.read(file);
    }
}
