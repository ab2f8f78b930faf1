package org.slant.features.sourcing.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slant.features.Evidence;
import org.slant.features.FeatureSpec;
import org.slant.features.FeatureValue;
import org.slant.features.sourcing.Attribution;
import org.slant.features.sourcing.AttributionType;
import org.slant.features.sourcing.RoleCategory;
import org.slant.features.sourcing.SourcingResult;
import org.slant.features.sourcing.Span;
import org.slant.features.sourcing.Speaker;
import org.slant.features.sourcing.WireCredit;
import org.slant.features.text.Quote;
import org.slant.features.text.TextLayer;

/** Computes the {@code sourcing.*} features from a {@link SourcingResult}. Shares with no denominator are 0. */
public final class SourcingFeatures {

    private SourcingFeatures() {
    }

    private static final Set<String> DISTANCING = Set.of("claim", "allege", "insist", "contend", "assert",
            "deny", "admit", "concede", "boast", "complain", "charge");

    /** The features, in output order. */
    public static final List<FeatureSpec> SPECS = List.of(
            new FeatureSpec("sourcing.attributions", "Number of attributed statements.", "count"),
            new FeatureSpec("sourcing.distinct_sources", "Number of distinct resolved speakers.", "count"),
            new FeatureSpec("sourcing.direct_quote_share",
                    "Share of text characters inside quotation marks within attributed content.", "share"),
            new FeatureSpec("sourcing.attributed_share",
                    "Share of text characters inside any attributed content (direct or reported).", "share"),
            new FeatureSpec("sourcing.direct_share", "Share of attributions that are direct quotes.", "share"),
            new FeatureSpec("sourcing.named_share",
                    "Share of attributions with a source that resolve to a named person or organisation.", "share"),
            new FeatureSpec("sourcing.anonymous_share",
                    "Share of attributions with a source whose source is unnamed (\"officials\", \"a source\").",
                    "share"),
            new FeatureSpec("sourcing.official_share",
                    "Share of attributions with a resolved speaker whose role category is official.", "share"),
            new FeatureSpec("sourcing.top_affiliation_share",
                    "Share of attributed characters from the affiliation with the most; the evidence note names it.",
                    "share"),
            new FeatureSpec("sourcing.affiliations", "Number of distinct affiliations among speakers; the evidence "
                    + "is every attributed content span whose speaker has an affiliation, noted with it.", "count"),
            voiceSpec(RoleCategory.OFFICIAL, "officials (government, party, military, institutions, spokespeople)"),
            voiceSpec(RoleCategory.EXPERT, "experts (analysts, academics, researchers, polls, think tanks)"),
            voiceSpec(RoleCategory.MEDIA, "media (outlets, agencies, journalists)"),
            voiceSpec(RoleCategory.CITIZEN, "citizens (voters, residents, witnesses, protesters)"),
            voiceSpec(RoleCategory.ANONYMOUS, "unnamed sources whose role is not said"),
            voiceSpec(RoleCategory.UNKNOWN, "no resolved speaker, or a speaker whose role is not known"),
            new FeatureSpec("sourcing.first_source_official",
                    "1 if the first attribution's speaker is an official, else 0; the evidence names the speaker.",
                    "flag"),
            new FeatureSpec("sourcing.cue_say_share", "Share of cues that are forms of \"say\".", "share"),
            new FeatureSpec("sourcing.cue_according_to_share", "Share of cues that are \"according to\".", "share"),
            new FeatureSpec("sourcing.cue_distancing_share",
                    "Share of cues that distance the writer (claim, allege, insist, deny, admit, ...).", "share"),
            new FeatureSpec("sourcing.wire_dependence",
                    "1 if the article credits a wire service or agency (credits, dateline, \"contributed\"), else 0.",
                    "flag"),
            new FeatureSpec("sourcing.agency_attribution_share",
                    "Share of attributions whose speaker is a news agency or outlet.", "share"));

    /** The role categories of the {@code sourcing.voice_*_share} distribution, in output order. */
    private static final List<RoleCategory> VOICES = List.of(RoleCategory.OFFICIAL, RoleCategory.EXPERT,
            RoleCategory.MEDIA, RoleCategory.CITIZEN, RoleCategory.ANONYMOUS, RoleCategory.UNKNOWN);

    private static String voiceName(RoleCategory c) {
        return "sourcing.voice_" + c.id() + "_share";
    }

    private static FeatureSpec voiceSpec(RoleCategory c, String who) {
        return new FeatureSpec(voiceName(c), "Share of attributed content characters spoken by " + who
                + "; the six voice_*_share features sum to 1 when the article has attributions (0 each when it "
                + "has none); the evidence is those content spans, noted with speaker and affiliation.", "share");
    }

    /** Computes every feature in {@link #SPECS} order. */
    public static List<FeatureValue> compute(TextLayer layer, SourcingResult result) {
        Map<String, Speaker> byId = new HashMap<>();
        for (Speaker s : result.speakers()) {
            byId.put(s.id(), s);
        }
        Indexed r = new Indexed(result, byId);
        List<Attribution> atts = r.attributions();
        int n = atts.size();
        double textLen = Math.max(1, layer.text().length());
        List<FeatureValue> out = new ArrayList<>(SPECS.size());

        List<Evidence> all = new ArrayList<>();
        for (Attribution a : atts) {
            all.add(new Evidence(a.contentStart(), a.contentEnd(), "content", note(r, a)));
        }
        out.add(new FeatureValue("sourcing.attributions", n, all));

        List<Evidence> speakerEv = new ArrayList<>();
        for (Speaker s : r.speakers()) {
            if (!s.mentions().isEmpty()) {
                Span m = s.mentions().get(0);
                speakerEv.add(new Evidence(m.start(), m.end(), "source", s.name()));
            }
        }
        out.add(new FeatureValue("sourcing.distinct_sources", r.speakers().size(), speakerEv));

        // union of content and of quoted content, with a coverage mark per character bucket
        boolean[] covered = new boolean[layer.text().length()];
        for (Attribution a : atts) {
            for (Span s : a.content()) {
                for (int i = s.start(); i < s.end() && i < covered.length; i++) {
                    covered[i] = true;
                }
            }
        }
        int attributedChars = 0;
        for (boolean c : covered) {
            if (c) {
                attributedChars++;
            }
        }
        int quotedChars = 0;
        List<Evidence> quoteEv = new ArrayList<>();
        for (Quote q : layer.quotes()) {
            if (q.depth() != 0) {
                continue;
            }
            int in = 0;
            for (int i = q.start(); i < q.end(); i++) {
                if (covered[i]) {
                    in++;
                }
            }
            if (in > 0) {
                quotedChars += in;
                quoteEv.add(new Evidence(q.start(), q.end(), "quote", ""));
            }
        }
        out.add(new FeatureValue("sourcing.direct_quote_share", quotedChars / textLen, quoteEv));
        out.add(new FeatureValue("sourcing.attributed_share", attributedChars / textLen, all));

        List<Evidence> directEv = new ArrayList<>();
        for (Attribution a : atts) {
            if (a.type() == AttributionType.DIRECT) {
                directEv.add(new Evidence(a.contentStart(), a.contentEnd(), "content", note(r, a)));
            }
        }
        out.add(new FeatureValue("sourcing.direct_share", share(directEv.size(), n), directEv));

        int withSource = 0;
        List<Evidence> namedEv = new ArrayList<>();
        List<Evidence> anonEv = new ArrayList<>();
        List<Evidence> officialEv = new ArrayList<>();
        List<Evidence> agencyEv = new ArrayList<>();
        int resolved = 0;
        Map<String, Integer> affChars = new HashMap<>();
        for (Attribution a : atts) {
            if (a.source() == null) {
                continue;
            }
            withSource++;
            Evidence ev = new Evidence(a.source().start(), a.source().end(), "source", note(r, a));
            Speaker s = r.speaker(a.speakerId()).orElse(null);
            if (s == null) {
                continue;
            }
            resolved++;
            if (s.named()) {
                namedEv.add(ev);
            } else {
                anonEv.add(ev);
            }
            if (s.category() == RoleCategory.OFFICIAL) {
                officialEv.add(ev);
            }
            if (s.category() == RoleCategory.MEDIA) {
                agencyEv.add(ev);
            }
            if (s.affiliation() != null) {
                affChars.merge(s.affiliation(), a.contentLength(), Integer::sum);
            }
        }
        out.add(new FeatureValue("sourcing.named_share", share(namedEv.size(), withSource), namedEv));
        out.add(new FeatureValue("sourcing.anonymous_share", share(anonEv.size(), withSource), anonEv));
        out.add(new FeatureValue("sourcing.official_share", share(officialEv.size(), resolved), officialEv));

        String top = null;
        int topChars = 0;
        int allChars = 0;
        for (Attribution a : atts) {
            allChars += a.contentLength();
        }
        for (Map.Entry<String, Integer> e : affChars.entrySet()) {
            if (e.getValue() > topChars || e.getValue() == topChars && top != null && e.getKey().compareTo(top) < 0) {
                top = e.getKey();
                topChars = e.getValue();
            }
        }
        List<Evidence> topEv = new ArrayList<>();
        if (top != null) {
            for (Attribution a : atts) {
                Speaker s = r.speaker(a.speakerId()).orElse(null);
                if (s != null && top.equals(s.affiliation())) {
                    topEv.add(new Evidence(a.contentStart(), a.contentEnd(), "content", top));
                }
            }
        }
        out.add(new FeatureValue("sourcing.top_affiliation_share", share(topChars, allChars), topEv));
        List<Evidence> affEv = new ArrayList<>();
        Map<RoleCategory, Integer> voiceChars = new java.util.EnumMap<>(RoleCategory.class);
        Map<RoleCategory, List<Evidence>> voiceEv = new java.util.EnumMap<>(RoleCategory.class);
        for (RoleCategory c : VOICES) {
            voiceChars.put(c, 0);
            voiceEv.put(c, new ArrayList<>());
        }
        for (Attribution a : atts) {
            Speaker s = a.source() == null ? null : r.speaker(a.speakerId()).orElse(null);
            RoleCategory c = s == null || s.category() == null ? RoleCategory.UNKNOWN : s.category();
            Evidence ev = new Evidence(a.contentStart(), a.contentEnd(), "content", note(r, a));
            voiceChars.merge(c, a.contentLength(), Integer::sum);
            voiceEv.get(c).add(ev);
            if (s != null && s.affiliation() != null) {
                affEv.add(ev);
            }
        }
        out.add(new FeatureValue("sourcing.affiliations", affChars.size(), affEv));
        for (RoleCategory c : VOICES) {
            out.add(new FeatureValue(voiceName(c), share(voiceChars.get(c), allChars), voiceEv.get(c)));
        }

        double firstOfficial = 0;
        List<Evidence> firstEv = new ArrayList<>();
        for (Attribution a : atts) {
            if (a.source() != null) {
                Speaker s = r.speaker(a.speakerId()).orElse(null);
                firstOfficial = s != null && s.category() == RoleCategory.OFFICIAL ? 1 : 0;
                firstEv.add(new Evidence(a.source().start(), a.source().end(), "source", note(r, a)));
                break;
            }
        }
        out.add(new FeatureValue("sourcing.first_source_official", firstOfficial, firstEv));

        int cues = 0;
        List<Evidence> sayEv = new ArrayList<>();
        List<Evidence> accEv = new ArrayList<>();
        List<Evidence> distEv = new ArrayList<>();
        for (Attribution a : atts) {
            if (a.cue() == null || a.cueLemma() == null) {
                continue;
            }
            cues++;
            Evidence ev = new Evidence(a.cue().start(), a.cue().end(), "cue", a.cueLemma());
            if (a.cueLemma().equals("say")) {
                sayEv.add(ev);
            } else if (a.cueLemma().equals("according to")) {
                accEv.add(ev);
            }
            if (DISTANCING.contains(a.cueLemma())) {
                distEv.add(ev);
            }
        }
        out.add(new FeatureValue("sourcing.cue_say_share", share(sayEv.size(), cues), sayEv));
        out.add(new FeatureValue("sourcing.cue_according_to_share", share(accEv.size(), cues), accEv));
        out.add(new FeatureValue("sourcing.cue_distancing_share", share(distEv.size(), cues), distEv));

        List<Evidence> wireEv = new ArrayList<>();
        for (WireCredit c : r.credits()) {
            if (c.span() != null) {
                wireEv.add(new Evidence(c.span().start(), c.span().end(), "credit", c.agency() + " (" + c.how() + ")"));
            }
        }
        out.add(new FeatureValue("sourcing.wire_dependence", r.credits().isEmpty() ? 0 : 1, wireEv));
        out.add(new FeatureValue("sourcing.agency_attribution_share", share(agencyEv.size(), resolved), agencyEv));
        return out;
    }

    /** The result with constant-time speaker lookup. */
    private record Indexed(SourcingResult result, Map<String, Speaker> byId) {
        List<Attribution> attributions() {
            return result.attributions();
        }

        List<Speaker> speakers() {
            return result.speakers();
        }

        List<WireCredit> credits() {
            return result.credits();
        }

        java.util.Optional<Speaker> speaker(String id) {
            return java.util.Optional.ofNullable(id == null ? null : byId.get(id));
        }
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    /** The speaker's name, and " | affiliation" when known, so evidence readers can colour by side. */
    private static String note(Indexed r, Attribution a) {
        return r.speaker(a.speakerId())
                .map(s -> s.affiliation() == null || s.affiliation().isBlank() ? s.name() : s.name() + " | " + s.affiliation())
                .orElse("");
    }
}
