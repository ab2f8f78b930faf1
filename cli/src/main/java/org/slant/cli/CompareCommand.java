package org.slant.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slant.analysis.AnalysisException;
import org.slant.analysis.stats.DistinctiveWords;
import org.slant.analysis.stats.FeatureComparison;
import org.slant.analysis.stats.OutletStatistics;
import org.slant.analysis.stats.OutletSummary;
import org.slant.analysis.stats.PairwiseTest;
import org.slant.analysis.stats.StatsConfig;
import org.slant.analysis.table.FeatureTable;
import org.slant.analysis.text.TextVectorizer;
import org.slant.features.FeaturesException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code slant compare}: per-outlet statistics of every feature (n, mean or rate with 95 % interval,
 * Kruskal–Wallis, pairwise Mann–Whitney with Benjamini–Hochberg and Cliff's delta) as CSV, and with
 * {@code --words} the distinctive words of each outlet (log-odds with informative Dirichlet prior).
 */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = SlantCli.Version.class,
        description = {"Compare outlets feature by feature; CSV to stdout or --out.",
            "Example: slant compare articles/ --words --distinctive 15"})
final class CompareCommand implements Callable<Integer> {
    @Mixin
    AnalysisInputs in;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Per-outlet summary CSV; default stdout.")
    Path out;

    @Option(names = "--pairs", paramLabel = "FILE", description = "Write the pairwise tests as CSV.")
    Path pairs;

    @Option(names = "--distinctive", paramLabel = "N", description = "Print each outlet's N most distinctive words (needs --words with count weighting).")
    int distinctive;

    @Option(names = "--prior", paramLabel = "A0", description = "Pseudo-count size of the Dirichlet prior (default ${DEFAULT-VALUE}).")
    double prior = 1000;

    @Option(names = "--seed", paramLabel = "N", description = "Bootstrap seed (default ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--bootstrap", paramLabel = "B", description = "Bootstrap resamples (default ${DEFAULT-VALUE}).")
    int bootstrap = 2000;

    @Override
    public Integer call() throws IOException {
        try {
            PredictionsOut.checkDirectories(out, pairs);
            StatsConfig config = new StatsConfig(seed, bootstrap, 0.95, 2);
            FeatureTable table = in.load().table();
            List<Integer> keep = new java.util.ArrayList<>();
            for (int i = 0; i < table.columns().size(); i++) {
                if (!table.columns().get(i).name().startsWith(TextVectorizer.WORD_PREFIX)) {
                    keep.add(i);
                }
            }
            if (table.rows().isEmpty()) {
                throw new AnalysisException("nothing to compare: the input has no " + (in.table != null ? "rows" : "articles"));
            }
            if (keep.isEmpty() && distinctive == 0) {
                throw new IllegalArgumentException("no features to compare: the table has only word columns; use --distinctive N"
                        + " for words, or framing features (--features)");
            }
            FeatureTable framing = project(table, keep);
            List<FeatureComparison> result = OutletStatistics.compare(framing, config);
            try (Writer w = PredictionsOut.open(out)) {
                w.write("feature,outlet,n,missing,mean,ci_low,ci_high,ci_method,tested,kruskal_h,p,p_bh,note\n");
                for (FeatureComparison f : result) {
                    for (OutletSummary s : f.outlets()) {
                        w.write(String.join(",", csv(f.feature()), csv(s.outlet()), Integer.toString(s.n()),
                                Integer.toString(s.missing()), num(s.mean()), num(s.interval() == null ? Double.NaN : s.interval().low()),
                                num(s.interval() == null ? Double.NaN : s.interval().high()),
                                s.interval() == null ? "" : s.interval().method(), Boolean.toString(s.tested()),
                                num(f.kruskalWallisH()), num(f.pValue()), num(f.pAdjusted()), csv(f.note())) + "\n");
                    }
                }
            }
            if (pairs != null) {
                try (Writer w = PredictionsOut.open(pairs)) {
                    w.write("feature,outlet_a,outlet_b,u,p,p_bh,cliffs_delta\n");
                    for (FeatureComparison f : result) {
                        for (PairwiseTest p : f.pairs()) {
                            w.write(String.join(",", csv(f.feature()), csv(p.outletA()), csv(p.outletB()), num(p.u()),
                                    num(p.pValue()), num(p.pAdjusted()), num(p.cliffsDelta())) + "\n");
                        }
                    }
                }
            }
            if (distinctive > 0) {
                Map<String, List<DistinctiveWords.Word>> words = DistinctiveWords.compute(
                        DistinctiveWords.countsFrom(table), prior, distinctive);
                for (Map.Entry<String, List<DistinctiveWords.Word>> e : words.entrySet()) {
                    StringBuilder sb = new StringBuilder(e.getKey()).append(':');
                    for (DistinctiveWords.Word w : e.getValue()) {
                        sb.append(String.format(Locale.ROOT, " %s (z=%.1f)", w.word(), w.z()));
                    }
                    System.err.println(sb);
                }
            }
            return SlantCli.OK;
        } catch (IllegalArgumentException e) {
            System.err.println("slant compare: " + e.getMessage());
            return SlantCli.USAGE;
        } catch (AnalysisException | FeaturesException e) {
            System.err.println("slant compare: " + e.getMessage());
            return SlantCli.FAILURE;
        }
    }

    private static FeatureTable project(FeatureTable t, List<Integer> keep) {
        List<org.slant.analysis.table.Column> cols = keep.stream().map(t.columns()::get).toList();
        List<org.slant.analysis.table.Row> rows = new java.util.ArrayList<>();
        for (org.slant.analysis.table.Row r : t.rows()) {
            org.slant.analysis.table.FeatureVector.Builder b = org.slant.analysis.table.FeatureVector.builder(keep.size());
            for (int j = 0; j < keep.size(); j++) {
                if (r.values().isMissing(keep.get(j))) {
                    b.missing(j);
                } else {
                    b.set(j, r.values().get(keep.get(j)));
                }
            }
            rows.add(new org.slant.analysis.table.Row(r.id(), r.outlet(), r.date(), r.story(), r.label(), b.build()));
        }
        return new FeatureTable(t.featureSet(), cols, rows);
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6g", v);
    }

    private static String csv(String s) {
        if (s == null) {
            return "";
        }
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

}
