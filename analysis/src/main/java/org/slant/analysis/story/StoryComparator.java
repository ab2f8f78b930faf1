package org.slant.analysis.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slant.analysis.text.Tokens;

/**
 * Compares the articles of one story sentence by sentence. Sentences are TF-IDF vectors (IDF over the
 * story's sentences); a sentence is carried by another article when one of that article's sentences is
 * at least {@link StoryConfig#alignThreshold()} similar. Sourcing comes from attribution cues
 * ({@code said}, {@code told}, {@code according to}, ...) and the capitalised name nearest to each cue;
 * pronoun-only attributions name no source.
 */
public final class StoryComparator {
    private static final Pattern CUE = Pattern.compile(
            "\\b(said|says|say|told|according to|added|stated|warned|noted|wrote|claimed|insisted|argued|explained|asked|announced|tweeted)\\b");
    private static final Pattern NAME = Pattern.compile(
            "(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Pres)\\.\\s)?\\p{Lu}[\\p{L}'’\\-]+(?:\\s(?:\\p{Lu}\\.\\s)?\\p{Lu}[\\p{L}'’\\-]+)*");
    private static final Pattern QUOTED = Pattern.compile("[“\"]([^”\"]{3,})[”\"]");
    private static final Set<String> NOT_NAMES = Set.of("The", "He", "She", "They", "It", "We", "I", "In", "On", "But",
            "And", "A", "An", "This", "That", "His", "Her", "Their", "Its", "According", "Asked", "When", "After", "If",
            "As", "At", "For", "While", "Meanwhile", "However", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");
    /** Titles and affiliations written before a name; the name is what follows them. */
    private static final Set<String> TITLES = Set.of("US", "U.S.", "UK", "President", "Vice", "Prime", "Minister",
            "Secretary", "Foreign", "Defense", "Defence", "State", "Russian", "Ukrainian", "American", "Chinese", "Israeli",
            "Kremlin", "White", "House", "Press", "Spokesman", "Spokeswoman", "Senator", "Sen.", "Rep.", "Gov.", "Governor",
            "Chancellor", "Chairman", "Chair", "Director", "General", "Gen.", "Former", "Deputy", "Speaker", "Leader",
            "Mr.", "Mrs.", "Ms.", "Dr.", "Democratic", "Republican", "Presidential", "Foreign-Minister");

    private StoryComparator() {}

    /**
     * For every sentence {@code i} of every article {@code d} and every other article {@code o}: the highest
     * cosine of the sentence to a sentence of {@code o} (0 when none), as {@code [d][i][o]}. Each pair of
     * articles is scanned once for both directions: the cosine of two vectors of different sizes sums the
     * smaller one's products whichever comes first, so it is the same to the last bit; vectors of equal size
     * are summed in each direction's own order, as a scan per direction would.
     */
    private static double[][][] bestSimilarities(List<TfIdf.Sparse> vec, List<List<Integer>> byDoc) {
        int docs = byDoc.size();
        double[][][] best = new double[docs][][];
        for (int d = 0; d < docs; d++) {
            best[d] = new double[byDoc.get(d).size()][docs];
        }
        for (int d = 0; d < docs; d++) {
            List<Integer> mine = byDoc.get(d);
            for (int o = d + 1; o < docs; o++) {
                List<Integer> theirs = byDoc.get(o);
                for (int i = 0; i < mine.size(); i++) {
                    TfIdf.Sparse a = vec.get(mine.get(i));
                    double[] bestA = best[d][i];
                    for (int k = 0; k < theirs.size(); k++) {
                        TfIdf.Sparse b = vec.get(theirs.get(k));
                        double ab = TfIdf.cosine(a, b);
                        double ba = a.size() == b.size() ? TfIdf.cosine(b, a) : ab;
                        bestA[o] = Math.max(bestA[o], ab);
                        best[o][k][d] = Math.max(best[o][k][d], ba);
                    }
                }
            }
        }
        return best;
    }

    /**
     * Compares the articles of one story: which sentences each shares with the others, whom each quotes,
     * and which sources and words only it has.
     *
     * @param storyId the story's id, copied into the result
     * @param docs the story's articles; a single article yields only unique sentences
     * @param config supplies {@link StoryConfig#alignThreshold()}
     * @return one view per article, in input order
     */
    public static StoryComparison compare(String storyId, List<StoryDoc> docs, StoryConfig config) {
        List<String> all = new ArrayList<>();
        List<int[]> owner = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            List<String> ss = docs.get(d).sentences();
            for (int i = 0; i < ss.size(); i++) {
                all.add(ss.get(i));
                owner.add(new int[] {d, i});
            }
        }
        List<TfIdf.Sparse> vec = TfIdf.sparse(all);
        List<List<Integer>> byDoc = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            byDoc.add(new ArrayList<>());
        }
        for (int k = 0; k < all.size(); k++) {
            byDoc.get(owner.get(k)[0]).add(k);
        }
        double[][][] bestOf = bestSimilarities(vec, byDoc);
        List<Map<String, Integer>> words = new ArrayList<>();
        List<List<StoryComparison.Source>> sources = new ArrayList<>();
        for (StoryDoc d : docs) {
            Map<String, Integer> w = new HashMap<>();
            for (String t : Tokens.of(d.body())) {
                if (t.length() >= 4 && !t.chars().allMatch(Character::isDigit)) {
                    w.merge(t, 1, Integer::sum);
                }
            }
            words.add(w);
            sources.add(sources(d));
        }
        List<StoryComparison.ArticleView> views = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            StoryDoc doc = docs.get(d);
            List<StoryComparison.AlignedSentence> aligned = new ArrayList<>();
            int shared = 0;
            int partial = 0;
            int unique = 0;
            List<Integer> mine = byDoc.get(d);
            for (int i = 0; i < mine.size(); i++) {
                List<Double> best = new ArrayList<>();
                int carried = 0;
                for (int o = 0; o < docs.size(); o++) {
                    if (o == d) {
                        continue;
                    }
                    double b = bestOf[d][i][o];
                    best.add(b);
                    if (b >= config.alignThreshold()) {
                        carried++;
                    }
                }
                StoryComparison.Coverage c = carried == 0 ? StoryComparison.Coverage.UNIQUE
                        : carried == docs.size() - 1 ? StoryComparison.Coverage.SHARED : StoryComparison.Coverage.PARTIAL;
                switch (c) {
                    case SHARED -> shared++;
                    case PARTIAL -> partial++;
                    case UNIQUE -> unique++;
                }
                aligned.add(new StoryComparison.AlignedSentence(i, doc.sentences().get(i), c, best));
            }
            Set<String> otherSources = new HashSet<>();
            Set<String> otherWords = new HashSet<>();
            for (int o = 0; o < docs.size(); o++) {
                if (o != d) {
                    sources.get(o).forEach(s -> otherSources.add(surname(s.name())));
                    otherWords.addAll(words.get(o).keySet());
                }
            }
            List<String> onlySources = sources.get(d).stream().map(StoryComparison.Source::name)
                    .filter(n -> !otherSources.contains(surname(n))).toList();
            List<String> onlyTerms = words.get(d).entrySet().stream().filter(e -> !otherWords.contains(e.getKey()))
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(15).map(Map.Entry::getKey).toList();
            views.add(new StoryComparison.ArticleView(doc.id(), doc.outlet(), shared, partial, unique, quoteShare(doc),
                    sources.get(d), onlySources, onlyTerms, aligned));
        }
        return new StoryComparison(storyId, views);
    }

    /** A person is recognised across articles by the last word of the name ("Yuri Ushakov" = "Ushakov"). */
    private static String surname(String name) {
        String[] parts = name.split("\\s+");
        return parts[parts.length - 1].toLowerCase(Locale.ROOT);
    }

    static List<StoryComparison.Source> sources(StoryDoc d) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (String s : d.sentences()) {
            Matcher cue = CUE.matcher(s);
            if (!cue.find()) {
                continue;
            }
            String name = nearestName(s, cue.start(), cue.end());
            if (name == null) {
                continue;
            }
            int quoted = 0;
            Matcher q = QUOTED.matcher(s);
            while (q.find()) {
                quoted += Tokens.of(q.group(1)).size();
            }
            int[] c = counts.computeIfAbsent(name, k -> new int[2]);
            c[0]++;
            c[1] += quoted;
        }
        // merge "Yuri Ushakov" and "Ushakov" under the longest spelling
        Map<String, String> longest = new TreeMap<>();
        counts.keySet().forEach(n -> longest.merge(surname(n), n, (a, b) -> a.length() >= b.length() ? a : b));
        Map<String, int[]> merged = new LinkedHashMap<>();
        counts.forEach((n, c) -> {
            int[] m = merged.computeIfAbsent(longest.get(surname(n)), k -> new int[2]);
            m[0] += c[0];
            m[1] += c[1];
        });
        List<StoryComparison.Source> out = new ArrayList<>();
        merged.forEach((n, c) -> out.add(new StoryComparison.Source(n, c[0], c[1])));
        out.sort(Comparator.comparingInt(StoryComparison.Source::attributions).reversed()
                .thenComparing(StoryComparison.Source::name));
        return out;
    }

    private static String nearestName(String s, int cueStart, int cueEnd) {
        Matcher m = NAME.matcher(s);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        while (m.find()) {
            String n = m.group();
            String[] parts = n.split("\\s+");
            int skip = 0;
            while (skip < parts.length && NOT_NAMES.contains(parts[skip])) {
                skip++;
            }
            while (skip < parts.length - 1 && TITLES.contains(parts[skip])) {
                skip++;
            }
            if (skip == parts.length || TITLES.contains(parts[skip])) {
                continue;
            }
            String name = String.join(" ", java.util.Arrays.copyOfRange(parts, skip, parts.length));
            int distance = m.end() <= cueStart ? cueStart - m.end() : m.start() >= cueEnd ? m.start() - cueEnd : 0;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = name;
            }
        }
        return bestDistance <= 60 ? best : null;
    }

    private static double quoteShare(StoryDoc d) {
        String body = d.body();
        if (body.isEmpty()) {
            return 0;
        }
        int quoted = 0;
        Matcher q = QUOTED.matcher(body);
        while (q.find()) {
            quoted += q.group(1).length();
        }
        return (double) quoted / body.length();
    }
}
