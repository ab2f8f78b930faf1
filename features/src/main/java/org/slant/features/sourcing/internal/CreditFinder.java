package org.slant.features.sourcing.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slant.features.sourcing.Span;
import org.slant.features.sourcing.WireCredit;
import org.slant.features.text.TextBlock;
import org.slant.features.text.TextLayer;
import org.slant.ingest.Article;
import org.slant.ingest.Credit;
import org.slant.ingest.CreditKind;

/**
 * Wire and agency credits: the article's own wire credits, datelines ("MOSCOW (Reuters) —"), source lines
 * ("Source: Agencies"), contribution lines ("Reuters contributed to this report") and agency-colon
 * headlines inside the text ("AFP: Ukraine behind ..."). Looks only at block starts and ends, so it is
 * cheap on long texts.
 */
public final class CreditFinder {

    private static final int LINE_WINDOW = 200;

    /** Finds the credits of an article (null for plain text) over its layer. */
    public List<WireCredit> find(Article article, TextLayer l) {
        List<WireCredit> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        if (article != null) {
            for (Credit c : article.credits()) {
                if (c.kind() == CreditKind.WIRE && seen.add("credit:" + c.agency())) {
                    out.add(new WireCredit(normalise(c.agency()), "credit", null));
                }
            }
        }
        String text = l.text();
        for (TextBlock b : l.blocks()) {
            int len = b.end() - b.start();
            int headEnd = b.start() + Math.min(len, LINE_WINDOW);
            boolean sourceLine = l.regionIs(b.start(), "source:") || l.regionIs(b.start(), "sources:");
            int colon = indexOf(text, ':', b.start(), Math.min(headEnd, b.start() + 30));
            int open = indexOf(text, '(', b.start(), Math.min(headEnd, b.start() + 60));
            boolean contributedLine = endsWith(l, b, "to this report.") || endsWith(l, b, "to this report")
                    || endsWith(l, b, "contributed reporting.") || endsWith(l, b, "contributed reporting");
            if (!sourceLine && colon < 0 && open < 0 && !contributedLine) {
                continue; // the common case: no credit shape at either end of the block
            }
            String head = text.substring(b.start(), headEnd);
            String lowerHead = head.toLowerCase(Locale.ROOT);
            // "Source: Agencies", "Source: AFP"
            if (sourceLine) {
                String rest = lowerHead.substring(lowerHead.indexOf(':') + 1).strip();
                String agency = agencyAtStart(rest);
                if (agency != null && seen.add("source-line:" + agency)) {
                    out.add(new WireCredit(agency, "source-line", new Span(b.start(), b.start() + head.strip().length())));
                }
                continue;
            }
            // "AFP: Ukraine behind ..." (agency-colon)
            if (colon > b.start()) {
                String agency = Words.AGENCIES.get(lowerHead.substring(0, colon - b.start()).strip());
                if (agency != null && !agency.equals("Agencies") && seen.add("headline-colon:" + agency + ":" + b.start())) {
                    out.add(new WireCredit(agency, "headline-colon", new Span(b.start(), colon)));
                }
            }
            // "MOSCOW (Reuters) -" / "(AP)" (dateline)
            if (open >= 0) {
                int rel = open - b.start();
                int close = lowerHead.indexOf(')', rel);
                if (close > rel) {
                    String inner = lowerHead.substring(rel + 1, close).strip();
                    String agency = Words.AGENCIES.get(inner);
                    boolean dateline = rel == 0 || isUpperPrefix(head.substring(0, rel));
                    if (agency != null && dateline && seen.add("dateline:" + agency)) {
                        out.add(new WireCredit(agency, "dateline", new Span(open, b.start() + close + 1)));
                    }
                }
            }
            // "... contributed to this report" at a block's end
            if (contributedLine) {
                int tailStart = Math.max(b.start(), b.end() - LINE_WINDOW);
                String tail = text.substring(tailStart, b.end()).toLowerCase(Locale.ROOT);
                int contributed = tail.indexOf("contributed");
                if (contributed >= 0) {
                    for (var e : Words.AGENCIES.entrySet()) {
                        int at = indexOfWord(tail, e.getKey());
                        if (at >= 0 && at < contributed && seen.add("contributed:" + e.getValue())) {
                            out.add(new WireCredit(e.getValue(), "contributed",
                                    new Span(tailStart + at, tailStart + contributed + "contributed".length())));
                        }
                    }
                }
            }
        }
        return out;
    }

    private static int indexOf(String text, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    private static boolean endsWith(TextLayer l, TextBlock b, String lowerSuffix) {
        int at = b.end() - lowerSuffix.length();
        return at >= b.start() && l.regionIs(at, lowerSuffix);
    }

    private static String normalise(String agency) {
        String n = Words.AGENCIES.get(agency.toLowerCase(Locale.ROOT).strip());
        return n != null ? n : agency.strip();
    }

    private static String agencyAtStart(String lowerRest) {
        for (var e : Words.AGENCIES.entrySet()) {
            if (lowerRest.startsWith(e.getKey())
                    && (lowerRest.length() == e.getKey().length()
                        || !Character.isLetter(lowerRest.charAt(e.getKey().length())))) {
                return e.getValue();
            }
        }
        return null;
    }

    private static boolean isUpperPrefix(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    private static int indexOfWord(String hay, String word) {
        int from = 0;
        while (true) {
            int i = hay.indexOf(word, from);
            if (i < 0) {
                return -1;
            }
            boolean left = i == 0 || !Character.isLetter(hay.charAt(i - 1));
            int e = i + word.length();
            boolean right = e >= hay.length() || !Character.isLetter(hay.charAt(e));
            if (left && right) {
                return i;
            }
            from = i + 1;
        }
    }
}
