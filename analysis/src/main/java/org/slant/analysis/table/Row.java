package org.slant.analysis.table;

import java.time.LocalDate;

/**
 * One row of a {@link FeatureTable}: an article (or a sentence) with its identifying fields and values.
 *
 * @param id unique within the table; never blank
 * @param outlet the publishing outlet; may be null
 * @param date publication date; may be null
 * @param story the story (same-event group) it belongs to; may be null
 * @param label a research label such as a leaning; null when unlabelled
 * @param values one value per column of the table
 */
public record Row(String id, String outlet, LocalDate date, String story, String label, FeatureVector values) {
    public Row {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("row id is required");
        }
        if (values == null) {
            throw new IllegalArgumentException("row " + id + ": values are required");
        }
        outlet = blankToNull(outlet);
        story = blankToNull(story);
        label = blankToNull(label);
    }

    /** A copy with another label. */
    public Row withLabel(String newLabel) {
        return new Row(id, outlet, date, story, newLabel, values);
    }

    /** A copy with another story. */
    public Row withStory(String newStory) {
        return new Row(id, outlet, date, newStory, label, values);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
