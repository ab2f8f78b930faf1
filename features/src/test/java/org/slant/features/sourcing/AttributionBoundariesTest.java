package org.slant.features.sourcing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Where attributed content starts and ends: cases a careful reader agrees on, written for these tests. */
class AttributionBoundariesTest {

    private static final Sourcing SOURCING = Sourcing.standard();

    /** Each attribution as "content || source || cue", content fragments joined by " | ". */
    private static List<String> found(String text) {
        List<String> out = new ArrayList<>();
        for (Attribution a : SOURCING.analyze(text).attributions()) {
            StringBuilder sb = new StringBuilder();
            for (Span s : a.content()) {
                sb.append(sb.length() > 0 ? " | " : "").append(s.of(text));
            }
            sb.append(" || ").append(a.source() == null ? "-" : a.source().of(text));
            sb.append(" || ").append(a.cue() == null ? "-" : a.cue().of(text));
            out.add(sb.toString());
        }
        return out;
    }

    @Test
    void aShortLeadInBeforeTheSubjectIsNotContent() {
        assertEquals(List.of("his deal with the city was strictly business || Mr. Lopez || said"),
                found("In an email, Mr. Lopez said his deal with the city was strictly business."));
    }

    @Test
    void anAbbreviationPeriodDoesNotEndTheSourceOrTheContent() {
        assertEquals(List.of("\u201CIt is a problem for the town,\u201D || Rep. Ann Hale || said"),
                found("\u201CIt is a problem for the town,\u201D said Rep. Ann Hale (D-Ore.), a member of the panel."));
    }

    @Test
    void aNewMainClauseAfterACommaEndsTheContent() {
        assertEquals(List.of("he would hold a hearing || he || said"),
                found("While he said he would hold a hearing, it is unlikely to pass this year."));
    }

    @Test
    void aFrontedAdjunctInTheContentDoesNotEndIt() {
        assertEquals(List.of("that despite the new rules, there are still plants being built || The report || found"),
                found("The report found that despite the new rules, there are still plants being built."));
    }

    @Test
    void aWhenClauseAfterAQuotedStatementIsNotContent() {
        assertEquals(List.of("\u201CAbsolutely,\u201D || he || said"),
                found("\u201CAbsolutely,\u201D he said when asked by a reporter whether that remained his view."));
    }

    @Test
    void aShortQuotedTitleAfterTheCueDoesNotStartContent() {
        assertEquals(List.of("\u201CWe are going to win this,\u201D || Grant || said"),
                found("\u201CWe are going to win this,\u201D Grant said on the \u201CMorning Show\u201D on Tuesday."));
    }

    @Test
    void aGerundCueAfterAPrepositionTakesTheSentenceSubject() {
        assertEquals(List.of("the count may be rigged || Mayor Cole || suggesting"),
                found("Mayor Cole angered the board by suggesting the count may be rigged."));
    }

    @Test
    void aGerundCueModifyingANounTakesThatNounAsSource() {
        assertEquals(List.of("Ms. Reyes || Several groups || supporting"),
                found("Several groups supporting Ms. Reyes spent heavily on television."));
    }

    @Test
    void typewriterQuotesResumeAfterTheCue() {
        String t = "''There is a lot of history here,'' Mr. Adler said, ''and it is hard to move past it.''";
        assertEquals(List.of("''There is a lot of history here,'' | ''and it is hard to move past it.'' || Mr. Adler || said"),
                found(t));
    }

    @Test
    void coordinatedSourcesBetweenCommasKeepTheContentAroundThem() {
        String t = "The appeal of the plan, union members and leaders say, is its simplicity.";
        assertEquals(List.of("The appeal of the plan | is its simplicity || union members and leaders || say"), found(t));
    }

    @Test
    void aQuotedParagraphAfterAPartlyQuotedStatementContinuesIt() {
        String t = "Still, clubs are ''just scratching out a profit,'' Mr. Hale said from his office. "
                + "''Golf is a thin business. You need a sharp pencil.''";
        assertEquals(List.of("Still, clubs are ''just scratching out a profit,'' | ''Golf is a thin business. "
                + "You need a sharp pencil.'' || Mr. Hale || said"), found(t));
    }

    @Test
    void nounCuesTakeTheirClauseOrObjectAndThePossessorAsSource() {
        assertEquals(List.of("that the count was rigged || his || claim"),
                found("Nobody in the room took up his claim that the count was rigged."));
        assertEquals(List.of("to disavow the group || Ward\u2019s || refusal to"),
                found("Ward\u2019s refusal to disavow the group drew criticism."));
    }

    @Test
    void aNounCueWithoutItsOpenerIsNoAttribution() {
        assertEquals(List.of(), found("The claim was filed in March and the plan was dropped."));
    }

    @Test
    void anAgeBetweenNameAndAppositiveStillFindsTheSubject() {
        assertEquals(List.of("she was glad but still worried || Rosa Lind, 60, a doctor || said"),
                found("Rosa Lind, 60, a doctor, said she was glad but still worried."));
    }

    @Test
    void titleCaseHeadlinesHaveCapitalisedCues() {
        assertEquals(List.of("Tariffs Will Hurt Farmers || Governor Hale || Says"),
                found("Governor Hale Says Tariffs Will Hurt Farmers"));
    }

    @Test
    void aQuestionEndingTheSentenceBeforeItsCueIsTheContent() {
        assertEquals(List.of("\u201CDid you know it was his?\u201D || Todd || asked"),
                found("\u201CDid you know it was his?\u201D Todd asked the candidate."));
    }

    @Test
    void askedWithAShortAdjunctBeforeTheQuestionLeadsTheSentence() {
        assertEquals(List.of("whether he would back the nominee || Rubio || Asked"),
                found("Asked in Iowa recently whether he would back the nominee, Rubio gave a roundabout answer."));
    }

    @Test
    void thinkingVerbsTakeInfinitivesAndEmbeddedQuestions() {
        assertEquals(List.of("to settle the case this year || The firm || hopes"),
                found("The firm hopes to settle the case this year."));
        assertEquals(List.of("which candidate the shift helps || Neither party || knows"),
                found("Neither party knows which candidate the shift helps."));
    }

    @Test
    void aVerbFormOfANounCueAfterItsSubjectIsAVerb() {
        assertEquals(List.of("that the deal will hold || She || hopes"), found("She hopes that the deal will hold."));
    }

    @Test
    void attitudeAdjectivesAfterBeAreCuesWithTheirPreposition() {
        assertEquals(List.of("what the merger means for her members || The union head || worried about"),
                found("The union head is worried about what the merger means for her members."));
        assertEquals(List.of(), found("The worried residents left early."));
    }

    @Test
    void aParagraphEndingInAColonIntroducesTheQuotedParagraphAfterIt() {
        String t = "Reporter Jane Doe says:\n\n\u201CThe fighting has moved to the port. Nobody can leave.\u201D";
        assertEquals(List.of("\u201CThe fighting has moved to the port. Nobody can leave.\u201D || Reporter Jane Doe || says"),
                found(t));
    }

    @Test
    void invertedSourcesStopAtARelativeClauseAndMayStartWithARoleWord() {
        assertEquals(List.of("The port is the key || a handful of Democrats || said"),
                found("The port is the key, said a handful of Democrats who live in the city."));
        assertEquals(List.of("India has more pull through films || political scientist Dossym Satpayev || says"),
                found("India has more pull through films, says political scientist Dossym Satpayev."));
    }

    @Test
    void aGerundAfterASubordinatorKeepsTheSourceOfTheStatementBeforeIt() {
        assertEquals(List.of("\u201CYou do not win by states,\u201D || Rubio || responded",
                        "that he will have to win some || Rubio || adding"),
                found("\u201CYou do not win by states,\u201D Rubio responded before adding that he will have to win some."));
    }

    @Test
    void aTypewriterQuotedTitleClosingTheSentenceIsNotContent() {
        assertEquals(List.of("''He sees the port as the key,'' || Mr. Lund || said"),
                found("''He sees the port as the key,'' Mr. Lund said on CBS's ''Face the Nation.''"));
    }

    @Test
    void aTypoedClosingMarkStillClosesTheQuotedContent() {
        assertEquals(List.of("\u201CDo you want that?\u201C || he || asked"),
                found("\u201CDo you want that?\u201C he asked."));
    }

    @Test
    void aNameInAppositionOrADashedAsideLeavesTheSubjectBeforeIt() {
        assertEquals(List.of("''He had it coming,'' || the driver, John Hale || told"),
                found("''He had it coming,'' the driver, John Hale, told a television crew."));
        assertEquals(List.of("he will not appeal || Joyce \u2014 who is listed as a lawyer || told"),
                found("Joyce \u2014 who is listed as a lawyer \u2014 told the paper he will not appeal."));
    }

    @Test
    void accordingToSourcesKeepInitialsAndTheirIncludingPhrase() {
        assertEquals(List.of("his was an all-purpose job || E. J. Fleming's book || According to"),
                found("According to E. J. Fleming's book, his was an all-purpose job."));
        assertEquals(List.of("Kasich has the best odds || three polls, including one from Monmouth || according to"),
                found("Kasich has the best odds, according to three polls, including one from Monmouth."));
    }

    /**
     * A one-megabyte "sentence" dense with every cue pattern (lead-ins, gerunds, noun cues, appositives, commas
     * and no full stop) must finish: the timeout is a hang guard against quadratic scans, not a speed test.
     */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aMegabyteSentenceOfCuePatternsFinishesWithBoundedAttributions() {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 1_000_000) {
            sb.append("in an email, Mr. Lee, 60, a doctor, said his claim that the count was rigged, by suggesting ")
                    .append("the groups supporting Ms. Reyes' refusal to concede, \u201Cwhen asked\u201D, ");
        }
        String t = sb.toString();
        List<Attribution> atts = SOURCING.analyze(t).attributions();
        assertTrue(atts.size() > 100 && atts.size() < t.length() / 20, "attributions: " + atts.size());
        for (Attribution a : atts) {
            assertTrue(a.contentEnd() <= t.length() && a.contentEnd() - a.contentStart() < 20_000);
        }
    }
}
