package org.slant.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slant.ingest.Article;
import org.slant.ingest.Rejection;

/**
 * What went into the report: outlets with their article counts and dates, and the inputs that were
 * rejected, grouped by reason.
 *
 * @param outlets one entry per outlet, in display order
 * @param rejections one entry per rejection reason, in display order
 */
public record CorpusSummary(List<OutletSummary> outlets, List<RejectionSummary> rejections) {
    /**
     * Validates the summary; lists are copied unmodifiably, null meaning none.
     *
     * @param outlets one entry per outlet; may be null, must not contain null
     * @param rejections one entry per rejection reason; may be null, must not contain null
     * @throws IllegalArgumentException if a list contains null
     */
    public CorpusSummary {
        outlets = Checks.list(outlets, "corpus outlets");
        rejections = Checks.list(rejections, "corpus rejections");
    }

    /** Examples kept per rejection reason by {@link #of}. */
    public static final int EXAMPLES_PER_REASON = 3;

    /**
     * The summary of an ingested corpus: outlets sorted by name with their article counts and first and
     * last publication dates, and rejections grouped by reason (sorted by name) with the first
     * {@value #EXAMPLES_PER_REASON} of each as examples.
     *
     * @param articles the accepted articles; not null
     * @param rejections the rejected inputs, in input order; not null
     * @return the summary; an outlet's domain is the first non-null one among its articles
     */
    public static CorpusSummary of(Collection<Article> articles, Collection<Rejection> rejections) {
        Map<String, OutletSummary> outlets = new TreeMap<>();
        for (Article a : articles) {
            String date = a.published() == null ? null : a.published().date().toString();
            outlets.merge(a.outlet().name(),
                    new OutletSummary(a.outlet().name(), a.outlet().domain(), 1, date, date),
                    (x, y) -> new OutletSummary(x.outlet(), x.domain() != null ? x.domain() : y.domain(),
                            x.articles() + y.articles(), earlier(x.firstPublished(), y.firstPublished()),
                            later(x.lastPublished(), y.lastPublished())));
        }
        Map<String, List<Rejection>> byReason = new TreeMap<>();
        rejections.forEach(r -> byReason.computeIfAbsent(r.reason().name(), k -> new ArrayList<>()).add(r));
        List<RejectionSummary> summaries = new ArrayList<>();
        byReason.forEach((reason, list) -> summaries.add(new RejectionSummary(reason, list.size(),
                list.stream().limit(EXAMPLES_PER_REASON).map(r -> r.where() + ": " + r.message()).toList())));
        return new CorpusSummary(List.copyOf(outlets.values()), summaries);
    }

    private static String earlier(String a, String b) {
        return a == null ? b : b == null || a.compareTo(b) <= 0 ? a : b;
    }

    private static String later(String a, String b) {
        return a == null ? b : b == null || a.compareTo(b) >= 0 ? a : b;
    }

    /**
     * The number of accepted articles over all outlets; not part of the JSON form.
     *
     * @return the sum of {@link OutletSummary#articles()}
     */
    @JsonIgnore
    public long articleCount() {
        return outlets.stream().mapToLong(OutletSummary::articles).sum();
    }

    /**
     * The number of rejected inputs over all reasons; not part of the JSON form.
     *
     * @return the sum of {@link RejectionSummary#count()}
     */
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
        /**
         * Validates the outlet.
         *
         * @param outlet display name; not null or blank
         * @param domain web domain; may be null
         * @param articles number of articles; 0 or more
         * @param firstPublished earliest publication date; may be null
         * @param lastPublished latest publication date; may be null
         * @throws IllegalArgumentException if {@code outlet} is null or blank, or {@code articles} is negative
         */
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
        /**
         * Validates the group; examples are copied unmodifiably, null meaning none.
         *
         * @param reason the reason; not null or blank
         * @param count how many inputs; 0 or more
         * @param examples a few of them; may be null, must not contain null
         * @throws IllegalArgumentException if {@code reason} is null or blank, {@code count} is negative, or
         *     {@code examples} contains null
         */
        public RejectionSummary {
            Checks.required(reason, "rejection reason");
            Checks.count(count, "rejections for " + reason);
            examples = Checks.list(examples, "rejection examples");
        }
    }
}
