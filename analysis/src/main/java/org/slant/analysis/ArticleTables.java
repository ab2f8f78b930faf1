package org.slant.analysis;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.slant.analysis.table.Column;
import org.slant.analysis.table.FeatureTable;
import org.slant.analysis.table.FeatureVector;
import org.slant.analysis.table.Row;
import org.slant.analysis.text.TextDoc;
import org.slant.analysis.text.TextFeatureConfig;
import org.slant.analysis.text.TextVectorizer;
import org.slant.features.ArticleFeatures;
import org.slant.features.FeatureSpec;
import org.slant.features.FeatureValue;
import org.slant.features.Features;
import org.slant.ingest.Article;

/**
 * Builds feature tables from articles: framing features from {@link Features}, word features from a
 * {@link TextVectorizer}, or both side by side. Articles are streamed; only the rows are kept.
 */
public final class ArticleTables {
    private ArticleTables() {}

    /** Re-opens the same articles for another pass (word features need two: vocabulary, then counts). */
    @FunctionalInterface
    public interface ArticleStreams {
        /**
         * Opens a fresh stream of the articles, in the same order each time; the caller closes it.
         *
         * @return the articles; never null
         * @throws AnalysisException if the articles cannot be read
         */
        Stream<Article> open() throws AnalysisException;
    }

    /**
     * A table of framing features, one column per {@link FeatureSpec} with its description and unit.
     * A value that an article's features lack becomes a missing cell.
     *
     * @param featureSet the table's feature set name, e.g. from {@link #featureSetName(Features)}; not blank
     * @param specs the columns, in order
     * @param articles the articles, in row order
     * @param features their features, one per article with the same id (any order)
     * @return the table, one row per article
     * @throws IllegalArgumentException if an article has no features, two articles share an id, or a spec's
     *     name is not a valid column name
     */
    public static FeatureTable fromFeatures(String featureSet, List<FeatureSpec> specs, List<Article> articles,
            List<ArticleFeatures> features) {
        Map<String, ArticleFeatures> byId = new java.util.HashMap<>();
        features.forEach(f -> byId.put(f.articleId(), f));
        List<Row> rows = new ArrayList<>(articles.size());
        for (Article a : articles) {
            ArticleFeatures f = byId.get(a.id());
            if (f == null) {
                throw new IllegalArgumentException("article " + a.id() + " has no features");
            }
            rows.add(row(a, vector(specs, f)));
        }
        return new FeatureTable(featureSet, columns(specs), rows);
    }

    /**
     * Names the feature set a pipeline produces, for {@link FeatureTable#featureSet()}.
     *
     * @param features the pipeline
     * @return {@code slant-features:} followed by the extractor names, comma-separated, in pipeline order
     */
    public static String featureSetName(Features features) {
        return "slant-features:" + String.join(",", features.extractors().stream().map(e -> e.name()).toList());
    }

    /**
     * Turns feature specs into table columns, carrying over each name, description and unit.
     *
     * @param specs the specs, in column order
     * @return one column per spec, in the same order
     * @throws IllegalArgumentException if a spec's name is not a valid {@link Column} name
     */
    public static List<Column> columns(List<FeatureSpec> specs) {
        return specs.stream().map(s -> new Column(s.name(), s.description(), s.unit())).toList();
    }

    private static FeatureVector vector(List<FeatureSpec> specs, ArticleFeatures f) {
        Map<String, Double> values = new java.util.HashMap<>();
        for (FeatureValue v : f.values()) {
            values.put(v.name(), v.value());
        }
        FeatureVector.Builder b = FeatureVector.builder(specs.size());
        for (int i = 0; i < specs.size(); i++) {
            Double v = values.get(specs.get(i).name());
            if (v == null) {
                b.missing(i);
            } else {
                b.set(i, v);
            }
        }
        return b.build();
    }

    private static Row row(Article a, FeatureVector v) {
        TextDoc d = TextDoc.of(a);
        return new Row(d.id(), d.outlet(), d.date(), null, d.label(), v);
    }

    /**
     * Builds a table in one or two passes over {@code source}: framing features when {@code features} is
     * not null, word features when {@code words} is not null (fitted on these articles), both joined when
     * both are given.
     *
     * @param source re-opens the articles; opened twice with word features, once without
     * @param features the framing feature pipeline, or null for no framing columns
     * @param words how to fit word features, or null for no word columns
     * @return the table and the fitted vectorizer (null without word features)
     * @throws AnalysisException if {@code source} cannot open the articles
     * @throws IllegalArgumentException if both are null, or two articles share an id
     */
    public static Built build(ArticleStreams source, Features features, TextFeatureConfig words)
            throws AnalysisException {
        if (features == null && words == null) {
            throw new IllegalArgumentException("choose framing features, word features or both");
        }
        TextVectorizer vectorizer = null;
        if (words != null) {
            try (Stream<Article> s = source.open()) {
                vectorizer = TextVectorizer.fit(words, () -> iterator(s, TextDoc::of));
            }
        }
        return build(source, features, vectorizer);
    }

    /**
     * Builds a table in one pass with an already fitted vectorizer, so the word columns match those a
     * saved model was trained on. Framing columns come first, then word columns.
     *
     * @param source opens the articles once
     * @param features the framing feature pipeline, or null for no framing columns
     * @param vectorizer the fitted vectorizer, or null for no word columns
     * @return the table and {@code vectorizer}
     * @throws AnalysisException if {@code source} cannot open the articles
     * @throws IllegalArgumentException if two articles share an id
     * @throws NullPointerException if both {@code features} and {@code vectorizer} are null
     */
    public static Built build(ArticleStreams source, Features features, TextVectorizer vectorizer)
            throws AnalysisException {
        List<FeatureSpec> specs = features == null ? List.of() : features.specs();
        List<Column> cols = new ArrayList<>(columns(specs));
        if (vectorizer != null) {
            cols.addAll(vectorizer.columns());
        }
        int offset = specs.size();
        List<Row> rows = new ArrayList<>();
        try (Stream<Article> s = source.open()) {
            for (Iterator<Article> it = s.iterator(); it.hasNext();) {
                Article a = it.next();
                FeatureVector.Builder b = FeatureVector.builder(cols.size());
                if (features != null) {
                    FeatureVector f = vector(specs, features.extract(a));
                    b.copyFrom(f, 0);
                }
                if (vectorizer != null) {
                    b.copyFrom(vectorizer.vector(TextDoc.of(a).text()), offset);
                }
                rows.add(row(a, b.build()));
            }
        }
        String name = features == null ? vectorizer.featureSetName()
                : vectorizer == null ? featureSetName(features) : featureSetName(features) + "+" + vectorizer.featureSetName();
        return new Built(new FeatureTable(name, cols, rows), vectorizer);
    }

    private static <T> Iterator<T> iterator(Stream<Article> s, Function<Article, T> f) {
        return s.map(f).iterator();
    }

    /**
     * A built table and the vectorizer that made its word columns.
     *
     * @param table the table
     * @param vectorizer the fitted vectorizer; null without word features
     */
    public record Built(FeatureTable table, TextVectorizer vectorizer) {}
}
