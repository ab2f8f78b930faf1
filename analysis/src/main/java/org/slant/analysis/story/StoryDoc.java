package org.slant.analysis.story;

import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slant.ingest.Article;
import org.slant.ingest.Block;

/**
 * An article as story clustering and comparison see it: outlet, date, headline and sentences.
 *
 * @param id article id; never blank
 * @param outlet outlet name; never blank
 * @param date publication date; may be null (then no date window applies)
 * @param headline the headline; may be empty
 * @param sentences body sentences in order
 */
public record StoryDoc(String id, String outlet, LocalDate date, String headline, List<String> sentences) {
    /**
     * Validates the document; a null headline becomes empty and the sentences are copied.
     *
     * @param id article id; not null or blank
     * @param outlet outlet name; not null or blank
     * @param date publication date, or null
     * @param headline the headline; null becomes empty
     * @param sentences body sentences in order; not null
     * @throws IllegalArgumentException if {@code id} or {@code outlet} is null or blank
     */
    public StoryDoc {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("story document id is required");
        }
        if (outlet == null || outlet.isBlank()) {
            throw new IllegalArgumentException("document " + id + ": outlet is required");
        }
        headline = headline == null ? "" : headline;
        sentences = List.copyOf(sentences);
    }

    /**
     * Reads an article, its body blocks split into sentences with the JDK's English sentence rules. The
     * outlet is the article's domain when it has one, else its name.
     *
     * @param a the article
     * @return its id, outlet, publication date, headline and body sentences
     */
    public static StoryDoc of(Article a) {
        List<String> sentences = new ArrayList<>();
        for (Block b : a.blocks()) {
            if (b.kind().isBody()) {
                sentences.addAll(sentences(a.textOf(b)));
            }
        }
        String outlet = a.outlet().domain() != null ? a.outlet().domain() : a.outlet().name();
        return new StoryDoc(a.id(), outlet, a.published() == null ? null : a.published().date(), a.headline(), sentences);
    }

    /**
     * Splits a paragraph into sentences with the JDK's English {@link BreakIterator}.
     *
     * @param text the paragraph; not null
     * @return the sentences, stripped of surrounding white space, empty ones dropped
     */
    public static List<String> sentences(String text) {
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        it.setText(text);
        List<String> out = new ArrayList<>();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            String s = text.substring(start, end).strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * Joins the sentences back into one text.
     *
     * @return the sentences separated by single spaces; empty without sentences
     */
    public String body() {
        return String.join(" ", sentences);
    }
}
