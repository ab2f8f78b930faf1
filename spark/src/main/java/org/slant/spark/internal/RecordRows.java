package org.slant.spark.internal;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.slant.features.ArticleFeatures;
import org.slant.features.FeatureSpec;
import org.slant.features.FeatureValue;
import org.slant.ingest.Article;
import org.slant.ingest.ArticleJson;
import org.slant.ingest.Rejection;

/**
 * The explicit schemas of the job's tables, and the mapping of Slant's records to Spark rows (Java records are
 * not Spark beans). Tasks emit one combined row per input record, an article with its features or a rejection;
 * the tables are projections of it.
 */
public final class RecordRows {
    /** The {@code kind} of a row holding an article and its features. */
    public static final String ARTICLE = "article";
    /** The {@code kind} of a row holding a rejection. */
    public static final String REJECT = "reject";

    /** Columns of the article table, before the full JSON. */
    public static final List<String> ARTICLE_COLUMNS = List.of("id", "origin", "outlet", "outlet_domain", "url",
            "headline", "published", "date", "language", "label", "chars", "json");
    /** Identifying columns of the feature table, as in {@code features.csv}; the feature columns follow. */
    public static final List<String> FEATURE_META_COLUMNS = List.of("id", "outlet", "date", "label");
    /** Columns of the rejection table, in the key order of {@code rejects.jsonl}. */
    public static final List<String> REJECT_COLUMNS = List.of("message", "origin", "reason", "record");

    private RecordRows() {}

    /** The combined schema: kind, the article columns, one double per feature, the rejection columns. */
    public static StructType combined(List<FeatureSpec> specs) {
        List<StructField> f = new ArrayList<>();
        f.add(DataTypes.createStructField("kind", DataTypes.StringType, false));
        f.add(field("id", "article id, unique in the corpus"));
        f.add(field("origin", "file, and line or record number, the article came from"));
        f.add(field("outlet", "publishing outlet's name"));
        f.add(field("outlet_domain", "publishing outlet's domain, when known"));
        f.add(field("url", "article URL, when known"));
        f.add(field("headline", "headline"));
        f.add(field("published", "publication time as ISO 8601, as precise as the page says"));
        f.add(DataTypes.createStructField("date", DataTypes.DateType, true, describe("publication date")));
        f.add(field("language", "BCP 47 language tag, when detected"));
        f.add(field("label", "research label carried from the corpus"));
        f.add(DataTypes.createStructField("chars", DataTypes.IntegerType, true, describe("length of the body text")));
        f.add(field("json", "the whole article as Slant's article JSON (lossless)"));
        for (FeatureSpec s : specs) {
            f.add(DataTypes.createStructField(s.name(), DataTypes.DoubleType, true,
                    describe(s.description() + " [" + s.unit() + "]")));
        }
        f.add(field("reject_origin", "file the rejected record came from"));
        f.add(DataTypes.createStructField("reject_record", DataTypes.LongType, true,
                describe("1-based line or record number; 0 for the whole file")));
        f.add(field("reason", "why the record was rejected (a RejectReason)"));
        f.add(field("message", "what was wrong, naming the offending value"));
        return DataTypes.createStructType(f);
    }

    private static StructField field(String name, String comment) {
        return DataTypes.createStructField(name, DataTypes.StringType, true, describe(comment));
    }

    private static Metadata describe(String comment) {
        return new MetadataBuilder().putString("comment", comment).build();
    }

    /** Position of each feature's value in the combined row, by feature name. */
    public static Map<String, Integer> featureColumns(List<FeatureSpec> specs) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < specs.size(); i++) {
            out.put(specs.get(i).name(), 13 + i);
        }
        return out;
    }

    /**
     * An article and its features. Features the pipeline names but did not compute are 0, as in the feature
     * table of {@code slant run}. {@code java8Dates}: whether the session takes {@code LocalDate} for dates.
     */
    public static Row article(Article a, ArticleFeatures features, Map<String, Integer> columns, int width,
            boolean java8Dates) {
        Object[] v = new Object[width];
        v[0] = ARTICLE;
        v[1] = a.id();
        v[2] = a.origin();
        v[3] = a.outlet().name();
        v[4] = a.outlet().domain();
        v[5] = a.url();
        v[6] = a.headline();
        v[7] = a.published() == null ? null : a.published().toString();
        // the external type of a date depends on the session (spark.sql.datetime.java8API.enabled)
        v[8] = a.published() == null ? null
                : java8Dates ? a.published().date() : Date.valueOf(a.published().date());
        v[9] = a.language();
        v[10] = a.label();
        v[11] = a.text() == null ? null : a.text().length();
        v[12] = ArticleJson.toJson(a);
        for (int c : columns.values()) {
            v[c] = 0.0;
        }
        for (FeatureValue fv : features.values()) {
            Integer c = columns.get(fv.name());
            if (c != null) {
                v[c] = fv.value();
            }
        }
        return RowFactory.create(v);
    }

    /** A rejected input record. */
    public static Row reject(Rejection r, int width) {
        return reject(r.origin(), r.record(), r.reason().name(), r.message(), width);
    }

    /** A rejected input record, from its parts. */
    public static Row reject(String origin, long record, String reason, String message, int width) {
        Object[] v = new Object[width];
        v[0] = REJECT;
        v[width - 4] = origin;
        v[width - 3] = record;
        v[width - 2] = reason;
        v[width - 1] = message;
        return RowFactory.create(v);
    }
}
