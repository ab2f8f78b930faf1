package org.slant.ingest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DatesTest {

    private static String found(String text) {
        Dates.Found f = Dates.find(text);
        return f == null ? null : f.time().toString();
    }

    @Test
    void writtenFormsKeepTheirPrecision() {
        assertEquals("2025-10-16T23:43", found("16 Oct 2025 23:43"));
        assertEquals("2025-10-17T00:08", found("| @indiablooms | Oct 17, 2025, at 12:08 am"));
        assertEquals("2026-02-04T16:34", found("February 04, 2026 04:34 pm (IST)"));
        assertEquals("2024-06-12", found("Posted on 12 June 2024 by Dana Whitfield"));
        assertEquals("2025-03-03T19:45+01:00", found("March 3, 2025 7:45 PM GMT+1"));
        assertEquals("2025-07-14T09:12+01:00", found("Published: 09:12 BST, 14 July 2025 | Updated: 11:30 BST"));
        assertEquals("2025-03-01T10:00Z", found("2025-03-01T10:00:00Z"));
        assertEquals("2025-03-01T10:00+05:30", found("2025-03-01 10:00:00+0530"));
    }

    @Test
    void ambiguousZonesAreNotGuessed() {
        assertEquals("2026-02-04T04:34", found("February 04, 2026 04:34 am (IST)"));
    }

    @Test
    void impossibleDatesAreNotDates() {
        assertNull(found("31 Feb 2025"));
        assertNull(found("no date here, only 2025 as a number"));
        assertNull(Dates.parse("   "));
    }
}
