package org.slant.features.sourcing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.slant.features.FeaturesException;

class SourcingTest {

    private static final Sourcing SOURCING = Sourcing.standard();

    private static String content(String text, Attribution a) {
        StringBuilder sb = new StringBuilder();
        for (Span s : a.content()) {
            if (sb.length() > 0) {
                sb.append(" | ");
            }
            sb.append(s.of(text));
        }
        return sb.toString();
    }

    private static Speaker speaker(SourcingResult r, Attribution a) {
        return r.speaker(a.speakerId()).orElseThrow(() -> new AssertionError("unresolved speaker for " + a));
    }

    @Test
    void reportedSpeechWithThatGivesContentCueAndSource() {
        String t = "The New York Post reports that the team avoided the hospital.";
        SourcingResult r = SOURCING.analyze(t);
        assertEquals(1, r.attributions().size());
        Attribution a = r.attributions().get(0);
        assertEquals("that the team avoided the hospital", content(t, a));
        assertEquals("reports", a.cue().of(t));
        assertEquals("The New York Post", a.source().of(t));
        assertEquals(AttributionType.INDIRECT, a.type());
        assertEquals("report", a.cueLemma());
        assertEquals(SourceKind.ORGANISATION, speaker(r, a).kind());
        assertEquals(RoleCategory.MEDIA, speaker(r, a).category());
    }

    @Test
    void quoteBeforeCueResolvesPronounToTheNamedSource() {
        String t = "Senator Jane Miller spoke on Monday.\n\n\u201CWe will not back down,\u201D she said.";
        SourcingResult r = SOURCING.analyze(t);
        assertEquals(1, r.attributions().size());
        Attribution a = r.attributions().get(0);
        assertEquals("\u201CWe will not back down,\u201D", content(t, a));
        assertEquals("she", a.source().of(t));
        assertEquals(AttributionType.DIRECT, a.type());
        assertEquals("Jane Miller", speaker(r, a).name());
    }

    @Test
    void saidNameInversionTakesTheSourceAfterTheCue() {
        String t = "\u201CThe delegate math is daunting,\u201D said Simon Rosenberg, a strategist.";
        SourcingResult r = SOURCING.analyze(t);
        Attribution a = r.attributions().get(0);
        assertEquals("\u201CThe delegate math is daunting,\u201D", content(t, a));
        assertEquals("said", a.cue().of(t));
        assertEquals("Simon Rosenberg", a.source().of(t));
    }

    @Test
    void contentBeforeCommaAndSourceAfterIsReportedSpeech() {
        String t = "The plan was dead on arrival, officials said.";
        Attribution a = SOURCING.analyze(t).attributions().get(0);
        assertEquals("The plan was dead on arrival", content(t, a));
        assertEquals("officials", a.source().of(t));
    }

    @Test
    void accordingToWorksBeforeAndAfterTheContent() {
        String t = "According to Ushakov, the call lasted two hours. The talks will resume, according to the Kremlin.";
        SourcingResult r = SOURCING.analyze(t);
        assertEquals(2, r.attributions().size());
        Attribution first = r.attributions().get(0);
        assertEquals("the call lasted two hours", content(t, first));
        assertEquals("Ushakov", first.source().of(t));
        assertEquals("according to", first.cueLemma());
        Attribution second = r.attributions().get(1);
        assertEquals("The talks will resume", content(t, second));
        assertEquals("the Kremlin", second.source().of(t));
        assertEquals("Russia government", speaker(r, second).affiliation());
    }

    @Test
    void addingThatCutsTheFirstContentAndKeepsTheSource() {
        String t = "Trump said the call yielded great progress, adding that both leaders discussed peace.";
        SourcingResult r = SOURCING.analyze(t);
        assertEquals("the call yielded great progress", content(t, r.attributions().get(0)));
        Attribution adding = r.attributions().stream().filter(x -> "add".equals(x.cueLemma())).findFirst()
                .orElseThrow();
        assertEquals("that both leaders discussed peace", content(t, adding));
        assertEquals("Trump", adding.source().of(t));
        assertEquals("add", adding.cueLemma());
    }

    @Test
    void toldWithAnAddresseeStartsTheContentAtThat() {
        String t = "A spokesman for Ryan, Brendan Buck, told Politico on Monday that the speaker was informed.";
        Attribution a = SOURCING.analyze(t).attributions().get(0);
        assertEquals("that the speaker was informed", content(t, a));
        assertEquals("told", a.cue().of(t));
        assertTrue(a.source().of(t).contains("Brendan Buck"), a.source().of(t));
    }

    @Test
    void colonStatementsAttributeToTheNameBeforeTheColon() {
        String t = "Sheikh Qassem: We will never accept being subservient to anyone.";
        SourcingResult r = SOURCING.analyze(t);
        Attribution a = r.attributions().get(0);
        assertEquals(":", a.cue().of(t));
        assertEquals("Sheikh Qassem", a.source().of(t));
        assertEquals("We will never accept being subservient to anyone.", content(t, a));
        assertEquals("Hezbollah", speaker(r, a).affiliation());
    }

    @Test
    void anonymousSourcesAreNotNamed() {
        String t = "The initiative is the most direct engagement in years, analysts say. "
                + "A source told reporters that the meeting was postponed.";
        SourcingResult r = SOURCING.analyze(t);
        assertEquals(2, r.attributions().size());
        for (Attribution a : r.attributions()) {
            Speaker s = speaker(r, a);
            assertEquals(SourceKind.ANONYMOUS, s.kind());
            assertFalse(s.named());
        }
        assertEquals(RoleCategory.EXPERT, speaker(r, r.attributions().get(0)).category());
    }

    @Test
    void groupSourcesTakeTheAffiliationOfTheirNamedBody() {
        String t = "IRGC sources tell Al Mayadeen that reports of missile strikes on northern Iraq are false.";
        SourcingResult r = SOURCING.analyze(t);
        Attribution a = r.attributions().get(0);
        assertEquals("IRGC sources", a.source().of(t));
        assertEquals("that reports of missile strikes on northern Iraq are false", content(t, a));
        Speaker s = speaker(r, a);
        assertEquals(SourceKind.ANONYMOUS, s.kind());
        assertEquals("Iran government", s.affiliation());
    }

    @Test
    void mentionsOfOnePersonMergeIntoOneSpeakerWithRoles() {
        String t = "US President Donald Trump said the summit would happen. Trump added that it would be soon. "
                + "The US president also said that he was optimistic.";
        SourcingResult r = SOURCING.analyze(t);
        assertEquals(3, r.attributions().size());
        String id = r.attributions().get(0).speakerId();
        assertNotNull(id);
        for (Attribution a : r.attributions()) {
            assertEquals(id, a.speakerId(), "all three statements are Trump's");
        }
        Speaker trump = r.speaker(id).orElseThrow();
        assertEquals("Donald Trump", trump.name());
        assertTrue(trump.roles().contains("US President"), trump.roles().toString());
        assertEquals(3, trump.mentions().size());
    }

    @Test
    void roleOnlyMentionsResolveToAPersonNamedEarlierWithThoseRoles() {
        String t = "Russian President Vladimir Putin met the delegation on Monday. "
                + "The Russian president said the talks were useful.";
        SourcingResult r = SOURCING.analyze(t);
        Speaker s = speaker(r, r.attributions().get(0));
        assertEquals("Vladimir Putin", s.name());
        assertEquals("Russia government", s.affiliation());
    }

    @Test
    void roleWordsGiveAnAffiliationToUnknownOfficials() {
        String t = "Russian Deputy Foreign Minister Ivan Petrovsky said the offer stands.";
        SourcingResult r = SOURCING.analyze(t);
        Speaker s = speaker(r, r.attributions().get(0));
        assertEquals("Ivan Petrovsky", s.name());
        assertEquals("Russia government", s.affiliation());
        assertEquals(RoleCategory.OFFICIAL, s.category());
    }

    @Test
    void aUserRegistryOverridesTheBuiltInOne() throws FeaturesException {
        ActorRegistry mine = ActorRegistry.fromJson("{\"actors\": [{\"name\": \"Ivan Petrovsky\", "
                + "\"aliases\": [\"Petrovsky\"], \"kind\": \"PERSON\", \"affiliation\": \"Acme Party\", "
                + "\"category\": \"official\"}]}");
        Sourcing s = Sourcing.withRegistry(ActorRegistry.builtIn().with(mine));
        String t = "Petrovsky said the offer stands.";
        SourcingResult r = s.analyze(t);
        assertEquals("Acme Party", speaker(r, r.attributions().get(0)).affiliation());
        assertEquals("Ivan Petrovsky", speaker(r, r.attributions().get(0)).name());
    }

    @Test
    void followingQuoteSentencesJoinTheQuotedAttribution() {
        String t = "\u201CWe can win,\u201D Tyler said. \u201CIt is just common sense to start early.\u201D";
        SourcingResult r = SOURCING.analyze(t);
        assertEquals(1, r.attributions().size());
        Attribution a = r.attributions().get(0);
        assertEquals(2, a.content().size());
        assertEquals("\u201CIt is just common sense to start early.\u201D", a.content().get(1).of(t));
    }

    @Test
    void askedQuestionsLeadingASentenceAreAttributed() {
        String t = "Asked whether the plan works, Smith said it does.";
        SourcingResult r = SOURCING.analyze(t);
        Attribution asked = r.attributions().stream().filter(a -> "ask".equals(a.cueLemma())).findFirst()
                .orElseThrow();
        assertEquals("whether the plan works", content(t, asked));
        assertEquals("Smith", asked.source().of(t));
        Attribution said = r.attributions().stream().filter(a -> "say".equals(a.cueLemma())).findFirst()
                .orElseThrow();
        assertEquals("it does", content(t, said));
    }

    @Test
    void quoteResumingAfterCueAndAdjunctsIsOneAttribution() {
        String t = "\u201CWhat I believe,\u201D Arne Duncan told The New York Times in 2012, \u201Cis that "
                + "education ends poverty.\u201D";
        SourcingResult r = SOURCING.analyze(t);
        assertEquals(1, r.attributions().size());
        Attribution a = r.attributions().get(0);
        assertEquals(2, a.content().size());
        assertEquals("Arne Duncan", a.source().of(t));
        assertEquals(AttributionType.DIRECT, a.type());
    }

    @Test
    void mixedQuotesAreTypedMixed() {
        String t = "Trump said the call was \u201Cvery productive\u201D and long.";
        Attribution a = SOURCING.analyze(t).attributions().get(0);
        assertEquals(AttributionType.MIXED, a.type());
    }

    @Test
    void nounUsesOfCueWordsAreNotCues() {
        String t = "The reports were late. Three states voted. The Secretary of State arrived.";
        assertEquals(List.of(), SOURCING.analyze(t).attributions());
    }

    @Test
    void longUnbalancedQuoteInputGivesASensibleResult() {
        StringBuilder sb = new StringBuilder("He said \u201C");
        while (sb.length() < 1_000_000) {
            sb.append("the talks will go on and on, she said, \u201D \" ' \u2018 according to nobody ");
        }
        SourcingResult r = SOURCING.analyze(sb.toString());
        assertFalse(r.attributions().isEmpty());
        for (Attribution a : r.attributions()) {
            assertTrue(a.contentEnd() <= sb.length());
        }
    }

    @Test
    void emptySentencelessAndForeignTextsGiveEmptyResults() {
        assertEquals(List.of(), SOURCING.analyze("").attributions());
        assertEquals(List.of(), SOURCING.analyze("\n\n   \n").attributions());
        assertEquals(List.of(), SOURCING.analyze("\u5317\u4EAC\u5E02\u653F\u5E9C\u4ECA\u5929\u5BA3\u5E03").attributions());
        SourcingResult r = SOURCING.analyze("Le ministre a d\u00E9clar\u00E9 que la r\u00E9union aura lieu.");
        assertNull(r.attributions().isEmpty() ? null : r.attributions().get(0).speakerId());
    }
}
