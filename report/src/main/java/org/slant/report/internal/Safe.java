package org.slant.report.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * What JTE's escaping does not cover: URLs restricted to http(s), text stripped of the characters that
 * can disguise it (bidi overrides, control characters), and file names derived from data.
 */
public final class Safe {
    private Safe() {
    }

    /**
     * The URL if it is an absolute http or https URL with a host, normalised by {@link URI}; otherwise
     * null, so that templates render no link at all (JTE drops attributes whose value is null).
     */
    public static String httpUrl(String url) {
        if (url == null) {
            return null;
        }
        String s = url.strip();
        if (s.isEmpty() || s.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
            return null;
        }
        try {
            URI uri = new URI(s);
            String scheme = uri.getScheme();
            if (scheme == null || uri.getHost() == null || uri.getRawAuthority() == null) {
                return null;
            }
            String lower = scheme.toLowerCase(Locale.ROOT);
            if (!lower.equals("http") && !lower.equals("https")) {
                return null;
            }
            return uri.toASCIIString();
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /**
     * Replaces, one for one, each character that can reorder or hide text (bidi embeddings, overrides
     * and isolates, C0/C1 controls other than tab and newline, lone surrogates) with U+FFFD, so the
     * text shows as written and every offset into it stays valid.
     */
    public static String inert(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad = isDisguising(c) || (Character.isHighSurrogate(c)
                    ? i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1))));
            if (bad && sb == null) {
                sb = new StringBuilder(s);
            }
            if (bad) {
                sb.setCharAt(i, '\uFFFD');
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static boolean isDisguising(char c) {
        return (c < 0x20 && c != '\n' && c != '\t' && c != '\r') || (c >= 0x7f && c <= 0x9f)
                || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
                || c == 0x200e || c == 0x200f || c == 0x061c;
    }

    /**
     * A file name for a data-supplied id: lower-case letters, digits and dashes from the id (at most
     * 40), then a dash and 10 hex digits of its SHA-256, so distinct ids never collide.
     */
    public static String fileStem(String id) {
        StringBuilder sb = new StringBuilder();
        String lower = id.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length() && sb.length() < 40; i++) {
            char c = lower.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                sb.append(c);
            } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
                sb.append('-');
            }
        }
        if (sb.length() == 0) {
            sb.append("story");
        }
        if (sb.charAt(sb.length() - 1) != '-') {
            sb.append('-');
        }
        return sb.append(sha256(id).substring(0, 10)).toString();
    }

    /**
     * The Content-Security-Policy source for an inline style sheet, {@code 'sha256-<base64>'}, so the
     * page's own styles apply and no other style element or attribute would.
     */
    public static String cspHash(String css) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return "'sha256-" + java.util.Base64.getEncoder().encodeToString(md.digest(css.getBytes(StandardCharsets.UTF_8)))
                    + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    static String sha256(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
