package org.slant.ingest.internal.html;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.slant.ingest.BlockKind;
import org.slant.ingest.RemovalReason;
import org.slant.ingest.RemovedBlock;
import org.slant.ingest.internal.Dates;

/**
 * Finds the article body in a parsed page.
 *
 * <p>Three linear passes. (1) Raw text sizes per element, so boilerplate removal never throws away
 * most of a page. (2) A filtering walk that skips boilerplate subtrees (navigation, scripts, share and
 * comment widgets, hidden elements...) and cuts the rest into text blocks at block-level element
 * boundaries, keeping per-element text and link sizes. (3) Readability-style scoring: each paragraph
 * scores its ancestors by length and commas, damped by distance; the best container (times one minus
 * its link density) wins, is widened to an ancestor when several strong candidates share it, and is
 * joined by siblings that look like more of the same and by a link-free lead the page sets apart
 * before it. The blocks inside the winners, less link-dense lists, date lines and repeated text, are
 * the body.
 */
public final class BodyExtractor {

    /** One extracted block with its kind. */
    public record Piece(BlockKind kind, String text) {}

    /** The body and what was removed on the way. */
    public record Body(List<Piece> pieces, List<RemovedBlock> removed, double topScore) {}

    private static final Set<String> SKIP_TAGS = Set.of("script", "style", "noscript", "template", "svg", "canvas",
            "iframe", "object", "embed", "button", "input", "select", "textarea", "option", "head", "title", "meta",
            "link", "dialog", "video", "audio", "map", "math", "img", "picture", "source", "datalist", "output",
            // ruby annotations (furigana, pinyin) are pronunciation guides printed over the text, not text
            "rt", "rp");
    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body", "center",
            "dd", "details", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
            "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
            "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "caption", "legend", "html", "menu");
    /** Tags that are paragraphs themselves: they score their parent, not themselves. */
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dd", "dt",
            "pre", "figcaption", "caption", "blockquote", "td", "th", "summary", "legend", "address");
    private static final int MIN_SCORED_CHARS = 25;
    /** Characters of prose (long runs outside links) that no widget, teaser list or share box holds. */
    private static final int ARTICLE_PROSE_CHARS = 2000;
    /** Bodies shorter than this are extracted a second time with relaxed cleaning. */
    private static final int RETRY_BELOW_CHARS = 500;
    /** The labels sites print over ad slots, in the languages of the news Slant reads. */
    private static final Set<String> AD_LABELS = Set.of("advertisement", "advert", "ad", "ads", "sponsored",
            "anzeige", "werbung", "publicité", "publicite", "publicidad", "pubblicità", "publicidade", "reklama",
            "advertentie", "annonce", "mainos", "reklame");
    /** Class names that frameworks and sites use for display:none. */
    private static final Set<String> HIDDEN_CLASSES = Set.of("hidden", "hide", "is-hidden", "d-none", "invisible",
            "display-none", "u-hidden");
    /** Microdata properties whose elements repeat metadata rather than show text. */
    private static final Set<String> METADATA_PROPS = Set.of("headline", "author", "creator", "keywords",
            "mainentityofpage", "datepublished", "datecreated", "datemodified", "image", "publisher", "logo",
            "thumbnailurl", "url", "width", "height", "name", "alternativeheadline", "dateline", "uploaddate");

    /** Per-element sizes in the cleaned page. */
    static final class Stats {
        int chars;
        int linkChars;
        int links;
        int commas;
        double score;
        boolean candidate;

        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }
    }

    private static final class TextBlock {
        final Element owner;
        final String text;
        final int chars;
        final int linkChars;
        final BlockKind kind;
        final boolean headline;

        TextBlock(Element owner, String text, int chars, int linkChars, BlockKind kind, boolean headline) {
            this.owner = owner;
            this.text = text;
            this.chars = chars;
            this.linkChars = linkChars;
            this.kind = kind;
            this.headline = headline;
        }

        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }
    }

    private final Deadline deadline;
    /** Relaxed runs keep link-heavy boxes and trust class and id names only when they say comments or sharing. */
    private final boolean relaxed;
    private final Map<Element, int[]> raw = new IdentityHashMap<>();
    private final Map<Element, Stats> stats = new IdentityHashMap<>();
    private final List<TextBlock> blocks = new ArrayList<>();
    private final List<RemovedBlock> removed = new ArrayList<>();
    private final List<Element> markers = new ArrayList<>();
    private int bodyRawChars;
    private int bodyProseChars;

    private BodyExtractor(Deadline deadline, boolean relaxed) {
        this.deadline = deadline;
        this.relaxed = relaxed;
    }

    /** Extracts the body under {@code root} (normally the page's {@code <body>}). */
    public static Body extract(Element root, Deadline deadline) {
        unwrapArticleTemplates(root);
        Body strict = run(root, deadline, false);
        if (chars(strict) >= RETRY_BELOW_CHARS) {
            return strict;
        }
        // As Readability does: a short result often means the cleaning threw the article away (a
        // wrapper named like a sidebar, a list-like body). Try again trusting only tags and keep the
        // longer result.
        Body relaxed = run(root, deadline, true);
        return chars(relaxed) > 2 * chars(strict) ? relaxed : strict;
    }

    /**
     * Some blog engines ship the post as an inert HTML template inside the article-body element and
     * render it with script; the template is then the only copy of the text, so it is read as markup.
     * Templates with placeholders are code, not content, and stay scripts.
     */
    private static void unwrapArticleTemplates(Element root) {
        for (Element script : root.select("[itemprop=articleBody] script[type~=(?i)^text/(x-)?template$]")) {
            String data = script.data();
            if (data.contains("{{") || data.contains("<%") || data.contains("${")) {
                continue;
            }
            Element div = new Element("div");
            div.html(data);
            script.replaceWith(div);
        }
    }

    private static Body run(Element root, Deadline deadline, boolean relaxed) {
        BodyExtractor x = new BodyExtractor(deadline, relaxed);
        x.measureRaw(root);
        x.segment(root);
        return x.select(root);
    }

    private static int chars(Body b) {
        int n = 0;
        for (Piece p : b.pieces()) {
            n += p.text().length();
        }
        return n;
    }

    // ---- pass 1: raw sizes -------------------------------------------------------------------------

    /**
     * raw[0] = non-space characters of text, raw[1] = 1 when the subtree holds an article marker,
     * raw[2] = characters of prose: text runs of 80 or more characters outside links, raw[3] = links.
     */
    private void measureRaw(Element root) {
        NodeTraversor.traverse(new org.jsoup.select.NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                deadline.tick();
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    int[] r = raw.computeIfAbsent(e, k -> new int[4]);
                    if (isMarker(e)) {
                        markers.add(e);
                    }
                    if (e.normalName().equals("a") && e.hasAttr("href")) {
                        r[3]++;
                    }
                    Element parent = e.parent();
                    if (parent != null && e != root) {
                        int[] p = raw.computeIfAbsent(parent, k -> new int[4]);
                        p[0] += r[0];
                        p[2] += r[2];
                        p[3] += r[3];
                    }
                } else if (node instanceof TextNode t && node.parent() instanceof Element p) {
                    int[] r = raw.computeIfAbsent(p, k -> new int[4]);
                    int n = nonSpace(t.getWholeText());
                    r[0] += n;
                    if (n >= 80 && !p.normalName().equals("a")) {
                        r[2] += n;
                    }
                }
            }
        }, root);
        int[] all = raw.getOrDefault(root, new int[4]);
        bodyRawChars = Math.max(1, all[0]);
        bodyProseChars = Math.max(1, all[2]);
        // Only markers holding a good part of the page's prose protect their ancestors: teaser lists
        // in sidebars are <article>s too.
        for (Element m : markers) {
            int[] r = raw.get(m);
            if (r[2] >= 0.25 * bodyProseChars || r[2] >= 2000) {
                for (Element p = m; p != null && raw.get(p)[1] == 0; p = p == root ? null : p.parent()) {
                    raw.get(p)[1] = 1;
                }
            }
        }
    }

    private static boolean isMarker(Element e) {
        String tag = e.normalName();
        return tag.equals("article") || tag.equals("main") || "articleBody".equalsIgnoreCase(e.attr("itemprop"));
    }

    private static int nonSpace(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '\u00a0') {
                n++;
            }
        }
        return n;
    }

    // ---- pass 2: clean and segment -----------------------------------------------------------------

    /** Why an element is left out with its subtree, or null to keep it. */
    private RemovalReason skipReason(Element e, Element root) {
        if (e == root) {
            return null;
        }
        String tag = e.normalName();
        if (SKIP_TAGS.contains(tag)) {
            return RemovalReason.WIDGET;
        }
        int[] r = raw.get(e);
        boolean marker = r != null && r[1] == 1;
        double share = r == null ? 0 : (double) r[0] / bodyRawChars;
        if (isHidden(e) && !marker) {
            return RemovalReason.BOILERPLATE;
        }
        double prose = r == null ? 0 : (double) r[2] / bodyProseChars;
        // Pages that put the whole article in an <aside> or <header> exist; the prose decides.
        boolean mostProse = prose >= 0.5 && r[2] >= 500;
        switch (tag) {
            case "nav", "menu" -> {
                return marker || mostProse ? null : RemovalReason.NAVIGATION;
            }
            case "footer" -> {
                return marker && share > 0.3 || mostProse ? null : RemovalReason.FOOTER;
            }
            case "aside" -> {
                return marker && share > 0.3 || mostProse ? null : RemovalReason.BOILERPLATE;
            }
            case "header" -> {
                // An article's own header holds its standfirst; the headline, byline and date in it are
                // taken out by their own tags and names.
                return marker || mostProse || insideArticle(e) ? null : RemovalReason.NAVIGATION;
            }
            case "form" -> {
                return marker || share > 0.5 ? null : RemovalReason.BOILERPLATE;
            }
            default -> { }
        }
        String role = e.attr("role");
        if (!role.isEmpty() && !marker) {
            switch (role.toLowerCase(Locale.ROOT)) {
                case "navigation", "menubar", "menu", "search" -> {
                    return RemovalReason.NAVIGATION;
                }
                case "contentinfo" -> {
                    return RemovalReason.FOOTER;
                }
                case "complementary", "dialog", "alert", "banner" -> {
                    return RemovalReason.BOILERPLATE;
                }
                default -> { }
            }
        }
        if (marker || tag.equals("body") || tag.equals("html") || tag.equals("a")) {
            return null;
        }
        String itemprop = e.attr("itemprop");
        if (!itemprop.isEmpty() && METADATA_PROPS.contains(itemprop.toLowerCase(Locale.ROOT)) && (r == null || r[2] == 0)) {
            return RemovalReason.METADATA;
        }
        RemovalReason reason = ClassNames.boilerplate(e.className(), e.id());
        if (relaxed && reason != RemovalReason.COMMENTS && reason != RemovalReason.SOCIAL) {
            reason = null;
        }
        // A teaser or promo box points elsewhere; one without a single link that holds a sentence or
        // more is the article's own lead ("teaser-text", "article-teaser").
        if (reason == RemovalReason.RELATED && r != null && r[3] == 0 && r[2] > 0) {
            return null;
        }
        // A name is weaker evidence than the text itself: a box holding most of the page's prose, or
        // more prose than any widget or teaser list carries, is the article whatever its class says,
        // unless the name says comments.
        if (reason != null && (reason == RemovalReason.COMMENTS
                || share < 0.5 && prose < 0.5 && (r == null || r[2] < ARTICLE_PROSE_CHARS))) {
            return reason;
        }
        return null;
    }

    private static boolean insideArticle(Element e) {
        return e.parent() != null && e.parent().closest("article") != null;
    }

    private static boolean isHidden(Element e) {
        if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))) {
            return true;
        }
        String cls = e.className();
        if (!cls.isEmpty()) {
            for (String c : cls.split("\\s+")) {
                if (HIDDEN_CLASSES.contains(c.toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    private void segment(Element root) {
        Segmenter seg = new Segmenter(root);
        NodeTraversor.filter(seg, root);
    }

    private final class Segmenter implements NodeFilter {
        private final Element root;
        private final List<Element> owners = new ArrayList<>();
        private final List<Stats> statStack = new ArrayList<>();
        private final StringBuilder buf = new StringBuilder();
        private int bufLinkChars;
        private int bufChars;
        private boolean lastSpace = true;
        private int anchors;
        private int quotes;
        private int figures;
        private int pres;

        Segmenter(Element root) {
            this.root = root;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            deadline.tick();
            if (node instanceof TextNode t) {
                append(t.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            RemovalReason reason = skipReason(e, root);
            if (reason != null) {
                if (!SKIP_TAGS.contains(e.normalName())) {
                    String text = e.text();
                    if (!text.isBlank()) {
                        removed.add(new RemovedBlock(reason, text.length() > 300 ? text.substring(0, 300) : text,
                                e.normalName()));
                    }
                }
                return FilterResult.SKIP_ENTIRELY;
            }
            String tag = e.normalName();
            Stats s = new Stats();
            stats.put(e, s);
            if (BLOCK_TAGS.contains(tag)) {
                flush();
                owners.add(e);
                statStack.add(s);
            }
            switch (tag) {
                case "a" -> {
                    anchors++;
                    if (!statStack.isEmpty()) {
                        statStack.get(statStack.size() - 1).links++;
                    }
                }
                case "br" -> {
                    if (pres > 0) {
                        buf.append('\n');
                    } else if (!lastSpace) {
                        buf.append(' ');
                        lastSpace = true;
                    }
                }
                case "blockquote", "q" -> quotes += tag.equals("blockquote") ? 1 : 0;
                case "figure" -> figures++;
                case "pre" -> pres++;
                default -> { }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            String tag = e.normalName();
            if (BLOCK_TAGS.contains(tag)) {
                flush();
                owners.remove(owners.size() - 1);
                Stats s = statStack.remove(statStack.size() - 1);
                if (!statStack.isEmpty()) {
                    Stats p = statStack.get(statStack.size() - 1);
                    p.chars += s.chars;
                    p.linkChars += s.linkChars;
                    p.links += s.links;
                    p.commas += s.commas;
                }
            }
            switch (tag) {
                case "a" -> anchors--;
                case "blockquote" -> quotes--;
                case "figure" -> figures--;
                case "pre" -> pres--;
                default -> { }
            }
            if (tag.equals("td") || tag.equals("th") || tag.equals("li")) {
                // cells and items are separate words even without spaces between the tags
                lastSpace = true;
            }
            return FilterResult.CONTINUE;
        }

        private void append(String s) {
            int before = buf.length();
            if (pres > 0) {
                buf.append(s);
            } else {
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\ufeff') {
                        continue;
                    }
                    if (Character.isWhitespace(c) || c == '\u00a0') {
                        if (!lastSpace) {
                            buf.append(' ');
                            lastSpace = true;
                        }
                    } else {
                        buf.append(c);
                        lastSpace = false;
                    }
                }
            }
            int added = buf.length() - before;
            bufChars += added;
            if (anchors > 0) {
                bufLinkChars += added;
            }
        }

        private void flush() {
            if (buf.length() == 0) {
                return;
            }
            // Composed form, so the same word is the same string whichever form the page used.
            String text = Normalizer.normalize(buf.toString(), Normalizer.Form.NFC).strip();
            int chars = bufChars;
            int linkChars = Math.min(bufLinkChars, chars);
            buf.setLength(0);
            bufChars = 0;
            bufLinkChars = 0;
            lastSpace = true;
            if (text.isEmpty() || owners.isEmpty()) {
                return;
            }
            Element owner = owners.get(owners.size() - 1);
            Stats s = statStack.get(statStack.size() - 1);
            s.chars += text.length();
            s.linkChars += Math.min(linkChars, text.length());
            s.commas += commas(text);
            String tag = owner.normalName();
            BlockKind kind;
            boolean headline = false;
            switch (tag) {
                case "h1" -> {
                    kind = BlockKind.SUBHEADING;
                    headline = true;
                }
                case "h2", "h3", "h4", "h5", "h6" -> kind = BlockKind.SUBHEADING;
                case "li", "dd", "dt" -> kind = BlockKind.LIST_ITEM;
                case "figcaption", "caption" -> kind = BlockKind.CAPTION;
                default -> kind = BlockKind.PARAGRAPH;
            }
            if (kind != BlockKind.SUBHEADING && quotes > 0) {
                kind = BlockKind.BLOCK_QUOTE;
            } else if (kind == BlockKind.PARAGRAPH && (figures > 0 || text.length() < 300 && namedCaption(owner))) {
                kind = BlockKind.CAPTION;
            }
            blocks.add(new TextBlock(owner, text, text.length(), Math.min(linkChars, text.length()), kind, headline));
        }
    }

    /** Image legends outside {@code <figure>}: the block or its near ancestors are named as captions or credits. */
    private static boolean namedCaption(Element owner) {
        Element e = owner;
        for (int i = 0; i < 3 && e != null; i++, e = e.parent()) {
            String names = e.className() + " " + e.id();
            if (names.length() > 1) {
                for (String t : ClassNames.tokens(names)) {
                    if (CAPTION_TOKENS.contains(t)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static final Set<String> CAPTION_TOKENS = Set.of("caption", "captions", "figcaption", "legend", "credit",
            "credits", "imagecaption", "photocaption", "bildunterschrift", "copyright", "photo", "foto", "bild", "img",
            "image", "picture", "pic");

    // ---- pass 3: score and select ------------------------------------------------------------------

    private Body select(Element root) {
        List<Element> candidates = new ArrayList<>();
        for (TextBlock b : blocks) {
            deadline.tick();
            if (b.chars < MIN_SCORED_CHARS || b.linkDensity() > 0.5 || b.headline) {
                continue;
            }
            double score = 1 + commas(b.text) + Math.min(b.chars / 100, 3);
            Element start = PARAGRAPH_TAGS.contains(b.owner.normalName()) ? b.owner.parent() : b.owner;
            Element e = start;
            for (int level = 0; e != null && level < 5; level++) {
                Stats s = stats.get(e);
                if (s == null) {
                    break;
                }
                if (!s.candidate) {
                    s.candidate = true;
                    s.score = initialScore(e);
                    candidates.add(e);
                }
                s.score += score / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
                if (e == root) {
                    break;
                }
                e = e.parent();
            }
        }
        Element top = null;
        double topScore = 0;
        List<Element> best = new ArrayList<>(5);
        for (Element c : candidates) {
            Stats s = stats.get(c);
            s.score *= 1 - s.linkDensity();
            insertTop(best, c);
            if (top == null || s.score > topScore) {
                top = c;
                topScore = s.score;
            }
        }
        if (top == null) {
            return new Body(List.of(), removed, 0);
        }
        top = widen(top, best, root);
        List<Element> chosen = withSiblings(top, root);
        chosen.addAll(leads(top, root));
        return new Body(output(chosen), removed, stats.get(top).score);
    }

    private void insertTop(List<Element> best, Element c) {
        double s = stats.get(c).score;
        int i = 0;
        while (i < best.size() && stats.get(best.get(i)).score >= s) {
            i++;
        }
        if (i < 5) {
            best.add(i, c);
            if (best.size() > 5) {
                best.remove(5);
            }
        }
    }

    private static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '\uff0c' || c == '\u3001' || c == '\u060c') {
                n++;
            }
        }
        return n;
    }

    private static double initialScore(Element e) {
        double score = switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return score + ClassNames.weight(e.className(), e.id());
    }

    /** Moves up to a common ancestor of several strong candidates, or to a better-scoring parent. */
    private Element widen(Element top, List<Element> best, Element root) {
        double topScore = stats.get(top).score;
        List<Element> alternatives = new ArrayList<>();
        for (Element c : best) {
            if (c != top && stats.get(c).score >= 0.75 * topScore) {
                alternatives.add(c);
            }
        }
        if (alternatives.size() >= 3) {
            for (Element p = top.parent(); p != null && p != root.parent(); p = p.parent()) {
                int containing = 0;
                for (Element a : alternatives) {
                    if (isAncestor(p, a)) {
                        containing++;
                    }
                }
                if (containing >= 3) {
                    top = p;
                    break;
                }
                if (p == root) {
                    break;
                }
            }
        }
        double lastScore = stats.get(top).score;
        Element parent = top.parent();
        while (parent != null && top != root) {
            Stats ps = stats.get(parent);
            if (ps == null) {
                break;
            }
            if (!ps.candidate) {
                if (parent == root) {
                    break;
                }
                parent = parent.parent();
                continue;
            }
            if (ps.score < lastScore / 3) {
                break;
            }
            if (ps.score > lastScore) {
                top = parent;
                break;
            }
            lastScore = ps.score;
            if (parent == root) {
                break;
            }
            parent = parent.parent();
        }
        while (top != root && top.parent() != null && stats.containsKey(top.parent())
                && visibleChildren(top.parent()) == 1) {
            top = top.parent();
        }
        return top;
    }

    private int visibleChildren(Element e) {
        int n = 0;
        for (Element c : e.children()) {
            if (stats.containsKey(c)) {
                n++;
            }
        }
        return n;
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The top candidate with those of its siblings that look like more of the article. */
    private List<Element> withSiblings(Element top, Element root) {
        List<Element> chosen = new ArrayList<>();
        Element parent = top.parent();
        if (top == root || parent == null) {
            chosen.add(top);
            return chosen;
        }
        Stats ts = stats.get(top);
        double threshold = Math.max(10, ts.score * 0.2);
        String topClass = top.className();
        for (Element sib : parent.children()) {
            Stats s = stats.get(sib);
            if (s == null) {
                continue;
            }
            if (sib == top) {
                chosen.add(sib);
                continue;
            }
            double bonus = !topClass.isEmpty() && topClass.equals(sib.className()) ? ts.score * 0.2 : 0;
            if (s.candidate && s.score + bonus >= threshold) {
                chosen.add(sib);
            } else if (PARAGRAPH_TAGS.contains(sib.normalName()) || sib.normalName().equals("div")) {
                double ld = s.linkDensity();
                if (s.chars > 80 && ld < 0.25) {
                    chosen.add(sib);
                } else if (s.chars > 0 && s.chars <= 80 && ld == 0 && endsSentence(sib.text())) {
                    chosen.add(sib);
                }
            }
        }
        return chosen;
    }

    private static final Set<String> LEAD_TOKENS = Set.of("lead", "lede", "intro", "teaser", "excerpt", "standfirst",
            "abstract", "summary", "dek", "subtitle", "subheadline", "subhead", "chapo", "sapo", "description");

    /**
     * The article's lead when the page sets it apart from the body container: a box named as a lead
     * or standfirst before the chosen container, under one of its nearest three ancestors, with no
     * links in it.
     */
    private List<Element> leads(Element top, Element root) {
        List<Element> out = new ArrayList<>();
        Element child = top;
        for (int level = 0; level < 3 && out.isEmpty() && child != root && child.parent() != null; level++) {
            Element parent = child.parent();
            for (Element sib : parent.children()) {
                if (sib == child) {
                    break;
                }
                collectLeads(sib, out, 0);
            }
            child = parent;
        }
        return out;
    }

    /** "leadMediaTitle", "teaser-image": the lead picture or video and its title, not the lead text. */
    private static final Set<String> NOT_LEAD_TOKENS = Set.of("media", "image", "img", "photo", "video", "picture",
            "title", "headline", "caption");

    private void collectLeads(Element e, List<Element> out, int depth) {
        deadline.tick();
        Stats s = stats.get(e);
        if (s == null || depth > 8) {
            return;
        }
        String names = e.className() + " " + e.id();
        if (names.length() > 1 && s.chars >= 40 && raw.get(e)[3] == 0) {
            boolean lead = false;
            for (String t : ClassNames.tokens(names)) {
                if (NOT_LEAD_TOKENS.contains(t)) {
                    lead = false;
                    break;
                }
                lead |= LEAD_TOKENS.contains(t);
            }
            if (lead) {
                out.add(e);
                return;
            }
        }
        for (Element c : e.children()) {
            collectLeads(c, out, depth + 1);
        }
    }

    private static boolean endsSentence(String s) {
        String t = s.strip();
        return !t.isEmpty() && ".!?。！？\"”".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    private List<Piece> output(List<Element> chosen) {
        Set<Element> roots = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        roots.addAll(chosen);
        Map<Element, Boolean> inside = new IdentityHashMap<>();
        Map<Element, Boolean> fishy = new IdentityHashMap<>();
        List<Piece> out = new ArrayList<>();
        Set<Long> shingles = new HashSet<>();
        for (TextBlock b : blocks) {
            deadline.tick();
            if (!within(b.owner, roots, inside)) {
                continue;
            }
            if (b.headline) {
                removed.add(new RemovedBlock(RemovalReason.METADATA, b.text, "headline"));
                continue;
            }
            if (b.chars <= 30 && AD_LABELS.contains(b.text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", ""))) {
                removed.add(new RemovedBlock(RemovalReason.WIDGET, b.text, "ad label"));
                continue;
            }
            if (b.linkDensity() > (b.chars < 80 ? 0.3 : 0.5) || inFishy(b.owner, roots, fishy)) {
                removed.add(new RemovedBlock(RemovalReason.RELATED, b.text, "links"));
                continue;
            }
            if (b.kind == BlockKind.PARAGRAPH && isDateLine(b.text)) {
                removed.add(new RemovedBlock(RemovalReason.METADATA, b.text, "date line"));
                continue;
            }
            boolean repeated = repeats(b.text, shingles);
            if (b.chars >= 200 && repeated) {
                removed.add(new RemovedBlock(RemovalReason.DUPLICATE, b.text, null));
                continue;
            }
            out.add(new Piece(b.kind, b.text));
        }
        // What follows the last sentence is page furniture when it is a few words that end no sentence:
        // "Read more:", "Contact", a heading with nothing under it.
        while (!out.isEmpty()) {
            Piece last = out.get(out.size() - 1);
            boolean shortLine = last.kind() == BlockKind.SUBHEADING
                    || last.kind() == BlockKind.PARAGRAPH && PageExtractor.countWords(last.text()) < 10
                    && !endsSentence(last.text());
            if (!shortLine) {
                break;
            }
            removed.add(new RemovedBlock(RemovalReason.BOILERPLATE, last.text(), "tail"));
            out.remove(out.size() - 1);
        }
        // Likewise before the first sentence: kickers, datelines, "Advertisement".
        while (out.size() > 1) {
            Piece first = out.get(0);
            boolean shortLine = first.kind() == BlockKind.PARAGRAPH && PageExtractor.countWords(first.text()) < 6
                    && !endsSentence(first.text());
            if (!shortLine) {
                break;
            }
            removed.add(new RemovedBlock(RemovalReason.BOILERPLATE, first.text(), "head"));
            out.remove(0);
        }
        return out;
    }

    private static final Pattern CLOCK = Pattern.compile(
            "\\b\\d{1,2}[:.h]\\d{2}(?:\\s*[ap]\\.?\\s?m\\b\\.?)?", Pattern.CASE_INSENSITIVE);

    /**
     * A line that is only a date, with perhaps a clock time and a word or two ("Updated: Nov. 20, 2019
     * 1:35 a.m."): the article's timestamp, which belongs in its metadata, not its text.
     */
    static boolean isDateLine(String text) {
        if (text.length() > 100) {
            return false;
        }
        String rest = text;
        boolean found = false;
        for (int i = 0; i < 3; i++) {
            Dates.Found f = Dates.find(rest);
            if (f == null) {
                break;
            }
            found = true;
            rest = rest.substring(0, f.start()) + " " + rest.substring(f.end());
        }
        if (!found) {
            return false;
        }
        return PageExtractor.countWords(CLOCK.matcher(rest).replaceAll(" ")) <= 2;
    }

    /**
     * True when most of a long block's word 8-grams were already emitted: pages that repeat the whole
     * article as one flat block (microdata copies, print versions) would otherwise double it.
     */
    private static boolean repeats(String text, Set<Long> shingles) {
        List<Long> own = new ArrayList<>();
        long[] window = new long[8];
        int words = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            long h = 1125899906842597L;
            int start = i;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                h = 31 * h + text.charAt(i);
                i++;
            }
            if (i == start) {
                break;
            }
            window[words % 8] = h;
            words++;
            if (words >= 8) {
                long g = 0;
                for (int k = 0; k < 8; k++) {
                    g = g * 1000003L + window[(words + k) % 8];
                }
                own.add(g);
            }
        }
        if (own.isEmpty()) {
            return false;
        }
        int seen = 0;
        for (Long g : own) {
            if (shingles.contains(g)) {
                seen++;
            }
        }
        if (seen >= 0.6 * own.size()) {
            return true;
        }
        shingles.addAll(own);
        return false;
    }

    /** Lists and tables: their items are short by nature, so a few links do not make them navigation. */
    private static boolean isList(Element e) {
        String tag = e.normalName();
        return tag.equals("ul") || tag.equals("ol") || tag.equals("dl") || tag.equals("table") || tag.equals("tbody")
                || tag.equals("tr");
    }

    private boolean within(Element owner, Set<Element> roots, Map<Element, Boolean> cache) {
        Boolean known = cache.get(owner);
        if (known != null) {
            return known;
        }
        boolean result = false;
        for (Element p = owner; p != null; p = p.parent()) {
            if (roots.contains(p)) {
                result = true;
                break;
            }
            Boolean k = cache.get(p);
            if (k != null) {
                result = k;
                break;
            }
        }
        cache.put(owner, result);
        return result;
    }

    /** True when a list or box between the block and the chosen container is mostly links. */
    private boolean inFishy(Element owner, Set<Element> roots, Map<Element, Boolean> cache) {
        for (Element p = owner; p != null && !roots.contains(p); p = p.parent()) {
            Boolean k = cache.get(p);
            if (k == null) {
                Stats s = stats.get(p);
                // Readability's conditional cleaning: a box of few sentences whose text is largely links
                // is a list of other pages, unless its name says it is content.
                k = !relaxed && s != null && !PARAGRAPH_TAGS.contains(p.normalName()) && s.links >= 2 && s.commas < 10
                        && (s.linkDensity() > 0.5
                        || s.linkDensity() > 0.2 && !isList(p) && ClassNames.weight(p.className(), p.id()) < 25);
                cache.put(p, k);
            }
            if (k) {
                return true;
            }
        }
        return false;
    }
}
