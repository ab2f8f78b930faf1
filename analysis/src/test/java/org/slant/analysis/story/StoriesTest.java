package org.slant.analysis.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slant.ingest.Article;
import org.slant.ingest.Ingest;
import org.slant.ingest.IngestResult;

class StoriesTest {

    static Article seed(String name) throws IOException {
        try (InputStream in = StoriesTest.class.getResourceAsStream(name + ".txt")) {
            IngestResult r = Ingest.parseTextDump(new String(in.readAllBytes(), StandardCharsets.UTF_8), name, name);
            return ((IngestResult.Accepted) r).article();
        }
    }

    static StoryDoc unrelated() {
        return new StoryDoc("weather", "example.org", LocalDate.of(2025, 10, 17), "Storm floods coastal towns in Portugal",
                List.of("Heavy rain flooded coastal towns in northern Portugal on Friday.",
                        "The civil protection agency said hundreds of homes were evacuated.",
                        "Forecasters expect the storm to weaken by Sunday."));
    }

    @Test
    void theTwoSeedPagesFormOneStoryAndAnUnrelatedArticleAnother() throws IOException {
        List<StoryDoc> docs = List.of(StoryDoc.of(seed("almayadeen-trump-putin-budapest")), unrelated(),
                StoryDoc.of(seed("indiablooms-trump-putin-budapest")));
        List<Story> stories = StoryClusterer.cluster(docs, StoryConfig.defaults());
        assertEquals(2, stories.size(), stories.toString());
        assertEquals(List.of("almayadeen-trump-putin-budapest", "indiablooms-trump-putin-budapest"),
                stories.get(0).articleIds());
        assertEquals(List.of("weather"), stories.get(1).articleIds());
    }

    @Test
    void theComparisonShowsWhoEachOutletQuotesAndWhatOnlyOneCarries() throws IOException {
        StoryDoc am = StoryDoc.of(seed("almayadeen-trump-putin-budapest"));
        StoryDoc ib = StoryDoc.of(seed("indiablooms-trump-putin-budapest"));
        StoryComparison c = StoryComparator.compare("story-1", List.of(am, ib), StoryConfig.defaults());
        StoryComparison.ArticleView a = c.articles().get(0);
        StoryComparison.ArticleView b = c.articles().get(1);
        // Al Mayadeen quotes the Kremlin aide at length; the other outlet never names him
        StoryComparison.Source ushakov = a.sources().stream().filter(s -> s.name().endsWith("Ushakov")).findFirst()
                .orElseThrow(() -> new AssertionError(a.sources().toString()));
        assertTrue(ushakov.attributions() >= 4 && ushakov.quotedWords() >= 40, ushakov.toString());
        assertTrue(a.sourcesOnlyHere().contains(ushakov.name()), a.sourcesOnlyHere().toString());
        assertEquals("Donald Trump", b.sources().get(0).name());
        assertTrue(b.termsOnlyHere().contains("zelenskyy"), b.termsOnlyHere().toString());
        assertTrue(a.termsOnlyHere().contains("ushakov"), a.termsOnlyHere().toString());
        // both report the Budapest summit; most of each article is its own
        assertTrue(a.shared() >= 1 && b.shared() >= 1);
        assertTrue(a.unique() > a.shared() && b.unique() > b.shared());
        assertEquals(a.shared() + a.partial() + a.unique(), a.sentences().size());
    }

    @Test
    void articlesOfOneOutletOrFarApartInTimeNeverShareAStory() {
        StoryDoc x = new StoryDoc("x", "a.com", LocalDate.of(2020, 1, 1), "Senate passes budget bill",
                List.of("The Senate passed the budget bill late on Tuesday."));
        StoryDoc sameOutlet = new StoryDoc("y", "a.com", LocalDate.of(2020, 1, 1), "Senate passes budget bill",
                List.of("The Senate passed the budget bill late on Tuesday night."));
        StoryDoc later = new StoryDoc("z", "b.com", LocalDate.of(2020, 3, 1), "Senate passes budget bill",
                List.of("The Senate passed the budget bill late on Tuesday."));
        StoryDoc other = new StoryDoc("w", "c.com", LocalDate.of(2020, 1, 2), "Budget bill passes the Senate",
                List.of("Late on Tuesday the Senate passed the budget bill."));
        List<Story> s = StoryClusterer.cluster(List.of(x, sameOutlet, later, other), StoryConfig.defaults());
        assertEquals(List.of(List.of("x", "w"), List.of("y"), List.of("z")), s.stream().map(Story::articleIds).toList());
    }

    @Test
    void duplicateIdsAndBadSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> StoryClusterer.cluster(List.of(unrelated(), unrelated()),
                StoryConfig.defaults()));
        assertThrows(IllegalArgumentException.class, () -> new StoryConfig(1.5, 3, 100, 2, true, 0.3));
    }
}
