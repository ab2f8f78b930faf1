package org.slant.ingest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * When an article was published, as precisely as the page says: a date, optionally a time of day,
 * optionally a UTC offset. Pages often give a local time with no zone; that is kept as it is rather
 * than guessed.
 *
 * @param date calendar date; never null
 * @param time local time of day, or null when the page gives only a date
 * @param offset UTC offset, or null when the page gives none (always null when {@code time} is)
 */
public record PublishedTime(LocalDate date, LocalTime time, ZoneOffset offset) {
    /**
     * Validates the time.
     *
     * @param date calendar date; not null
     * @param time local time of day, or null
     * @param offset UTC offset, or null; must be null when {@code time} is
     * @throws IllegalArgumentException if {@code date} is null, or {@code offset} is given without a
     *     {@code time}
     */
    public PublishedTime {
        if (date == null) {
            throw new IllegalArgumentException("published date is required");
        }
        if (time == null && offset != null) {
            throw new IllegalArgumentException("an offset needs a time of day");
        }
    }

    /**
     * A publication date without a time of day.
     *
     * @param date the date; not null
     * @return the time, with null time and offset
     * @throws IllegalArgumentException if {@code date} is null
     */
    public static PublishedTime ofDate(LocalDate date) {
        return new PublishedTime(date, null, null);
    }

    /**
     * A local date and time with no UTC offset, as pages without a zone give it.
     *
     * @param dateTime the date and time; not null
     * @return the time, with a null offset
     */
    public static PublishedTime ofLocal(LocalDateTime dateTime) {
        return new PublishedTime(dateTime.toLocalDate(), dateTime.toLocalTime(), null);
    }

    /**
     * A date and time with its UTC offset.
     *
     * @param dateTime the date, time and offset; not null
     * @return the time with all three parts
     */
    public static PublishedTime ofOffset(OffsetDateTime dateTime) {
        return new PublishedTime(dateTime.toLocalDate(), dateTime.toLocalTime(), dateTime.getOffset());
    }

    /**
     * Parses ISO 8601 as written by {@link #toString()}: {@code 2025-10-16}, {@code 2025-10-16T23:43},
     * {@code 2025-10-16T23:43:00+03:00} or with {@code Z}. Surrounding whitespace is ignored.
     *
     * @param iso the text; not null
     * @return the time, with as many parts as the text gives
     * @throws IllegalArgumentException if the text is none of these
     */
    @JsonCreator
    public static PublishedTime parse(String iso) {
        String s = iso.strip();
        try {
            if (s.length() == 10) {
                return ofDate(LocalDate.parse(s));
            }
            int t = s.indexOf('T');
            boolean zoned = t > 0 && (s.endsWith("Z") || s.indexOf('+', t) > 0 || s.indexOf('-', t) > 0);
            return zoned ? ofOffset(OffsetDateTime.parse(s)) : ofLocal(LocalDateTime.parse(s));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an ISO 8601 date or date-time: '" + iso + "'", e);
        }
    }

    /**
     * The JSON and display form, read back by {@link #parse(String)}.
     *
     * @return ISO 8601 with only the parts known: {@code 2025-10-16}, {@code 2025-10-16T23:43},
     *     {@code 2025-10-16T23:43+03:00}
     */
    @JsonValue
    @Override
    public String toString() {
        if (time == null) {
            return date.toString();
        }
        String local = LocalDateTime.of(date, time).toString();
        return offset == null ? local : local + offset.getId();
    }
}
