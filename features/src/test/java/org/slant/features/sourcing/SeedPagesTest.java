package org.slant.features.sourcing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.slant.ingest.Article;
import org.slant.ingest.Ingest;
import org.slant.ingest.IngestResult;

/** The attributions a careful reader finds on the two seed pages (copied from the project's seeds). */
class SeedPagesTest {

    private static Article seed(String name) throws IOException {
        try (InputStream in = SeedPagesTest.class.getResourceAsStream(name + ".txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            IngestResult r = Ingest.parseTextDump(text, name, name + ".txt");
            return ((IngestResult.Accepted) r).article();
        }
    }

    private static List<Attribution> by(SourcingResult r, String speakerName) {
        return r.attributions().stream()
                .filter(a -> r.speaker(a.speakerId()).map(s -> s.name().equals(speakerName)).orElse(false))
                .toList();
    }

    private static Optional<Attribution> withContent(SourcingResult r, String text, String fragment) {
        return r.attributions().stream()
                .filter(a -> a.content().stream().anyMatch(s -> s.of(text).contains(fragment))).findFirst();
    }

    @Test
    void alMayadeenUshakovStatementsAreHisAndRussias() throws IOException {
        Article a = seed("almayadeen-trump-putin-budapest");
        SourcingResult r = Sourcing.standard().analyze(a);
        String t = a.text();
        List<Attribution> ushakov = by(r, "Yury Ushakov");
        assertTrue(ushakov.size() >= 5, "Ushakov said, told reporters, confirmed, according to, said: " + ushakov.size());
        Speaker s = r.speaker(ushakov.get(0).speakerId()).orElseThrow();
        assertEquals("Russia government", s.affiliation());
        assertEquals(RoleCategory.OFFICIAL, s.category());
        assertTrue(s.roles().contains("Russian presidential aide"), s.roles().toString());
        Attribution told = withContent(r, t, "looks paradoxical").orElseThrow();
        assertEquals("Ushakov", told.source().of(t));
        assertEquals("told", told.cue().of(t));
        assertEquals(AttributionType.DIRECT, told.type());
        Attribution according = r.attributions().stream()
                .filter(x -> "according to".equals(x.cueLemma()) && x.source().of(t).equals("Ushakov"))
                .findFirst().orElseThrow();
        assertTrue(according.content().get(0).of(t).startsWith("the Russian president told"));
        Attribution putin = r.attributions().stream().filter(x -> x.source() != null
                && x.source().of(t).equals("the Russian president")).findFirst().orElseThrow();
        assertEquals("Vladimir Putin", r.speaker(putin.speakerId()).orElseThrow().name());
    }

    @Test
    void alMayadeenTrumpHegsethAnalystsAndTheAgencyCredit() throws IOException {
        Article a = seed("almayadeen-trump-putin-budapest");
        SourcingResult r = Sourcing.standard().analyze(a);
        String t = a.text();
        List<Attribution> trump = by(r, "Donald Trump");
        assertTrue(trump.size() >= 5, "Trump said, wrote, confirmed, suggested, claimed: " + trump.size());
        assertEquals("US government", r.speaker(trump.get(0).speakerId()).orElseThrow().affiliation());
        Attribution wrote = withContent(r, t, "great progress was made").orElseThrow();
        assertEquals("wrote", wrote.cue().of(t));
        List<Attribution> hegseth = by(r, "Pete Hegseth");
        assertEquals(1, hegseth.size());
        assertEquals("US Defense Secretary Pete Hegseth", hegseth.get(0).source().of(t));
        Attribution analysts = withContent(r, t, "most direct diplomatic engagements").orElseThrow();
        assertEquals("analysts", analysts.source().of(t));
        Speaker anon = r.speaker(analysts.speakerId()).orElseThrow();
        assertFalse(anon.named());
        assertTrue(r.credits().stream().anyMatch(c -> c.agency().equals("Agencies")), r.credits().toString());
    }

    @Test
    void indiaBloomsTrumpStatementsAreFound() throws IOException {
        Article a = seed("indiablooms-trump-putin-budapest");
        SourcingResult r = Sourcing.standard().analyze(a);
        String t = a.text();
        Attribution wrote = withContent(r, t, "I have just concluded my telephone conversation").orElseThrow();
        assertEquals("Trump", wrote.source().of(t));
        assertEquals(AttributionType.DIRECT, wrote.type());
        assertTrue(by(r, "Donald Trump").size() >= 3);
    }
}
