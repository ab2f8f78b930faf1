package org.slant.analysis.text;

import java.time.LocalDate;
import org.slant.ingest.Article;

/**
 * A text with the row fields it becomes in a feature table.
 *
 * @param id row id; never blank
 * @param outlet outlet name; may be null
 * @param date publication date; may be null
 * @param story story id; may be null
 * @param label research label; may be null
 * @param text the text to count words in; never null
 */
public record TextDoc(String id, String outlet, LocalDate date, String story, String label, String text) {
    /**
     * Validates the id; a null text becomes empty.
     *
     * @param id row id; not null or blank
     * @param outlet outlet name, or null
     * @param date publication date, or null
     * @param story story id, or null
     * @param label research label, or null
     * @param text the text; null becomes empty
     * @throws IllegalArgumentException if {@code id} is null or blank
     */
    public TextDoc {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("text id is required");
        }
        text = text == null ? "" : text;
    }

    /**
     * An article's headline and body. The outlet is the article's domain when it has one (stable
     * across spellings of the name), else its name.
     *
     * @param a the article
     * @return its id, outlet, publication date and label, no story, and the headline and body text
     *     joined by a newline (the body alone when the headline is empty)
     */
    public static TextDoc of(Article a) {
        String outlet = a.outlet().domain() != null ? a.outlet().domain() : a.outlet().name();
        String body = a.bodyText();
        String text = a.headline().isEmpty() ? body : a.headline() + "\n" + body;
        return new TextDoc(a.id(), outlet, a.published() == null ? null : a.published().date(), null, a.label(), text);
    }
}
