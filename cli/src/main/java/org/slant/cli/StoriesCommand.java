package org.slant.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.slant.analysis.AnalysisException;
import org.slant.analysis.story.Story;
import org.slant.analysis.story.StoryClusterer;
import org.slant.analysis.story.StoryComparator;
import org.slant.analysis.story.StoryComparison;
import org.slant.analysis.story.StoryConfig;
import org.slant.analysis.story.StoryDoc;
import org.slant.ingest.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code slant stories}: groups articles of the same event across outlets and writes
 * {@code {"article_id","cluster"}} lines; with {@code --compare} also each multi-outlet story's
 * sentence alignment, sourcing and distinctive terms as JSON, and with {@code --flags} every sentence no
 * other outlet carries as {@code {"id","flag"}}.
 */
@Command(name = "stories", mixinStandardHelpOptions = true, versionProvider = SlantCli.Version.class,
        description = {"Group articles into same-event stories and compare the outlets within each.",
            "Example: slant stories pages/ --compare stories.json"})
final class StoriesCommand implements Callable<Integer> {
    @Mixin
    AnalysisInputs in;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Cluster assignments JSONL; default stdout.")
    Path out;

    @Option(names = "--compare", paramLabel = "FILE", description = "Write the comparison of every story with two or more outlets as JSON.")
    Path compare;

    @Option(names = "--flags", paramLabel = "FILE", description = "Write {\"id\":\"<article>#<sentence>\",\"flag\":true} for sentences only one outlet carries.")
    Path flags;

    @Option(names = "--threshold", paramLabel = "T", description = "Minimum average cosine similarity to merge (default ${DEFAULT-VALUE}).")
    double threshold = StoryConfig.defaults().threshold();

    @Option(names = "--window-days", paramLabel = "D", description = "Maximum days between articles of a story (default ${DEFAULT-VALUE}).")
    int windowDays = StoryConfig.defaults().windowDays();

    @Option(names = "--many-per-outlet", description = "Allow several articles of one outlet in a story.")
    boolean manyPerOutlet;

    @Override
    public Integer call() throws IOException {
        try {
            if (in.table != null) {
                throw new IllegalArgumentException("stories need article inputs (files or directories), not a feature table");
            }
            if (in.inputs.isEmpty()) {
                throw new IllegalArgumentException("no input: give article files or directories");
            }
            PredictionsOut.checkDirectories(out, compare, flags);
            StoryConfig d = StoryConfig.defaults();
            StoryConfig config = new StoryConfig(threshold, windowDays, d.leadTokens(), d.headlineWeight(), !manyPerOutlet,
                    d.alignThreshold());
            List<StoryDoc> docs = new ArrayList<>();
            try (Stream<Article> s = in.articles()) {
                for (Iterator<Article> it = s.iterator(); it.hasNext();) {
                    docs.add(StoryDoc.of(it.next()));
                }
            }
            if (docs.isEmpty()) {
                throw new AnalysisException("no articles in the input to group into stories");
            }
            List<Story> stories = StoryClusterer.cluster(docs, config);
            ObjectMapper m = new ObjectMapper();
            try (Writer w = PredictionsOut.open(out)) {
                for (Story st : stories) {
                    for (String id : st.articleIds()) {
                        Map<String, Object> o = new LinkedHashMap<>();
                        o.put("article_id", id);
                        o.put("cluster", st.id());
                        w.write(m.writeValueAsString(o) + "\n");
                    }
                }
            }
            long multi = stories.stream().filter(st -> st.articleIds().size() > 1).count();
            System.err.printf("slant stories: %d articles, %d stories, %d with two or more outlets%n", docs.size(),
                    stories.size(), multi);
            if (compare != null || flags != null) {
                Map<String, StoryDoc> byId = new LinkedHashMap<>();
                docs.forEach(doc -> byId.put(doc.id(), doc));
                List<StoryComparison> comparisons = new ArrayList<>();
                for (Story st : stories) {
                    if (st.articleIds().size() > 1) {
                        comparisons.add(StoryComparator.compare(st.id(), st.articleIds().stream().map(byId::get).toList(),
                                config));
                    }
                }
                if (compare != null) {
                    m.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(compare.toFile(), comparisons);
                }
                if (flags != null) {
                    try (Writer w = Files.newBufferedWriter(flags, StandardCharsets.UTF_8)) {
                        for (StoryComparison c : comparisons) {
                            for (StoryComparison.ArticleView v : c.articles()) {
                                for (StoryComparison.AlignedSentence a : v.sentences()) {
                                    if (a.coverage() == StoryComparison.Coverage.UNIQUE) {
                                        w.write(m.writeValueAsString(Map.of("id", v.id() + "#" + a.index(), "flag", true)) + "\n");
                                    }
                                }
                            }
                        }
                    }
                }
            }
            return SlantCli.OK;
        } catch (IllegalArgumentException e) {
            System.err.println("slant stories: " + e.getMessage());
            return SlantCli.USAGE;
        } catch (AnalysisException e) {
            System.err.println("slant stories: " + e.getMessage());
            return SlantCli.FAILURE;
        }
    }
}
