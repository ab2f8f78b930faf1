package org.slant.analysis.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.slant.analysis.AnalysisException;
import org.slant.analysis.table.Column;
import org.slant.analysis.table.FeatureTable;
import org.slant.analysis.table.FeatureVector;
import org.slant.analysis.table.Row;

/**
 * CSV (RFC 4180 quoting) with a first line {@code # slant-table {json}} holding the feature set and the
 * column descriptions; tools that skip {@code #} comments read the rest as a plain CSV. Empty cells are
 * missing values (or null row fields).
 */
public final class CsvTables {
    static final String MAGIC = "# slant-table ";

    private CsvTables() {}

    public static void write(FeatureTable t, Writer w) throws IOException {
        w.write(MAGIC);
        w.write(new TableHeader(t.featureSet(), t.columns()).toJson());
        w.write('\n');
        List<String> header = new ArrayList<>(FeatureTable.META_COLUMNS);
        header.addAll(t.columnNames());
        writeRecord(w, header);
        int width = t.columns().size();
        List<String> cells = new ArrayList<>(5 + width);
        for (Row r : t.rows()) {
            cells.clear();
            cells.add(r.id());
            cells.add(r.outlet());
            cells.add(r.date() == null ? null : r.date().toString());
            cells.add(r.story());
            cells.add(r.label());
            FeatureVector v = r.values();
            int k = 0;
            for (int i = 0; i < width; i++) {
                if (k < v.storedCount() && v.storedIndex(k) == i) {
                    double x = v.storedValue(k++);
                    cells.add(Double.isNaN(x) ? null : TableHeader.number(x));
                } else {
                    cells.add("0");
                }
            }
            writeRecord(w, cells);
        }
    }

    private static void writeRecord(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            String c = cells.get(i);
            if (c == null) {
                continue;
            }
            boolean quote = c.isEmpty() || c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0
                    || c.indexOf('\r') >= 0 || c.startsWith("#") || !c.equals(c.strip());
            if (quote) {
                w.write('"');
                w.write(c.replace("\"", "\"\""));
                w.write('"');
            } else {
                w.write(c);
            }
        }
        w.write('\n');
    }

    public static FeatureTable read(BufferedReader r, String name) throws IOException, AnalysisException {
        CsvParser p = new CsvParser(r);
        String first = p.peekLine();
        TableHeader header = null;
        if (first != null && first.startsWith(MAGIC)) {
            p.skipLine();
            try {
                header = TableHeader.fromJson(first.substring(MAGIC.length()));
            } catch (IOException | IllegalArgumentException e) {
                throw new AnalysisException(name + ":1: bad slant-table header: " + e.getMessage(), e);
            }
        }
        List<String> names = p.next();
        if (names == null) {
            throw new AnalysisException(name + ": empty CSV, expected a header row");
        }
        int[] meta = new int[FeatureTable.META_COLUMNS.size()];
        java.util.Arrays.fill(meta, -1);
        List<Integer> featurePos = new ArrayList<>();
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i) == null ? "" : names.get(i);
            int m = FeatureTable.META_COLUMNS.indexOf(n);
            if (m >= 0) {
                meta[m] = i;
            } else {
                featurePos.add(i);
                try {
                    columns.add(Column.named(n));
                } catch (IllegalArgumentException e) {
                    throw new AnalysisException(name + ": header column " + (i + 1) + ": " + e.getMessage());
                }
            }
        }
        if (header != null) {
            if (!header.columns().stream().map(Column::name).toList()
                    .equals(columns.stream().map(Column::name).toList())) {
                throw new AnalysisException(name + ": the header row does not match the slant-table columns");
            }
            columns = header.columns();
        }
        if (meta[0] < 0) {
            throw new AnalysisException(name + ": no 'id' column in the header row");
        }
        List<Row> rows = new ArrayList<>();
        List<String> cells;
        while ((cells = p.next()) != null) {
            long line = p.recordLine();
            if (cells.size() == 1 && cells.get(0) == null) {
                continue; // blank line
            }
            if (cells.size() != names.size()) {
                throw new AnalysisException(name + ":" + line + ": " + cells.size() + " cells, header has "
                        + names.size());
            }
            FeatureVector.Builder b = FeatureVector.builder(columns.size());
            for (int j = 0; j < featurePos.size(); j++) {
                String c = cells.get(featurePos.get(j));
                if (c == null || c.isEmpty()) {
                    b.missing(j);
                } else {
                    try {
                        b.set(j, TableHeader.parseNumber(c));
                    } catch (IllegalArgumentException e) {
                        throw new AnalysisException(name + ":" + line + ": column '" + columns.get(j).name() + "': "
                                + e.getMessage());
                    }
                }
            }
            try {
                rows.add(new Row(cell(cells, meta[0]), cell(cells, meta[1]), date(cell(cells, meta[2])),
                        cell(cells, meta[3]), cell(cells, meta[4]), b.build()));
            } catch (IllegalArgumentException e) {
                throw new AnalysisException(name + ":" + line + ": " + e.getMessage());
            }
        }
        try {
            return new FeatureTable(header != null ? header.featureSet() : "csv", columns, rows);
        } catch (IllegalArgumentException e) {
            throw new AnalysisException(name + ": " + e.getMessage());
        }
    }

    private static String cell(List<String> cells, int i) {
        return i < 0 ? null : cells.get(i);
    }

    static LocalDate date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip().length() > 10 ? s.strip().substring(0, 10) : s.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("date '" + s + "' is not ISO 8601 (yyyy-mm-dd)");
        }
    }

    /** Minimal RFC 4180 reader; a null cell is an unquoted empty field, "" a quoted empty one. */
    static final class CsvParser {
        private final BufferedReader r;
        private String pending;
        private long line;
        private long recordLine;

        CsvParser(BufferedReader r) {
            this.r = r;
        }

        String peekLine() throws IOException {
            if (pending == null) {
                pending = r.readLine();
            }
            return pending;
        }

        void skipLine() throws IOException {
            readLine();
        }

        long recordLine() {
            return recordLine;
        }

        private String readLine() throws IOException {
            String s = pending != null ? pending : r.readLine();
            pending = null;
            if (s != null) {
                line++;
            }
            return s;
        }

        List<String> next() throws IOException {
            String s = readLine();
            if (s == null) {
                return null;
            }
            recordLine = line;
            List<String> out = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            int i = 0;
            while (true) {
                if (i >= s.length()) {
                    if (quoted) {
                        String more = readLine();
                        if (more == null) {
                            throw new IOException("unterminated quoted cell starting on line " + recordLine);
                        }
                        cell.append('\n');
                        s = more;
                        i = 0;
                        continue;
                    }
                    out.add(wasQuoted || cell.length() > 0 ? cell.toString() : null);
                    return out;
                }
                char c = s.charAt(i++);
                if (quoted) {
                    if (c == '"') {
                        if (i < s.length() && s.charAt(i) == '"') {
                            cell.append('"');
                            i++;
                        } else {
                            quoted = false;
                        }
                    } else {
                        cell.append(c);
                    }
                } else if (c == '"' && cell.length() == 0) {
                    quoted = true;
                    wasQuoted = true;
                } else if (c == ',') {
                    out.add(wasQuoted || cell.length() > 0 ? cell.toString() : null);
                    cell.setLength(0);
                    wasQuoted = false;
                } else {
                    cell.append(c);
                }
            }
        }
    }
}
