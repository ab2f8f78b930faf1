package org.slant.ingest.internal.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlDecoderTest {
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final String TEXT = "“Café” – naïve 5€";

    private static byte[] page(String meta, String body, Charset cs) {
        return ("<html><head>" + meta + "</head><body><p>" + body + "</p></body></html>").getBytes(cs);
    }

    @Test
    void declaredIso88591IsReadAsWindows1252() {
        HtmlDecoder.Decoded d = HtmlDecoder.decode(page("<meta charset=\"ISO-8859-1\">", TEXT, CP1252), null, null);
        assertTrue(d.text().contains(TEXT), d.text());
        assertEquals(CP1252, d.charset());
        assertEquals("meta", d.how());
    }

    @Test
    void declaredGb2312IsReadAsGb18030() {
        Charset gb = Charset.forName("GB18030");
        String chinese = "新闻报道";
        HtmlDecoder.Decoded d = HtmlDecoder.decode(
                page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">", chinese, gb), null, null);
        assertTrue(d.text().contains(chinese), d.text());
        assertEquals(gb, d.charset());
    }

    @Test
    void undeclaredNonUtf8IsReadAsWindows1252() {
        HtmlDecoder.Decoded d = HtmlDecoder.decode(page("", TEXT, CP1252), null, null);
        assertTrue(d.text().contains(TEXT), d.text());
        assertEquals("fallback", d.how());
    }

    @Test
    void validUtf8WinsOverAWrongDeclaration() {
        HtmlDecoder.Decoded d = HtmlDecoder.decode(page("<meta charset=\"iso-8859-1\">", TEXT, StandardCharsets.UTF_8), null, null);
        assertTrue(d.text().contains(TEXT), d.text());
        assertEquals(StandardCharsets.UTF_8, d.charset());
    }

    @Test
    void httpCharsetIsHonouredBeforeTheMetaTag() {
        byte[] bytes = page("<meta charset=\"utf-8\">", TEXT, CP1252);
        HtmlDecoder.Decoded d = HtmlDecoder.decode(bytes, "text/html; charset=windows-1252", null);
        assertTrue(d.text().contains(TEXT), d.text());
        assertEquals("http", d.how());
    }

    @Test
    void byteOrderMarksDecideTheEncoding() {
        byte[] utf8 = page("<meta charset=\"windows-1252\">", TEXT, StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        HtmlDecoder.Decoded d = HtmlDecoder.decode(withBom, null, null);
        assertEquals("bom", d.how());
        assertTrue(d.text().startsWith("<html>"), d.text());
        byte[] utf16 = ("\uFEFF" + new String(utf8, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_16LE);
        HtmlDecoder.Decoded d16 = HtmlDecoder.decode(utf16, null, null);
        assertEquals(StandardCharsets.UTF_16LE, d16.charset());
        assertTrue(d16.text().contains(TEXT), d16.text());
    }

    @Test
    void forcedCharsetOverridesEverything() {
        byte[] bytes = page("<meta charset=\"utf-8\">", TEXT, CP1252);
        HtmlDecoder.Decoded d = HtmlDecoder.decode(bytes, "text/html; charset=utf-8", CP1252);
        assertEquals("forced", d.how());
        assertTrue(d.text().contains(TEXT));
    }

    @Test
    void utf8WithAFewDamagedBytesStaysUtf8() {
        String text = "Grüße aus Köln. ".repeat(200);
        byte[] bytes = page("<meta charset=\"utf-8\">", text, StandardCharsets.UTF_8);
        bytes[bytes.length / 2] = (byte) 0xFF;
        HtmlDecoder.Decoded d = HtmlDecoder.decode(bytes, null, null);
        assertEquals(StandardCharsets.UTF_8, d.charset());
        assertTrue(d.text().contains("Grüße aus Köln."));
    }

    @Test
    void unknownLabelsAreIgnored() {
        assertEquals(null, HtmlDecoder.label("x-no-such-charset"));
        assertEquals(CP1252, HtmlDecoder.label("latin1"));
        assertEquals(CP1252, HtmlDecoder.label("US-ASCII"));
    }
}
