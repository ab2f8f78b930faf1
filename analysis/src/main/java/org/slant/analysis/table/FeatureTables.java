package org.slant.analysis.table;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.slant.analysis.AnalysisException;
import org.slant.analysis.internal.ArffTables;
import org.slant.analysis.internal.CsvTables;
import org.slant.analysis.internal.JsonlTables;

/**
 * Reads and writes {@link FeatureTable}s. Every format keeps the feature set name, column names,
 * descriptions and units, row fields, exact double values (shortest round-trip decimal form) and
 * missing values, so {@code read(write(t)) equals t}. Values that are NaN or infinite in an input file
 * are errors naming the file, line and column, never silently "missing".
 */
public final class FeatureTables {
    private FeatureTables() {}

    /**
     * Writes a table to a file in the format of its extension ({@code .gz} compresses), replacing the file.
     *
     * @param table the table
     * @param file the file; its extension chooses the format as in {@link TableFormat#of(Path)}
     * @throws AnalysisException if the file cannot be written
     * @throws IllegalArgumentException if the extension names no format
     */
    public static void write(FeatureTable table, Path file) throws AnalysisException {
        write(table, file, TableFormat.of(file));
    }

    /**
     * Writes a table to a file in the given format, replacing the file; a name ending {@code .gz} compresses.
     *
     * @param table the table
     * @param file the file
     * @param format the format, whatever the extension
     * @throws AnalysisException naming the file if it cannot be written
     */
    public static void write(FeatureTable table, Path file, TableFormat format) throws AnalysisException {
        try (OutputStream raw = Files.newOutputStream(file);
                OutputStream out = file.toString().endsWith(".gz") ? new GZIPOutputStream(raw) : raw) {
            write(table, out, format);
        } catch (IOException e) {
            throw new AnalysisException("cannot write table " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes a table as UTF-8 to a stream, which is flushed but not closed.
     *
     * @param table the table
     * @param out the stream
     * @param format the format
     * @throws AnalysisException if the stream cannot be written
     */
    public static void write(FeatureTable table, OutputStream out, TableFormat format) throws AnalysisException {
        try {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            switch (format) {
                case CSV -> CsvTables.write(table, w);
                case JSONL -> JsonlTables.write(table, w);
                case ARFF -> ArffTables.write(table, w);
            }
            w.flush();
        } catch (IOException e) {
            throw new AnalysisException("cannot write table: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a table from a file in the format of its extension ({@code .gz} is decompressed).
     *
     * @param file the file; its extension chooses the format as in {@link TableFormat#of(Path)}
     * @return the table
     * @throws AnalysisException naming the file and line if it cannot be read or holds a bad value
     * @throws IllegalArgumentException if the extension names no format
     */
    public static FeatureTable read(Path file) throws AnalysisException {
        return read(file, TableFormat.of(file));
    }

    /**
     * Reads a table from a file in the given format; a name ending {@code .gz} is decompressed.
     *
     * @param file the file
     * @param format the format, whatever the extension
     * @return the table
     * @throws AnalysisException naming the file and line if it cannot be read or holds a bad value
     */
    public static FeatureTable read(Path file, TableFormat format) throws AnalysisException {
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            return read(in, file.toString(), format);
        } catch (IOException e) {
            throw new AnalysisException("cannot read table " + file + ": " + reason(e), e);
        }
    }

    /**
     * Reads a table from a UTF-8 stream, which is not closed.
     *
     * @param in the stream, uncompressed
     * @param name how error messages name the input
     * @param format the format
     * @return the table
     * @throws AnalysisException naming {@code name} and the line if the stream cannot be read or holds a
     *     bad value
     */
    public static FeatureTable read(InputStream in, String name, TableFormat format) throws AnalysisException {
        try {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return switch (format) {
                case CSV -> CsvTables.read(r, name);
                case JSONL -> JsonlTables.read(r, name);
                case ARFF -> ArffTables.read(r, name);
            };
        } catch (IOException e) {
            throw new AnalysisException("cannot read table " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a table from characters, for callers that already hold text; the reader is not closed.
     *
     * @param reader the text
     * @param name how error messages name the input
     * @param format the format
     * @return the table
     * @throws AnalysisException naming {@code name} and the line if the text cannot be read or holds a bad
     *     value
     */
    public static FeatureTable read(Reader reader, String name, TableFormat format) throws AnalysisException {
        try {
            BufferedReader r = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
            return switch (format) {
                case CSV -> CsvTables.read(r, name);
                case JSONL -> JsonlTables.read(r, name);
                case ARFF -> ArffTables.read(r, name);
            };
        } catch (IOException e) {
            throw new AnalysisException("cannot read table " + name + ": " + e.getMessage(), e);
        }
    }

    /** Why a file could not be read, in words: the JDK's file-system exceptions carry only the path. */
    private static String reason(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.util.zip.ZipException) {
            return "not a valid gzip file (" + e.getMessage() + ")";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
