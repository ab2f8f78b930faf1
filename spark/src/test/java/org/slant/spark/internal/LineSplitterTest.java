package org.slant.spark.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineSplitterTest {

    private static List<Unit> split(InputStream in, long splitBytes, long maxRecordBytes) {
        List<Unit> out = new ArrayList<>();
        new LineSplitter(in, "c.jsonl", "c", splitBytes, maxRecordBytes).forEachRemaining(out::add);
        return out;
    }

    private static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String body(Unit u) {
        return new String(assertInstanceOf(Unit.Lines.class, u).bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void unitsEndAtLineEndsAndKnowTheirFirstLine() {
        List<Unit> units = split(text("aaaa\nbbbb\n\ncccc\r\ndddd"), 7, 100);
        assertEquals(List.of("aaaa\nbbbb\n", "\ncccc\r\n", "dddd\n"), units.stream().map(LineSplitterTest::body).toList());
        assertEquals(List.of(1L, 3L, 5L), units.stream().map(u -> ((Unit.Lines) u).firstLine()).toList());
    }

    @Test
    void anOversizedLineIsRejectedInItsPlace() {
        List<Unit> units = split(text("ok\n" + "x".repeat(20) + "\nok again\n"), 1000, 10);
        assertEquals(3, units.size());
        assertEquals("ok\n", body(units.get(0)));
        Unit.Rejected r = assertInstanceOf(Unit.Rejected.class, units.get(1));
        assertEquals(2, r.record());
        assertEquals("OVERSIZED", r.reason());
        assertEquals("line of 20 bytes is larger than the limit of 10", r.message());
        assertEquals(3, ((Unit.Lines) units.get(2)).firstLine());
    }

    @Test
    void aStreamThatBreaksOffEndsWithTheNextLineUnreadable() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("truncated");
            }
        };
        List<Unit> units = split(new SequenceInputStream(text("one\ntwo\npartial"), broken), 1000, 100);
        assertEquals("one\ntwo\n", body(units.get(0)));
        Unit.Rejected r = assertInstanceOf(Unit.Rejected.class, units.get(1));
        assertEquals(3, r.record());
        assertEquals("UNREADABLE", r.reason());
        assertTrue(r.message().startsWith("input ends unreadably after line 2: "), r.message());
        assertEquals(2, units.size());
    }
}
