package org.slant.analysis.eval;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slant.analysis.story.Story;
import org.slant.analysis.story.StoryClusterer;
import org.slant.analysis.story.StoryComparator;
import org.slant.analysis.story.StoryComparison;
import org.slant.analysis.story.StoryConfig;
import org.slant.analysis.story.StoryDoc;

/**
 * BASIL dev: clusters the articles into stories (scored with {@code basil_score.py --clusters}) and flags
 * every sentence no other article of its story carries (scored with {@code --informational}). Reads
 * {@code $SLANT_EVAL_DATA} or {@code ../../shared/data} from the module directory; skipped when absent.
 * Writes {@code target/eval/basil-clusters.jsonl} and {@code target/eval/basil-inf.jsonl}.
 */
@Tag("eval")
class BasilStoriesEvalTest {

    static Path data() {
        String env = System.getenv("SLANT_EVAL_DATA");
        return env != null ? Path.of(env) : Path.of("../../shared/data");
    }

    @Test
    void clusterBasilAndFlagUniqueSentences() throws IOException {
        Path articles = data().resolve("basil/articles_dev.jsonl");
        assumeTrue(Files.exists(articles), "skipped: " + articles + " not found");
        ObjectMapper m = new ObjectMapper();
        List<StoryDoc> docs = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(articles, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                JsonNode o = m.readTree(line);
                List<String> sentences = new ArrayList<>();
                o.get("sentences").forEach(s -> sentences.add(s.asText()));
                String date = o.path("date").asText("");
                docs.add(new StoryDoc(o.get("id").asText(), o.get("outlet").asText(),
                        date.isEmpty() ? null : LocalDate.parse(date.substring(0, 10)), o.path("title").asText(""), sentences));
            }
        }
        StoryConfig config = StoryConfig.defaults();
        List<Story> stories = StoryClusterer.cluster(docs, config);
        Path out = Path.of("target/eval");
        Files.createDirectories(out);
        Map<String, StoryDoc> byId = new LinkedHashMap<>();
        docs.forEach(d -> byId.put(d.id(), d));
        int flagged = 0;
        int total = 0;
        try (Writer c = Files.newBufferedWriter(out.resolve("basil-clusters.jsonl"));
                Writer inf = Files.newBufferedWriter(out.resolve("basil-inf.jsonl"));
                Writer sim = Files.newBufferedWriter(out.resolve("basil-similarity.jsonl"))) {
            for (Story s : stories) {
                for (String id : s.articleIds()) {
                    c.write(m.writeValueAsString(Map.of("article_id", id, "cluster", s.id())) + "\n");
                }
                if (s.articleIds().size() < 2) {
                    continue; // nothing to compare against
                }
                StoryComparison cmp = StoryComparator.compare(s.id(),
                        s.articleIds().stream().map(byId::get).toList(), config);
                for (StoryComparison.ArticleView v : cmp.articles()) {
                    for (StoryComparison.AlignedSentence a : v.sentences()) {
                        boolean flag = a.coverage() == StoryComparison.Coverage.UNIQUE;
                        sim.write(m.writeValueAsString(Map.of("id", v.id() + "#" + a.index(), "best", a.bestSimilarity()))
                                + "\n");
                        total++;
                        if (flag) {
                            flagged++;
                            inf.write(m.writeValueAsString(Map.of("id", v.id() + "#" + a.index(), "flag", true)) + "\n");
                        }
                    }
                }
            }
        }
        System.out.printf("basil: %d articles, %d stories; %d of %d sentences flagged unique%n", docs.size(),
                stories.size(), flagged, total);
    }
}
