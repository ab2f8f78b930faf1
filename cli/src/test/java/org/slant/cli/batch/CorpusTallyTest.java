package org.slant.cli.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.slant.analysis.story.StoryDoc;
import org.slant.analysis.text.Tokens;
import org.slant.ingest.Article;
import org.slant.ingest.Ingest;
import org.slant.ingest.IngestResult;

class CorpusTallyTest {

    private static Article seed(String name) throws IOException {
        try (InputStream in = CorpusTallyTest.class.getResourceAsStream("/org/slant/cli/sample/" + name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return ((IngestResult.Accepted) Ingest.parseTextDump(text, name, name)).article();
        }
    }

    /** The plain definition: every token of three characters or more with a letter, stop words left out. */
    private static Map<String, Integer> plainCounts(String text, Set<String> stop) {
        Map<String, Integer> out = new TreeMap<>();
        for (String t : Tokens.of(text)) {
            if (t.length() >= 3 && !stop.contains(t) && t.chars().anyMatch(Character::isLetter)) {
                out.merge(t, 1, Integer::sum);
            }
        }
        return out;
    }

    private static Map<String, Integer> fastCounts(String text) {
        Map<String, Integer> out = new TreeMap<>();
        CorpusTally.countWords(text).forEach((w, c) -> out.put(w, c[0]));
        return out;
    }

    @Test
    void wordCountsFollowTheTokenizerOnSeedsAndAwkwardText() throws IOException {
        String awkward = "The KREMLIN's aide_2 said 2025 ÉLYSÉE Élysée İstanbul İi x1y ab ab1 _a_ Straße STRASSE "
                + "naïve Kyiv/Kiev — 'quoted' re-elected 100km THE Their";
        Set<String> stop = CorpusTally.stopWords();
        assertEquals(plainCounts(awkward, stop), fastCounts(awkward));
        for (String name : List.of("almayadeen-trump-putin-budapest.txt", "indiablooms-trump-putin-budapest.txt")) {
            Article a = seed(name);
            Map<String, Integer> counts = fastCounts(a.text());
            assertEquals(plainCounts(a.text(), stop), counts, name);
            assertTrue(counts.containsKey("trump"), name);
        }
    }

    @Test
    void digestsListEachArticlesWordsInHashMapOrderWithTheTableReusedAcrossArticles() throws IOException {
        String awkward = "The KREMLIN's aide_2 said 2025 ÉLYSÉE Élysée İstanbul x1y ab1 _a_ Straße naïve kremlin";
        List<String> texts = List.of(seed("almayadeen-trump-putin-budapest.txt").text(), awkward,
                seed("indiablooms-trump-putin-budapest.txt").text(), awkward, "", "the and was");
        CorpusTally tally = new CorpusTally(3);
        Set<String> stop = CorpusTally.stopWords();
        for (String text : texts) {
            Article a = article(text);
            CorpusTally.Digest d = tally.digest(a, new org.slant.features.ArticleFeatures(a.id(), List.of()));
            // the order the old per-token map gave: a HashMap filled by put (merge would put new keys first
            // in their bucket) in order of first occurrence
            Map<String, Integer> expected = new java.util.HashMap<>();
            for (String t : Tokens.of(a.text())) {
                if (t.length() >= 3 && !stop.contains(t) && t.chars().anyMatch(Character::isLetter)) {
                    Integer n = expected.get(t);
                    expected.put(t, n == null ? 1 : n + 1);
                }
            }
            assertEquals(List.copyOf(expected.keySet()), List.of(d.words()));
            assertEquals(expected.values().stream().toList(),
                    java.util.Arrays.stream(d.wordCounts()).boxed().toList());
        }
    }

    @Test
    void hashMapOrderIsTheIterationOrderOfAHashMapFilledByPut() {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(11);
        for (int round = 0; round < 300; round++) {
            // the colliding family below has 192 members
            int n = 1 + rnd.nextInt(round % 10 == 0 ? 192 : round < 100 ? 40 : 3000);
            Set<String> distinct = new java.util.LinkedHashSet<>();
            while (distinct.size() < n) {
                if (round % 10 == 0) {
                    // "Aa" and "BB" share a hash code, so these all fall in one bucket: a treeified bin
                    StringBuilder sb = new StringBuilder();
                    for (int k = 0; k < 6; k++) {
                        sb.append(rnd.nextBoolean() ? "Aa" : "BB");
                    }
                    distinct.add(sb.append(rnd.nextInt(3)).toString());
                } else {
                    distinct.add(Integer.toString(rnd.nextInt(1 << 20), 36) + "w");
                }
            }
            String[] words = distinct.toArray(new String[0]);
            int[] counts = new int[words.length];
            Map<String, Integer> map = new java.util.HashMap<>();
            for (int i = 0; i < words.length; i++) {
                counts[i] = i;
                map.put(words[i], i);
            }
            CorpusTally.hashMapOrder(words, counts);
            assertEquals(List.copyOf(map.keySet()), List.of(words), "round " + round);
            for (int i = 0; i < words.length; i++) {
                assertEquals(map.get(words[i]), counts[i]);
            }
        }
    }

    private static Article article(String text) {
        return Article.builder("t").outlet(org.slant.ingest.Outlet.named("Paper"))
                .block(org.slant.ingest.BlockKind.PARAGRAPH, text.isBlank() ? "-" : text).build();
    }

    @Test
    void leadIsTheStoryDocumentCutToItsFirstSentences() throws IOException {
        Article a = seed("almayadeen-trump-putin-budapest.txt");
        StoryDoc full = StoryDoc.of(a);
        assertTrue(full.sentences().size() > 12, "the seed must be longer than the lead");
        for (int k : new int[] {1, 3, 12, 10_000}) {
            StoryDoc lead = CorpusTally.lead(a, k);
            assertEquals(full.sentences().subList(0, Math.min(k, full.sentences().size())), lead.sentences(), "k=" + k);
            assertEquals(full.outlet(), lead.outlet());
            assertEquals(full.headline(), lead.headline());
            assertEquals(full.date(), lead.date());
        }
    }
}
