package org.slant.ingest.internal.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slant.ingest.RemovalReason;

/**
 * Reads what a page's {@code class} and {@code id} names say about an element. Names are split into
 * word tokens (on punctuation and camelCase), so {@code relatedStories} and {@code related-stories}
 * both say "related" while {@code commentary} does not say "comment".
 */
final class ClassNames {
    private ClassNames() {}

    private static final Map<String, RemovalReason> EXACT = Map.ofEntries(
            Map.entry("nav", RemovalReason.NAVIGATION), Map.entry("navbar", RemovalReason.NAVIGATION),
            Map.entry("navigation", RemovalReason.NAVIGATION), Map.entry("menu", RemovalReason.NAVIGATION),
            Map.entry("menus", RemovalReason.NAVIGATION), Map.entry("pagination", RemovalReason.NAVIGATION),
            Map.entry("pager", RemovalReason.NAVIGATION), Map.entry("toolbar", RemovalReason.NAVIGATION),
            Map.entry("topbar", RemovalReason.NAVIGATION), Map.entry("skiplink", RemovalReason.NAVIGATION),
            Map.entry("masthead", RemovalReason.NAVIGATION), Map.entry("header", RemovalReason.NAVIGATION),
            Map.entry("ticker", RemovalReason.TICKER), Map.entry("carousel", RemovalReason.TICKER),
            Map.entry("cta", RemovalReason.WIDGET), Map.entry("bio", RemovalReason.METADATA),
            Map.entry("biography", RemovalReason.METADATA), Map.entry("donate", RemovalReason.WIDGET),
            Map.entry("donation", RemovalReason.WIDGET), Map.entry("membership", RemovalReason.WIDGET),
            Map.entry("contact", RemovalReason.FOOTER), Map.entry("paywall", RemovalReason.WIDGET),
            Map.entry("print", RemovalReason.WIDGET), Map.entry("disclaimer", RemovalReason.FOOTER),
            Map.entry("poll", RemovalReason.WIDGET), Map.entry("survey", RemovalReason.WIDGET),
            Map.entry("feedback", RemovalReason.COMMENTS), Map.entry("rating", RemovalReason.WIDGET),
            Map.entry("ratings", RemovalReason.WIDGET), Map.entry("toc", RemovalReason.NAVIGATION),
            Map.entry("postmetadata", RemovalReason.METADATA), Map.entry("sociable", RemovalReason.SOCIAL),
            Map.entry("license", RemovalReason.FOOTER),
            Map.entry("prev", RemovalReason.RELATED), Map.entry("previous", RemovalReason.RELATED),
            Map.entry("next", RemovalReason.RELATED), Map.entry("recent", RemovalReason.RELATED),
            Map.entry("gallery", RemovalReason.WIDGET), Map.entry("slideshow", RemovalReason.WIDGET),
            Map.entry("lightbox", RemovalReason.WIDGET), Map.entry("slider", RemovalReason.WIDGET),
            Map.entry("follow", RemovalReason.SOCIAL), Map.entry("addthis", RemovalReason.SOCIAL),
            Map.entry("sharethis", RemovalReason.SOCIAL), Map.entry("sns", RemovalReason.SOCIAL),
            Map.entry("recirc", RemovalReason.RELATED), Map.entry("mostread", RemovalReason.RELATED),
            Map.entry("readmore", RemovalReason.RELATED), Map.entry("readnext", RemovalReason.RELATED),
            Map.entry("promo", RemovalReason.RELATED), Map.entry("promos", RemovalReason.RELATED),
            Map.entry("promoted", RemovalReason.RELATED), Map.entry("upsell", RemovalReason.RELATED),
            Map.entry("teaser", RemovalReason.RELATED), Map.entry("teasers", RemovalReason.RELATED),
            Map.entry("popular", RemovalReason.RELATED), Map.entry("zergnet", RemovalReason.RELATED),
            Map.entry("respond", RemovalReason.COMMENTS), Map.entry("replies", RemovalReason.COMMENTS),
            Map.entry("ad", RemovalReason.WIDGET), Map.entry("ads", RemovalReason.WIDGET),
            Map.entry("adslot", RemovalReason.WIDGET), Map.entry("adunit", RemovalReason.WIDGET),
            Map.entry("dfp", RemovalReason.WIDGET), Map.entry("consent", RemovalReason.WIDGET),
            Map.entry("gdpr", RemovalReason.WIDGET), Map.entry("banner", RemovalReason.WIDGET),
            Map.entry("popup", RemovalReason.WIDGET), Map.entry("modal", RemovalReason.WIDGET),
            Map.entry("overlay", RemovalReason.WIDGET), Map.entry("byline", RemovalReason.METADATA),
            Map.entry("bylines", RemovalReason.METADATA), Map.entry("author", RemovalReason.METADATA),
            Map.entry("authors", RemovalReason.METADATA), Map.entry("dateline", RemovalReason.METADATA),
            Map.entry("timestamp", RemovalReason.METADATA), Map.entry("date", RemovalReason.METADATA),
            Map.entry("tags", RemovalReason.METADATA), Map.entry("tag", RemovalReason.METADATA),
            Map.entry("keywords", RemovalReason.METADATA), Map.entry("meta", RemovalReason.METADATA),
            Map.entry("footer", RemovalReason.FOOTER), Map.entry("copyright", RemovalReason.FOOTER),
            Map.entry("colophon", RemovalReason.FOOTER), Map.entry("sidebar", RemovalReason.BOILERPLATE),
            Map.entry("rail", RemovalReason.BOILERPLATE), Map.entry("breadcrumb", RemovalReason.NAVIGATION),
            Map.entry("breadcrumbs", RemovalReason.NAVIGATION));

    private static final String[][] PREFIXES = {
        {"share", "SOCIAL"}, {"sharing", "SOCIAL"}, {"social", "SOCIAL"},
        {"related", "RELATED"}, {"recommend", "RELATED"}, {"trending", "RELATED"}, {"outbrain", "RELATED"},
        {"taboola", "RELATED"},
        {"comment", "COMMENTS"}, {"disqus", "COMMENTS"}, {"newsletter", "COMMENTS"}, {"subscri", "COMMENTS"},
        {"signup", "COMMENTS"},
        {"cookie", "WIDGET"}, {"advert", "WIDGET"}, {"affiliate", "WIDGET"}, {"sponsor", "WIDGET"},
        {"widget", "WIDGET"},
        {"breadcrumb", "NAVIGATION"}, {"sidebar", "BOILERPLATE"},
    };

    private static final String[] POSITIVE = {"article", "content", "entry", "main", "post", "story", "body",
        "text", "blog", "prose"};
    private static final String[] NEGATIVE = {"comment", "footer", "sidebar", "share", "related", "promo",
        "sponsor", "widget", "banner", "meta", "tags", "masthead", "contact", "social", "nav", "menu"};

    /** Why an element with these names is boilerplate, or null when the names do not say. */
    static RemovalReason boilerplate(String className, String id) {
        RemovalReason r = boilerplate(className);
        return r != null ? r : boilerplate(id);
    }

    private static RemovalReason boilerplate(String names) {
        if (names == null || names.isEmpty()) {
            return null;
        }
        String lower = names.toLowerCase(Locale.ROOT);
        if (lower.contains("sr-only") || lower.contains("visually-hidden") || lower.contains("visuallyhidden")
                || lower.contains("screen-reader") || lower.contains("screenreader")) {
            return RemovalReason.BOILERPLATE;
        }
        List<String> tokens = tokens(names);
        RemovalReason found = null;
        boolean vetoable = false;
        for (String token : tokens) {
            RemovalReason r = EXACT.get(token);
            if (r == null && !token.equals("commentary") && !token.equals("shared")) {
                for (String[] p : PREFIXES) {
                    if (token.startsWith(p[0])) {
                        r = RemovalReason.valueOf(p[1]);
                        break;
                    }
                }
            }
            if (r != null) {
                found = r;
                vetoable = VETOABLE.contains(token) || token.startsWith("sidebar") || token.startsWith("widget");
                break;
            }
        }
        // "content-with-sidebar", "article-header", "main-ad-wrapper": a layout wrapper named after what
        // sits beside the content. Comments, sharing and related links stay boilerplate whatever else
        // the name says.
        if (vetoable) {
            for (String token : tokens) {
                if (CONTENT_TOKENS.contains(token)) {
                    return null;
                }
            }
        }
        return found;
    }

    private static final java.util.Set<String> VETOABLE = java.util.Set.of("header", "masthead", "sidebar", "rail",
            "ad", "ads", "banner", "pagination", "pager");
    private static final java.util.Set<String> CONTENT_TOKENS = java.util.Set.of("article", "content", "body", "main",
            "story", "post", "entry", "text", "wrapper", "wrp", "wrap", "container", "page", "layout");

    /** +25 for names that say "content", -25 for names that say "boilerplate", 0 otherwise. */
    static int weight(String className, String id) {
        String s = ((className == null ? "" : className) + " " + (id == null ? "" : id)).toLowerCase(Locale.ROOT);
        if (s.isBlank()) {
            return 0;
        }
        int w = 0;
        for (String n : NEGATIVE) {
            if (s.contains(n)) {
                w -= 25;
                break;
            }
        }
        for (String p : POSITIVE) {
            if (s.contains(p)) {
                w += 25;
                break;
            }
        }
        return w;
    }

    /** Lower-case word tokens of a class or id attribute. */
    static List<String> tokens(String names) {
        List<String> out = new ArrayList<>(4);
        StringBuilder cur = new StringBuilder();
        char prev = ' ';
        for (int i = 0; i < names.length(); i++) {
            char c = names.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (Character.isUpperCase(c) && Character.isLowerCase(prev) && cur.length() > 0) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
                cur.append(Character.toLowerCase(c));
            } else if (cur.length() > 0) {
                out.add(cur.toString());
                cur.setLength(0);
            }
            prev = c;
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }
}
