package org.slant.cli.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slant.ingest.Article;
import org.slant.ingest.Rejection;
import org.slant.report.CorpusSummary;

/**
 * The report's corpus summary built while streaming, without keeping the articles or every rejection
 * ({@link CorpusSummary#of} needs them all in memory). Same result as {@code CorpusSummary.of}.
 */
final class CorpusCounter {
    private final Map<String, CorpusSummary.OutletSummary> outlets = new TreeMap<>();
    private final Map<String, Long> rejected = new TreeMap<>();
    private final Map<String, List<String>> examples = new TreeMap<>();

    void add(Article a) {
        String date = a.published() == null ? null : a.published().date().toString();
        outlets.merge(a.outlet().name(), new CorpusSummary.OutletSummary(a.outlet().name(), a.outlet().domain(), 1, date, date),
                (x, y) -> new CorpusSummary.OutletSummary(x.outlet(), x.domain() != null ? x.domain() : y.domain(),
                        x.articles() + y.articles(), earlier(x.firstPublished(), y.firstPublished()),
                        later(x.lastPublished(), y.lastPublished())));
    }

    void add(Rejection r) {
        String reason = r.reason().name();
        rejected.merge(reason, 1L, Long::sum);
        List<String> ex = examples.computeIfAbsent(reason, k -> new ArrayList<>());
        if (ex.size() < CorpusSummary.EXAMPLES_PER_REASON) {
            ex.add(r.where() + ": " + r.message());
        }
    }

    CorpusSummary summary() {
        List<CorpusSummary.RejectionSummary> rs = new ArrayList<>();
        rejected.forEach((reason, n) -> rs.add(new CorpusSummary.RejectionSummary(reason, n, examples.get(reason))));
        return new CorpusSummary(List.copyOf(outlets.values()), rs);
    }

    private static String earlier(String a, String b) {
        return a == null ? b : b == null || a.compareTo(b) <= 0 ? a : b;
    }

    private static String later(String a, String b) {
        return a == null ? b : b == null || a.compareTo(b) >= 0 ? a : b;
    }
}
