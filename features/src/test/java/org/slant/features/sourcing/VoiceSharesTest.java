package org.slant.features.sourcing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slant.features.ArticleFeatures;
import org.slant.features.Evidence;
import org.slant.features.FeatureValue;
import org.slant.features.Features;
import org.slant.ingest.Article;
import org.slant.ingest.BlockKind;
import org.slant.ingest.Ingest;
import org.slant.ingest.IngestResult;

/** The distribution of attributed content over role categories ({@code sourcing.voice_*_share}). */
class VoiceSharesTest {

    private static final List<String> VOICES = List.of("official", "expert", "media", "citizen", "anonymous",
            "unknown");

    private static Article seed(String name) throws IOException {
        try (InputStream in = VoiceSharesTest.class.getResourceAsStream(name + ".txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return ((IngestResult.Accepted) Ingest.parseTextDump(text, name, name + ".txt")).article();
        }
    }

    private static double voice(ArticleFeatures f, String category) {
        return f.value("sourcing.voice_" + category + "_share");
    }

    private static double sum(ArticleFeatures f) {
        double s = 0;
        for (String v : VOICES) {
            s += voice(f, v);
        }
        return s;
    }

    @Test
    void sharesOfAHandWrittenArticleFollowItsSpeakersRoles() {
        String official = "the call was productive";
        String expert = "The summit is a gamble";
        Article a = Article.builder("v")
                .block(BlockKind.PARAGRAPH, "Russian presidential aide Yury Ushakov said " + official + ".")
                .block(BlockKind.PARAGRAPH, expert + ", analysts say.")
                .build();
        ArticleFeatures f = Features.standard().extract(a);
        double all = official.length() + expert.length();
        assertEquals(official.length() / all, voice(f, "official"), 1e-9);
        assertEquals(expert.length() / all, voice(f, "expert"), 1e-9);
        assertEquals(0, voice(f, "media"));
        assertEquals(1, sum(f), 1e-9);
        FeatureValue o = f.find("sourcing.voice_official_share").orElseThrow();
        assertEquals(1, o.evidence().size());
        assertEquals("Yury Ushakov | Russia government", o.evidence().get(0).note());
    }

    @Test
    void seedPagesGiveADistributionLedByOfficials() throws IOException {
        for (String name : List.of("almayadeen-trump-putin-budapest", "indiablooms-trump-putin-budapest")) {
            Article a = seed(name);
            ArticleFeatures f = Features.standard().extract(a);
            assertEquals(1, sum(f), 1e-9, name);
            for (String v : VOICES) {
                assertTrue(voice(f, "official") >= voice(f, v), name + ": officials speak most, not " + v);
                for (Evidence e : f.find("sourcing.voice_" + v + "_share").orElseThrow().evidence()) {
                    assertTrue(e.start() >= 0 && e.end() <= a.text().length(), name + " " + v);
                }
            }
            assertTrue(voice(f, "official") > 0.5, name + " official " + voice(f, "official"));
            assertTrue(f.value("sourcing.affiliations") >= 2, name + ": Russia's and the US's governments");
        }
        // Al Mayadeen's "..., analysts say" is the expert voice
        assertTrue(voice(Features.standard().extract(seed("almayadeen-trump-putin-budapest")), "expert") > 0);
    }
}
