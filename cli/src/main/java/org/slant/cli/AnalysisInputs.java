package org.slant.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slant.analysis.AnalysisException;
import org.slant.analysis.ArticleTables;
import org.slant.analysis.table.FeatureTable;
import org.slant.analysis.table.FeatureTables;
import org.slant.analysis.text.TextFeatureConfig;
import org.slant.analysis.text.TextVectorizer;
import org.slant.analysis.text.Weighting;
import org.slant.features.Features;
import org.slant.features.FeaturesException;
import org.slant.ingest.Article;
import org.slant.ingest.ArticleSource;
import org.slant.ingest.FieldMapping;
import org.slant.ingest.Ingest;
import org.slant.ingest.IngestException;
import org.slant.ingest.IngestOptions;
import org.slant.ingest.IngestResult;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The input options the analysis commands share: articles (pages, corpora, Slant JSONL) turned into a
 * feature table, or a feature table file. Articles are streamed; word features read them twice.
 */
final class AnalysisInputs {

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Articles: files or directories of pages, corpora (.jsonl/.csv, .gz) or Slant JSONL.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--table", paramLabel = "FILE", description = "Read a feature table (.csv, .jsonl, .arff, optionally .gz) instead of articles.")
    Path table;

    @Option(names = "--fields", paramLabel = "SPEC", description = "Corpus field mapping, as for 'slant ingest', e.g. 'domain=outlet_host'.")
    String fields;

    @Option(names = "--features", paramLabel = "NAMES", split = ",",
            description = "Framing feature extractors: 'standard' (default), 'none', or extractor names (comma-separated).")
    List<String> features = new ArrayList<>(List.of("standard"));

    @Option(names = "--words", description = "Add word features (see --ngrams, --weighting, --min-df, --max-features).")
    boolean words;

    @Option(names = "--ngrams", paramLabel = "MIN-MAX", description = "n-gram range of word features, e.g. 1-2 (default ${DEFAULT-VALUE}).")
    String ngrams = "1-1";

    @Option(names = "--weighting", paramLabel = "W", description = "Word weighting: count, binary, log_count or tfidf (default ${DEFAULT-VALUE}).")
    String weighting = "count";

    @Option(names = "--min-df", paramLabel = "N", description = "Keep words found in at least N articles (default ${DEFAULT-VALUE}).")
    int minDf = 3;

    @Option(names = "--max-df", paramLabel = "F", description = "Drop words found in more than this fraction of articles (default ${DEFAULT-VALUE}).")
    double maxDf = 1.0;

    @Option(names = "--max-features", paramLabel = "N", description = "Keep the N most frequent words (default ${DEFAULT-VALUE}).")
    int maxFeatures = 20_000;

    @Option(names = "--lead-tokens", paramLabel = "N", description = "Count words in the first N tokens only; 0 for all (default ${DEFAULT-VALUE}).")
    int leadTokens = 0;

    /** The framing feature pipeline asked for, or null for none. */
    Features pipeline() throws FeaturesException {
        if (features.isEmpty() || features.equals(List.of("none"))) {
            return null;
        }
        return features.equals(List.of("standard")) ? Features.standard() : Features.named(features);
    }

    /** {@code --ngrams}: MIN-MAX or one number. */
    private static final java.util.regex.Pattern NGRAM_RANGE =
            java.util.regex.Pattern.compile("\\s*(\\d{1,2})\\s*(?:-\\s*(\\d{1,2})\\s*)?");

    TextFeatureConfig wordConfig() {
        if (!words) {
            return null;
        }
        java.util.regex.Matcher mm = NGRAM_RANGE.matcher(ngrams);
        if (!mm.matches()) {
            throw new IllegalArgumentException("--ngrams takes MIN-MAX word counts such as 1-2 (or one number), not '" + ngrams + "'");
        }
        int min = Integer.parseInt(mm.group(1));
        int max = mm.group(2) != null ? Integer.parseInt(mm.group(2)) : min;
        return new TextFeatureConfig(min, max, minDf, maxDf, maxFeatures, enumValue(Weighting.class, weighting), leadTokens);
    }

    /** The table from --table, or built from the articles. */
    ArticleTables.Built load() throws AnalysisException, FeaturesException {
        if (table != null) {
            if (!inputs.isEmpty()) {
                throw new IllegalArgumentException("give either --table or article inputs, not both");
            }
            return new ArticleTables.Built(FeatureTables.read(table), null);
        }
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no input: give article files or directories, or --table FILE");
        }
        return ArticleTables.build(this::articles, pipeline(), wordConfig());
    }

    /** Builds a table from the articles with a model's vectorizer and pipeline. */
    ArticleTables.Built load(Features pipeline, TextVectorizer vectorizer) throws AnalysisException {
        return ArticleTables.build(this::articles, pipeline, vectorizer);
    }

    IngestOptions ingestOptions() {
        return IngestOptions.defaults().withMapping(fields == null ? FieldMapping.defaults() : FieldMapping.parse(fields));
    }

    /** The accepted articles of the inputs, streamed; rejections are counted on stderr. */
    Stream<Article> articles() throws AnalysisException {
        ArticleSource source;
        try {
            source = Ingest.open(inputs, ingestOptions());
        } catch (IngestException e) {
            throw new AnalysisException(e.getMessage(), e);
        }
        long[] rejected = {0};
        return source.results()
                .<Article>mapMulti((r, sink) -> {
                    if (r instanceof IngestResult.Accepted a) {
                        sink.accept(a.article());
                    } else {
                        rejected[0]++;
                    }
                })
                .onClose(() -> {
                    source.close();
                    if (rejected[0] > 0) {
                        System.err.println("slant: " + rejected[0] + " input records rejected (see 'slant ingest' for reasons)");
                    }
                });
    }

    /** Reads the feature table only (for commands that need no articles). */
    FeatureTable tableOnly() throws AnalysisException, FeaturesException {
        return load().table();
    }

    /** An enum constant by case-insensitive name, or an error listing the valid names. */
    static <E extends Enum<E>> E enumValue(Class<E> type, String name) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(name.strip())) {
                return e;
            }
        }
        throw new IllegalArgumentException("'" + name + "' is not one of "
                + java.util.Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(java.util.Locale.ROOT)).toList());
    }
}
