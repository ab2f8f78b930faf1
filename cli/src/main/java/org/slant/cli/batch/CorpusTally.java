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
    /** Word counts per outlet; counters are mutable so that the in-order merge allocates nothing per word. */
    private final Map<String, Map<String, long[]>> words = new TreeMap<>();
    /**
     * One copy of each word across the outlets' maps, which matters at tens of thousands of articles. Filled
     * by the workers ({@link #digest}), so that the merge only meets words it can compare by identity.
     */
    private final Map<String, String> vocabulary = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<List<String>, Long> sourcing = new TreeMap<>(CorpusTally::compareKeys);
    private final Map<List<String>, Long> stances = new TreeMap<>(CorpusTally::compareKeys);
    private final Map<List<String>, Long> naming = new TreeMap<>(CorpusTally::compareKeys);
    private final Map<List<String>, Long> blurbs = new TreeMap<>(CorpusTally::compareKeys);
    private final List<StoryDoc> storyDocs = new ArrayList<>();

    CorpusTally(int leadSentences) {
        this.leadSentences = leadSentences;
    }

    /** One count of {@link #sourcing} and the like: which map, and its key. */
    record Count(int map, String group, String item, long n) {}

    /**
     * What one article adds to the tally. Made on a worker thread ({@link #digest}), so that only the cheap
     * merge ({@link #add(Digest)}) runs in input order.
     */
    record Digest(String outlet, String[] words, int[] wordCounts, List<Count> counts, StoryDoc story) {}

    private static final int SOURCING = 0;
    private static final int STANCES = 1;
    private static final int NAMING = 2;
    private static final int BLURBS = 3;

    /** Adds one article (digest and merge in one step). */
    void add(Article a, ArticleFeatures f) {
        add(digest(a, f));
    }

    /** Adds one article's digest; digests must come in input order. */
    void add(Digest d) {
        Map<String, long[]> w = words.computeIfAbsent(d.outlet(), k -> new HashMap<>());
        String[] ws = d.words();
        for (int i = 0; i < ws.length; i++) {
            long[] c = w.get(ws[i]);
            if (c == null) {
                w.put(ws[i], c = new long[1]);
            }
            c[0] += d.wordCounts()[i];
        }
        for (Count c : d.counts()) {
            Map<List<String>, Long> m = switch (c.map()) {
                case SOURCING -> sourcing;
                case STANCES -> stances;
                case NAMING -> naming;
                default -> blurbs;
            };
            count(m, d.outlet(), c.group(), c.item(), c.n());
        }
        storyDocs.add(d.story());
    }

    /** What {@code a} adds to this tally. Thread-safe. */
    Digest digest(Article a, ArticleFeatures f) {
        Map<String, int[]> w = countWords(a.text());
        String[] wordList = new String[w.size()];
        int[] wordCounts = new int[w.size()];
        int k = 0;
        for (Map.Entry<String, int[]> e : w.entrySet()) {
            String word = vocabulary.get(e.getKey()); // get before put: most words are known, and get takes no lock
            if (word == null) {
                String earlier = vocabulary.putIfAbsent(e.getKey(), e.getKey());
                word = earlier == null ? e.getKey() : earlier;
            }
            wordList[k] = word;
            wordCounts[k++] = e.getValue()[0];
        }
        List<Count> counts = new ArrayList<>();
        for (FeatureValue v : f.values()) {
            String n = v.name();
            switch (n) {
                case "sourcing.named_share" -> counts.add(new Count(SOURCING, "named", null, v.evidence().size()));
                case "sourcing.anonymous_share" -> counts.add(new Count(SOURCING, "anonymous", null, v.evidence().size()));
                case "sourcing.official_share" -> counts.add(new Count(SOURCING, "official", null, v.evidence().size()));
                case "sourcing.agency_attribution_share" ->
                        counts.add(new Count(SOURCING, "agency or outlet", null, v.evidence().size()));
                case "blurbs.count" -> v.evidence().forEach(e -> counts.add(new Count(BLURBS, kindOf(e), null, 1)));
                default -> {
                    if (n.startsWith("loaded.report.") && n.endsWith("_share")) {
                        String stance = n.substring("loaded.report.".length(), n.length() - "_share".length());
                        for (Evidence e : v.evidence()) {
                            counts.add(new Count(STANCES, stance, surface(a, e), 1));
                        }
                    } else if (n.startsWith("loaded.naming.")) {
                        for (Evidence e : v.evidence()) {
                            Highlights.TermNote t = Highlights.TermNote.parse(e.note());
                            if (!t.group().isEmpty()) {
                                counts.add(new Count(NAMING, t.group(), t.side().isEmpty() ? "unsided" : t.side(), 1));
                            }
                        }
                    }
                }
            }
        }
        return new Digest(a.outlet().name(), wordList, wordCounts, counts, lead(a, leadSentences));
    }

    /**
     * Counts of the words {@link Tokens#of} finds, lower-cased, of three characters or more with a letter,
     * stop words left out. Checks length and letters before making a string: most tokens are short.
     */
    static Map<String, int[]> countWords(String text) {
        Map<String, int[]> w = new HashMap<>();
        char[] buf = new char[32];
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !isWordChar(text.charAt(i))) {
                i++;
            }
            int start = i;
            boolean ascii = true;
            boolean letter = false;
            while (i < n && isWordChar(text.charAt(i))) {
                char c = text.charAt(i);
                ascii &= c < 128;
                letter |= Character.isLetter(c);
                i++;
            }
            int len = i - start;
            String t;
            if (ascii) {
                if (len < 3 || !letter) {
                    continue;
                }
                if (len > buf.length) {
                    buf = new char[Math.max(len, buf.length * 2)];
                }
                for (int k = 0; k < len; k++) {
                    char c = text.charAt(start + k);
                    buf[k] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
                }
                t = new String(buf, 0, len);
            } else {
                // as Tokens.of: String.toLowerCase(ROOT), which may change the length outside ASCII
                t = text.substring(start, i).toLowerCase(java.util.Locale.ROOT);
                if (t.length() < 3 || t.chars().noneMatch(Character::isLetter)) {
                    continue;
                }
            }
            if (STOP.contains(t)) {
                continue;
            }
            int[] c = w.get(t);
            if (c == null) {
                w.put(t, c = new int[1]);
            }
            c[0]++;
        }
        return w;
    }

    /** The words left out of the counts. */
    static Set<String> stopWords() {
        return STOP;
    }

    /** A character of a {@link Tokens} word. */
    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /**
     * The article as story clustering sees it, with only its first {@code leadSentences} sentences: the same
     * as {@link StoryDoc#of} cut short, without splitting the rest of the body into sentences.
     */
    static StoryDoc lead(Article a, int leadSentences) {
        List<String> sentences = new ArrayList<>();
        for (org.slant.ingest.Block b : a.blocks()) {
            if (sentences.size() >= leadSentences) {
                break;
            }
            if (b.kind().isBody()) {
                sentences.addAll(StoryDoc.sentences(a.textOf(b)));
            }
        }
        List<String> kept = sentences.size() <= leadSentences ? sentences : sentences.subList(0, leadSentences);
        String outlet = a.outlet().domain() != null ? a.outlet().domain() : a.outlet().name();
        return new StoryDoc(a.id(), outlet, a.published() == null ? null : a.published().date(), a.headline(), kept);
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

    /** Word counts per outlet, as {@link org.slant.analysis.stats.DistinctiveWords} takes them. */
    Map<String, Map<String, Long>> words() {
        Map<String, Map<String, Long>> out = new TreeMap<>();
        words.forEach((outlet, counts) -> {
            Map<String, Long> m = new HashMap<>(counts.size() * 4 / 3 + 1);
            counts.forEach((w, c) -> m.put(w, c[0]));
            out.put(outlet, m);
        });
        return out;
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
