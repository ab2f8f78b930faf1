package org.slant.features.lexicon.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.slant.features.lexicon.Category;
import org.slant.features.lexicon.LexiconEntry;

/**
 * Parses lexicon text. A line is blank, a comment ({@code #} or {@code ;} first), a plain term (given the
 * default category) or tab-separated {@code category, forms[, side[, group[, gloss]]]} where "-" means
 * empty. Forms are separated by {@code |}; {@code word/v} and {@code word/n} add regular inflections.
 */
public final class LexiconParser {
    private LexiconParser() {
    }

    /** A parse error at a line (1-based). */
    public static final class LineException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;

        LineException(int line, String message) {
            super("line " + line + ": " + message);
            this.line = line;
        }

        /** The 1-based line number. */
        public int line() {
            return line;
        }
    }

    /** Decodes UTF-8 (BOM dropped), falling back to windows-1252 for files that are not valid UTF-8. */
    public static String decode(byte[] bytes) {
        String s;
        try {
            s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            s = new String(bytes, Charset.forName("windows-1252"));
        }
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /**
     * Parses every line.
     *
     * @param defaultCategory category of plain (tab-free) lines; null if plain lines are an error
     */
    public static List<LexiconEntry> parse(String text, Category defaultCategory) throws LineException {
        List<LexiconEntry> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i];
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#") || t.startsWith(";")) {
                continue;
            }
            if (line.indexOf('\t') < 0) {
                if (defaultCategory == null) {
                    throw new LineException(lineNo, "'" + t + "' has no category column and no default category was given");
                }
                out.add(entry(lineNo, defaultCategory, t, "", "", ""));
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (lineNo == 1 && cols[0].strip().equalsIgnoreCase("category")) {
                continue; // header
            }
            if (cols.length > 5) {
                throw new LineException(lineNo, "expected at most 5 tab-separated columns, found " + cols.length);
            }
            Category category;
            try {
                category = Category.parse(cols[0]);
            } catch (IllegalArgumentException e) {
                throw new LineException(lineNo, e.getMessage());
            }
            if (cols.length < 2 || cols[1].isBlank()) {
                throw new LineException(lineNo, "no term after the category");
            }
            out.add(entry(lineNo, category, cols[1].strip(), col(cols, 2), col(cols, 3), col(cols, 4)));
        }
        return out;
    }

    private static String col(String[] cols, int i) {
        if (i >= cols.length) {
            return "";
        }
        String v = cols[i].strip();
        return v.equals("-") ? "" : v;
    }

    private static LexiconEntry entry(int lineNo, Category category, String spec, String side, String group,
                                      String gloss) throws LineException {
        List<String> forms = new ArrayList<>();
        for (String part : spec.split("\\|")) {
            String p = part.strip();
            if (p.isEmpty()) {
                throw new LineException(lineNo, "empty form in '" + spec + "'");
            }
            if (p.endsWith("/v")) {
                forms.addAll(Inflector.verb(LexiconEntry.normalize(p.substring(0, p.length() - 2))));
            } else if (p.endsWith("/n")) {
                forms.addAll(Inflector.noun(LexiconEntry.normalize(p.substring(0, p.length() - 2))));
            } else {
                forms.add(p);
            }
        }
        String head = LexiconEntry.normalize(forms.get(0));
        if (head.isEmpty()) {
            throw new LineException(lineNo, "'" + spec + "' has no letters or digits");
        }
        try {
            return new LexiconEntry(head, forms, category, side, group, gloss);
        } catch (IllegalArgumentException e) {
            throw new LineException(lineNo, e.getMessage());
        }
    }
}
