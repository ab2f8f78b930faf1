package org.slant.cli.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slant.features.ArticleFeatures;
import org.slant.features.Evidence;
import org.slant.features.FeatureValue;
import org.slant.ingest.Article;
import org.slant.report.Highlight;

/**
 * Maps the evidence spans of the features module onto the report's typed highlights.
 *
 * <p>Kinds mapped: {@code content}, {@code source} and {@code cue} (sourcing) become attribution parts;
 * {@code term} (loaded terms) becomes a loaded term (voice {@code author} or {@code quoted}, as the report's schema names them), or a naming variant when its lexicon entry belongs to
 * a naming set; {@code scare-quote} a scare quote; {@code blurb} a blurb. Not mapped: {@code quote} (the
 * quoted part of an attribution's content, already highlighted as content), {@code credit} (the report has
 * no highlight type for wire credits), and the {@code headline-*} kinds, whose offsets index the headline,
 * not the text.
 */
public final class Highlights {
    private Highlights() {}

    /**
     * The distinct highlights of one article, ordered by start, end and type.
     *
     * @param article the article
     * @param features its features, whose evidence spans become highlights
     * @return the highlights
     */
    public static List<Highlight> of(Article article, ArticleFeatures features) {
        int length = article.text().length();
        Set<Highlight> out = new LinkedHashSet<>();
        for (FeatureValue v : features.values()) {
            for (Evidence e : v.evidence()) {
                if (e.end() > e.start() && e.end() <= length) {
                    Highlight h = of(e);
                    if (h != null) {
                        out.add(h);
                    }
                }
            }
        }
        List<Highlight> list = new ArrayList<>(out);
        list.sort(Comparator.comparingInt(Highlight::start).thenComparingInt(Highlight::end)
                .thenComparing(h -> h.getClass().getSimpleName()).thenComparing(Object::toString));
        return list;
    }

    /** The speaker part of a sourcing note ("Name | affiliation" or "Name"). */
    static String speaker(String note) {
        if (note == null) {
            return null;
        }
        int bar = note.indexOf(" | ");
        return bar < 0 ? note : note.substring(0, bar);
    }

    /** The affiliation part of a sourcing note, or null when it names none. */
    static String affiliation(String note) {
        if (note == null) {
            return null;
        }
        int bar = note.indexOf(" | ");
        String a = bar < 0 ? "" : note.substring(bar + 3).strip();
        return a.isEmpty() ? null : a;
    }

    /** The highlight for one evidence span, or null when the kind has none. */
    static Highlight of(Evidence e) {
        String note = e.note().isBlank() ? null : e.note();
        return switch (e.kind()) {
            case "content" -> new Highlight.Attribution(e.start(), e.end(), Highlight.Part.CONTENT, speaker(note), affiliation(note));
            case "source" -> new Highlight.Attribution(e.start(), e.end(), Highlight.Part.SOURCE, speaker(note), affiliation(note));
            case "cue" -> new Highlight.Attribution(e.start(), e.end(), Highlight.Part.CUE, null, null);
            case "scare-quote" -> new Highlight.ScareQuote(e.start(), e.end());
            case "blurb" -> new Highlight.Blurb(e.start(), e.end(), firstWord(e.note()));
            case "term" -> term(e);
            default -> null;
        };
    }

    private static Highlight term(Evidence e) {
        TermNote n = TermNote.parse(e.note());
        if (n.category().isEmpty()) {
            return null;
        }
        if (!n.group().isEmpty()) {
            return new Highlight.NamingVariant(e.start(), e.end(), n.group(), n.side().isEmpty() ? "unsided" : n.side());
        }
        return new Highlight.LoadedTerm(e.start(), e.end(), n.category(), n.quoted() ? "quoted" : "author");
    }

    static String firstWord(String s) {
        int sp = s.indexOf(' ');
        String w = sp < 0 ? s : s.substring(0, sp);
        return w.isBlank() ? null : w;
    }

    /**
     * The note of a loaded-term span, as the lexicon extractor writes it:
     * {@code category[ side=S][ group=G][ quoted][ negated][ scare-quoted]}.
     */
    record TermNote(String category, String side, String group, boolean quoted) {
        static TermNote parse(String note) {
            String s = note;
            s = strip(s, " scare-quoted");
            s = strip(s, " negated");
            boolean quoted = s.endsWith(" quoted");
            s = strip(s, " quoted");
            String group = "";
            int g = s.indexOf(" group=");
            if (g >= 0) {
                group = s.substring(g + 7);
                s = s.substring(0, g);
            }
            String side = "";
            int i = s.indexOf(" side=");
            if (i >= 0) {
                side = s.substring(i + 6);
                s = s.substring(0, i);
            }
            return new TermNote(s.trim(), side.trim(), group.trim(), quoted);
        }

        private static String strip(String s, String suffix) {
            return s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()) : s;
        }
    }
}
