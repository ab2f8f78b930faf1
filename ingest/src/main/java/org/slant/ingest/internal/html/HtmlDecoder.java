package org.slant.ingest.internal.html;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of an HTML page the way browsers do, with one deliberate difference: bytes that
 * are valid UTF-8 and contain multi-byte sequences are read as UTF-8 whatever the page declares,
 * because a legacy-encoded page is almost never valid UTF-8 by accident while mislabelled UTF-8 pages
 * are common (re-saved pages keep their old {@code <meta charset>}).
 *
 * <p>Order: forced charset, byte-order mark, valid UTF-8, HTTP {@code Content-Type} charset,
 * {@code <meta>} charset, then windows-1252. Declared labels are mapped as the WHATWG encoding
 * standard does: ISO-8859-1 and US-ASCII to windows-1252, GB2312 and GBK to GB18030.
 */
public final class HtmlDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_CHARSET = Pattern.compile(
            "charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    /** How far into the page a {@code <meta>} charset is looked for (the HTML standard says 1024; pages exceed it). */
    private static final int PRESCAN_BYTES = 8192;

    private HtmlDecoder() {}

    /**
     * Decoded text and how the charset was chosen.
     *
     * @param text the page as text
     * @param charset the charset used
     * @param how {@code forced}, {@code bom}, {@code utf-8}, {@code http}, {@code meta} or {@code fallback}
     */
    public record Decoded(String text, Charset charset, String how) {}

    /**
     * Decodes a page.
     *
     * @param bytes the raw page
     * @param contentType the HTTP {@code Content-Type} header, or null
     * @param forced a charset to use regardless of the page, or null
     * @return the text; never null (undecodable bytes become U+FFFD)
     */
    public static Decoded decode(byte[] bytes, String contentType, Charset forced) {
        if (forced != null) {
            return new Decoded(lenient(bytes, 0, forced), forced, "forced");
        }
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return new Decoded(lenient(bytes, 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "bom");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return new Decoded(lenient(bytes, 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, "bom");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return new Decoded(lenient(bytes, 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, "bom");
        }
        boolean ascii = isAscii(bytes);
        Charset declared = contentType == null ? null : label(find(HEADER_CHARSET, contentType));
        String how = "http";
        if (declared == null) {
            String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
            declared = label(find(META_CHARSET, head));
            how = "meta";
        }
        if (!ascii || declared == null || !declared.newEncoder().canEncode('<')) {
            String utf8 = strict(bytes, StandardCharsets.UTF_8);
            if (utf8 != null) {
                return new Decoded(utf8, StandardCharsets.UTF_8, "utf-8");
            }
        }
        if (declared != null && !isUtf16(declared)) {
            if (declared.equals(StandardCharsets.UTF_8) && mostlyUtf8(bytes)) {
                return new Decoded(lenient(bytes, 0, declared), declared, how);
            }
            if (!declared.equals(StandardCharsets.UTF_8)) {
                return new Decoded(lenient(bytes, 0, declared), declared, how);
            }
        }
        if (mostlyUtf8(bytes)) {
            return new Decoded(lenient(bytes, 0, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "fallback");
        }
        return new Decoded(lenient(bytes, 0, WINDOWS_1252), WINDOWS_1252, "fallback");
    }

    /** The charset a label names, mapped as browsers map it; null when unknown or unsupported. */
    public static Charset label(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        switch (n) {
            case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp1252",
                    "iso_8859-1", "8859-1", "cp819", "ibm819" -> {
                return WINDOWS_1252;
            }
            case "gb2312", "gbk", "gb_2312-80", "x-gbk", "chinese", "csgb2312" -> {
                return Charset.forName("GB18030");
            }
            case "utf8", "unicode-1-1-utf-8" -> {
                return StandardCharsets.UTF_8;
            }
            default -> {
                try {
                    return Charset.forName(n);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    return null;
                }
            }
        }
    }

    private static String find(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? m.group(1) : null;
    }

    private static boolean isUtf16(Charset cs) {
        // A page that was read as ASCII-compatible bytes up to its <meta> cannot really be UTF-16.
        return cs.name().toUpperCase(Locale.ROOT).startsWith("UTF-16") || cs.name().toUpperCase(Locale.ROOT).startsWith("UTF-32");
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    /** True when at most one in fifty multi-byte sequences is broken: UTF-8 with a few damaged bytes. */
    private static boolean mostlyUtf8(byte[] bytes) {
        int good = 0;
        int bad = 0;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xff;
            if (b < 0x80) {
                i++;
                continue;
            }
            int len = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 && b < 0xE0 ? 2 : 0;
            boolean ok = len > 0 && i + len <= bytes.length;
            for (int k = 1; ok && k < len; k++) {
                ok = (bytes[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                good++;
                i += len;
            } else {
                bad++;
                i++;
            }
        }
        return bad * 50 <= good;
    }

    private static String strict(byte[] bytes, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String lenient(byte[] bytes, int offset, Charset cs) {
        try {
            CharBuffer chars = cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder reported an error", e);
        }
    }
}
