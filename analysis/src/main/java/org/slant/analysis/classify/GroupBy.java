package org.slant.analysis.classify;

import org.slant.analysis.table.Row;

/** What keeps rows together in grouped cross-validation: all rows of one group land in the same fold. */
public enum GroupBy {
    /** No grouping: plain k-fold over rows. */
    NONE,
    /** By outlet, so every test fold holds only outlets unseen in training. */
    OUTLET,
    /** By story (same-event group). */
    STORY,
    /** By article: the row id up to its first {@code #} (sentence rows are {@code article#n}). */
    ARTICLE;

    /**
     * Gives the key that decides a row's group.
     *
     * @param r the row
     * @return the row id for {@link #NONE}, the outlet or story (null when the row has none), or the id up
     *     to its first {@code #} for {@link #ARTICLE}
     */
    public String key(Row r) {
        return switch (this) {
            case NONE -> r.id();
            case OUTLET -> r.outlet();
            case STORY -> r.story();
            case ARTICLE -> {
                int hash = r.id().indexOf('#');
                yield hash > 0 ? r.id().substring(0, hash) : r.id();
            }
        };
    }
}
