package org.slant.ingest.internal.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slant.ingest.PublishedTime;
import org.slant.ingest.internal.Dates;

/**
 * What a page says about itself: JSON-LD ({@code NewsArticle} and kin), OpenGraph, {@code article:*},
 * Dublin Core and Parse.ly meta tags, microdata, {@code <time>}, and the visible byline. The order of
 * preference follows Mozilla Readability, so results agree with the reader views people know.
 *
 * @param headline the headline; empty when the page has no title at all
 * @param bylines authors in page order
 * @param published publication time, or null
 * @param siteName the outlet's name, or null
 * @param section the outlet's section, or null
 * @param tags topic tags in page order
 * @param language BCP 47 tag from the page, or null
 * @param url canonical URL, or null
 * @param description summary from the page's metadata, or null
 * @param articleBody the JSON-LD {@code articleBody}, or null
 * @param isArticle true when the metadata says the page is an article (JSON-LD type or {@code og:type})
 */
public record PageMetadata(String headline, List<String> bylines, PublishedTime published, String siteName,
        String section, List<String> tags, String language, String url, String description, String articleBody,
        boolean isArticle) {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Pattern ARTICLE_TYPE = Pattern.compile(
            "Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle"
                    + "|BlogPosting|DiscussionForumPosting|LiveBlogPosting|OpinionNewsArticle|ReportageNewsArticle"
                    + "|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle"
                    + "|SocialMediaPosting|TechArticle|WebPage|Blog|PodcastEpisode|VideoObject");
    private static final Pattern NEWS_TYPE = Pattern.compile(".*(Article|BlogPosting|Report|Posting)$");
    private static final Pattern PROPERTY = Pattern.compile(
            "\\s*(article|dc|dcterm|og|twitter)\\s*:\\s*(author|creator|description|published_time|title|site_name|section|tag|type|url|locale)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile(
            "^\\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(article|webpage))\\s*[-.:]\\s*)?(author|creator|pub-date|description|title|site_name|tags|keywords|news_keywords)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SEPARATORS = Pattern.compile(" [|\\-\\\\/>»] ");
    private static final Pattern HIERARCHICAL = Pattern.compile(" [\\\\/>»] ");
    private static final Pattern BYLINE_NAMES = Pattern.compile("byline|author|dateline|writtenby|p-author",
            Pattern.CASE_INSENSITIVE);

    public PageMetadata {
        headline = headline == null ? "" : headline;
        bylines = List.copyOf(bylines);
        tags = List.copyOf(tags);
    }

    /** Reads the metadata of a parsed page. Never throws on bad markup or bad JSON-LD. */
    public static PageMetadata read(Document doc, Deadline deadline) {
        JsonLd ld = JsonLd.read(doc);
        Map<String, String> values = new HashMap<>();
        List<String> metaTags = new ArrayList<>();
        for (Element m : doc.getElementsByTag("meta")) {
            deadline.tick();
            String content = m.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            String property = m.attr("property");
            boolean matched = false;
            if (!property.isEmpty()) {
                var pm = PROPERTY.matcher(property);
                while (pm.find()) {
                    String key = (pm.group(1) + ":" + pm.group(2)).toLowerCase(Locale.ROOT).replaceAll("\\s", "");
                    if (key.equals("article:tag")) {
                        metaTags.add(content);
                    } else {
                        // the last tag wins, as in Readability
                        values.put(key, content);
                    }
                    matched = true;
                }
            }
            String name = m.attr("name");
            if (!matched && !name.isEmpty() && NAME.matcher(name).matches()) {
                String key = name.toLowerCase(Locale.ROOT).replaceAll("\\s", "").replace('.', ':');
                values.put(key, content);
            }
            if (!name.isEmpty()) {
                values.putIfAbsent("name:" + name.toLowerCase(Locale.ROOT), content);
            }
            String itemprop = m.attr("itemprop");
            if (!itemprop.isEmpty()) {
                values.putIfAbsent("itemprop:" + itemprop.toLowerCase(Locale.ROOT), content);
            }
            String httpEquiv = m.attr("http-equiv");
            if (httpEquiv.equalsIgnoreCase("content-language")) {
                values.putIfAbsent("content-language", content);
            }
        }
        String headline = first(ld.title, values.get("dc:title"), values.get("dcterm:title"), values.get("og:title"),
                values.get("weibo:article:title"), values.get("weibo:webpage:title"), values.get("title"),
                values.get("twitter:title"), values.get("parsely-title"));
        if (headline == null) {
            headline = articleTitle(doc);
        }
        String byline = first(ld.byline, values.get("dc:creator"), values.get("dcterm:creator"), values.get("author"),
                values.get("parsely-author"));
        if (byline == null) {
            String article = values.get("article:author");
            if (article != null && !article.startsWith("http")) {
                byline = article;
            }
        }
        if (byline == null) {
            byline = visibleByline(doc, deadline);
        }
        List<String> bylines = new ArrayList<>();
        if (byline != null) {
            bylines.add(clean(byline));
        }
        PublishedTime published = date(first(ld.datePublished, values.get("article:published_time"),
                values.get("parsely-pub-date")));
        if (published == null) {
            published = date(first(articleMicrodataDate(doc, deadline), values.get("itemprop:datepublished"),
                    values.get("name:pubdate"),
                    values.get("name:publishdate"), values.get("name:publish-date"), values.get("name:date"),
                    values.get("name:dc.date.issued"), values.get("name:dc.date"), values.get("name:sailthru.date"),
                    values.get("og:published_time")));
        }
        if (published == null) {
            Element time = doc.selectFirst("[itemprop=datePublished][datetime], [itemprop=datePublished][content], "
                    + "article time[datetime], time[pubdate][datetime]");
            if (time != null) {
                published = date(time.hasAttr("datetime") ? time.attr("datetime") : time.attr("content"));
            }
        }
        String siteName = first(ld.siteName, values.get("og:site_name"));
        Set<String> tags = new LinkedHashSet<>(metaTags);
        String keywords = first(values.get("news_keywords"), ld.keywords);
        if (tags.isEmpty() && keywords != null) {
            for (String k : keywords.split("[,;]")) {
                if (!k.isBlank()) {
                    tags.add(k.strip());
                }
            }
        }
        String lang = first(doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang"),
                values.get("content-language"), ld.language);
        String url = null;
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        if (canonical != null) {
            url = canonical.absUrl("href");
            if (url.isEmpty()) {
                url = canonical.attr("href");
            }
        }
        url = first(url, values.get("og:url"), ld.url);
        String description = first(ld.description, values.get("dc:description"), values.get("dcterm:description"),
                values.get("og:description"), values.get("weibo:article:description"),
                values.get("weibo:webpage:description"), values.get("description"), values.get("twitter:description"));
        boolean isArticle = ld.isArticle || "article".equalsIgnoreCase(values.get("og:type"));
        return new PageMetadata(clean(headline), bylines, published, clean(siteName),
                clean(first(ld.section, values.get("article:section"))), List.copyOf(tags),
                lang == null ? null : lang.strip(), url, clean(description), ld.articleBody, isArticle);
    }

    /**
     * The microdata {@code datePublished} that belongs to an article-typed item. Pages also give dates to
     * the videos, teasers and comments around the article, and those often come first in the markup.
     */
    private static String articleMicrodataDate(Document doc, Deadline deadline) {
        for (Element e : doc.getElementsByAttribute("itemprop")) {
            deadline.tick();
            if (!e.attr("itemprop").strip().equalsIgnoreCase("datePublished")) {
                continue;
            }
            String value = e.hasAttr("datetime") ? e.attr("datetime") : e.attr("content");
            if (value.isBlank()) {
                continue;
            }
            Element scope = e.parent();
            while (scope != null && !scope.hasAttr("itemscope")) {
                scope = scope.parent();
            }
            if (scope != null && isArticleType(scope.attr("itemtype"))) {
                return value;
            }
        }
        return null;
    }

    private static boolean isArticleType(String itemtype) {
        for (String t : itemtype.strip().split("\\s+")) {
            String name = t.substring(t.lastIndexOf('/') + 1);
            if (NEWS_TYPE.matcher(name).matches()) {
                return true;
            }
        }
        return false;
    }

    private static PublishedTime date(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Dates.parse(value);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = org.jsoup.parser.Parser.unescapeEntities(s, false).replaceAll("[\\s\\u00a0]+", " ").strip();
        return t.isEmpty() ? null : t;
    }

    /** The first visible element that names the author, as Readability finds it. */
    private static String visibleByline(Document doc, Deadline deadline) {
        Element body = doc.body();
        if (body == null) {
            return null;
        }
        for (Element e : body.getAllElements()) {
            deadline.tick();
            if (e.attributesSize() == 0) {
                continue;
            }
            String rel = e.attr("rel");
            String itemprop = e.attr("itemprop");
            String names = e.className() + " " + e.id();
            if (!(rel.equals("author") || itemprop.contains("author") || names.length() > 1 && BYLINE_NAMES.matcher(names).find())) {
                continue;
            }
            if (hiddenOrScript(e)) {
                continue;
            }
            // A name marked up inside the byline is cleaner than the whole line ("By X, 3 hours ago").
            Element nameNode = e.selectFirst("[itemprop~=name]");
            String text = (nameNode != null ? nameNode : e).text().strip();
            if (!text.isEmpty() && text.length() < 100 && text.indexOf('|') < 0) {
                String name = cutDate(text);
                if (!name.isEmpty()) {
                    return name;
                }
            }
        }
        return null;
    }

    private static final Pattern BYLINE_TAIL = Pattern.compile(
            "\\s(?:•|·|\\||—|–)\\s|\\b\\d{1,2}:\\d{2}\\b|\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b"
                    + "|\\b(?:last\\s+)?(?:updated|published|posted on)\\b", Pattern.CASE_INSENSITIVE);

    /** A visible byline without the date and time that often share its line. */
    static String cutDate(String text) {
        int cut = text.length();
        var m = BYLINE_TAIL.matcher(text);
        if (m.find()) {
            cut = m.start();
        }
        Dates.Found d = Dates.find(text);
        if (d != null && d.start() < cut) {
            cut = d.start();
        }
        return text.substring(0, cut).replaceAll("[\\s,;:|•·—–-]+$", "").strip();
    }

    private static boolean hiddenOrScript(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            String tag = p.normalName();
            if (tag.equals("script") || tag.equals("style") || tag.equals("noscript") || tag.equals("head")
                    || p.hasAttr("hidden") || "true".equalsIgnoreCase(p.attr("aria-hidden"))) {
                return true;
            }
            String style = p.attr("style");
            if (!style.isEmpty()) {
                String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
                if (s.contains("display:none") || s.contains("visibility:hidden")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The title from {@code <title>}, with the site name cut off as Readability cuts it. */
    static String articleTitle(Document doc) {
        String orig = doc.title().strip();
        String cur = orig;
        boolean hierarchical = false;
        if (SEPARATORS.matcher(cur).find()) {
            hierarchical = HIERARCHICAL.matcher(cur).find();
            cur = orig.replaceAll("(.*)[|\\-\\\\/>»] .*", "$1");
            if (words(cur) < 3) {
                cur = orig.replaceAll("[^|\\-\\\\/>»]*[|\\-\\\\/>»](.*)", "$1");
            }
        } else if (cur.contains(": ")) {
            boolean match = false;
            for (Element h : doc.select("h1, h2")) {
                if (h.text().strip().equals(cur)) {
                    match = true;
                    break;
                }
            }
            if (!match) {
                cur = orig.substring(orig.lastIndexOf(':') + 1);
                if (words(cur) < 3) {
                    cur = orig.substring(orig.indexOf(':') + 1);
                } else if (words(orig.substring(0, orig.indexOf(':'))) > 5) {
                    cur = orig;
                }
            }
        } else if (cur.length() > 150 || cur.length() < 15) {
            var h1 = doc.getElementsByTag("h1");
            if (h1.size() == 1) {
                cur = h1.get(0).text();
            }
        }
        cur = cur.strip().replaceAll("\\s{2,}", " ");
        int n = words(cur);
        if (n <= 4 && (!hierarchical || n != words(orig.replaceAll("[|\\-\\\\/>»]+", "")) - 1)) {
            cur = orig;
        }
        return cur;
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 1 : t.split("\\s+").length;
    }

    /** The first article-typed JSON-LD object of a page. */
    private record JsonLd(String title, String byline, String datePublished, String siteName, String section,
            String keywords, String language, String url, String description, String articleBody,
            boolean isArticle) {

        static final JsonLd NONE = new JsonLd(null, null, null, null, null, null, null, null, null, null, false);

        static JsonLd read(Document doc) {
            for (Element script : doc.select("script[type=application/ld+json]")) {
                String json = script.data().strip();
                if (json.startsWith("<![CDATA[")) {
                    json = json.substring(9, Math.max(9, json.lastIndexOf("]]>")));
                }
                JsonNode root;
                try {
                    root = JSON.readTree(json);
                } catch (IOException e) {
                    continue;
                }
                JsonNode article = findArticle(root, 0);
                if (article != null) {
                    return of(article, doc);
                }
            }
            return NONE;
        }

        private static JsonNode findArticle(JsonNode node, int depth) {
            if (node == null || depth > 4) {
                return null;
            }
            if (node.isArray()) {
                for (JsonNode n : node) {
                    JsonNode f = findArticle(n, depth + 1);
                    if (f != null) {
                        return f;
                    }
                }
                return null;
            }
            if (!node.isObject()) {
                return null;
            }
            JsonNode type = node.get("@type");
            if (type != null) {
                for (JsonNode t : type.isArray() ? type : List.of(type)) {
                    if (ARTICLE_TYPE.matcher(t.asText()).matches() && !t.asText().equals("WebPage")) {
                        return node;
                    }
                }
            }
            JsonNode graph = node.get("@graph");
            if (graph != null) {
                return findArticle(graph, depth + 1);
            }
            return null;
        }

        private static JsonLd of(JsonNode a, Document doc) {
            String name = text(a.get("name"));
            String headline = text(a.get("headline"));
            String title = headline != null ? headline : name;
            if (name != null && headline != null && !name.equals(headline)) {
                // Readability keeps the one closer to the document's own title.
                String docTitle = articleTitle(doc);
                title = similarity(name, docTitle) > similarity(headline, docTitle) ? name : headline;
            }
            String byline = null;
            JsonNode author = a.get("author");
            if (author != null) {
                List<String> names = new ArrayList<>();
                for (JsonNode au : author.isArray() ? author : List.of(author)) {
                    String n = au.isTextual() ? au.asText() : text(au.get("name"));
                    if (n != null && !n.isBlank()) {
                        names.add(n.strip());
                    }
                }
                if (!names.isEmpty()) {
                    byline = String.join(", ", names);
                }
            }
            JsonNode publisher = a.get("publisher");
            String site = publisher == null ? null : publisher.isTextual() ? publisher.asText() : text(publisher.get("name"));
            JsonNode type = a.get("@type");
            boolean news = false;
            if (type != null) {
                for (JsonNode t : type.isArray() ? type : List.of(type)) {
                    news |= NEWS_TYPE.matcher(t.asText()).matches();
                }
            }
            return new JsonLd(title, byline, text(a.get("datePublished")), site, text(a.get("articleSection")),
                    text(a.get("keywords")), text(a.get("inLanguage")), text(a.get("url")), text(a.get("description")),
                    text(a.get("articleBody")), news);
        }

        private static String text(JsonNode n) {
            if (n == null || n.isNull()) {
                return null;
            }
            if (n.isArray()) {
                List<String> parts = new ArrayList<>();
                for (JsonNode x : n) {
                    String t = text(x);
                    if (t != null) {
                        parts.add(t);
                    }
                }
                return parts.isEmpty() ? null : String.join(", ", parts);
            }
            if (n.isObject()) {
                return text(n.has("name") ? n.get("name") : n.get("@value"));
            }
            String s = n.asText().strip();
            return s.isEmpty() ? null : s;
        }

        /** Share of the words of {@code b} that also occur in {@code a}. */
        private static double similarity(String a, String b) {
            Set<String> ta = new java.util.HashSet<>(List.of(a.toLowerCase(Locale.ROOT).split("\\W+")));
            String[] tb = b.toLowerCase(Locale.ROOT).split("\\W+");
            if (tb.length == 0) {
                return 0;
            }
            int common = 0;
            for (String t : tb) {
                if (ta.contains(t)) {
                    common++;
                }
            }
            return (double) common / tb.length;
        }
    }
}
