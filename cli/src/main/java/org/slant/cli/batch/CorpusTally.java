package org.slant.cli.batch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.slant.analysis.story.StoryDoc;
import org.slant.analysis.text.Tokens;
import org.slant.features.ArticleFeatures;
import org.slant.features.Evidence;
import org.slant.features.FeatureValue;
import org.slant.ingest.Article;
import org.slant.report.OutletCount;

/**
 * What the report needs from every article, kept small enough for a large corpus: word counts per outlet,
 * sourcing / stance / naming / blurb counts per outlet, and a story document holding only the headline and
 * lead sentences. Per-article evidence is not kept; {@link ReportAssembler} re-extracts it for the few
 * articles that end up in the report's stories. Fed sequentially, in input order.
 */
final class CorpusTally {
    /** Words too common to set an outlet apart. */
    private static final Set<String> STOP = Set.of("the", "and", "for", "that", "with", "was", "are", "has", "have",
            "had", "his", "her", "its", "not", "but", "this", "from", "they", "their", "were", "been", "said", "will",
            "who", "which", "would", "also", "after", "about", "more", "than", "there", "when", "what", "into",
            "over", "she", "him", "our", "out", "all", "one", "two", "can", "could", "other", "some", "such",
            "these", "those", "them", "then", "only", "being", "while", "where", "because", "should", "may", "did");

    private final int leadSentences;
    private final Map<String, Map<String, Long>> words = new TreeMap<>();
    /** One copy of each word across the outlets' maps, which matters at tens of thousands of articles. */
    private final Map<String, String> vocabulary = new HashMap<>();
    private final Map<List<String>, Long> sourcing = new TreeMap<>(CorpusTally::compareKeys);
    private final Map<List<String>, Long> stances = new TreeMap<>(CorpusTally::compareKeys);
    private final Map<List<String>, Long> naming = new TreeMap<>(CorpusTally::compareKeys);
    private final Map<List<String>, Long> blurbs = new TreeMap<>(CorpusTally::compareKeys);
    private final List<StoryDoc> storyDocs = new ArrayList<>();

    CorpusTally(int leadSentences) {
        this.leadSentences = leadSentences;
    }

    void add(Article a, ArticleFeatures f) {
        String outlet = a.outlet().name();
        Map<String, Long> w = words.computeIfAbsent(outlet, k -> new HashMap<>());
        for (String t : Tokens.of(a.text())) {
            if (t.length() >= 3 && !STOP.contains(t) && t.chars().anyMatch(Character::isLetter)) {
                w.merge(vocabulary.computeIfAbsent(t, x -> x), 1L, Long::sum);
            }
        }
        for (FeatureValue v : f.values()) {
            String n = v.name();
            switch (n) {
                case "sourcing.named_share" -> count(sourcing, outlet, "named", null, v.evidence().size());
                case "sourcing.anonymous_share" -> count(sourcing, outlet, "anonymous", null, v.evidence().size());
                case "sourcing.official_share" -> count(sourcing, outlet, "official", null, v.evidence().size());
                case "sourcing.agency_attribution_share" -> count(sourcing, outlet, "agency or outlet", null, v.evidence().size());
                case "blurbs.count" -> v.evidence().forEach(e -> count(blurbs, outlet, kindOf(e), null, 1));
                default -> {
                    if (n.startsWith("loaded.report.") && n.endsWith("_share")) {
                        String stance = n.substring("loaded.report.".length(), n.length() - "_share".length());
                        for (Evidence e : v.evidence()) {
                            count(stances, outlet, stance, surface(a, e), 1);
                        }
                    } else if (n.startsWith("loaded.naming.")) {
                        for (Evidence e : v.evidence()) {
                            Highlights.TermNote t = Highlights.TermNote.parse(e.note());
                            if (!t.group().isEmpty()) {
                                count(naming, outlet, t.group(), t.side().isEmpty() ? "unsided" : t.side(), 1);
                            }
                        }
                    }
                }
            }
        }
        StoryDoc full = StoryDoc.of(a);
        List<String> s = full.sentences();
        storyDocs.add(s.size() <= leadSentences ? full
                : new StoryDoc(full.id(), full.outlet(), full.date(), full.headline(), List.copyOf(s.subList(0, leadSentences))));
    }

    private static String kindOf(Evidence e) {
        String k = Highlights.firstWord(e.note());
        return k == null ? "blurb" : k;
    }

    private static String surface(Article a, Evidence e) {
        return e.end() <= a.text().length() ? a.text().substring(e.start(), e.end()).toLowerCase(Locale.ROOT) : null;
    }

    private static void count(Map<List<String>, Long> m, String outlet, String group, String item, long n) {
        if (n > 0) {
            m.merge(java.util.Arrays.asList(outlet, group, item), n, Long::sum);
        }
    }

    private static int compareKeys(List<String> x, List<String> y) {
        for (int i = 0; i < 3; i++) {
            String a = x.get(i);
            String b = y.get(i);
            int c = a == null ? (b == null ? 0 : -1) : b == null ? 1 : a.compareTo(b);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    Map<String, Map<String, Long>> words() {
        return words;
    }

    List<StoryDoc> storyDocs() {
        return storyDocs;
    }

    List<OutletCount> sourcing() {
        return counts(sourcing);
    }

    List<OutletCount> stances() {
        return counts(stances);
    }

    List<OutletCount> naming() {
        return counts(naming);
    }

    List<OutletCount> blurbs() {
        return counts(blurbs);
    }

    private static List<OutletCount> counts(Map<List<String>, Long> m) {
        List<OutletCount> out = new ArrayList<>(m.size());
        m.forEach((k, n) -> out.add(new OutletCount(k.get(0), k.get(1), k.get(2), n)));
        return out;
    }
}
