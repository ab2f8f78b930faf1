package org.slant.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * What went into the report: outlets with their article counts and dates, and the inputs that were
 * rejected, grouped by reason.
 *
 * @param outlets one entry per outlet, in display order
 * @param rejections one entry per rejection reason, in display order
 */
public record CorpusSummary(List<OutletSummary> outlets, List<RejectionSummary> rejections) {
    public CorpusSummary {
        outlets = Checks.list(outlets, "corpus outlets");
        rejections = Checks.list(rejections, "corpus rejections");
    }

    /** Articles over all outlets. */
    @JsonIgnore
    public long articleCount() {
        return outlets.stream().mapToLong(OutletSummary::articles).sum();
    }

    /** Rejected inputs over all reasons. */
    @JsonIgnore
    public long rejectedCount() {
        return rejections.stream().mapToLong(RejectionSummary::count).sum();
    }

    /**
     * One outlet of the corpus.
     *
     * @param outlet display name
     * @param domain web domain; may be null
     * @param articles number of articles accepted
     * @param firstPublished earliest publication date (ISO 8601); may be null
     * @param lastPublished latest publication date (ISO 8601); may be null
     */
    public record OutletSummary(String outlet, String domain, long articles, String firstPublished,
                                String lastPublished) {
        public OutletSummary {
            Checks.required(outlet, "outlet name");
            Checks.count(articles, "articles of " + outlet);
        }
    }

    /**
     * Inputs rejected for one reason.
     *
     * @param reason the reason, e.g. {@code NO_ARTICLE}
     * @param count how many inputs
     * @param examples a few of them, as {@code origin:record: message}
     */
    public record RejectionSummary(String reason, long count, List<String> examples) {
        public RejectionSummary {
            Checks.required(reason, "rejection reason");
            Checks.count(count, "rejections for " + reason);
            examples = Checks.list(examples, "rejection examples");
        }
    }
}
