package org.slant.features.sourcing.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slant.features.sourcing.Actor;
import org.slant.features.sourcing.ActorRegistry;
import org.slant.features.sourcing.Attribution;
import org.slant.features.sourcing.AttributionType;
import org.slant.features.sourcing.RoleCategory;
import org.slant.features.sourcing.SourceKind;
import org.slant.features.sourcing.Span;
import org.slant.features.sourcing.Speaker;
import org.slant.features.text.Quote;
import org.slant.features.text.TextLayer;

/**
 * Turns raw attributions into {@link Attribution}s and {@link Speaker}s: classifies each source
 * expression (named person, organisation, anonymous description, pronoun), resolves pronouns to the most
 * recent compatible named mention, merges mentions of the same entity and assigns affiliation and role
 * category from the actor registry or from role words. Immutable and thread-safe.
 */
public final class SpeakerResolver {

    private static final int MALE = 1;
    private static final int FEMALE = 2;
    /** How far back (in characters) a pronoun looks for a named source before falling back to any name. */
    private static final int PRONOUN_REACH = 1500;

    private final Map<String, Actor> actors = new HashMap<>();

    /** A resolver over this registry. */
    public SpeakerResolver(ActorRegistry registry) {
        for (Actor a : registry.actors()) {
            actors.put(a.name().toLowerCase(Locale.ROOT), a);
            for (String alias : a.aliases()) {
                actors.put(alias.toLowerCase(Locale.ROOT), a);
            }
        }
    }

    /** The result of resolution. */
    public record Resolved(List<Attribution> attributions, List<Speaker> speakers) {
    }

    /** A named mention found in the text (a source or any capitalised person name). */
    private record Mention(int start, int end, String name, List<String> roles, SourceKind kind, int gender,
            Actor actor, String affiliationHint) {
    }

    /** Mutable speaker under construction. */
    private static final class Entity {
        final String id;
        String name;
        SourceKind kind;
        final List<String> roles = new ArrayList<>();
        String affiliation;
        RoleCategory category = RoleCategory.UNKNOWN;
        final List<Span> mentions = new ArrayList<>();
        int gender;

        Entity(String id, String name, SourceKind kind) {
            this.id = id;
            this.name = name;
            this.kind = kind;
        }

        Speaker toSpeaker() {
            return new Speaker(id, name, kind, roles, affiliation, category, mentions);
        }
    }

    /** Resolves raw attributions (sorted by content start) of a layer. */
    public Resolved resolve(TextLayer l, List<Found> found) {
        List<Mention> names = nameMentions(l);
        Map<String, Entity> byKey = new LinkedHashMap<>();
        List<Entity> order = new ArrayList<>();
        List<Attribution> out = new ArrayList<>(found.size());
        // sources in text order of the source expression, so pronouns see earlier names
        List<Found> bySource = new ArrayList<>(found);
        bySource.sort((x, y) -> Integer.compare(x.hasSource() ? x.srcStart : x.start(),
                y.hasSource() ? y.srcStart : y.start()));
        Map<Found, Entity> speakerOf = new HashMap<>();
        int ni = 0;
        List<Mention> recentPersons = new ArrayList<>();
        List<Entity> recentSources = new ArrayList<>();
        List<Integer> recentSourceAt = new ArrayList<>();
        Entity lastGroup = null;
        for (Found f : bySource) {
            if (!f.hasSource()) {
                continue;
            }
            while (ni < names.size() && names.get(ni).start() < f.srcStart) {
                Mention m = names.get(ni++);
                if (m.kind() == SourceKind.PERSON) {
                    recentPersons.add(m);
                }
            }
            Mention src = classify(l, f.srcStart, f.srcEnd);
            Entity e;
            if (src.kind() == SourceKind.PRONOUN) {
                String p = src.name().toLowerCase(Locale.ROOT);
                if (p.equals("they") || p.equals("we") || p.equals("it")) {
                    e = lastGroup;
                } else {
                    int want = p.equals("he") ? MALE : p.equals("she") ? FEMALE : 0;
                    // the most recent compatible named source nearby, else the most recent person named
                    e = null;
                    for (int i = recentSources.size() - 1; i >= 0 && i >= recentSources.size() - 6; i--) {
                        Entity cand = recentSources.get(i);
                        if (f.srcStart - recentSourceAt.get(i) > PRONOUN_REACH) {
                            break;
                        }
                        if (want == 0 || cand.gender == 0 || cand.gender == want) {
                            e = cand;
                            break;
                        }
                    }
                    if (e == null) {
                        Mention m = lastCompatible(recentPersons, want);
                        e = m == null ? null : entity(names, byKey, order, m);
                    }
                    if (e != null && e.gender == 0) {
                        e.gender = want;
                    }
                }
                if (e != null) {
                    e.mentions.add(new Span(f.srcStart, f.srcEnd));
                }
            } else {
                e = entity(names, byKey, order, src);
                e.mentions.add(new Span(f.srcStart, f.srcEnd));
                if (e.kind == SourceKind.PERSON) {
                    if (src.kind() == SourceKind.PERSON) {
                        recentPersons.add(src);
                    }
                    recentSources.add(e);
                    recentSourceAt.add(f.srcStart);
                } else {
                    lastGroup = e;
                }
            }
            if (e != null) {
                speakerOf.put(f, e);
            }
        }
        for (Found f : found) {
            Entity e = speakerOf.get(f);
            List<Span> content = new ArrayList<>(f.content.size());
            for (int[] c : f.content) {
                content.add(new Span(c[0], c[1]));
            }
            Span cue = f.cueStart >= 0 && f.cueEnd > f.cueStart ? new Span(f.cueStart, f.cueEnd) : null;
            Span source = f.hasSource() ? new Span(f.srcStart, f.srcEnd) : null;
            out.add(new Attribution(content, cue, source, type(l, f), e == null ? null : e.id, f.lemma));
        }
        List<Speaker> speakers = new ArrayList<>(order.size());
        for (Entity e : order) {
            speakers.add(e.toSpeaker());
        }
        return new Resolved(out, speakers);
    }

    private static Mention lastCompatible(List<Mention> persons, int gender) {
        for (int i = persons.size() - 1; i >= 0 && i >= persons.size() - 12; i--) {
            Mention m = persons.get(i);
            if (gender == 0 || m.gender() == 0 || m.gender() == gender) {
                return m;
            }
        }
        return null;
    }

    /**
     * The entity for a mention, created or merged; {@code names} are the text's name mentions, whose roles
     * ("Russian President Vladimir Putin") join the entity of the same surname.
     */
    private Entity entity(List<Mention> names, Map<String, Entity> byKey, List<Entity> order, Mention m) {
        String key = key(m);
        Entity e = byKey.get(key);
        if (e == null && m.kind() == SourceKind.ANONYMOUS && !m.roles().isEmpty()) {
            // "the US president": a role-only description of a named speaker met before
            List<String> want = words(m.roles().get(m.roles().size() - 1).toLowerCase(Locale.ROOT));
            for (int i = order.size() - 1; i >= 0 && e == null; i--) {
                Entity cand = order.get(i);
                if (cand.kind != SourceKind.PERSON || cand.roles.isEmpty()) {
                    continue;
                }
                java.util.Set<String> have = new java.util.HashSet<>(
                        words(String.join(" ", cand.roles).toLowerCase(Locale.ROOT)));
                boolean all = true;
                for (String w : want) {
                    all &= have.contains(w) || Words.DETERMINERS.contains(w);
                }
                if (all) {
                    e = cand;
                }
            }
            if (e == null) {
                // or of a person named earlier in the text with those role words ("Russian President Vladimir Putin")
                for (int i = names.size() - 1; i >= 0; i--) {
                    Mention n = names.get(i);
                    if (n.start() >= m.start() || n.roles().isEmpty()) {
                        continue;
                    }
                    java.util.Set<String> have = new java.util.HashSet<>(
                            words(String.join(" ", n.roles()).toLowerCase(Locale.ROOT)));
                    boolean all = true;
                    for (String w : want) {
                        all &= have.contains(w) || Words.DETERMINERS.contains(w);
                    }
                    if (all) {
                        return entity(names, byKey, order, n);
                    }
                }
            }
            if (e != null) {
                return e;
            }
        }
        if (e == null) {
            e = new Entity("s" + (order.size() + 1), m.name(), m.kind());
            byKey.put(key, e);
            order.add(e);
            if (m.kind() == SourceKind.PERSON) {
                String surname = lastWord(m.name().toLowerCase(Locale.ROOT));
                for (Mention n : names) {
                    if (lastWord(n.name().toLowerCase(Locale.ROOT)).equals(surname)) {
                        for (String r : n.roles()) {
                            if (!e.roles.contains(r)) {
                                e.roles.add(r);
                            }
                        }
                        if (n.name().length() > e.name.length()) {
                            e.name = n.name();
                        }
                    }
                }
            }
        }
        if (m.name().length() > e.name.length() && m.kind() == e.kind) {
            e.name = m.name();
        }
        for (String r : m.roles()) {
            if (!e.roles.contains(r)) {
                e.roles.add(r);
            }
        }
        if (e.gender == 0) {
            e.gender = m.gender();
        }
        if (m.actor() != null) {
            e.affiliation = m.actor().affiliation();
            e.category = m.actor().category();
            e.kind = m.actor().kind();
            e.name = m.actor().name();
        } else if (e.affiliation == null || e.category == RoleCategory.UNKNOWN) {
            if (e.affiliation == null && m.affiliationHint() != null) {
                e.affiliation = m.affiliationHint();
            }
            infer(e, m);
        }
        return e;
    }

    private static String key(Mention m) {
        if (m.actor() != null) {
            return "actor:" + m.actor().name().toLowerCase(Locale.ROOT);
        }
        String n = m.name().toLowerCase(Locale.ROOT);
        if (m.kind() == SourceKind.PERSON) {
            return "person:" + lastWord(n);
        }
        return m.kind().name() + ":" + n;
    }

    private static String lastWord(String s) {
        int i = s.lastIndexOf(' ');
        return i < 0 ? s : s.substring(i + 1);
    }

    /** Affiliation and category from role words: "Russian presidential aide", "US officials", "analysts". */
    private static void infer(Entity e, Mention m) {
        String country = null;
        boolean official = false;
        boolean expert = false;
        boolean media = false;
        boolean citizen = false;
        List<String> words = new ArrayList<>();
        for (String r : m.roles()) {
            for (String w : words(r.toLowerCase(Locale.ROOT))) {
                words.add(w);
            }
        }
        for (String w : words(m.name().toLowerCase(Locale.ROOT))) {
            words.add(w);
        }
        for (String w : words) {
            if (country == null && Words.COUNTRIES.containsKey(w)) {
                country = Words.COUNTRIES.get(w);
            }
            official |= Words.OFFICIAL_ROLES.contains(w);
            expert |= Words.EXPERT_ROLES.contains(w);
            media |= Words.MEDIA_ROLES.contains(w) || Words.AGENCIES.containsKey(w);
            citizen |= Words.CITIZEN_ROLES.contains(w);
        }
        if (official) {
            e.category = RoleCategory.OFFICIAL;
            if (e.affiliation == null && country != null) {
                e.affiliation = country + " government";
            }
        } else if (media) {
            e.category = RoleCategory.MEDIA;
            if (e.affiliation == null && m.kind() == SourceKind.ORGANISATION) {
                e.affiliation = m.name();
            }
        } else if (expert) {
            e.category = RoleCategory.EXPERT;
        } else if (citizen) {
            e.category = RoleCategory.CITIZEN;
        } else if (m.kind() == SourceKind.ANONYMOUS) {
            e.category = RoleCategory.ANONYMOUS;
        }
        if (e.affiliation == null && country != null && m.kind() == SourceKind.ANONYMOUS && official) {
            e.affiliation = country + " government";
        }
    }

    /** Classifies a source expression. */
    private Mention classify(TextLayer l, int start, int end) {
        int t0 = l.tokenAtOrAfter(start);
        int t1 = t0;
        while (t1 < l.tokenCount() && l.tokenEnd(t1) <= end) {
            t1++;
        }
        String text = l.text().substring(start, end);
        if (t1 - t0 == 1 && Words.PERSONAL_PRONOUNS.contains(l.tokenLower(t0))) {
            return new Mention(start, end, text, List.of(), SourceKind.PRONOUN, 0, null, null);
        }
        Actor whole = actors.get(stripDeterminer(text.toLowerCase(Locale.ROOT)));
        // the name: the last run of capitalised tokens before any comma (the head of the phrase)
        int runStart = -1;
        int runEnd = -1;
        int curStart = -1;
        for (int t = t0; t < t1; t++) {
            if (l.tokenIs(t, ",")) {
                if (runStart >= 0) {
                    break;
                }
                curStart = -1;
                continue;
            }
            boolean cap = l.isWord(t) && l.isCapitalized(t) && !(t == t0 && Words.DETERMINERS.contains(l.tokenLower(t)));
            if (cap) {
                if (curStart < 0) {
                    curStart = t;
                }
                runStart = curStart;
                runEnd = t + 1;
            } else if (!(l.tokenIs(t, ".") || l.tokenIs(t, "-")) || curStart < 0) {
                curStart = -1;
            }
        }
        boolean roleOnly = runStart >= 0;
        for (int t = runStart; roleOnly && t < runEnd; t++) {
            roleOnly = !l.isWord(t) || isTitle(l, t);
        }
        if (roleOnly) {
            runStart = -1; // "the US president": role words only
        }
        List<String> roles = new ArrayList<>();
        int gender = 0;
        for (int t = t0; t < t1; t++) {
            String w = l.tokenLower(t);
            if (Words.MALE_WORDS.contains(w)) {
                gender = MALE;
            } else if (Words.FEMALE_WORDS.contains(w)) {
                gender = FEMALE;
            }
        }
        if (runStart < 0) {
            // no capitalised name: an anonymous description or a role ("the US president")
            String desc = stripDeterminer(text.toLowerCase(Locale.ROOT)).strip();
            roles.add(desc);
            Actor a = whole != null ? whole : actors.get(desc);
            SourceKind kind = a != null ? a.kind() : SourceKind.ANONYMOUS;
            return new Mention(start, end, a != null ? a.name() : desc, roles, kind, gender, a, null);
        }
        // split leading titles ("US President", "Russian presidential aide") from the name
        int nameStart = runStart;
        while (nameStart < runEnd - 1 && isTitle(l, nameStart)) {
            nameStart++;
        }
        String name = stripPossessive(l.text().substring(l.tokenStart(nameStart), l.tokenEnd(runEnd - 1)));
        String lowerName = name.toLowerCase(Locale.ROOT);
        if (l.tokenStart(nameStart) > start) {
            String role = l.text().substring(start, l.tokenStart(nameStart)).strip();
            role = stripDeterminerKeepCase(role);
            if (!role.isEmpty()) {
                roles.add(role);
            }
        }
        boolean possessive = l.tokenLower(runEnd - 1).endsWith("\u2019s") || l.tokenLower(runEnd - 1).endsWith("'s");
        if (l.tokenEnd(runEnd - 1) < end && !possessive) { // "Trump's account": "account" is no role
            String after = trimCommas(l.text().substring(l.tokenEnd(runEnd - 1), end));
            if (!after.isEmpty() && after.length() < 60) {
                roles.add(stripDeterminerKeepCase(after));
            }
        }
        if (whole == null && isAnonymousHead(l, t1)) {
            // "IRGC sources", "Kremlin officials": a group of unnamed people from a named body
            roles.add(0, name);
            String desc = stripDeterminer(text.toLowerCase(Locale.ROOT)).strip();
            Actor body = actors.get(lowerName);
            String hint = body != null ? body.affiliation() : Words.COUNTRIES.containsKey(lowerName)
                    ? Words.COUNTRIES.get(lowerName) + " government" : name;
            return new Mention(start, end, desc, roles, SourceKind.ANONYMOUS, gender, null, hint);
        }
        Actor a = whole != null ? whole : actors.get(lowerName);
        if (a == null) {
            a = actors.get(lastWord(lowerName));
        }
        SourceKind kind;
        if (a != null) {
            kind = a.kind();
        } else if (isOrganisation(lowerName)) {
            kind = SourceKind.ORGANISATION;
        } else {
            kind = SourceKind.PERSON;
            if (gender == 0) {
                String first = words(lowerName).isEmpty() ? "" : words(lowerName).get(0);
                gender = Words.MALE_NAMES.contains(first) ? MALE : Words.FEMALE_NAMES.contains(first) ? FEMALE : 0;
            }
        }
        return new Mention(start, end, a != null ? a.name() : name, roles, kind, gender, a, null);
    }

    /** Words of a phrase, split at spaces and apostrophes, without regular expressions. */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>(4);
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            boolean sep = Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u2019' || c == '\'';
            if (sep) {
                if (start >= 0) {
                    out.add(s.substring(start, i));
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
        }
        return out;
    }

    private static String trimCommas(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && (s.charAt(a) == ',' || Character.isWhitespace(s.charAt(a)))) {
            a++;
        }
        while (b > a && (s.charAt(b - 1) == ',' || Character.isWhitespace(s.charAt(b - 1)))) {
            b--;
        }
        return s.substring(a, b);
    }

    private static String stripPossessive(String name) {
        if (name.endsWith("\u2019s") || name.endsWith("'s")) {
            return name.substring(0, name.length() - 2);
        }
        return name;
    }

    private static boolean isTitle(TextLayer l, int t) {
        String w = l.tokenLower(t);
        return Words.TITLES.contains(w) || Words.COUNTRIES.containsKey(w) || Words.OFFICIAL_ROLES.contains(w);
    }

    private static boolean isOrganisation(String lowerName) {
        for (String w : words(lowerName)) {
            if (Words.ORG_WORDS.contains(w) || Words.AGENCIES.containsKey(w)) {
                return true;
            }
        }
        return Words.AGENCIES.containsKey(lowerName);
    }

    /** Whether the source's last token is the head of an anonymous group ("IRGC sources"). */
    private static boolean isAnonymousHead(TextLayer l, int endToken) {
        int t = endToken - 1;
        while (t >= 0 && !l.isWord(t)) {
            t--;
        }
        return t >= 0 && !l.isCapitalized(t) && Words.ANONYMOUS_HEADS.contains(l.tokenLower(t));
    }

    private static String stripDeterminer(String lower) {
        for (String d : new String[] {"the ", "a ", "an "}) {
            if (lower.startsWith(d)) {
                return lower.substring(d.length());
            }
        }
        return lower;
    }

    private static String stripDeterminerKeepCase(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        String stripped = stripDeterminer(lower);
        return s.substring(s.length() - stripped.length()).strip();
    }

    /** Direct when quotation marks cover (nearly) all the content, mixed when they cover part of it. */
    private static AttributionType type(TextLayer l, Found f) {
        int total = 0;
        int quoted = 0;
        List<Quote> quotes = l.quotes();
        for (int[] c : f.content) {
            total += c[1] - c[0];
            // first quote that ends after the fragment starts (outermost quotes are sorted and disjoint)
            int lo = 0;
            int hi = quotes.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (quotes.get(mid).end() <= c[0]) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            for (int k = lo; k < quotes.size() && quotes.get(k).start() < c[1]; k++) {
                Quote q = quotes.get(k);
                if (q.depth() == 0) {
                    quoted += Math.max(0, Math.min(c[1], q.end()) - Math.max(c[0], q.start()));
                }
            }
        }
        if (quoted == 0) {
            return AttributionType.INDIRECT;
        }
        return quoted >= total * 0.9 ? AttributionType.DIRECT : AttributionType.MIXED;
    }

    /** Capitalised person names anywhere in the text ("Donald Trump", "Mr. Smith"), for pronoun resolution. */
    private List<Mention> nameMentions(TextLayer l) {
        List<Mention> out = new ArrayList<>();
        int n = l.tokenCount();
        int t = 0;
        while (t < n) {
            if (!(l.isWord(t) && l.isCapitalized(t)) || l.inQuote(l.tokenStart(t))) {
                t++;
                continue;
            }
            int s = t;
            while (t < n && (l.isWord(t) && l.isCapitalized(t) || l.tokenIs(t, ".") && t > s)) {
                t++;
            }
            int e = t;
            int nameStart = s;
            boolean titled = false;
            while (nameStart < e - 1 && Words.TITLES.contains(l.tokenLower(nameStart))) {
                nameStart++;
                titled = true;
            }
            String first = l.tokenLower(nameStart);
            int gender = Words.MALE_NAMES.contains(first) ? MALE : Words.FEMALE_NAMES.contains(first) ? FEMALE : 0;
            for (int k = s; k < nameStart; k++) {
                String w = l.tokenLower(k);
                if (Words.MALE_WORDS.contains(w)) {
                    gender = MALE;
                } else if (Words.FEMALE_WORDS.contains(w)) {
                    gender = FEMALE;
                }
            }
            String name = l.text().substring(l.tokenStart(nameStart), l.tokenEnd(e - 1));
            String lower = name.toLowerCase(Locale.ROOT);
            Actor a = actors.get(lower);
            if (a == null && e - nameStart == 1) {
                a = actors.get(lower);
            }
            boolean person = a != null ? a.kind() == SourceKind.PERSON
                    : (gender != 0 || titled) && !isOrganisation(lower) && (e - nameStart >= 2 || titled);
            if (person) {
                List<String> roles = nameStart > s
                        ? List.of(l.text().substring(l.tokenStart(s), l.tokenEnd(nameStart - 1)))
                        : List.of();
                out.add(new Mention(l.tokenStart(s), l.tokenEnd(e - 1), a != null ? a.name() : name, roles,
                        SourceKind.PERSON, gender, a, null));
            }
            if (t == s) {
                t++;
            }
        }
        return out;
    }
}
