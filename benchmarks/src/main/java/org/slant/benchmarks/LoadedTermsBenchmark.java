package org.slant.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.slant.features.lexicon.Category;
import org.slant.features.lexicon.Lexicon;
import org.slant.features.lexicon.LexiconEntry;
import org.slant.features.lexicon.LoadedTerms;
import org.slant.features.lexicon.TermMatcher;
import org.slant.features.text.TextLayer;

/**
 * Loaded-term matching on 5 KB articles with a lexicon of 5,000 or 100,000 terms (the built-in lexicon plus
 * seeded synthetic one- to three-word terms, a quarter of them present in the text). Reports time per
 * article; MB/s = {@link #articleBytes} / time. {@code match}: the matcher alone; {@code analyze}: matching
 * plus context (voice, negation, scare quotes) on a prebuilt text layer; {@code layerAndAnalyze}: building
 * the text layer too.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:ActiveProcessorCount=1", "-Xmx1g"})
public class LoadedTermsBenchmark {

    @Param({"5000", "100000"})
    public int terms;

    /** UTF-8 size of each article, for MB/s. */
    public int articleBytes;

    private final List<String> articles = new ArrayList<>();
    private final List<TextLayer> layers = new ArrayList<>();
    private TermMatcher matcher;
    private LoadedTerms loaded;
    private int next;

    private static final String[] WORDS = ("the officials said on monday that government forces had moved toward "
            + "city after talks with rebels collapsed and residents fled while aid groups warned of shortages in "
            + "water food fuel medicine and power as the ministry denied reports that it targeted civilians").split(" ");

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        List<LexiconEntry> entries = new ArrayList<>(Lexicon.builtIn().entries());
        List<String> planted = new ArrayList<>();
        while (entries.size() < terms) {
            int n = 1 + random.nextInt(3);
            StringBuilder t = new StringBuilder();
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    t.append(' ');
                }
                t.append(syllables(random));
            }
            entries.add(LexiconEntry.of(t.toString(), Category.BIAS));
            if (random.nextInt(4) == 0) {
                planted.add(t.toString());
            }
        }
        Lexicon lexicon = Lexicon.of(entries);
        matcher = lexicon.matcher();
        loaded = LoadedTerms.with(lexicon);
        for (int a = 0; a < 16; a++) {
            StringBuilder sb = new StringBuilder();
            while (sb.length() < 5000) {
                int len = 8 + random.nextInt(20);
                boolean quote = random.nextInt(4) == 0;
                if (quote) {
                    sb.append('\u201c');
                }
                for (int i = 0; i < len; i++) {
                    String w = random.nextInt(12) == 0 ? planted.get(random.nextInt(planted.size()))
                            : random.nextInt(20) == 0 ? "reckless" : WORDS[random.nextInt(WORDS.length)];
                    sb.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
                    sb.append(i + 1 < len ? " " : quote ? ",\u201d he said. " : ". ");
                }
                if (random.nextInt(5) == 0) {
                    sb.append("\n\n");
                }
            }
            String text = sb.substring(0, 5000);
            articles.add(text);
            layers.add(TextLayer.of(text));
        }
        articleBytes = articles.get(0).getBytes(StandardCharsets.UTF_8).length;
        System.out.println("lexicon terms " + lexicon.size() + ", article bytes " + articleBytes);
    }

    private static String syllables(SplittableRandom random) {
        String[] s = {"ka", "lo", "mi", "ne", "ru", "ta", "ve", "zo", "pri", "sta", "gon", "del"};
        StringBuilder w = new StringBuilder();
        for (int i = 2 + random.nextInt(3); i > 0; i--) {
            w.append(s[random.nextInt(s.length)]);
        }
        return w.toString();
    }

    @Benchmark
    public void match(Blackhole bh) {
        bh.consume(matcher.find(articles.get(next++ & 15)));
    }

    @Benchmark
    public void analyze(Blackhole bh) {
        bh.consume(loaded.analyze(layers.get(next++ & 15)));
    }

    @Benchmark
    public void layerAndAnalyze(Blackhole bh) {
        bh.consume(loaded.analyze(TextLayer.of(articles.get(next++ & 15))));
    }
}
