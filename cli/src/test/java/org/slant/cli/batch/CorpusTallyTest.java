package org.slant.cli.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
    void digestsListEachArticlesWordsInOrderOfFirstOccurrenceWithTheTableReusedAcrossArticles(@TempDir Path work)
            throws IOException {
        String awkward = "The KREMLIN's aide_2 said 2025 ÉLYSÉE Élysée İstanbul x1y ab1 _a_ Straße naïve kremlin";
        List<String> texts = List.of(seed("almayadeen-trump-putin-budapest.txt").text(), awkward,
                seed("indiablooms-trump-putin-budapest.txt").text(), awkward, "", "the and was");
        Set<String> stop = CorpusTally.stopWords();
        try (CorpusTally tally = new CorpusTally(3, work)) {
            for (String text : texts) {
                Article a = article(text);
                CorpusTally.Digest d = tally.digest(a, new org.slant.features.ArticleFeatures(a.id(), List.of()));
                Map<String, Integer> expected = new java.util.LinkedHashMap<>();
                for (String t : Tokens.of(a.text())) {
                    if (t.length() >= 3 && !stop.contains(t) && t.chars().anyMatch(Character::isLetter)) {
                        expected.merge(t, 1, Integer::sum);
                    }
                }
                assertEquals(List.copyOf(expected.keySet()), List.of(d.words()));
                assertEquals(List.copyOf(expected.values()), java.util.Arrays.stream(d.wordCounts()).boxed().toList());
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
