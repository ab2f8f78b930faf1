package org.slant.features.blurbs;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slant.ingest.Article;
import org.slant.ingest.BlockKind;
import org.slant.ingest.Outlet;

/**
 * Blurb precision and recall on hand-labelled blocks of ABP dev articles ({@code eval/blurb-labels.tsv}).
 * Articles are rebuilt from the corpus text, one block per non-blank line, all marked as paragraphs, so the
 * detector works without ingest marks. Run with {@code ./mvnw -o -pl features test -Peval -Dtest=BlurbEvalTest};
 * skipped when {@code ../shared/data} is absent.
 */
@Tag("eval")
class BlurbEvalTest {

    private static Path shared() {
        String env = System.getenv("SLANT_SHARED");
        return env != null ? Path.of(env) : Path.of("..", "..", "shared");
    }

    @Test
    void blurbPrecisionAndRecallOnLabelledAbpBlocks() throws IOException {
        Path data = shared().resolve("data/abp/dev.jsonl.gz");
        Path labels = Path.of("..", "eval", "blurb-labels.tsv");
        assumeTrue(Files.exists(data), "skipped: ../shared/data not found");
        Map<String, Map<Integer, Boolean>> gold = new HashMap<>();
        Map<String, String> sampleOf = new HashMap<>();
        for (String line : Files.readAllLines(labels, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.startsWith("article\t") || line.isBlank()) {
                continue;
            }
            String[] c = line.split("\t");
            gold.computeIfAbsent(c[0], k -> new HashMap<>()).put(Integer.parseInt(c[1]), c[2].equals("blurb"));
            sampleOf.put(c[0] + "#" + c[1], c.length > 3 ? c[3] : "");
        }
        boolean withTemplates = Boolean.getBoolean("slant.blurbs.templates");
        List<Article> labelled = new ArrayList<>();
        read(data, a -> gold.containsKey(a.id()), labelled::add);
        Set<String> outlets = new HashSet<>();
        labelled.forEach(a -> outlets.add(a.outlet().name()));
        List<Article> corpus = new ArrayList<>();
        if (withTemplates) {
            read(data, a -> outlets.contains(a.outlet().name()), corpus::add);
        }
        BlurbDetector detector = BlurbDetector.standard();
        if (withTemplates) {
            detector = detector.withTemplates(corpus);
        }
        Map<String, int[]> bySample = new java.util.TreeMap<>();
        for (Article a : labelled) {
            Map<Integer, Blurb> flagged = new HashMap<>();
            for (Blurb bl : detector.detect(a)) {
                for (int i = bl.firstBlock(); i <= bl.lastBlock(); i++) {
                    flagged.put(i, bl);
                }
            }
            for (Map.Entry<Integer, Boolean> e : gold.get(a.id()).entrySet()) {
                boolean pred = flagged.containsKey(e.getKey());
                int[] m = bySample.computeIfAbsent(sampleOf.get(a.id() + "#" + e.getKey()), k -> new int[4]);
                if (pred && e.getValue()) {
                    m[0]++;
                } else if (pred) {
                    m[1]++;
                    System.out.println("FP " + a.id() + " " + e.getKey() + " " + flagged.get(e.getKey()).type()
                            + " " + flagged.get(e.getKey()).cues());
                } else if (e.getValue()) {
                    m[2]++;
                    System.out.println("FN " + a.id() + " " + e.getKey());
                } else {
                    m[3]++;
                }
            }
        }
        int[] all = new int[4];
        for (Map.Entry<String, int[]> e : bySample.entrySet()) {
            print(withTemplates, e.getKey(), e.getValue());
            for (int k = 0; k < 4; k++) {
                all[k] += e.getValue()[k];
            }
        }
        print(withTemplates, "all", all);
        assertTrue(all[0] + all[1] + all[2] + all[3] >= 200, "expected at least 200 labelled blocks");
    }

    private static void print(boolean templates, String sample, int[] m) {
        int tp = m[0];
        int fp = m[1];
        int fn = m[2];
        int tn = m[3];
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double rec = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        System.out.printf("blurbs templates=%s sample=%s blocks=%d tp=%d fp=%d fn=%d tn=%d precision=%.4f recall=%.4f%n",
                templates, sample, tp + fp + fn + tn, tp, fp, fn, tn, p, rec);
    }

    /** Streams the corpus, rebuilding each article with one paragraph block per non-blank line. */
    private static void read(Path data, java.util.function.Predicate<Article> keep,
                             java.util.function.Consumer<Article> sink) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(data)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                JsonNode n = mapper.readTree(line);
                Article.Builder b = Article.builder(n.get("id").asText())
                        .outlet(Outlet.named(n.get("outlet").asText())).headline(n.path("title").asText(""));
                for (String p : n.get("text").asText().split("\n")) {
                    if (!p.isBlank()) {
                        b.block(BlockKind.PARAGRAPH, p);
                    }
                }
                Article a = b.build();
                if (keep.test(a)) {
                    sink.accept(a);
                }
            }
        }
    }
}
