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
 * What the report needs from every article, in memory that does not grow with the corpus: word counts per
 * outlet ({@link OutletWordCounts}, on disk past a fixed budget), sourcing / stance / naming / blurb counts
 * per outlet, and a story document per article holding only the headline and lead sentences
 * ({@link StoryDocFile}, on disk). Per-article evidence is not kept; {@link ReportAssembler} re-extracts it
 * for the few articles that end up in the report's stories. Fed sequentially, in input order; its files
 * live in a working directory and are deleted on {@link #close}.
 */
final class CorpusTally implements java.io.Closeable {
    /** Words too common to set an outlet apart. */
    private static final Set<String> STOP = Set.of("the", "and", "for", "that", "with", "was", "are", "has", "have",
            "had", "his", "her", "its", "not", "but", "this", "from", "they", "their", "were", "been", "said", "will",
            "who", "which", "would", "also", "after", "about", "more", "than", "there", "when", "what", "into",
            "over", "she", "him", "our", "out", "all", "one", "two", "can", "could", "other", "some", "such",
            "these", "those", "them", "then", "only", "being", "while", "where", "because", "should", "may", "did");

    private final int leadSentences;
    private final OutletWordCounts words;
    private final ThreadLocal<WordTable> tables = ThreadLocal.withInitial(WordTable::new);
    private final Map<List<String>, Long> sourcing = new TreeMap<>(CorpusTally::compareKeys);
    private final Map<List<String>, Long> stances = new TreeMap<>(CorpusTally::compareKeys);
    private final Map<List<String>, Long> naming = new TreeMap<>(CorpusTally::compareKeys);
    private final Map<List<String>, Long> blurbs = new TreeMap<>(CorpusTally::compareKeys);
    private final StoryDocFile storyDocs;

    /**
     * An empty tally keeping {@code leadSentences} sentences per story document, its files in {@code workDir}.
     *
     * @throws IOException if the story documents' file cannot be created
     */
    CorpusTally(int leadSentences, java.nio.file.Path workDir) throws java.io.IOException {
        this.leadSentences = leadSentences;
        this.words = new OutletWordCounts(workDir);
        this.storyDocs = new StoryDocFile(workDir);
    }

    @Override
    public void close() throws java.io.IOException {
        try (storyDocs) {
            words.close();
        }
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
        words.add(d.outlet(), d.words(), d.wordCounts());
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
        WordTable table = tables.get();
        table.scan(a.text());
        Digested w = table.drain();
        String[] wordList = w.words();
        int[] wordCounts = w.counts();
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
     * stop words left out; a map filled in order of first occurrence.
     */
    static Map<String, int[]> countWords(String text) {
        WordTable table = new WordTable();
        table.scan(text);
        Digested d = table.drain();
        String[] ws = d.words();
        int[] cs = d.counts();
        Map<String, int[]> w = new HashMap<>();
        for (int i = 0; i < ws.length; i++) {
            w.put(ws[i], new int[] {cs[i]});
        }
        return w;
    }

    /**
     * One worker's word tables, found from the characters of a token without making a string. A small table
     * per article takes every token and stays in the cache; only an article's new words reach the worker's
     * table of the words it has met (stop words flagged), which makes each word's string once per worker.
     * That table starts afresh between articles once it holds {@link #LIMIT} words, so that its memory is
     * bounded too. Not thread-safe: one per thread.
     */
    private static final class WordTable {
        private static final int STOP_BIT = 1 << 31;
        /** Words a worker remembers before it starts afresh: about 10 MB of tables and strings. */
        private static final int LIMIT = 1 << 17;
        /**
         * Open addressing, one long per slot so that a probe reads one array: the word's String hash in the
         * high half, its number plus one in the low half (0 when empty), with {@link #STOP_BIT} on stop words.
         */
        private long[] slots = new long[1 << 12];
        private String[] words = new String[1 << 11];
        /** The words' characters end to end, word {@code id} from {@code poolStart[id]} to {@code poolStart[id + 1]}. */
        private char[] pool = new char[1 << 14];
        private int[] poolStart = new int[(1 << 11) + 1];
        private int size;

        /** The current article's table, as {@link #slots} but numbering the article's words in order of first occurrence. */
        private long[] local = new long[1 << 10];
        /** Per word of the article: its number in the worker's table (with the stop bit), count, and slot. */
        private int[] localWord = new int[256];
        private int[] localCount = new int[256];
        private int[] localSlot = new int[256];
        private int distinct;
        private char[] chars = new char[1024];
        private char[] buf = new char[32];

        /** Counts the words of {@code text}; returns how many distinct ones it has, stop words included. */
        int scan(String text) {
            if (size >= LIMIT) {
                // between articles nothing refers to the worker's numbering, so it can start again
                java.util.Arrays.fill(slots, 0);
                java.util.Arrays.fill(words, 0, size, null);
                size = 0;
            }
            int n = text.length();
            if (chars.length < n) {
                chars = new char[Math.max(n, chars.length * 2)];
            }
            char[] cs = chars;
            text.getChars(0, n, cs, 0);
            int i = 0;
            while (i < n) {
                while (i < n && !(cs[i] < 128 ? ASCII_WORD[cs[i]] : isWordChar(cs[i]))) {
                    i++;
                }
                int start = i;
                boolean ascii = true;
                boolean letter = false;
                while (i < n) {
                    char c = cs[i];
                    if (c < 128) {
                        if (!ASCII_WORD[c]) {
                            break;
                        }
                        letter |= c >= 'A' && c != '_'; // the word characters from 'A' up: letters and '_'
                    } else if (isWordChar(c)) {
                        ascii = false;
                    } else {
                        break;
                    }
                    i++;
                }
                int len = i - start;
                if (ascii) {
                    if (len < 3 || !letter) {
                        continue;
                    }
                    if (len > buf.length) {
                        buf = new char[Math.max(len, buf.length * 2)];
                    }
                    int h = 0;
                    for (int k = 0; k < len; k++) {
                        char c = cs[start + k];
                        c = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
                        buf[k] = c;
                        h = 31 * h + c;
                    }
                    count(buf, len, h);
                } else {
                    // as Tokens.of: String.toLowerCase(ROOT), which may change the length outside ASCII
                    String t = text.substring(start, i).toLowerCase(Locale.ROOT);
                    if (t.length() < 3 || t.chars().noneMatch(Character::isLetter)) {
                        continue;
                    }
                    int tl = t.length();
                    if (tl > buf.length) {
                        buf = new char[Math.max(tl, buf.length * 2)];
                    }
                    t.getChars(0, tl, buf, 0);
                    count(buf, tl, t.hashCode());
                }
            }
            return distinct;
        }

        /**
         * The current article's words other than stop words, and their counts, in order of first occurrence;
         * resets the article's table.
         */
        Digested drain() {
            int kept = 0;
            for (int k = 0; k < distinct; k++) {
                if ((localWord[k] & STOP_BIT) == 0) {
                    kept++;
                }
            }
            String[] out = new String[kept];
            int[] outCounts = new int[kept];
            int j = 0;
            for (int k = 0; k < distinct; k++) {
                local[localSlot[k]] = 0;
                if ((localWord[k] & STOP_BIT) == 0) {
                    out[j] = words[localWord[k]];
                    outCounts[j++] = localCount[k];
                }
            }
            distinct = 0;
            return new Digested(out, outCounts);
        }

        /** Counts the word {@code b[0, len)} with String hash {@code h} in the current article. */
        private void count(char[] b, int len, int h) {
            int mask = local.length - 1;
            int s = mix(h) & mask;
            while (true) {
                long e = local[s];
                if (e == 0) {
                    break;
                }
                if ((int) (e >>> 32) == h) {
                    int k = (int) e - 1;
                    int id = localWord[k] & ~STOP_BIT;
                    int from = poolStart[id];
                    if (java.util.Arrays.equals(pool, from, poolStart[id + 1], b, 0, len)) {
                        localCount[k]++;
                        return;
                    }
                }
                s = (s + 1) & mask;
            }
            if (distinct == localWord.length) {
                int cap = distinct * 2;
                localWord = java.util.Arrays.copyOf(localWord, cap);
                localCount = java.util.Arrays.copyOf(localCount, cap);
                localSlot = java.util.Arrays.copyOf(localSlot, cap);
            }
            int k = distinct++;
            localWord[k] = find(b, len, h);
            localCount[k] = 1;
            localSlot[k] = s;
            local[s] = (long) h << 32 | (k + 1);
            if (distinct * 2 > local.length) {
                local = doubled(local, localSlot);
            }
        }

        /**
         * The number of the word {@code b[0, len)} with String hash {@code h} in the worker's table, added if
         * new, with {@link #STOP_BIT} set for a stop word.
         */
        private int find(char[] b, int len, int h) {
            int mask = slots.length - 1;
            int s = mix(h) & mask;
            while (true) {
                long e = slots[s];
                if (e == 0) {
                    break;
                }
                if ((int) (e >>> 32) == h) {
                    int found = (int) e - 1; // the stop bit survives the minus one: ids stay far below 2^31
                    int id = found & ~STOP_BIT;
                    int from = poolStart[id];
                    if (java.util.Arrays.equals(pool, from, poolStart[id + 1], b, 0, len)) {
                        return found;
                    }
                }
                s = (s + 1) & mask;
            }
            String w = new String(b, 0, len);
            int id = size++;
            if (id == words.length) {
                int cap = id * 2;
                words = java.util.Arrays.copyOf(words, cap);
                poolStart = java.util.Arrays.copyOf(poolStart, cap + 1);
            }
            int from = poolStart[id];
            if (from + len > pool.length) {
                pool = java.util.Arrays.copyOf(pool, Math.max(from + len, pool.length * 2));
            }
            System.arraycopy(b, 0, pool, from, len);
            poolStart[id + 1] = from + len;
            words[id] = w;
            int found = STOP.contains(w) ? id | STOP_BIT : id;
            slots[s] = (long) h << 32 | ((found + 1) & 0xFFFFFFFFL);
            if (size * 2 > slots.length) {
                slots = doubled(slots, null);
            }
            return found;
        }

        /**
         * A table twice the size with the same entries (hash in the high half). With {@code slotOf}, the
         * article's table: an entry's low half is its number plus one, and its new slot is recorded there.
         */
        private static long[] doubled(long[] table, int[] slotOf) {
            long[] fresh = new long[table.length * 2];
            int mask = fresh.length - 1;
            for (long e : table) {
                if (e != 0) {
                    int s = mix((int) (e >>> 32)) & mask;
                    while (fresh[s] != 0) {
                        s = (s + 1) & mask;
                    }
                    fresh[s] = e;
                    if (slotOf != null) {
                        slotOf[(int) e - 1] = s;
                    }
                }
            }
            return fresh;
        }

        private static int mix(int h) {
            int x = h * 0x9E3779B9;
            return x ^ (x >>> 16);
        }
    }

    /** An article's words and their counts. */
    private record Digested(String[] words, int[] counts) {}

    /** Which ASCII characters are word characters ({@link #isWordChar}). */
    private static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD[c] = isWordChar(c);
        }
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

    /** Word counts per outlet, as {@link org.slant.analysis.stats.DistinctiveWords} reads them; ends adding. */
    OutletWordCounts words() {
        return words;
    }

    /** The story documents, one per article in input order. */
    StoryDocFile storyDocs() {
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
