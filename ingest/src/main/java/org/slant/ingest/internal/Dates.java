package org.slant.ingest.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slant.ingest.PublishedTime;

/** Finds and parses the dates news pages and corpora write, without guessing a zone they do not give. */
public final class Dates {
    private Dates() {}

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));

    private static final String MONTH =
            "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
                    + "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String TIME =
            "(?:[,\\s]+(?:at\\s+)?(\\d{1,2})[:.](\\d{2})(?::(\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?"
                    + "(?:\\s*(?:\\(?\\s*(UTC|GMT|Z|BST|CET|CEST|EET|EEST|MSK|EST|EDT|CDT|PST|PDT|JST|AEST|AEDT)\\b\\s*([+-]\\d{1,2}(?::?\\d{2})?)?\\s*\\)?))?)?";
    /** A time written before its date: "09:12 BST, 14 July 2025". */
    private static final Pattern TIME_BEFORE = Pattern.compile(
            "(\\d{1,2})[:.](\\d{2})\\s*(am|pm|a\\.m\\.|p\\.m\\.)?\\s*(UTC|GMT|BST|CET|CEST|EET|EEST|MSK|EST|EDT|CDT|PST|PDT|JST|AEST|AEDT)?\\s*,?\\s*(?:on\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    /** Zone abbreviations common in news pages whose meaning is not in doubt; IST and CST are left out (ambiguous). */
    private static final Map<String, String> ZONES = Map.ofEntries(
            Map.entry("UTC", "Z"), Map.entry("GMT", "Z"), Map.entry("Z", "Z"), Map.entry("BST", "+01:00"),
            Map.entry("CET", "+01:00"), Map.entry("CEST", "+02:00"), Map.entry("EET", "+02:00"), Map.entry("EEST", "+03:00"),
            Map.entry("MSK", "+03:00"), Map.entry("EST", "-05:00"), Map.entry("EDT", "-04:00"), Map.entry("CDT", "-05:00"),
            Map.entry("PST", "-08:00"), Map.entry("PDT", "-07:00"), Map.entry("JST", "+09:00"), Map.entry("AEST", "+10:00"),
            Map.entry("AEDT", "+11:00"));

    /** "16 Oct 2025 23:43", "16 October 2025". */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})" + TIME, Pattern.CASE_INSENSITIVE);
    /** "Oct 17, 2025, at 12:08 am", "February 04, 2026 04:34 am". */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + TIME, Pattern.CASE_INSENSITIVE);
    /** "2025-10-16", "2025-10-16 23:43", "2025/10/16". */
    private static final Pattern NUMERIC = Pattern.compile(
            "\\b(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[T\\s](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?"
                    + "\\s*(Z|[+-]\\d{2}:?\\d{2})?)?\\b");

    /** A date found in a line of text, with where it was. */
    public record Found(PublishedTime time, int start, int end) {}

    /** Parses a whole value as a date (ISO 8601 or a written form); null if it is not one. */
    public static PublishedTime parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.strip();
        try {
            return PublishedTime.parse(s);
        } catch (IllegalArgumentException e) {
            // not strict ISO: fall through to the written forms
        }
        try {
            return PublishedTime.ofOffset(OffsetDateTime.parse(s.replace(' ', 'T')));
        } catch (DateTimeParseException e) {
            // fall through
        }
        Found f = find(s);
        return f == null ? null : f.time;
    }

    /** The first date written in the text, or null. */
    public static Found find(String text) {
        Found best = null;
        Matcher m = NUMERIC.matcher(text);
        if (m.find()) {
            best = numeric(m);
        }
        m = DAY_MONTH_YEAR.matcher(text);
        if (m.find()) {
            Found f = written(m, Integer.parseInt(m.group(1)), m.group(2), m.group(3), 4);
            best = earlier(best, f);
        }
        m = MONTH_DAY_YEAR.matcher(text);
        if (m.find()) {
            Found f = written(m, Integer.parseInt(m.group(2)), m.group(1), m.group(3), 4);
            best = earlier(best, f);
        }
        return withTimeBefore(text, best);
    }

    private static Found earlier(Found a, Found b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return b.start < a.start ? b : a;
    }

    private static Found numeric(Matcher m) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (m.group(4) == null) {
                return new Found(PublishedTime.ofDate(date), m.start(), m.end());
            }
            LocalTime time = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            ZoneOffset offset = m.group(7) == null ? null : ZoneOffset.of(normaliseOffset(m.group(7)));
            return new Found(new PublishedTime(date, time, offset), m.start(), m.end());
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Found written(Matcher m, int day, String monthName, String year, int timeGroup) {
        String key = monthName.toLowerCase(Locale.ROOT).replace(".", "");
        Integer month = MONTHS.get(key.length() > 3 && !key.equals("sept") ? key.substring(0, 3) : key);
        if (month == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), month, day);
            if (m.group(timeGroup) == null) {
                return new Found(PublishedTime.ofDate(date), m.start(), m.end());
            }
            int hour = Integer.parseInt(m.group(timeGroup));
            int minute = Integer.parseInt(m.group(timeGroup + 1));
            int second = m.group(timeGroup + 2) == null ? 0 : Integer.parseInt(m.group(timeGroup + 2));
            String ampm = m.group(timeGroup + 3);
            if (ampm != null) {
                boolean pm = ampm.toLowerCase(Locale.ROOT).startsWith("p");
                if (hour < 1 || hour > 12) {
                    return new Found(PublishedTime.ofDate(date), m.start(), m.end());
                }
                hour = hour % 12 + (pm ? 12 : 0);
            }
            ZoneOffset offset = zone(m.group(timeGroup + 4), m.group(timeGroup + 5));
            LocalDateTime dt = LocalDateTime.of(date, LocalTime.of(hour, minute, second));
            return new Found(new PublishedTime(dt.toLocalDate(), dt.toLocalTime(), offset), m.start(), m.end());
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static ZoneOffset zone(String abbreviation, String explicit) {
        if (abbreviation == null) {
            return null;
        }
        if (explicit != null) {
            return ZoneOffset.of(normaliseOffset(explicit));
        }
        String id = ZONES.get(abbreviation.toUpperCase(Locale.ROOT));
        return id == null ? null : ZoneOffset.of(id);
    }

    /** Adds a time written just before a date-only match: "09:12 BST, 14 July 2025". */
    private static Found withTimeBefore(String text, Found f) {
        if (f == null || f.time().time() != null) {
            return f;
        }
        Matcher t = TIME_BEFORE.matcher(text.substring(Math.max(0, f.start() - 24), f.start()));
        if (!t.find()) {
            return f;
        }
        int hour = Integer.parseInt(t.group(1));
        int minute = Integer.parseInt(t.group(2));
        if (t.group(3) != null) {
            if (hour < 1 || hour > 12) {
                return f;
            }
            hour = hour % 12 + (t.group(3).toLowerCase(Locale.ROOT).startsWith("p") ? 12 : 0);
        }
        if (hour > 23 || minute > 59) {
            return f;
        }
        ZoneOffset offset = zone(t.group(4), null);
        int start = f.start() - (Math.min(24, f.start()) - t.start());
        return new Found(new PublishedTime(f.time().date(), LocalTime.of(hour, minute), offset), start, f.end());
    }

    private static String normaliseOffset(String off) {
        if (off.equals("Z")) {
            return "Z";
        }
        String sign = off.substring(0, 1);
        String digits = off.substring(1).replace(":", "");
        if (digits.length() <= 2) {
            return sign + (digits.length() == 1 ? "0" + digits : digits) + ":00";
        }
        return sign + digits.substring(0, 2) + ":" + digits.substring(2);
    }
}
