package org.slant.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.slant.ingest.Article;
import org.slant.ingest.BlockKind;
import org.slant.ingest.Outlet;
import org.slant.ingest.PublishedTime;
import org.slant.ingest.RejectReason;
import org.slant.ingest.Rejection;

class CorpusSummaryTest {
    static Article article(String id, String outlet, String published) {
        return Article.builder(id).outlet(new Outlet(outlet, outlet.toLowerCase(java.util.Locale.ROOT) + ".example"))
                .published(published == null ? null : PublishedTime.parse(published))
                .block(BlockKind.PARAGRAPH, "Text of " + id).build();
    }

    @Test
    void countsArticlesAndDateRangesPerOutletSortedByName() {
        CorpusSummary s = CorpusSummary.of(List.of(article("1", "Zeta", "2026-02-03T10:00"), article("2", "Alpha", null),
                article("3", "Zeta", "2026-01-30"), article("4", "Zeta", "2026-02-01")), List.of());
        assertEquals(List.of(new CorpusSummary.OutletSummary("Alpha", "alpha.example", 1, null, null),
                new CorpusSummary.OutletSummary("Zeta", "zeta.example", 3, "2026-01-30", "2026-02-03")), s.outlets());
        assertEquals(4, s.articleCount());
    }

    @Test
    void groupsRejectionsByReasonKeepingThreeExamples() {
        List<Rejection> rejections = List.of(
                new Rejection("a.html", 0, RejectReason.NO_ARTICLE, "a list of links"),
                new Rejection("b.jsonl", 4, RejectReason.MALFORMED, "bad JSON"),
                new Rejection("c.html", 0, RejectReason.NO_ARTICLE, "home page"),
                new Rejection("d.html", 0, RejectReason.NO_ARTICLE, "404"),
                new Rejection("e.html", 0, RejectReason.NO_ARTICLE, "tag page"));
        CorpusSummary s = CorpusSummary.of(List.of(), rejections);
        assertEquals(List.of("MALFORMED", "NO_ARTICLE"), s.rejections().stream().map(CorpusSummary.RejectionSummary::reason).toList());
        assertEquals(List.of("b.jsonl:4: bad JSON"), s.rejections().get(0).examples());
        assertEquals(4, s.rejections().get(1).count());
        assertEquals(List.of("a.html: a list of links", "c.html: home page", "d.html: 404"), s.rejections().get(1).examples());
        assertEquals(5, s.rejectedCount());
    }
}
