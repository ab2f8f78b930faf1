package org.slant.ingest.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.slant.ingest.RejectReason;

/** Turns bytes that should be text into a String, or says why they are not text. */
public final class Decoding {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Decoding() {}

    /** The outcome of decoding: text, or a reason and message. Exactly one of the two is set. */
    public record Decoded(String text, RejectReason reason, String message) {
        public boolean ok() {
            return text != null;
        }
    }

    /**
     * Decodes bytes as UTF-8 (BOM stripped). Bytes with NULs or many control characters are binary.
     * Invalid UTF-8 with a few bad sequences is repaired with U+FFFD; bytes that are wholly not UTF-8
     * but valid windows-1252 are read as windows-1252; anything else is rejected.
     */
    public static Decoded decodeText(byte[] bytes) {
        int controls = 0;
        int n = Math.min(bytes.length, 1 << 16);
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return new Decoded(null, RejectReason.BINARY, "contains NUL bytes (offset " + i + ")");
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        if (n > 0 && controls * 100 > n) {
            return new Decoded(null, RejectReason.BINARY, controls + " control bytes in the first " + n);
        }
        int offset = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return new Decoded(strict(StandardCharsets.UTF_8).decode(buffer).toString(), null, null);
        } catch (CharacterCodingException e) {
            buffer.rewind().position(offset);
        }
        String lenient = decodeWithReplacement(buffer, StandardCharsets.UTF_8);
        long bad = lenient.chars().filter(c -> c == 0xFFFD).count();
        long goodNonAscii = lenient.chars().filter(c -> c >= 0x80 && c != 0xFFFD).count();
        // Mostly valid UTF-8 with a few broken sequences is repaired; text with no valid multi-byte
        // sequence at all is a single-byte encoding, read as windows-1252 as browsers do.
        if (goodNonAscii > bad && bad * 200 <= lenient.length()) {
            return new Decoded(lenient, null, null);
        }
        buffer.rewind().position(offset);
        try {
            return new Decoded(strict(WINDOWS_1252).decode(buffer).toString(), null, null);
        } catch (CharacterCodingException e) {
            return new Decoded(null, RejectReason.INVALID_ENCODING,
                    bad + " invalid UTF-8 sequences and not windows-1252 either");
        }
    }

    /** Strict UTF-8 decoding of one record; null if the bytes are not valid UTF-8. */
    public static String strictUtf8(byte[] bytes, int from, int to) {
        try {
            return strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes, from, to - from)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static CharsetDecoder strict(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static String decodeWithReplacement(ByteBuffer buffer, Charset cs) {
        try {
            CharBuffer chars = cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(buffer);
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("replacing decoder reported an error", e);
        }
    }
}
