package org.slant.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SafeTest {
    @Test
    void onlyAbsoluteHttpUrlsWithAHostPass() {
        assertEquals("https://example.org/a?b=1&c=2#d", Safe.httpUrl(" https://example.org/a?b=1&c=2#d "));
        assertEquals("HTTP://example.org/", Safe.httpUrl("HTTP://example.org/"));
        assertNull(Safe.httpUrl("javascript:alert(1)"));
        assertNull(Safe.httpUrl(" JaVaScRiPt:alert(1)"));
        assertNull(Safe.httpUrl("java\tscript:alert(1)"));
        assertNull(Safe.httpUrl("data:text/html,<script>alert(1)</script>"));
        assertNull(Safe.httpUrl("vbscript:msgbox(1)"));
        assertNull(Safe.httpUrl("//evil.example/x"));
        assertNull(Safe.httpUrl("/relative/path"));
        assertNull(Safe.httpUrl("https:///no-host"));
        assertNull(Safe.httpUrl("https://ok.example/\"><script>"));
        assertNull(Safe.httpUrl(null));
    }

    @Test
    void disguisingCharactersAreReplacedOneForOne() {
        String s = "abc\u202Eexe.txt\u2066x\u0007y\u200F";
        String inert = Safe.inert(s);
        assertEquals(s.length(), inert.length());
        assertEquals("abc\uFFFDexe.txt\uFFFDx\uFFFDy\uFFFD", inert);
        assertEquals("tab\tand\nnewline stay, \uD83D\uDE00 too", Safe.inert("tab\tand\nnewline stay, \uD83D\uDE00 too"));
        assertEquals("lone \uFFFD", Safe.inert("lone \uD83D"));
    }

    @Test
    void fileStemsAreSafeAndDistinct() {
        String a = Safe.fileStem("../../etc/passwd");
        assertTrue(a.matches("[a-z0-9-]+"), a);
        assertNotEquals(Safe.fileStem("Story A"), Safe.fileStem("story a"));
        assertTrue(Safe.fileStem("<script>").matches("script-[0-9a-f]{10}"), Safe.fileStem("<script>"));
        assertTrue(Safe.fileStem("\u202E").matches("story-[0-9a-f]{10}"));
    }
}
