package org.slant.features.sourcing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.slant.ingest.Article;
import org.slant.ingest.BlockKind;
import org.slant.ingest.Credit;
import org.slant.ingest.CreditKind;

class CreditsTest {

    private static List<String> found(String text) {
        return Sourcing.standard().analyze(text).credits().stream().map(c -> c.agency() + "/" + c.how()).toList();
    }

    @Test
    void datelineAgencyInParenthesesIsAWireCredit() {
        assertEquals(List.of("AP/dateline"), found("WASHINGTON (AP) \u2014 The Senate voted on Tuesday."));
    }

    @Test
    void contributedLineAtTheEndIsAWireCredit() {
        assertEquals(List.of("Reuters/contributed"),
                found("The Senate voted.\n\nReuters contributed to this report."));
    }

    @Test
    void agencyColonHeadlineAndSourceLineAreWireCredits() {
        assertEquals(List.of("AFP/headline-colon"), found("AFP: Ukraine behind attack on tankers in Black Sea"));
        assertEquals(List.of("Agencies/source-line"), found("Source: Agencies"));
    }

    @Test
    void articleCreditsCountButPhotoCreditsDoNot() {
        Article a = Article.builder("a").block(BlockKind.PARAGRAPH, "Text without credits.")
                .credit(new Credit(CreditKind.WIRE, "Source: Agencies", "Agencies"))
                .credit(new Credit(CreditKind.PHOTO, "(AP)", "AP")).build();
        List<WireCredit> c = Sourcing.standard().analyze(a).credits();
        assertEquals(1, c.size());
        assertEquals("Agencies", c.get(0).agency());
        assertEquals("credit", c.get(0).how());
    }

    @Test
    void ordinaryParenthesesAreNotCredits() {
        assertTrue(found("Senator Jack Reed (D-R.I.) spoke. The vote (a close one) passed.").isEmpty());
    }
}
