package org.slant.ingest.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slant.ingest.Article;
import org.slant.ingest.BlockKind;
import org.slant.ingest.Credit;
import org.slant.ingest.CreditKind;
import org.slant.ingest.IngestResult;
import org.slant.ingest.Outlet;
import org.slant.ingest.PublishedTime;
import org.slant.ingest.RejectReason;
import org.slant.ingest.RemovalReason;
import org.slant.ingest.RemovedBlock;

/**
 * Parses plain-text page dumps (a browser's "save as text", a scraper's text output, lynx dumps) into
 * articles.
 *
 * <p>The page is cut into units: single lines, or the lines of a hard-wrapped paragraph joined. The
 * article body is the run of prose paragraphs, with the short headings between them, that holds the
 * most running text. Everything is placed relative to it: the headline and the meta lines (byline,
 * date, credits, standfirst) just above it; navigation, tickers and the page clock further up; tags,
 * outlet boxes, related lists and the footer below it. Every unit ends up in exactly one place: a block,
 * a field, or the removed list with its reason. No rule names a site.
 */
public final class TextDumpParser {
    private TextDumpParser() {}

    /** Fewer words of running text than this is not an article. */
    static final int MIN_BODY_WORDS = 25;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:(?:[•·▪◦●○■□►▸‣⁃*+]|-(?=\\s))\\s*)+");
    private static final Pattern SHARE = Pattern.compile(
            "(?i)(\\bsharing button|^share\\b|\\bshare (on|via|this)|\\bfollow us|\\btweet|^e-?mail$|\\b(whatsapp|facebook|twitter|instagram|youtube"
                    + "|telegram|linkedin|pinterest|reddit|tiktok)\\b|\\be-?mail this|\\bcopy link)");
    private static final Pattern TICKER_LABEL = Pattern.compile(
            "(?i)^(breaking( news)?|just in|latest( news)?|live( updates)?|news ?ticker|developing( story)?|flash)\\s*:?$");
    private static final Pattern RELATED_HEADER = Pattern.compile(
            "(?i)^(most (read|popular|viewed|shared)( news| stories| articles| posts| videos)?|read next|read more|related( (articles|stories|news|posts|content|coverage))?"
                    + "|more (from|on|in|stories|news)\\b.*|recommended( for you)?|you (may|might) (also )?like.*|also read"
                    + "|see also|top stories|trending( now)?|popular( now)?|editor'?s picks|latest (stories|articles)"
                    + "|coverage|in other news|more stories|what to read next)\\s*:?$");
    private static final Pattern INLINE_RELATED = Pattern.compile(
            "(?i)^(read more|also read|read also|related|see also|recommended|more)\\s*[:|>»-]");
    private static final Pattern FOOTER_MARK = Pattern.compile(
            "(?i)(all rights reserved|©|\\(c\\) \\d{4}|copyright\\b|^privacy( policy)?$|\\bprivacy policy\\b|\\bterms (of|and) (use|service)"
                    + "|^cookie (policy|settings)$|^contact us$|^about us$|^imprint$|^impressum$)");
    private static final Pattern COMMENTS_HEADER = Pattern.compile(
            "(?i)^((\\d+ )?comments?( \\(\\d+\\))?|leave a (reply|comment)|join the (conversation|discussion)"
                    + "|(show|view|load) comments|reader comments|what do you think\\??)\\s*:?$");
    private static final Pattern NEWSLETTER = Pattern.compile("(?i)\\b(newsletter|sign up|subscribe)\\b");
    private static final Pattern COOKIE = Pattern.compile("(?i)\\bcookies?\\b.{0,80}\\b(use|accept|consent|experience|policy)\\b|\\b(we|this site) uses? cookies\\b");
    private static final Pattern TAGS_LINE = Pattern.compile("(?i)^(tags|topics|keywords|filed under|related topics)\\s*:\\s*(.+)$");
    private static final Pattern LYNX_REF = Pattern.compile("\\[\\d+\\](?=\\p{L})");
    private static final Pattern ROLE_WORDS = Pattern.compile(
            "(?i)\\b(editor|correspondent|reporter|staff|writer|bureau|chief|desk|contributor|columnist|analyst|producer)\\b");
    private static final Pattern BY_NAME = Pattern.compile("\\b[Bb]y\\s+(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,3})");
    private static final Pattern WIDGET = Pattern.compile(
            "(?i)^(listen( to (this )?(article|story))?|print( this)?|\\d+\\s*min(ute)?s?\\s*read|reading time.*|advertisement"
                    + "|advertising|sponsored( content)?|loading\\.*|share( this( article| story| page)?)?|save( article)?"
                    + "|close|menu|search|skip to (main )?content|subscribe( now)?|accept( all)?( cookies)?|reject( all)?|got it|ok"
                    + "|sign (in|up)|log ?in|register|play|pause|watch( video)?|video|photo|image|gallery|zoom|back to top"
                    + "|scroll (down|to top)|font size|a\\+?|a-|text size|toggle navigation|open menu|download( the)? app"
                    + "|android|ios|app store|google play|x|×|✕)\\s*:?$");
    private static final Pattern BYLINE = Pattern.compile(
            "(?i)^(?:by|written by|words by|author:|reporter:|von)\\s+(\\p{Lu}.{1,80}?)\\s*$");
    private static final Pattern HANDLE = Pattern.compile("(?<![\\w.])@([A-Za-z0-9_]{2,30})\\b");
    private static final Pattern WIRE_CREDIT = Pattern.compile(
            "(?i)^(?:source|sources|agency|agencies|via|credit|with inputs from|inputs from)\\s*:\\s*(.{2,60}?)\\.?$");
    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "(?i)\\s*[(\\[]?\\b(?:photo(?:graph)?s?(?: courtesy)?|image(?: courtesy)?|picture|pic|credit|courtesy|file photo)"
                    + "\\s*(?::|by|-|–)\\s*([^()\\[\\]]{2,60}?)[)\\]]?\\s*$");
    private static final Pattern AGENCY_TAIL = Pattern.compile(
            "\\s*\\((AP|AFP|Reuters|EPA|Getty Images|Getty|Xinhua|TASS|Sputnik|Anadolu|ANI|PTI|IANS|UPI|DPA|dpa|Bloomberg"
                    + "|[\\p{Lu}][\\p{L}.' -]{1,40}/[\\p{Lu}][\\p{L}.' -]{1,40})\\)\\s*$");
    private static final Pattern CAPTION_START = Pattern.compile(
            "(?i)^(a |an |the )?(file (image|photo|picture)|photo|image|picture|screenshot|illustration)s?\\b( of| shows)?");
    private static final Pattern DATELINE_WIRE = Pattern.compile(
            "^[\\p{Lu}][\\p{Lu} .,'-]{1,40}\\s*\\((AP|AFP|Reuters|IANS|PTI|ANI|UPI|Xinhua|TASS|dpa|DPA|Bloomberg|IBNS)\\)\\s*[-—–:]");
    private static final Pattern CONTRIBUTED = Pattern.compile(
            "(?i)^\\(?(?:(?:additional )?reporting by (.+?)(?:[;,] *(?:writing|editing) by .*)?|(\\p{Lu}[\\p{L}. ]{1,40}?) contributed"
                    + " to this (?:report|story|article))\\.?\\)?$");
    private static final Pattern WIRE_AGENCY = Pattern.compile(
            "(?i)^(AP|AFP|Reuters|Associated Press|Agence France-Presse|Bloomberg|Xinhua|TASS|Sputnik|Anadolu|ANI|PTI|IANS|UPI|dpa|EFE|ANSA|Kyodo|Yonhap)$");
    private static final Pattern APPEAL = Pattern.compile(
            "(?i)\\b(support(s|ing)? (our|us|independent|quality|objective|unbiased)|donat(e|ion)|contribut(e|ion)|subscri(be|ption)"
                    + "|become a (member|subscriber|supporter)|reader-?funded|our journalism|sign up for|newsletter"
                    + "|independent (journalism|media)|paywall)\\b");
    private static final Pattern OUTLET_VOICE = Pattern.compile("(?i)\\b(we|our|us|ours|you|your)\\b");
    private static final Pattern SELF_DESCRIPTION = Pattern.compile(
            "^(\\p{Lu}[\\p{L}\\p{N}&.'’ -]{1,40}?) is an? (.{0,60}?)\\b(channel|newspaper|news(paper)?|media|agency|outlet"
                    + "|website|publication|broadcaster|network|magazine|portal|service)\\b");
    private static final Pattern COPYRIGHT_NAME = Pattern.compile(
            "(?i)(?:©|\\(c\\)|copyright)\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*,?\\s*(\\p{Lu}[\\p{L}\\p{N}&.' -]{1,40}?)"
                    + "(?:[.,]|\\s+all rights|$)");

    /** One line, or the joined lines of a hard-wrapped paragraph. */
    private static final class Unit {
        final int index;
        final int segment;
        final String text;
        final boolean bullet;
        final int indent;
        final int words;
        final boolean endsSentence;
        Place place;
        /** Parts of this unit removed beside its place, e.g. a caption's credit. */
        RemovedBlock alsoRemoved;

        Unit(int index, int segment, String text, boolean bullet, int indent) {
            this.index = index;
            this.segment = segment;
            this.text = text;
            this.bullet = bullet;
            this.indent = indent;
            this.words = countWords(text);
            this.endsSentence = endsSentence(text);
        }

        boolean prose() {
            return (words >= 10 && endsSentence) || words >= 20;
        }

        boolean titleish() {
            return words >= 2 && words <= 20 && !text.endsWith(".") && !text.endsWith(",") && !text.endsWith(":")
                    && Character.isUpperCase(text.codePointAt(0)) || words >= 2 && words <= 20 && Character.isDigit(text.charAt(0));
        }
    }

    /** Where a unit went. Exactly one of kind, field or reason is set. */
    private record Place(BlockKind kind, String field, RemovalReason reason, String detail) {
        static Place block(BlockKind kind) {
            return new Place(kind, null, null, null);
        }

        static Place field(String field) {
            return new Place(null, field, RemovalReason.METADATA, field);
        }

        static Place removed(RemovalReason reason, String detail) {
            return new Place(null, null, reason, detail);
        }
    }

    /** A maximal group of consecutive non-blank lines. */
    private record Segment(int first, int last) {
        int size() {
            return last - first + 1;
        }
    }

    /**
     * Parses one page dump.
     *
     * @return the article, or a {@link RejectReason#EMPTY} / {@link RejectReason#NO_ARTICLE} rejection
     */
    public static IngestResult parse(String page, String id, String origin) {
        String normalised = page.replace("\r\n", "\n").replace('\r', '\n');
        if (normalised.isBlank()) {
            return IngestResult.rejected(origin, 0, RejectReason.EMPTY, "page holds no text");
        }
        List<Unit> units = new ArrayList<>();
        List<Segment> segments = new ArrayList<>();
        cut(normalised, units, segments);
        return new Parse(units, segments, id, origin).run();
    }

    private static void cut(String page, List<Unit> units, List<Segment> segments) {
        String[] lines = page.split("\n", -1);
        List<String> group = new ArrayList<>();
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            if (!line.isBlank()) {
                group.add(line);
                continue;
            }
            if (group.isEmpty()) {
                continue;
            }
            int segment = segments.size();
            int first = units.size();
            if (isWrappedParagraph(group)) {
                StringBuilder sb = new StringBuilder();
                for (String g : group) {
                    String t = clean(g);
                    if (sb.length() > 0 && sb.charAt(sb.length() - 1) == '-' && !t.isEmpty()
                            && Character.isLowerCase(t.charAt(0))) {
                        sb.setLength(sb.length() - 1);
                    } else if (sb.length() > 0) {
                        sb.append(' ');
                    }
                    sb.append(t);
                }
                units.add(new Unit(units.size(), segment, sb.toString(), false, indentOf(group.get(0))));
            } else {
                for (String g : group) {
                    Matcher b = BULLET.matcher(g);
                    boolean bullet = b.find();
                    String t = clean(bullet ? g.substring(b.end()) : g);
                    if (!t.isEmpty()) {
                        units.add(new Unit(units.size(), segment, t, bullet, indentOf(g)));
                    }
                }
            }
            if (units.size() > first) {
                segments.add(new Segment(first, units.size() - 1));
            }
            group.clear();
        }
    }

    /** Lines of one paragraph broken at a fixed width: long, similar lengths, mostly no sentence end. */
    private static boolean isWrappedParagraph(List<String> lines) {
        if (lines.size() < 2) {
            return false;
        }
        int max = 0;
        for (String l : lines) {
            if (BULLET.matcher(l).find()) {
                return false;
            }
            max = Math.max(max, l.strip().length());
        }
        if (max < 45 || max > 100) {
            return false;
        }
        int unended = 0;
        int lowerStarts = 0;
        for (int i = 0; i < lines.size() - 1; i++) {
            String t = lines.get(i).strip();
            if (t.length() < max * 0.6) {
                return false;
            }
            if (!endsSentence(t)) {
                unended++;
            }
            String next = lines.get(i + 1).strip();
            if (!next.isEmpty() && !Character.isUpperCase(next.codePointAt(0))) {
                lowerStarts++;
            }
        }
        // A sentence carried over a line break mostly continues in lower case; stacked titles do not.
        return unended * 2 >= lines.size() - 1 && lowerStarts * 2 >= lines.size() - 1;
    }

    private static String clean(String raw) {
        String line = LYNX_REF.matcher(raw).replaceAll("");
        StringBuilder sb = new StringBuilder(line.length());
        boolean space = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u00AD' || c == '\u200B') {
                if (c == '\u00AD' || c == '\u200B') {
                    continue;
                }
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static int indentOf(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    static int countWords(String text) {
        Matcher m = WORD.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    static boolean endsSentence(String text) {
        int i = text.length() - 1;
        while (i >= 0 && "\"'”’»)]".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?…".indexOf(text.charAt(i)) >= 0;
    }

    /** "JAMES CARTER" becomes "James Carter"; mixed case is left as written. */
    static String titleCaseIfShouting(String text) {
        if (!text.equals(text.toUpperCase(Locale.ROOT)) || text.chars().noneMatch(Character::isLetter)) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        boolean start = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c) && c != '\'' && c != '’';
        }
        return sb.toString();
    }

    static String normaliseForCompare(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** One parse of one page: holds the units and the decisions made so far. */
    private static final class Parse {
        private final List<Unit> units;
        private final List<Segment> segments;
        private final String id;
        private final String origin;
        private String outletName;
        private String headline = "";
        private String standfirst;
        private final List<String> bylines = new ArrayList<>();
        private PublishedTime published;
        private final List<Credit> credits = new ArrayList<>();
        private final List<String> tags = new ArrayList<>();
        private final List<String> captionText = new ArrayList<>();

        Parse(List<Unit> units, List<Segment> segments, String id, String origin) {
            this.units = units;
            this.segments = segments;
            this.id = id;
            this.origin = origin;
        }

        IngestResult run() {
            outletName = findOutlet();
            int[] body = findBody();
            if (body == null) {
                return IngestResult.rejected(origin, 0, RejectReason.NO_ARTICLE,
                        "no run of at least " + MIN_BODY_WORDS + " words of paragraph text");
            }
            int bodyFirst = segments.get(body[0]).first();
            int bodyLast = segments.get(body[1]).last();
            int headlineIndex = findHeadline(bodyFirst);
            placeMeta(headlineIndex, bodyFirst);
            placeHeader(headlineIndex < 0 ? bodyFirst : headlineIndex);
            placeBody(bodyFirst, bodyLast);
            placeAfter(bodyLast + 1);
            return IngestResult.accepted(build());
        }

        // ---- outlet -------------------------------------------------------------------------------

        /** The outlet as the page names itself: masthead repeated in the footer, a handle, a copyright. */
        private String findOutlet() {
            int n = units.size();
            for (int i = 0; i < Math.min(6, n); i++) {
                Unit u = units.get(i);
                if (u.words >= 1 && u.words <= 5 && !u.bullet && Dates.find(u.text) == null
                        && !WIDGET.matcher(u.text).matches() && !SHARE.matcher(u.text).find()) {
                    String key = normaliseForCompare(u.text);
                    for (int j = Math.max(i + 1, n - 25); j < n; j++) {
                        if (normaliseForCompare(units.get(j).text).equals(key)) {
                            return u.text;
                        }
                    }
                }
            }
            for (Unit u : units) {
                Matcher m = COPYRIGHT_NAME.matcher(u.text);
                if (m.find() && countWords(m.group(1)) <= 5 && !m.group(1).toLowerCase(Locale.ROOT).startsWith("all rights")) {
                    return m.group(1).strip();
                }
            }
            for (Unit u : units) {
                if (u.words <= 12 && (u.text.startsWith("|") || u.text.contains(" | ") || Dates.find(u.text) != null)) {
                    Matcher m = HANDLE.matcher(u.text);
                    if (m.find()) {
                        return m.group(1);
                    }
                }
            }
            for (int i = Math.max(0, n - 25); i < n; i++) {
                Matcher m = SELF_DESCRIPTION.matcher(units.get(i).text);
                if (m.find()) {
                    return m.group(1).strip();
                }
            }
            // Weakest: a masthead-like first line.
            if (n > 0) {
                Unit u = units.get(0);
                if (u.words >= 1 && u.words <= 5 && !u.bullet && Character.isUpperCase(u.text.codePointAt(0))
                        && !isMarker(u) && Dates.find(u.text) == null && !u.text.matches(".*[\\d|:].*")) {
                    return titleCaseIfShouting(u.text);
                }
            }
            return null;
        }

        // ---- body ---------------------------------------------------------------------------------

        private enum SegmentKind { PARA, SHORT, LIST, MARKER }

        private SegmentKind kindOf(Segment s) {
            if (s.size() == 1) {
                Unit u = units.get(s.first());
                if (isMarker(u)) {
                    return SegmentKind.MARKER;
                }
                return u.prose() && !u.bullet && !isCaption(u) ? SegmentKind.PARA : SegmentKind.SHORT;
            }
            return SegmentKind.LIST;
        }

        private boolean isMarker(Unit u) {
            String t = u.text;
            return TICKER_LABEL.matcher(t).matches() || RELATED_HEADER.matcher(t).matches()
                    || (FOOTER_MARK.matcher(t).find() && u.words <= 12) || WIDGET.matcher(t).matches()
                    || (SHARE.matcher(t).find() && u.words <= 8) || t.length() <= 2;
        }

        /** A list that reads as part of the article: bullets of running text, no page furniture. */
        private boolean isBodyList(Segment s) {
            int words = 0;
            for (int i = s.first(); i <= s.last(); i++) {
                Unit u = units.get(i);
                if (!u.bullet || isMarker(u) || isCaption(u)) {
                    return false;
                }
                words += u.words;
            }
            return words >= 5 * s.size();
        }

        /** The [first, last] segment range of the body: the run of paragraphs with the most text. */
        private int[] findBody() {
            int bestStart = -1;
            int bestEnd = -1;
            int bestWords = 0;
            int i = 0;
            while (i < segments.size()) {
                if (kindOf(segments.get(i)) != SegmentKind.PARA) {
                    i++;
                    continue;
                }
                int start = i;
                int lastPara = i;
                int words = 0;
                int shortRun = 0;
                int j = i;
                for (; j < segments.size(); j++) {
                    Segment s = segments.get(j);
                    SegmentKind k = kindOf(s);
                    if (k == SegmentKind.PARA) {
                        words += units.get(s.first()).words;
                        lastPara = j;
                        shortRun = 0;
                    } else if ((k == SegmentKind.SHORT || k == SegmentKind.MARKER) && shortRun < 2
                            && (isSubheadingLike(units.get(s.first())) || isInBodyFurniture(units.get(s.first())))) {
                        shortRun++;
                    } else if (k == SegmentKind.LIST && isBodyList(s)) {
                        shortRun = 0;
                    } else {
                        break;
                    }
                }
                if (words > bestWords) {
                    bestWords = words;
                    bestStart = start;
                    bestEnd = lastPara;
                }
                i = Math.max(j, i + 1);
            }
            if (bestWords < MIN_BODY_WORDS) {
                return null;
            }
            return new int[] {bestStart, bestEnd};
        }

        /** Page furniture that interrupts a body without ending it: ad slots, "Read more:" links. */
        private boolean isInBodyFurniture(Unit u) {
            return WIDGET.matcher(u.text).matches() || INLINE_RELATED.matcher(u.text).find();
        }

        private boolean isSubheadingLike(Unit u) {
            return !u.bullet && (u.words <= 15 || isCaption(u)) && !isMarker(u) && Dates.find(u.text) == null
                    && !INLINE_RELATED.matcher(u.text).find();
        }

        // ---- headline and meta --------------------------------------------------------------------

        private int findHeadline(int bodyFirst) {
            int floor = segments.get(Math.max(0, units.get(bodyFirst).segment - 8)).first();
            for (int i = bodyFirst - 1; i >= floor; i--) {
                Unit u = units.get(i);
                if (isMetaLine(u) || isMarker(u) || isCaption(u) || u.prose()) {
                    continue;
                }
                if (u.titleish() && u.words >= 4 && !u.text.equals(u.text.toUpperCase(Locale.ROOT))) {
                    // A headline stands alone, or heads its group of meta lines.
                    Segment s = segments.get(u.segment);
                    if (s.size() == 1 || s.first() == i) {
                        return i;
                    }
                }
            }
            return -1;
        }

        private boolean isMetaLine(Unit u) {
            return BYLINE.matcher(u.text).matches() || WIRE_CREDIT.matcher(u.text).matches()
                    || (Dates.find(u.text) != null && u.words <= 12) || (HANDLE.matcher(u.text).find() && u.words <= 12);
        }

        private void placeMeta(int headlineIndex, int bodyFirst) {
            if (headlineIndex >= 0) {
                Unit h = units.get(headlineIndex);
                headline = h.text;
                h.place = Place.field("headline");
            }
            int from = headlineIndex >= 0 ? headlineIndex + 1 : bodyFirst;
            for (int i = from; i < bodyFirst; i++) {
                Unit u = units.get(i);
                if (u.place != null) {
                    continue;
                }
                u.place = placeMetaUnit(u);
            }
            if (published == null && headlineIndex > 0) {
                // Some pages print the date above the headline: take the nearest date line there.
                int floor = segments.get(Math.max(0, units.get(headlineIndex).segment - 2)).first();
                for (int i = headlineIndex - 1; i >= floor && published == null; i--) {
                    Unit u = units.get(i);
                    Dates.Found f = Dates.find(u.text);
                    if (f != null && u.words <= 12 && i > 0) {
                        published = f.time();
                        u.place = Place.field("published");
                    }
                }
            }
        }

        private Place placeMetaUnit(Unit u) {
            String t = u.text;
            Matcher m = BYLINE.matcher(t);
            if (m.matches()) {
                addBylines(m.group(1));
                return Place.field("byline");
            }
            m = WIRE_CREDIT.matcher(t);
            if (m.matches()) {
                credits.add(new Credit(CreditKind.WIRE, t, m.group(1).strip()));
                return Place.field("credit");
            }
            if (t.contains("|") || HANDLE.matcher(t).find() || Dates.find(t) != null) {
                boolean used = false;
                for (String part : t.split("\\|")) {
                    String p = part.strip();
                    if (p.isEmpty()) {
                        continue;
                    }
                    Matcher h = HANDLE.matcher(p);
                    Dates.Found f = Dates.find(p);
                    if (f != null && published == null) {
                        published = f.time();
                        used = true;
                    } else if (h.find() && countWords(p) <= 3) {
                        bylines.add("@" + h.group(1));
                        used = true;
                    } else if (BYLINE.matcher(p).matches()) {
                        Matcher b = BYLINE.matcher(p);
                        b.matches();
                        addBylines(b.group(1));
                        used = true;
                    }
                    if (f != null) {
                        Matcher by = BY_NAME.matcher(p.substring(f.end()));
                        if (by.find()) {
                            addBylines(by.group(1));
                        }
                    }
                }
                if (used) {
                    return Place.field(Dates.find(t) != null ? "published" : "byline");
                }
            }
            if (isCaption(u)) {
                return captionPlace(u);
            }
            if (WIDGET.matcher(t).matches() || t.length() <= 2) {
                return Place.removed(RemovalReason.WIDGET, null);
            }
            if (SHARE.matcher(t).find() && u.words <= 8) {
                return Place.removed(RemovalReason.SOCIAL, null);
            }
            if (similarToHeadline(t)) {
                return Place.removed(RemovalReason.DUPLICATE, "headline");
            }
            if ((u.prose() || u.words >= 6) && standfirst == null && !u.bullet) {
                standfirst = t;
                return Place.field("standfirst");
            }
            if (u.prose()) {
                return Place.block(BlockKind.PARAGRAPH);
            }
            return Place.removed(RemovalReason.BOILERPLATE, null);
        }

        /** Names from a byline: split on "and", "&" and commas, role words dropped, capitals tamed. */
        private void addBylines(String names) {
            for (String name : names.split("\\s*(?:,|;|\\band\\b|&)\\s*")) {
                String n = name.strip();
                if (n.isEmpty() || ROLE_WORDS.matcher(n).find()) {
                    continue;
                }
                bylines.add(titleCaseIfShouting(n));
            }
        }

        private boolean similarToHeadline(String t) {
            if (headline.isEmpty()) {
                return false;
            }
            Set<String> a = new HashSet<>(List.of(normaliseForCompare(headline).split(" ")));
            Set<String> b = new HashSet<>(List.of(normaliseForCompare(t).split(" ")));
            Set<String> inter = new HashSet<>(a);
            inter.retainAll(b);
            Set<String> union = new HashSet<>(a);
            union.addAll(b);
            return !union.isEmpty() && inter.size() * 10 >= union.size() * 6;
        }

        // ---- captions and credits -----------------------------------------------------------------

        private boolean isCaption(Unit u) {
            String t = u.text;
            if (u.words < 3) {
                return false;
            }
            return AGENCY_TAIL.matcher(t).find() || PHOTO_CREDIT.matcher(t).find()
                    || (CAPTION_START.matcher(t).find() && u.words <= 40 && !u.prose() || CAPTION_START.matcher(t).lookingAt()
                    && t.toLowerCase(Locale.ROOT).matches("^(a |an )?file (image|photo|picture).*"));
        }

        /** A caption becomes a caption block, its credit a photo credit. */
        private Place captionPlace(Unit u) {
            u.alsoRemoved = null;
            String t = u.text;
            Matcher m = PHOTO_CREDIT.matcher(t);
            String creditText = null;
            String agency = null;
            int cut = t.length();
            if (m.find() && m.start() > 0) {
                creditText = t.substring(m.start()).strip();
                agency = m.group(1).strip();
                cut = m.start();
            } else {
                m = AGENCY_TAIL.matcher(t);
                if (m.find()) {
                    creditText = t.substring(m.start()).strip();
                    agency = m.group(1).strip();
                    cut = m.start();
                }
            }
            if (creditText != null) {
                credits.add(new Credit(CreditKind.PHOTO, creditText, agency));
                u.alsoRemoved = new RemovedBlock(RemovalReason.METADATA, creditText, "credit");
            }
            captionText.add(t.substring(0, cut).strip());
            return Place.block(BlockKind.CAPTION);
        }

        // ---- above the headline -------------------------------------------------------------------

        private void placeHeader(int end) {
            boolean inTicker = false;
            int tickerSegment = -1;
            for (int i = 0; i < end; i++) {
                Unit u = units.get(i);
                if (u.place != null) {
                    continue;
                }
                String t = u.text;
                if (u.segment != tickerSegment) {
                    inTicker = false;
                }
                if (inTicker && u.words < 4) {
                    inTicker = false;
                }
                if (TICKER_LABEL.matcher(t).matches() && !u.bullet) {
                    inTicker = true;
                    tickerSegment = u.segment;
                    u.place = Place.removed(RemovalReason.TICKER, "label");
                } else if (inTicker) {
                    u.place = Place.removed(RemovalReason.TICKER, null);
                } else if (isCaption(u)) {
                    u.place = captionPlace(u);
                } else if (SHARE.matcher(t).find() && u.words <= 8) {
                    u.place = Place.removed(RemovalReason.SOCIAL, null);
                } else if (COOKIE.matcher(t).find()) {
                    u.place = Place.removed(RemovalReason.WIDGET, "cookie notice");
                } else if (t.split(" \\| ").length >= 3) {
                    String[] parts = t.split(" \\| ");
                    boolean headlines = u.words >= 3 * parts.length;
                    u.place = headlines ? Place.removed(RemovalReason.TICKER, "headline list")
                            : Place.removed(RemovalReason.NAVIGATION, null);
                } else if (Dates.find(t) != null && u.words <= 12) {
                    u.place = Place.removed(RemovalReason.CLOCK, null);
                } else if (WIDGET.matcher(t).matches()) {
                    u.place = Place.removed(RemovalReason.WIDGET, null);
                } else if (u.words >= 6 && longItemsIn(segments.get(u.segment)) >= 2) {
                    u.place = Place.removed(RemovalReason.TICKER, "headline list");
                } else if (outletName != null && normaliseForCompare(t).equals(normaliseForCompare(outletName))) {
                    u.place = Place.removed(RemovalReason.NAVIGATION, "masthead");
                } else {
                    u.place = Place.removed(RemovalReason.NAVIGATION, null);
                }
            }
        }

        private int longItemsIn(Segment s) {
            int n = 0;
            for (int i = s.first(); i <= s.last(); i++) {
                if (units.get(i).words >= 6) {
                    n++;
                }
            }
            return n;
        }

        // ---- the body -----------------------------------------------------------------------------

        private void placeBody(int first, int last) {
            for (int i = first; i <= last; i++) {
                Unit u = units.get(i);
                String t = u.text;
                if (addContributionCredit(t)) {
                    u.place = Place.field("credit");
                    continue;
                }
                Matcher d = DATELINE_WIRE.matcher(t);
                if (d.find()) {
                    credits.add(new Credit(CreditKind.WIRE, d.group().strip(), d.group(1)));
                }
                if (u.bullet) {
                    u.place = Place.block(BlockKind.LIST_ITEM);
                } else if (INLINE_RELATED.matcher(t).find() && !u.prose()) {
                    u.place = Place.removed(RemovalReason.RELATED, null);
                } else if (isMarker(u)) {
                    u.place = Place.removed(WIDGET.matcher(t).matches() ? RemovalReason.WIDGET : RemovalReason.BOILERPLATE, null);
                } else if (isCaption(u) && !u.prose()) {
                    u.place = captionPlace(u);
                } else if (t.startsWith(">")) {
                    u.place = Place.block(BlockKind.BLOCK_QUOTE);
                } else if (u.prose()) {
                    u.place = Place.block(BlockKind.PARAGRAPH);
                } else {
                    u.place = Place.block(BlockKind.SUBHEADING);
                }
            }
            markTrailingAppeal(first, last);
        }

        /** "Reporting by X", "Reuters contributed to this report": a wire credit for agencies, else another credit. */
        private boolean addContributionCredit(String t) {
            Matcher c = CONTRIBUTED.matcher(t);
            if (!c.matches()) {
                return false;
            }
            String who = (c.group(1) != null ? c.group(1) : c.group(2)).strip();
            boolean wire = WIRE_AGENCY.matcher(who).matches();
            credits.add(new Credit(wire ? CreditKind.WIRE : CreditKind.OTHER, t, who));
            return true;
        }

        /** A box at the end of the body that speaks for the outlet to the reader is a blurb, not body. */
        private void markTrailingAppeal(int first, int last) {
            int start = -1;
            for (int i = last; i >= first; i--) {
                Unit u = units.get(i);
                if (u.place.kind() == null) {
                    continue;
                }
                String outside = withoutQuotes(u.text);
                boolean appeal = APPEAL.matcher(outside).find();
                boolean voice = OUTLET_VOICE.matcher(outside).find();
                if (appeal) {
                    start = i;
                } else if (!voice && u.place.kind() != BlockKind.SUBHEADING) {
                    break;
                }
            }
            if (start < 0) {
                return;
            }
            // Extend up to a heading directly above the first appeal.
            if (start > first && units.get(start - 1).place.kind() == BlockKind.SUBHEADING) {
                start--;
            }
            for (int i = start; i <= last; i++) {
                Unit u = units.get(i);
                if (u.place.kind() != null) {
                    u.place = Place.block(BlockKind.BLURB);
                }
            }
        }

        private static String withoutQuotes(String t) {
            return t.replaceAll("[\"“][^\"”]*[\"”]", " ");
        }

        // ---- below the body -----------------------------------------------------------------------

        private void placeAfter(int from) {
            int n = units.size();
            int footerStart = n;
            for (int i = from; i < n; i++) {
                Unit u = units.get(i);
                if (FOOTER_MARK.matcher(u.text).find() && u.words <= 12) {
                    footerStart = i;
                    break;
                }
            }
            // The footer often opens with the outlet's name and a line about itself.
            int floor = footerStart < n ? segments.get(Math.max(0, units.get(footerStart).segment - 2)).first() : n;
            for (int i = footerStart - 1; i >= Math.max(from, floor); i--) {
                if (mentionsOutlet(units.get(i).text) || SELF_DESCRIPTION.matcher(units.get(i).text).find()) {
                    footerStart = i;
                }
            }
            boolean related = false;
            boolean comments = false;
            boolean tagsOpen = true;
            Set<String> seen = new HashSet<>();
            for (Unit u : units) {
                if (u.place != null && u.place.reason() == null) {
                    seen.add(normaliseForCompare(u.text));
                }
            }
            seen.add(normaliseForCompare(headline));
            for (int i = from; i < n; i++) {
                Unit u = units.get(i);
                String t = u.text;
                if (i >= footerStart) {
                    u.place = Place.removed(RemovalReason.FOOTER, null);
                    continue;
                }
                if (COMMENTS_HEADER.matcher(t).matches()) {
                    comments = true;
                    related = false;
                } else if (RELATED_HEADER.matcher(t).matches()) {
                    related = true;
                    comments = false;
                }
                if (comments || (related && NEWSLETTER.matcher(t).find() && !RELATED_HEADER.matcher(t).matches())) {
                    u.place = Place.removed(RemovalReason.COMMENTS, comments ? null : "newsletter");
                    continue;
                }
                if (related) {
                    u.place = Place.removed(RemovalReason.RELATED, null);
                    continue;
                }
                Matcher tagLine = TAGS_LINE.matcher(t);
                if (tagLine.matches()) {
                    for (String tag : tagLine.group(2).split("\\s*[,|;]\\s*")) {
                        if (!tag.isBlank()) {
                            tags.add(tag.strip());
                        }
                    }
                    u.place = Place.field("tags");
                    continue;
                }
                if (tagsOpen && u.bullet && u.words <= 5 && !isMarker(u) && Dates.find(t) == null) {
                    tags.add(t);
                    u.place = Place.field("tags");
                    continue;
                }
                tagsOpen = false;
                String key = normaliseForCompare(t);
                if (seen.contains(key)) {
                    u.place = Place.removed(RemovalReason.DUPLICATE, null);
                } else if (SHARE.matcher(t).find() && u.words <= 8) {
                    u.place = Place.removed(RemovalReason.SOCIAL, null);
                } else if (WIDGET.matcher(t).matches() || t.length() <= 2) {
                    u.place = Place.removed(RemovalReason.WIDGET, null);
                } else if (addContributionCredit(t)) {
                    u.place = Place.field("credit");
                } else if (u.prose() || (u.titleish() && nextIsBoxText(i))
                        || (previousIsBlurb(i) && (APPEAL.matcher(t).find() || u.endsSentence && u.words >= 4))) {
                    u.place = Place.block(BlockKind.BLURB);
                } else {
                    u.place = Place.removed(RemovalReason.BOILERPLATE, null);
                }
                seen.add(key);
            }
        }

        private boolean previousIsBlurb(int i) {
            return i > 0 && units.get(i - 1).place != null && units.get(i - 1).place.kind() == BlockKind.BLURB;
        }

        /** Whether the units after i (skipping repeats of i) lead into running text: i heads a box. */
        private boolean nextIsBoxText(int i) {
            String key = normaliseForCompare(units.get(i).text);
            for (int j = i + 1; j < Math.min(units.size(), i + 3); j++) {
                Unit v = units.get(j);
                if (normaliseForCompare(v.text).equals(key)) {
                    continue;
                }
                return v.prose() && !RELATED_HEADER.matcher(v.text).matches();
            }
            return false;
        }

        private boolean mentionsOutlet(String t) {
            if (outletName == null) {
                return false;
            }
            String key = normaliseForCompare(outletName);
            String first = key.split(" ")[0];
            String text = normaliseForCompare(t);
            return text.equals(key) || (first.length() >= 3 && (" " + text + " ").contains(" " + first + " ")
                    && countWords(t) <= 15);
        }

        // ---- assembly -----------------------------------------------------------------------------

        private Article build() {
            Article.Builder b = Article.builder(id).origin(origin).headline(headline).standfirst(standfirst)
                    .outlet(outletName == null ? Outlet.UNKNOWN : Outlet.named(outletName)).published(published);
            bylines.stream().distinct().forEach(b::byline);
            credits.stream().distinct().forEach(b::credit);
            tags.forEach(b::tag);
            int caption = 0;
            StringBuilder kept = new StringBuilder();
            for (Unit u : units) {
                Place p = u.place;
                if (p.kind() != null) {
                    String text = p.kind() == BlockKind.CAPTION ? captionText.get(caption++) : u.text;
                    if (p.kind() == BlockKind.BLOCK_QUOTE) {
                        text = text.replaceFirst("^>\\s*", "");
                    }
                    b.block(p.kind(), text);
                    kept.append(text).append(' ');
                } else {
                    b.removed(new RemovedBlock(p.reason(), u.text, p.detail()));
                }
                if (u.alsoRemoved != null) {
                    b.removed(u.alsoRemoved);
                }
            }
            b.language(Languages.guess(kept.toString()));
            return b.build();
        }
    }
}
