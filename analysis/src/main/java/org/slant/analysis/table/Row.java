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
    /**
     * Validates the row; a blank outlet, story or label becomes null.
     *
     * @param id unique within the table; not null or blank
     * @param outlet the publishing outlet, or null
     * @param date publication date, or null
     * @param story the story it belongs to, or null
     * @param label a research label, or null
     * @param values one value per column; not null
     * @throws IllegalArgumentException if {@code id} is null or blank, or {@code values} is null
     */
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

    /**
     * Relabels the row, e.g. with a predicted or a grouped label.
     *
     * @param newLabel the label; null or blank for none
     * @return a copy with {@code newLabel} and every other field unchanged
     */
    public Row withLabel(String newLabel) {
        return new Row(id, outlet, date, story, newLabel, values);
    }

    /**
     * Assigns the row to a story, e.g. after clustering.
     *
     * @param newStory the story; null or blank for none
     * @return a copy with {@code newStory} and every other field unchanged
     */
    public Row withStory(String newStory) {
        return new Row(id, outlet, date, newStory, label, values);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
