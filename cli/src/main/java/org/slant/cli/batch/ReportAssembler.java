package org.slant.cli.batch;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slant.analysis.AnalysisException;
import org.slant.analysis.classify.ClassMetrics;
import org.slant.analysis.classify.Classifiers;
import org.slant.analysis.classify.CrossValidation;
import org.slant.analysis.classify.Evaluation;
import org.slant.analysis.classify.FeatureRanking;
import org.slant.analysis.classify.GroupBy;
import org.slant.analysis.stats.DistinctiveWords;
import org.slant.analysis.stats.OutletStatistics;
import org.slant.analysis.stats.OutletSummary;
import org.slant.analysis.stats.PairwiseTest;
import org.slant.analysis.story.StoryClusterer;
import org.slant.analysis.story.StoryComparator;
import org.slant.analysis.story.StoryComparison;
import org.slant.analysis.story.StoryDoc;
import org.slant.analysis.table.Column;
import org.slant.analysis.table.FeatureTable;
import org.slant.analysis.table.Row;
import org.slant.features.Features;
import org.slant.ingest.Article;
import org.slant.report.ClassifierResult;
import org.slant.report.CorpusSummary;
import org.slant.report.FeatureComparison;
import org.slant.report.MethodNote;
import org.slant.report.Provenance;
import org.slant.report.OutletCount;
import org.slant.report.ReportData;
import org.slant.report.Story;
import org.slant.report.StoryArticle;

/**
 * Turns a run's feature table and corpus tally into the analyses (statistics, distinctive words, stories,
 * classifier) and the report's data. Side outputs go under the run directory: {@code stats/}, {@code story/}
 * and {@code model/}. Evidence is re-extracted only for the articles of the stories shown, so memory does
 * not grow with per-article evidence.
 */
final class ReportAssembler {
    private static final Logger LOG = LoggerFactory.getLogger(ReportAssembler.class);

    /** Loads the full articles with these ids (any order). */
    interface ArticleStore {
        /** The articles with these ids that exist, by id. */
        Map<String, Article> load(Set<String> ids) throws IOException;
    }

    /** What the assembler found, for the run's summary. */
    record Outcome(ReportData data, int stories, int multiOutletStories, String classifier,
            Stages stages) {}

    private final RunConfig config;
    private final Features features;
    /** The outlets the report's per-outlet sections show. */
    private Set<String> shown = Set.of();

    ReportAssembler(RunConfig config, Features features) {
        this.config = config;
        this.features = features;
    }

    Outcome assemble(FeatureTable table, CorpusTally tally, CorpusSummary corpus, Provenance provenance,
            ArticleStore store, Path out) throws IOException {
        ReportSettings s = config.report();
        ReportData.Builder b = ReportData.builder(s.title()).corpus(corpus).provenance(provenance);
        Path stats = Files.createDirectories(out.resolve("stats"));
        Path storyDir = Files.createDirectories(out.resolve("story"));
        shown = shownOutlets(corpus, s.maxOutlets());
        outletCounts(tally, b, stats);

        Stages stages = new Stages();
        // The classifier needs only the table and is mostly serial, so it trains on a thread of its own
        // while statistics and stories run; distinctive words, serial too, read the word counts on another.
        // Their results join the report in the same places as before.
        ExecutorService alongside = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "slant-alongside");
            t.setDaemon(true);
            return t;
        });
        ClassifierOutcome classified;
        Timed<List<org.slant.report.DistinctiveWords>> distinct;
        int[] storyCounts;
        try {
            Future<ClassifierOutcome> training = alongside.submit(() -> classifier(table, out));
            Future<Timed<List<org.slant.report.DistinctiveWords>>> words = alongside.submit(() -> {
                long from = System.nanoTime();
                return new Timed<>(distinctive(tally, stats), (System.nanoTime() - from) / 1e9);
            });
            comparisons(table, b, stats);
            stages.lap("statistics");
            storyCounts = stories(tally, store, b, storyDir);
            stages.lap("stories");
            distinct = await(words);
            classified = await(training);
            stages.lap("rest of the classifier and distinctive words");
        } finally {
            alongside.shutdownNow();
        }
        distinct.value().forEach(b::distinctiveWords);
        stages.record("distinctive words (alongside)", distinct.seconds());
        stages.record("classifier (alongside)", classified.seconds());
        classified.result().ifPresent(b::classifier);
        classified.note().ifPresent(b::method);
        String classifier = classified.summary();

        b.method(new MethodNote("Feature comparison", "Per outlet: mean with a " + pct(config.stats().confidence())
                + " interval (Wilson for 0/1 features, seeded percentile bootstrap with " + config.stats().bootstrapResamples()
                + " resamples otherwise). Kruskal-Wallis test across outlets with at least " + config.stats().minArticles()
                + " articles (only those are shown; stats/feature-comparison.csv lists every outlet), p adjusted by Benjamini-Hochberg over all features; effect is the largest |Cliff's delta| of"
                + " the pairwise Mann-Whitney tests among the " + config.stats().pairwiseOutlets()
                + " outlets with the most articles. * marks adjusted p < 0.05."));
        if (corpus.outlets().size() > shown.size()) {
            b.method(new MethodNote("Outlets shown", "The per-outlet sections show the " + shown.size()
                    + " outlets with the most articles, of " + corpus.outlets().size() + "; the statistics, the tests"
                    + " and the files under stats/ cover every outlet."));
        }
        b.method(new MethodNote("Distinctive words", "Log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi"
                + " and Quinn 2008), prior size " + s.priorSize() + ", each outlet against all others; words of three letters"
                + " or more, common function words left out; z-scores shown."));
        b.method(new MethodNote("Stories", "Articles clustered by TF-IDF similarity of headline and lead (threshold "
                + config.stories().threshold() + ", window " + config.stories().windowDays() + " days), in date-ordered batches of up to "
                + s.storyBatch() + " articles. Shown: up to " + s.maxStories() + " stories with two outlets or more, most outlets"
                + " first. Exclusive content: sentences no other article of the story carries."));
        b.method(new MethodNote("Highlights", "Spans found by the feature extractors: attributions (content, source,"
                + " cue), loaded terms by voice, naming variants, scare quotes and blurbs."));
        return new Outcome(b.build(), storyCounts[0], storyCounts[1], classifier, stages);
    }

    private void comparisons(FeatureTable table, ReportData.Builder b, Path dir) throws IOException {
        List<org.slant.analysis.stats.FeatureComparison> cmp;
        try {
            cmp = OutletStatistics.compare(table, config.stats());
        } catch (IllegalArgumentException e) {
            LOG.warn("feature comparison skipped: {}", e.getMessage());
            b.method(new MethodNote("Feature comparison skipped", e.getMessage()));
            return;
        }
        Map<String, String> units = new HashMap<>();
        for (Column c : table.columns()) {
            units.put(c.name(), c.unit());
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve("feature-comparison.csv"), StandardCharsets.UTF_8)) {
            w.write("feature,outlet,n,missing,mean,low,high,interval,tested,kruskal_wallis_h,p,p_adjusted,note\n");
            for (var c : cmp) {
                List<FeatureComparison.OutletStat> outlets = new ArrayList<>();
                int min = config.stats().minArticles();
                boolean anyLarge = c.outlets().stream().anyMatch(o -> o.n() >= min);
                for (OutletSummary o : c.outlets()) {
                    w.write(String.join(",", csv(c.feature()), csv(o.outlet()), Integer.toString(o.n()), Integer.toString(o.missing()),
                            num(o.mean()), num(o.interval() == null ? Double.NaN : o.interval().low()),
                            num(o.interval() == null ? Double.NaN : o.interval().high()),
                            o.interval() == null ? "" : o.interval().method(), Boolean.toString(o.tested()),
                            num(c.kruskalWallisH()), num(c.pValue()), num(c.pAdjusted()), csv(c.note())));
                    w.write('\n');
                    // the report shows the outlets with enough articles to be tested (all when none has);
                    // stats/feature-comparison.csv keeps every outlet
                    if (o.n() > 0 && Double.isFinite(o.mean()) && (o.n() >= min || !anyLarge) && shown.contains(o.outlet())) {
                        double low = o.interval() != null && Double.isFinite(o.interval().low()) ? o.interval().low() : o.mean();
                        double high = o.interval() != null && Double.isFinite(o.interval().high()) ? o.interval().high() : o.mean();
                        outlets.add(new FeatureComparison.OutletStat(o.outlet(), o.n(), o.mean(), Math.min(low, o.mean()),
                                Math.max(high, o.mean())));
                    }
                }
                Double effect = null;
                for (PairwiseTest p : c.pairs()) {
                    if (Double.isFinite(p.cliffsDelta()) && (effect == null || Math.abs(p.cliffsDelta()) > Math.abs(effect))) {
                        effect = p.cliffsDelta();
                    }
                }
                Double adj = finite(c.pAdjusted());
                b.feature(new FeatureComparison(c.feature(), c.description(), units.get(c.feature()), outlets,
                        c.tested() ? "kruskal-wallis" : null, finite(c.kruskalWallisH()), finite(c.pValue()), adj,
                        effect == null ? null : "max |Cliff's delta|", effect == null ? null : Math.abs(effect),
                        adj != null && adj < 0.05 ? "*" : null));
            }
        }
    }

    /** A result and the wall time its thread took. */
    private record Timed<T>(T value, double seconds) {}

    /** Writes {@code distinctive-words.csv}; returns the shown outlets' words for the report. */
    private List<org.slant.report.DistinctiveWords> distinctive(CorpusTally tally, Path dir) throws IOException {
        ReportSettings s = config.report();
        List<org.slant.report.DistinctiveWords> shownWords = new ArrayList<>();
        if (s.distinctiveWords() == 0) {
            return shownWords;
        }
        OutletWordCounts counts = tally.words();
        if (counts.outlets().size() < 2) {
            return shownWords;
        }
        Map<String, List<DistinctiveWords.Word>> words;
        try {
            words = DistinctiveWords.compute(counts, s.priorSize(), s.distinctiveWords());
        } catch (IllegalArgumentException e) {
            LOG.warn("distinctive words skipped: {}", e.getMessage());
            return shownWords;
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve("distinctive-words.csv"), StandardCharsets.UTF_8)) {
            w.write("outlet,word,count,other_count,log_odds,z\n");
            for (var e : words.entrySet()) {
                List<org.slant.report.DistinctiveWords.TermScore> terms = new ArrayList<>();
                for (DistinctiveWords.Word x : e.getValue()) {
                    w.write(String.join(",", csv(e.getKey()), csv(x.word()), Long.toString(x.count()), Long.toString(x.otherCount()),
                            num(x.logOdds()), num(x.z())));
                    w.write('\n');
                    if (Double.isFinite(x.z())) {
                        terms.add(new org.slant.report.DistinctiveWords.TermScore(x.word(), x.z()));
                    }
                }
                if (shown.contains(e.getKey())) {
                    shownWords.add(new org.slant.report.DistinctiveWords(e.getKey(), terms));
                }
            }
        }
        return shownWords;
    }

    /** A cluster with two outlets or more: its members (story document numbers) in input order. */
    private record Candidate(List<Integer> members, int outlets, double cohesion) {}

    /** Returns {all stories, multi-outlet stories}. */
    private int[] stories(CorpusTally tally, ArticleStore store, ReportData.Builder b, Path dir) throws IOException {
        ReportSettings s = config.report();
        StoryDocFile docs = tally.storyDocs();
        int[] order = docs.byDate();
        List<int[]> batches = new ArrayList<>();
        for (int from = 0; from < order.length; from += s.storyBatch()) {
            batches.add(java.util.Arrays.copyOfRange(order, from, Math.min(order.length, from + s.storyBatch())));
        }
        // batches are independent: read from disk and clustered in parallel, read back in order, so that only
        // the batches being clustered are in memory
        List<BatchStories> clustered;
        try {
            clustered = batches.parallelStream().map(part -> clusterBatch(docs, part)).toList();
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        int all = 0;
        List<Candidate> candidates = new ArrayList<>();
        for (BatchStories batch : clustered) {
            all += batch.stories();
            candidates.addAll(batch.candidates());
        }
        candidates.sort(Comparator.comparingInt((Candidate c) -> -c.outlets()).thenComparingInt(c -> -c.members().size())
                .thenComparingInt(c -> c.members().get(0)));
        List<Candidate> shown = candidates.subList(0, Math.min(s.maxStories(), candidates.size()));
        Map<Integer, StoryDoc> shownDocs = new HashMap<>();
        try (Writer w = Files.newBufferedWriter(dir.resolve("stories.csv"), StandardCharsets.UTF_8)) {
            w.write("story,outlets,cohesion,article_id,outlet,date,headline\n");
            int n = 0;
            for (Candidate c : candidates) {
                n++;
                for (int i : c.members()) {
                    StoryDoc d = docs.read(i);
                    if (n <= shown.size()) {
                        shownDocs.put(i, d);
                    }
                    w.write(String.join(",", "story-" + n, Integer.toString(c.outlets()), num(c.cohesion()), csv(d.id()),
                            csv(d.outlet()), d.date() == null ? "" : d.date().toString(), csv(d.headline())));
                    w.write('\n');
                }
            }
        }
        Set<String> ids = new LinkedHashSet<>();
        shown.forEach(c -> c.members().forEach(i -> ids.add(shownDocs.get(i).id())));
        Map<String, Article> articles = ids.isEmpty() ? Map.of() : store.load(ids);
        // each shown story's highlights and comparison in parallel, added in rank order
        List<Story> views = java.util.stream.IntStream.range(0, shown.size()).parallel()
                .mapToObj(k -> storyView("story-" + (k + 1), shown.get(k), shownDocs, articles)).toList();
        views.stream().filter(java.util.Objects::nonNull).forEach(b::story);
        return new int[] {all, candidates.size()};
    }

    /** One batch's clustering: how many stories it found, and those with two outlets or more. */
    private record BatchStories(int stories, List<Candidate> candidates) {}

    /** Reads the story documents numbered {@code part} and clusters them. */
    private BatchStories clusterBatch(StoryDocFile docs, int[] part) {
        List<StoryDoc> batch = new ArrayList<>(part.length);
        Map<String, Integer> number = new HashMap<>();
        try {
            for (int i : part) {
                StoryDoc d = docs.read(i);
                batch.add(d);
                number.put(d.id(), i);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Map<Integer, String> outletOf = new HashMap<>();
        for (int k = 0; k < part.length; k++) {
            outletOf.put(part[k], batch.get(k).outlet());
        }
        List<org.slant.analysis.story.Story> found = StoryClusterer.cluster(batch, config.stories());
        List<Candidate> candidates = new ArrayList<>();
        for (org.slant.analysis.story.Story st : found) {
            Set<String> outlets = new TreeSet<>();
            List<Integer> members = new ArrayList<>();
            for (String id : st.articleIds()) {
                int i = number.get(id);
                members.add(i);
                outlets.add(outletOf.get(i));
            }
            if (outlets.size() >= 2) {
                members.sort(null);
                candidates.add(new Candidate(members, outlets.size(), st.cohesion()));
            }
        }
        return new BatchStories(found.size(), candidates);
    }

    /** One shown story: its articles with highlights and exclusive content; null when fewer than two were found. */
    private Story storyView(String storyId, Candidate c, Map<Integer, StoryDoc> docs, Map<String, Article> articles) {
        List<Article> members = new ArrayList<>();
        for (int i : c.members()) {
            Article a = articles.get(docs.get(i).id());
            if (a != null) {
                members.add(a);
            }
        }
        if (members.size() < 2) {
            return null;
        }
        List<StoryArticle> views = new ArrayList<>();
        for (Article a : members) {
            views.add(StoryArticle.of(a, Highlights.of(a, features.extract(a))));
        }
        return new Story(storyId, members.get(0).headline(), views, exclusive(storyId, members));
    }

    /** Sentences of each article that no other article of the story carries, as spans of its text. */
    private List<Story.Exclusive> exclusive(String storyId, List<Article> members) {
        List<StoryDoc> full = members.stream().map(StoryDoc::of).toList();
        StoryComparison cmp;
        try {
            cmp = StoryComparator.compare(storyId, full, config.stories());
        } catch (IllegalArgumentException e) {
            LOG.warn("story {} not compared: {}", storyId, e.getMessage());
            return List.of();
        }
        List<Story.Exclusive> out = new ArrayList<>();
        for (int k = 0; k < cmp.articles().size() && k < members.size(); k++) {
            String text = members.get(k).text();
            int cursor = 0;
            for (StoryComparison.AlignedSentence sentence : cmp.articles().get(k).sentences()) {
                int at = sentence.text().isEmpty() ? -1 : text.indexOf(sentence.text(), cursor);
                if (at < 0) {
                    continue;
                }
                cursor = at + sentence.text().length();
                if (sentence.coverage() == StoryComparison.Coverage.UNIQUE) {
                    out.add(new Story.Exclusive(members.get(k).id(), at, cursor));
                }
            }
        }
        return out;
    }

    /**
     * What the classifier stage found: the summary line, the report's classifier section or the note that
     * says why there is none, and the wall time it took on its own thread.
     */
    private record ClassifierOutcome(String summary, Optional<ClassifierResult> result, Optional<MethodNote> note,
            double seconds) {}

    private static <T> T await(Future<T> work) throws IOException {
        try {
            return work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for work alongside", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IOException(e.getCause());
        }
    }

    /**
     * Cross-validates the configured classifier grouped by outlet and trains it on all labelled rows, or on a
     * seeded sample of {@link ReportSettings#maxLabelled} of them when there are more.
     */
    private ClassifierOutcome classifier(FeatureTable all, Path out) throws IOException {
        long start = System.nanoTime();
        ReportSettings s = config.report();
        List<Integer> allLabelled = Classifiers.labelled(all);
        FeatureTable table = all;
        String sampled = "";
        if (allLabelled.size() > s.maxLabelled()) {
            table = all.select(sample(allLabelled, s.maxLabelled(), config.seed()));
            sampled = String.format(Locale.ROOT, ", on a sample of %d of the %d labelled articles (seed %d)",
                    s.maxLabelled(), allLabelled.size(), config.seed());
        }
        List<Integer> labelled = table == all ? allLabelled : Classifiers.labelled(table);
        Set<String> classes = new TreeSet<>();
        Set<String> outlets = new TreeSet<>();
        for (int i : labelled) {
            Row r = table.rows().get(i);
            classes.add(r.label());
            outlets.add(r.outlet() == null ? OutletStatistics.UNKNOWN_OUTLET : r.outlet());
        }
        if (labelled.size() < s.minLabelled() || classes.size() < 2) {
            return outcome(labelled.isEmpty() ? "no labels" : "too few labelled articles (" + labelled.size() + ", "
                    + classes.size() + " classes)", null, null, start);
        }
        if (outlets.size() < 2) {
            return outcome("skipped: labelled articles from one outlet", null, new MethodNote("Classifier skipped",
                    "labelled articles come from one outlet; grouped cross-validation needs two"), start);
        }
        int folds = Math.min(s.folds(), outlets.size());
        try {
            Evaluation e = Classifiers.crossValidate(table, config.classifier(), CrossValidation.grouped(folds, GroupBy.OUTLET),
                    config.seed());
            List<List<Long>> confusion = e.confusion().stream().map(r -> r.stream().map(Integer::longValue).toList()).toList();
            List<ClassifierResult.ClassScore> perClass = new ArrayList<>();
            for (ClassMetrics m : e.perClass()) {
                perClass.add(new ClassifierResult.ClassScore(m.label(), prob(m.precision()), prob(m.recall()), prob(m.f1()), m.support()));
            }
            List<ClassifierResult.FeatureWeight> top = new ArrayList<>();
            for (FeatureRanking.Ranked r : FeatureRanking.infoGain(table, 15)) {
                if (Double.isFinite(r.infoGain())) {
                    top.add(new ClassifierResult.FeatureWeight(null, r.name(), r.infoGain()));
                }
            }
            ClassifierResult result = new ClassifierResult(config.classifier().name(), e.protocol() + ", seed " + config.seed()
                    + sampled + "; top features by information gain (bits)", e.classes(), confusion, perClass, prob(e.accuracy()),
                    prob(e.macroF1()), top);
            Path modelDir = Files.createDirectories(out.resolve("model"));
            Classifiers.train(table, config.classifier(), config.seed()).save(modelDir.resolve("model.slant"));
            Files.writeString(modelDir.resolve("evaluation.txt"),
                    sampled.isEmpty() ? e.summary() : "Evaluated and trained" + sampled.substring(1) + ".\n" + e.summary(),
                    StandardCharsets.UTF_8);
            return outcome(String.format(Locale.ROOT, "%s, %s%s: accuracy %.3f, macro-F1 %.3f", config.classifier().name(),
                    e.protocol(), sampled, e.accuracy(), e.macroF1()), result, null, start);
        } catch (AnalysisException | IllegalArgumentException e) {
            LOG.warn("classifier skipped: {}", e.getMessage());
            return outcome("skipped: " + e.getMessage(), null, new MethodNote("Classifier skipped", e.getMessage()), start);
        }
    }

    /** {@code n} of {@code positions}, drawn with {@code seed} (a partial Fisher–Yates shuffle), in table order. */
    static List<Integer> sample(List<Integer> positions, int n, long seed) {
        int[] p = positions.stream().mapToInt(Integer::intValue).toArray();
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            int j = i + rnd.nextInt(p.length - i);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        int[] kept = java.util.Arrays.copyOf(p, n);
        java.util.Arrays.sort(kept);
        return java.util.Arrays.stream(kept).boxed().toList();
    }

    private static ClassifierOutcome outcome(String summary, ClassifierResult result, MethodNote note, long start) {
        return new ClassifierOutcome(summary, Optional.ofNullable(result), Optional.ofNullable(note),
                (System.nanoTime() - start) / 1e9);
    }

    private static double prob(double x) {
        return Double.isFinite(x) ? Math.max(0, Math.min(1, x)) : 0;
    }

    private static Double finite(double x) {
        return Double.isFinite(x) ? x : null;
    }

    private static String pct(double x) {
        return Math.round(x * 100) + "%";
    }

    /** The {@code max} outlets with the most articles (ties by name). */
    static Set<String> shownOutlets(CorpusSummary corpus, int max) {
        Set<String> out = new java.util.HashSet<>();
        corpus.outlets().stream()
                .sorted(java.util.Comparator.comparingLong(CorpusSummary.OutletSummary::articles).reversed()
                        .thenComparing(CorpusSummary.OutletSummary::outlet))
                .limit(max).forEach(o -> out.add(o.outlet()));
        return out;
    }

    /** Sourcing, stance, naming and blurb counts: every outlet in stats/outlet-counts.csv, the shown ones in the report. */
    private void outletCounts(CorpusTally tally, ReportData.Builder b, Path dir) throws IOException {
        try (Writer w = Files.newBufferedWriter(dir.resolve("outlet-counts.csv"), StandardCharsets.UTF_8)) {
            w.write("section,outlet,group,item,count\n");
            for (var section : List.of(
                    Map.entry("sourcing", tally.sourcing()), Map.entry("stance", tally.stances()),
                    Map.entry("naming", tally.naming()), Map.entry("blurbs", tally.blurbs()))) {
                for (OutletCount c : section.getValue()) {
                    w.write(String.join(",", section.getKey(), csv(c.outlet()), csv(c.group()), csv(c.item()),
                            Long.toString(c.count())));
                    w.write('\n');
                    if (shown.contains(c.outlet())) {
                        switch (section.getKey()) {
                            case "sourcing" -> b.sourcing(c);
                            case "stance" -> b.stance(c);
                            case "naming" -> b.naming(c);
                            default -> b.blurb(c);
                        }
                    }
                }
            }
        }
    }

    static String num(double x) {
        return Double.isFinite(x) ? Double.toString(x) : "";
    }

    static String csv(String s) {
        if (s == null) {
            return "";
        }
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /** Report provenance from the run's configuration and inputs (no timestamp, so reruns are byte-identical). */
    static Provenance provenance(String version, String configJson, Map<String, String> inputs, long seed) {
        List<Provenance.InputHash> hashes = new ArrayList<>();
        new TreeMap<>(inputs).forEach((p, h) -> hashes.add(new Provenance.InputHash(p, h)));
        return new Provenance(version, null, configJson, org.slant.cli.batch.Provenance.sha256(configJson.getBytes(StandardCharsets.UTF_8)),
                Map.of("run", seed), hashes);
    }
}
