package org.slant.report;

/**
 * A count of one thing in one outlet's articles, under one or two labels: sources by affiliation and
 * role, report verbs by stance, naming variants by concept and variant, blurbs by kind.
 *
 * @param outlet outlet name
 * @param group first label: affiliation, stance, concept or blurb kind
 * @param item second label: role, verb, variant or example; may be null
 * @param count how many
 */
public record OutletCount(String outlet, String group, String item, long count) {
    /**
     * Validates the count.
     *
     * @param outlet outlet name; not null or blank
     * @param group first label; not null or blank
     * @param item second label; may be null
     * @param count how many; 0 or more
     * @throws IllegalArgumentException if {@code outlet} or {@code group} is null or blank, or
     *     {@code count} is negative
     */
    public OutletCount {
        Checks.required(outlet, "outlet name");
        Checks.required(group, "group of a count for " + outlet);
        Checks.count(count, "count of " + outlet + "/" + group);
    }
}
