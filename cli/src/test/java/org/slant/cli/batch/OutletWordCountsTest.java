package org.slant.cli.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.analysis.stats.DistinctiveWords;

class OutletWordCountsTest {

    /** Articles of random words, some shared, some with characters outside ASCII and a lone surrogate. */
    private static List<Map.Entry<String, Map<String, Integer>>> articles(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        String[] odd = {"élysée", "straße", "kyiv", "\uD83D", "ab\u0000c", "zz"};
        List<Map.Entry<String, Map<String, Integer>>> out = new ArrayList<>();
        for (int a = 0; a < 400; a++) {
            Map<String, Integer> words = new java.util.LinkedHashMap<>();
            int n = 1 + rnd.nextInt(40);
            for (int k = 0; k < n; k++) {
                String w = rnd.nextInt(10) == 0 ? odd[rnd.nextInt(odd.length)] : "w" + rnd.nextInt(900);
                words.merge(w, 1 + rnd.nextInt(3), Integer::sum);
            }
            out.add(Map.entry("outlet-" + rnd.nextInt(9), words));
        }
        return out;
    }

    private static Map<String, Map<String, Long>> read(OutletWordCounts counts) {
        List<String> outlets = counts.outlets();
        Map<String, Map<String, Long>> out = new TreeMap<>();
        List<String> order = new ArrayList<>();
        counts.forEachWord((w, os, cs, n) -> {
            order.add(w);
            for (int k = 0; k < n; k++) {
                if (k > 0) {
                    assertTrue(os[k - 1] < os[k], "outlets in number order, each once");
                }
                Long earlier = out.computeIfAbsent(outlets.get(os[k]), x -> new HashMap<>()).put(w, cs[k]);
                assertEquals(null, earlier, "each word once");
            }
        });
        assertEquals(order.stream().sorted().toList(), order, "words in order");
        return out;
    }

    @Test
    void countsReadBackAreExactWhateverTheBudgetAndHowOftenTheTableWasWritten(@TempDir Path dir) throws IOException {
        var articles = articles(3);
        Map<String, Map<String, Long>> expected = new TreeMap<>();
        for (var a : articles) {
            a.getValue().forEach((w, c) -> expected.computeIfAbsent(a.getKey(), x -> new HashMap<>()).merge(w, (long) c, Long::sum));
        }
        for (int budget : new int[] {40, 500, 1 << 20}) {
            Path runs = Files.createDirectories(dir.resolve("b" + budget));
            try (OutletWordCounts counts = new OutletWordCounts(runs, budget)) {
                for (var a : articles) {
                    counts.add(a.getKey(), a.getValue().keySet().toArray(new String[0]),
                            a.getValue().values().stream().mapToInt(Integer::intValue).toArray());
                }
                assertEquals(expected, read(counts), "budget " + budget);
                assertEquals(expected, read(counts), "read twice, budget " + budget);
                assertTrue(budget > 10_000 ? counts.spills() == 1 : counts.spills() > 3, "spills " + counts.spills());
                assertEquals(DistinctiveWords.compute(expected, 20, 6), DistinctiveWords.compute(counts, 20, 6));
                assertThrows(IllegalStateException.class, () -> counts.add("x", new String[] {"late"}, new int[] {1}));
            }
            try (Stream<Path> left = Files.list(runs)) {
                assertEquals(0, left.count(), "run files deleted on close");
            }
        }
    }

    @Test
    void aTableOfMoreThanHalfAMillionWordsIsWrittenInWordOrder(@TempDir Path dir) throws IOException {
        // word ranks from 2^19 up reach the sign bit of the packed sort key
        int n = 600_000;
        String[] words = new String[n];
        int[] counts = new int[n];
        for (int i = 0; i < n; i++) {
            words[i] = Integer.toString(n - i, 36);
            counts[i] = 1 + i % 3;
        }
        try (OutletWordCounts c = new OutletWordCounts(dir, 1 << 20)) {
            c.add("outlet", words, counts);
            Map<String, Map<String, Long>> back = read(c);
            assertEquals(n, back.get("outlet").size());
            assertEquals(1L, back.get("outlet").get(words[0]));
            assertEquals(1, c.spills());
        }
    }
}
