package org.slant.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slant.ingest.Article;
import org.slant.ingest.BlockKind;
import org.slant.ingest.Ingest;
import org.slant.ingest.IngestResult;
import org.slant.ingest.Outlet;
import org.slant.ingest.PublishedTime;

/** Report data for tests: a small hand-made report, a hostile one, a generated one, and the seeds'. */
final class Fixtures {
    private Fixtures() {
    }

    /** Hostile strings scraped pages may hold. */
    static final List<String> PAYLOADS = List.of(
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "javascript:alert(1)",
            "</style><script>alert(1)</script>",
            "\" onmouseover=\"alert(1)\" x=\"",
            "' onfocus='alert(1)' autofocus='",
            "</title><script>alert(1)</script>",
            "<svg onload=alert(1)>",
            "</textarea><iframe src=\"https://evil.example/\">",
            "gnp.exe\u202Etxt.",
            "${7*7} @raw <!-- -->");

    static String hostile(int i) {
        return PAYLOADS.get(Math.floorMod(i, PAYLOADS.size()));
    }

    static ReportData small() {
        Article a = Article.builder("ledger-1").outlet(new Outlet("Northern Ledger", "ledger.example"))
                .url("https://ledger.example/2026/talks").headline("Talks resume as ministers meet in Vienna")
                .published(PublishedTime.parse("2026-03-02T09:30"))
                .block(BlockKind.PARAGRAPH, "Ministers met in Vienna on Monday. \"We are close to a deal,\" the foreign minister said.")
                .block(BlockKind.SUBHEADING, "A long road")
                .block(BlockKind.PARAGRAPH, "Critics called the so-called \"framework\" a regime stunt, according to opposition leaders.")
                .block(BlockKind.BLURB, "Read more: our coverage of the talks")
                .build();
        Article b = Article.builder("harbour-1").outlet(new Outlet("Harbour Times", "harbour.example"))
                .url("http://harbour.example/talks?id=7&x=1").headline("Vienna talks: a breakthrough?")
                .published(PublishedTime.parse("2026-03-02"))
                .block(BlockKind.PARAGRAPH, "The government claimed progress in Vienna, officials said.")
                .block(BlockKind.BLOCK_QUOTE, "\"Nothing is agreed until everything is agreed,\" a diplomat told reporters.")
                .block(BlockKind.PARAGRAPH, "Only this outlet reports that the talks will move to Geneva next week.")
                .build();
        Story story = new Story("vienna-talks-2026-03", "Vienna talks resume",
                List.of(StoryArticle.of(a, highlights(a)), StoryArticle.of(b, highlights(b))),
                List.of(new Story.Exclusive("harbour-1", b.text().indexOf("Only this"), b.text().length())));
        return base("Framing of the Vienna talks", List.of("Northern Ledger", "Harbour Times"), 12, 7L)
                .story(story).build();
    }

    /** Quotes, "said"-style cues, a few loaded words, scare quotes and naming variants, found by pattern. */
    static List<Highlight> highlights(Article article) {
        String t = article.text();
        List<Highlight> out = new ArrayList<>();
        Matcher q = Pattern.compile("[\"\u201C]([^\"\u201D]{12,}?)[\"\u201D]").matcher(t);
        int n = 0;
        while (q.find()) {
            out.add(new Highlight.Attribution(q.start(1), q.end(1), Highlight.Part.CONTENT,
                    n % 2 == 0 ? "the foreign minister" : null, n % 3 == 0 ? "government" : "diplomat"));
            n++;
        }
        Matcher cue = Pattern.compile("\\b(said|says|told|claimed|according to)\\b").matcher(t);
        while (cue.find()) {
            out.add(new Highlight.Attribution(cue.start(), cue.end(), Highlight.Part.CUE, null, null));
        }
        Matcher src = Pattern.compile("\\b(the foreign minister|officials|a diplomat|opposition leaders|Trump|Putin)\\b")
                .matcher(t);
        while (src.find()) {
            out.add(new Highlight.Attribution(src.start(), src.end(), Highlight.Part.SOURCE, src.group(),
                    src.group().contains("opposition") ? "opposition" : "government"));
        }
        Matcher lt = Pattern.compile("\\b(regime|stunt|breakthrough|slammed|threat)\\b").matcher(t);
        while (lt.find()) {
            out.add(new Highlight.LoadedTerm(lt.start(), lt.end(), lt.group().equals("regime") ? "delegitimising"
                    : "drama", lt.start() % 2 == 0 ? "author" : "quoted"));
        }
        Matcher sq = Pattern.compile("so-called \"(\\w+)\"").matcher(t);
        while (sq.find()) {
            out.add(new Highlight.ScareQuote(sq.start(1) - 1, sq.end(1) + 1));
        }
        Matcher nv = Pattern.compile("\\b(Vienna|Budapest|Kremlin)\\b").matcher(t);
        while (nv.find()) {
            out.add(new Highlight.NamingVariant(nv.start(), nv.end(), "venue", nv.group()));
        }
        int blurb = t.indexOf("Read more");
        if (blurb >= 0) {
            out.add(new Highlight.Blurb(blurb, t.indexOf('\n', blurb) < 0 ? t.length() : t.indexOf('\n', blurb),
                    "related links"));
        }
        return out;
    }

    /** Every section filled for the given outlets, with deterministic numbers from {@code seed}. */
    static ReportData.Builder base(String title, List<String> outlets, int featureCount, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        ReportData.Builder b = ReportData.builder(title);
        List<CorpusSummary.OutletSummary> summaries = new ArrayList<>();
        for (String o : outlets) {
            summaries.add(new CorpusSummary.OutletSummary(o, null, 10 + r.nextInt(900), "2026-01-0" + (1 + r.nextInt(9)),
                    "2026-03-1" + r.nextInt(10)));
        }
        b.corpus(new CorpusSummary(summaries, List.of(
                new CorpusSummary.RejectionSummary("NO_ARTICLE", 3, List.of("pages/home.html: a list of 80 links")),
                new CorpusSummary.RejectionSummary("BINARY", 1, List.of("pages/logo.png: PNG signature")))));
        String[] tests = {"Kruskal-Wallis", "Mann-Whitney U"};
        for (int f = 0; f < featureCount; f++) {
            List<FeatureComparison.OutletStat> stats = new ArrayList<>();
            double centre = f % 4 == 3 ? -0.2 : 0.1 + 0.1 * (f % 5);
            for (String o : outlets) {
                double mean = centre + (r.nextDouble() - 0.5) * 0.3;
                double half = 0.01 + r.nextDouble() * 0.08;
                stats.add(new FeatureComparison.OutletStat(o, 5 + r.nextInt(500), mean, mean - half, mean + half));
            }
            double p = Math.pow(10, -4 * r.nextDouble());
            b.feature(new FeatureComparison("feature_" + (char) ('a' + f % 26) + (f / 26 == 0 ? "" : f / 26),
                    "Share of sentences with property " + f + ".", f % 3 == 0 ? "share of sentences" : null, stats,
                    tests[outlets.size() == 2 ? 1 : 0], 3 + r.nextDouble() * 20, p, Math.min(1, p * 3),
                    "Cliff's delta", r.nextDouble() - 0.5, p * 3 < 0.001 ? "***" : p * 3 < 0.01 ? "**" : p * 3 < 0.05 ? "*" : ""));
        }
        String[] vocab = {"regime", "militants", "ceasefire", "aggression", "resistance", "occupation", "talks",
            "sanctions", "summit", "peace", "strike", "humanitarian", "security", "deal", "pressure"};
        String[] affiliations = {"government", "military", "opposition", "civil society", "experts", "unnamed"};
        String[] roles = {"official", "spokesperson", "analyst", "witness"};
        String[] stances = {"neutral", "doubting", "endorsing"};
        for (String o : outlets) {
            List<DistinctiveWords.TermScore> terms = new ArrayList<>();
            for (int k = 0; k < 8; k++) {
                terms.add(new DistinctiveWords.TermScore(vocab[r.nextInt(vocab.length)] + (k > 5 ? " " + k : ""),
                        9 - k + r.nextDouble()));
            }
            b.distinctiveWords(new DistinctiveWords(o, terms));
            for (String aff : affiliations) {
                b.sourcing(new OutletCount(o, aff, roles[r.nextInt(roles.length)], r.nextInt(40)));
            }
            for (String st : stances) {
                b.stance(new OutletCount(o, st, st.equals("neutral") ? "said" : st.equals("doubting") ? "claimed" : "confirmed",
                        1 + r.nextInt(60)));
            }
            b.naming(new OutletCount(o, "Gaza health authority", "Gaza Health Ministry", r.nextInt(20)));
            b.naming(new OutletCount(o, "Gaza health authority", "Hamas-run health ministry", r.nextInt(20)));
            b.blurb(new OutletCount(o, "newsletter sign-up", "Sign up for our morning briefing", 1 + r.nextInt(30)));
        }
        int k = Math.min(outlets.size(), 6);
        List<List<Long>> confusion = new ArrayList<>();
        List<ClassifierResult.ClassScore> scores = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            List<Long> row = new ArrayList<>();
            for (int j = 0; j < k; j++) {
                row.add((long) (i == j ? 20 + r.nextInt(30) : r.nextInt(8)));
            }
            confusion.add(row);
            scores.add(new ClassifierResult.ClassScore(outlets.get(i), 0.4 + r.nextDouble() / 2, 0.4 + r.nextDouble() / 2,
                    0.4 + r.nextDouble() / 2, 40 + r.nextInt(20)));
        }
        b.classifier(new ClassifierResult("NaiveBayes", "5-fold cross-validation grouped by story, seed " + seed,
                outlets.subList(0, k), confusion, scores, 0.61, 0.58,
                List.of(new ClassifierResult.FeatureWeight(outlets.get(0), "feature_a", 1.25),
                        new ClassifierResult.FeatureWeight(null, "feature_b", -0.5))));
        b.method(new MethodNote("Intervals", "95% bootstrap percentile intervals, 2,000 resamples."));
        b.method(new MethodNote("Multiple testing", "Benjamini-Hochberg over all features."));
        b.provenance(new Provenance("0.1.0-SNAPSHOT", "2026-03-20T10:00:00Z", "{\"seed\": " + seed + "}",
                "2f1e0c6b4a4a0d0e2a4f1c7f3b5c5d3e9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d", Map.of("bootstrap", seed, "split", seed + 1),
                List.of(new Provenance.InputHash("corpus/articles.jsonl", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"))));
        return b;
    }

    /** A report whose every string comes from {@link #PAYLOADS}, including story text, URLs and labels. */
    static ReportData hostile() {
        List<String> outlets = List.of(hostile(0), hostile(1), hostile(4) + " News", hostile(9));
        ReportData.Builder b = ReportData.builder(hostile(6));
        b.corpus(new CorpusSummary(outlets.stream().map(o -> new CorpusSummary.OutletSummary(o, hostile(2), 3,
                hostile(3), hostile(5))).toList(), List.of(new CorpusSummary.RejectionSummary(hostile(0), 2,
                List.of(hostile(1), hostile(3))))));
        b.feature(new FeatureComparison(hostile(0), hostile(1), hostile(3),
                outlets.stream().map(o -> new FeatureComparison.OutletStat(o, 3, 0.5, 0.4, 0.6)).toList(),
                hostile(4), 1.0, 0.01, 0.02, hostile(5), 0.3, hostile(0)));
        for (int i = 0; i < outlets.size(); i++) {
            String o = outlets.get(i);
            b.distinctiveWords(new DistinctiveWords(o, List.of(new DistinctiveWords.TermScore(hostile(i + 1), 3.0))));
            b.sourcing(new OutletCount(o, hostile(i), hostile(i + 2), 4));
            b.stance(new OutletCount(o, hostile(i + 3), hostile(i + 4), 2));
            b.naming(new OutletCount(o, hostile(i + 5), hostile(i + 6), 1));
            b.blurb(new OutletCount(o, hostile(i + 7), hostile(i + 8), 1));
        }
        List<StoryArticle> articles = new ArrayList<>();
        for (int i = 0; i < outlets.size(); i++) {
            Article.Builder ab = Article.builder("a" + i + hostile(i)).outlet(Outlet.named(outlets.get(i)))
                    .url(i == 0 ? "javascript:alert(1)" : i == 1 ? "https://ok.example/\"><script>alert(1)</script>"
                            : i == 2 ? "data:text/html,<script>alert(1)</script>" : " JaVaScRiPt:alert(1)")
                    .headline(hostile(i + 6)).tag(hostile(i));
            for (int k = 0; k < PAYLOADS.size(); k++) {
                ab.block(k % 3 == 0 ? BlockKind.BLOCK_QUOTE : k % 3 == 1 ? BlockKind.PARAGRAPH : BlockKind.BLURB,
                        "Paragraph " + k + " says " + hostile(k + i) + " and ends.");
            }
            Article a = ab.build();
            List<Highlight> hs = new ArrayList<>();
            int at = a.text().indexOf(hostile(i));
            hs.add(new Highlight.Attribution(at, at + hostile(i).length(), Highlight.Part.CONTENT, hostile(i + 1),
                    hostile(i + 2)));
            hs.add(new Highlight.LoadedTerm(0, 9, hostile(i + 3), hostile(i + 4)));
            hs.add(new Highlight.NamingVariant(2, 12, hostile(i + 5), hostile(i + 6)));
            hs.add(new Highlight.Blurb(5, 20, hostile(i + 7)));
            hs.add(new Highlight.ScareQuote(at + 1, at + 4));
            articles.add(StoryArticle.of(a, hs));
        }
        b.story(new Story(hostile(0), hostile(3), articles,
                List.of(new Story.Exclusive(articles.get(1).articleId(), 0, 30))));
        b.story(new Story(hostile(9) + "-2", hostile(1), articles.subList(0, 2), List.of()));
        b.classifier(new ClassifierResult(hostile(0), hostile(1), outlets.subList(0, 2),
                List.of(List.of(1L, 2L), List.of(3L, 4L)),
                List.of(new ClassifierResult.ClassScore(hostile(2), 0.5, 0.5, 0.5, 3)), 0.5, 0.5,
                List.of(new ClassifierResult.FeatureWeight(hostile(3), hostile(4), 1.0))));
        b.method(new MethodNote(hostile(5), hostile(6)));
        b.provenance(new Provenance(hostile(7), hostile(8), hostile(3), hostile(0), Map.of(hostile(1), 7L),
                List.of(new Provenance.InputHash(hostile(2), hostile(4)))));
        return b.build();
    }

    private static final String[] WORDS = ("the a of and to in officials said minister talks government forces city "
            + "attack ceasefire aid convoy border statement week report army rebels spokesman residents hospital "
            + "negotiators sanctions summit agreement claims regime militants protesters police president election "
            + "vote parliament economy prices strike crisis council refugees camp water power security").split(" ");

    /** About {@code articles} generated articles from {@code outlets} outlets, grouped in stories of 2 to 5. */
    static ReportData generated(int articles, int outlets, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= outlets; i++) {
            names.add(String.format(java.util.Locale.ROOT, "Outlet %02d %s", i, i % 3 == 0 ? "Daily" : i % 3 == 1 ? "Times" : "Wire"));
        }
        ReportData.Builder b = base("Generated corpus: " + articles + " articles", names, 12, seed);
        Map<String, Long> counts = new java.util.TreeMap<>();
        Map<String, String> firstDates = new java.util.TreeMap<>();
        Map<String, String> lastDates = new java.util.TreeMap<>();
        int made = 0;
        int s = 0;
        while (made < articles) {
            int size = Math.min(articles - made, 2 + r.nextInt(4));
            List<StoryArticle> in = new ArrayList<>();
            for (int k = 0; k < size; k++) {
                String outlet = names.get(r.nextInt(outlets));
                Article.Builder ab = Article.builder("g" + (made + k)).outlet(Outlet.named(outlet))
                        .url("https://outlet" + outlets + ".example/story/" + s + "/" + k)
                        .headline(sentence(r, 6 + r.nextInt(6)))
                        .published(PublishedTime.parse("2026-02-" + String.format(java.util.Locale.ROOT, "%02d", 1 + r.nextInt(28))));
                int paragraphs = 4 + r.nextInt(8);
                for (int p = 0; p < paragraphs; p++) {
                    StringBuilder para = new StringBuilder();
                    for (int q = 0; q < 1 + r.nextInt(3); q++) {
                        para.append(sentence(r, 8 + r.nextInt(14))).append(' ');
                    }
                    ab.block(p == 2 ? BlockKind.SUBHEADING : p == paragraphs - 1 && r.nextInt(3) == 0 ? BlockKind.BLURB
                            : BlockKind.PARAGRAPH, p == 2 ? sentence(r, 4) : para.toString());
                }
                Article a = ab.build();
                in.add(StoryArticle.of(a, randomHighlights(a, r)));
            }
            in.forEach(x -> counts.merge(x.outlet(), 1L, Long::sum));
            in.forEach(x -> firstDates.merge(x.outlet(), x.published(), (p, q) -> p.compareTo(q) <= 0 ? p : q));
            in.forEach(x -> lastDates.merge(x.outlet(), x.published(), (p, q) -> p.compareTo(q) >= 0 ? p : q));
            StoryArticle first = in.get(0);
            b.story(new Story("story-" + s, first.headline(), in,
                    List.of(new Story.Exclusive(first.articleId(), 0, Math.min(60, first.text().length())))));
            made += size;
            s++;
        }
        List<CorpusSummary.OutletSummary> summaries = new ArrayList<>();
        for (String name : names) {
            summaries.add(new CorpusSummary.OutletSummary(name, null, counts.getOrDefault(name, 0L),
                    firstDates.get(name), lastDates.get(name)));
        }
        return b.corpus(new CorpusSummary(summaries, List.of(new CorpusSummary.RejectionSummary("NO_ARTICLE", 3,
                List.of("pages/home.html: a list of 80 links"))))).build();
    }

    private static String sentence(SplittableRandom r, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String w = WORDS[r.nextInt(WORDS.length)];
            sb.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w).append(i + 1 < words ? " " : ".");
        }
        return sb.toString();
    }

    private static List<Highlight> randomHighlights(Article a, SplittableRandom r) {
        String t = a.text();
        String[] affiliations = {"government", "military", "opposition", "civil society", "experts", "unnamed"};
        String[] categories = {"violence", "delegitimising", "emotive", "euphemism"};
        List<Highlight> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\b(said|claims|regime|militants|attack|crisis|Officials|President)\\b").matcher(t);
        while (m.find()) {
            switch (m.group()) {
                case "said" -> {
                    out.add(new Highlight.Attribution(m.start(), m.end(), Highlight.Part.CUE, null, null));
                    int from = Math.max(0, t.lastIndexOf('.', m.start() - 2) + 1);
                    if (from < m.start() - 1) {
                        String aff = affiliations[r.nextInt(affiliations.length)];
                        out.add(new Highlight.Attribution(from, m.start() - 1, Highlight.Part.CONTENT, "speaker " + r.nextInt(9), aff));
                    }
                }
                case "Officials", "President" -> out.add(new Highlight.Attribution(m.start(), m.end(), Highlight.Part.SOURCE,
                        m.group(), "government"));
                case "claims" -> out.add(new Highlight.ScareQuote(m.start(), m.end()));
                case "crisis" -> out.add(new Highlight.NamingVariant(m.start(), m.end(), "situation", "crisis"));
                default -> out.add(new Highlight.LoadedTerm(m.start(), m.end(), categories[r.nextInt(categories.length)],
                        r.nextBoolean() ? "author" : "quoted"));
            }
        }
        return out;
    }

    /** The two seed pages, ingested, as one story with pattern-found highlights. */
    static ReportData seeds() throws IOException {
        List<StoryArticle> articles = new ArrayList<>();
        List<CorpusSummary.OutletSummary> outlets = new ArrayList<>();
        for (String name : List.of("almayadeen-trump-putin-budapest", "indiablooms-trump-putin-budapest")) {
            String text;
            try (InputStream in = Fixtures.class.getResourceAsStream("seeds/" + name + ".txt")) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            IngestResult result = Ingest.parseTextDump(text, name, "seeds/" + name + ".txt");
            Article a = ((IngestResult.Accepted) result).article();
            articles.add(StoryArticle.of(a, highlights(a)));
            String date = a.published() == null ? null : a.published().date().toString();
            outlets.add(new CorpusSummary.OutletSummary(a.outlet().name(), a.outlet().domain(), 1, date, date));
        }
        return ReportData.builder("The seed pages").corpus(new CorpusSummary(outlets, List.of()))
                .story(new Story("trump-putin-budapest", articles.get(0).headline(), articles, List.of()))
                .method(new MethodNote("Highlights", "Found by simple patterns in this test fixture."))
                .build();
    }
}
