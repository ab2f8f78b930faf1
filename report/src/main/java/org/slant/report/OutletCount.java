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
    public OutletCount {
        Checks.required(outlet, "outlet name");
        Checks.required(group, "group of a count for " + outlet);
        Checks.count(count, "count of " + outlet + "/" + group);
    }
}
