package org.slant.report.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A CSV table (RFC 4180, CRLF line ends). Text cells that a spreadsheet would read as a formula get
 * a leading apostrophe, since scraped text is hostile in spreadsheets too.
 */
final class Csv {
    private final List<String> lines = new ArrayList<>();

    Csv(String... header) {
        row((Object[]) header);
    }

    Csv row(Object... cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(cell(cells[i]));
        }
        lines.add(sb.toString());
        return this;
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return d.isNaN() ? "" : Double.toString(d);
        }
        if (value instanceof Number) {
            return value.toString();
        }
        String s = value.toString();
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            s = '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    @Override
    public String toString() {
        return String.join("\r\n", lines) + "\r\n";
    }
}
