package org.slant.report.internal;

import java.util.Locale;

/** Number formatting for the report, independent of the default locale. */
public final class Fmt {
    private Fmt() {
    }

    /** A number with up to {@code 3} significant decimals, no exponent: {@code 0.123}, {@code 12.5}, {@code 1234}. */
    public static String num(double v) {
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        String s;
        if (a >= 100) {
            s = String.format(Locale.ROOT, "%.0f", v);
        } else if (a >= 10) {
            s = String.format(Locale.ROOT, "%.1f", v);
        } else if (a >= 0.01) {
            s = String.format(Locale.ROOT, "%.3f", v);
        } else if (a >= 0.0001) {
            s = String.format(Locale.ROOT, "%.4f", v);
        } else {
            s = String.format(Locale.ROOT, "%.1e", v);
        }
        return s;
    }

    /** An axis tick: the number without trailing zeros. */
    public static String tick(double v) {
        String s = num(v);
        if (s.contains(".") && !s.contains("e")) {
            s = s.replaceAll("0+$", "");
            if (s.endsWith(".")) {
                s = s.substring(0, s.length() - 1);
            }
        }
        return s;
    }

    /** A nullable number, or an en dash. */
    public static String num(Double v) {
        return v == null ? "\u2013" : num(v.doubleValue());
    }

    /** A p-value: {@code < 0.001} below a thousandth, otherwise three decimals; an en dash when null. */
    public static String p(Double v) {
        if (v == null) {
            return "\u2013";
        }
        return v < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "%.3f", v);
    }

    /** A share as a percentage with no decimals. */
    public static String pct(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    /** A coordinate for SVG, two decimals at most. */
    public static String xy(double v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "");
            if (s.endsWith(".")) {
                s = s.substring(0, s.length() - 1);
            }
        }
        return s.equals("-0") ? "0" : s;
    }

    /** A count and the noun that fits it: {@code 1 story}, {@code 2 stories}. */
    public static String plural(long n, String one, String many) {
        return count(n) + " " + (n == 1 ? one : many);
    }

    /** A count with thin grouping: {@code 30 000}. */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n).replace(',', '\u2009');
    }
}
