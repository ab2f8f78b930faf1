package org.slant.spark.internal;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.when;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.slant.features.FeatureSpec;

/**
 * The per-outlet statistics that decompose over partitions, computed with one Spark aggregation grouped by
 * feature and outlet: for each feature and outlet the number of values, missing values, exact sum, mean, standard deviation,
 * minimum and maximum, whether the feature is a 0/1 rate, and then the Wilson interval of a rate. These are
 * the {@code n}, {@code missing}, {@code mean}, {@code proportion} and Wilson intervals of {@code slant run}'s
 * outlet statistics. Rank tests and bootstrap intervals need all values of a feature at once and are left to
 * the single-machine analysis of the feature table.
 */
public final class OutletAggregates {
    private static final MathContext PRECISE = new MathContext(50);

    private OutletAggregates() {}

    /** The schema of the statistics table: one row per feature and outlet. */
    public static StructType schema() {
        return DataTypes.createStructType(List.of(
                DataTypes.createStructField("feature", DataTypes.StringType, false),
                DataTypes.createStructField("outlet", DataTypes.StringType, false),
                DataTypes.createStructField("articles", DataTypes.LongType, false),
                DataTypes.createStructField("n", DataTypes.LongType, false),
                DataTypes.createStructField("missing", DataTypes.LongType, false),
                DataTypes.createStructField("sum", DataTypes.DoubleType, false),
                DataTypes.createStructField("mean", DataTypes.DoubleType, true),
                DataTypes.createStructField("sd", DataTypes.DoubleType, true),
                DataTypes.createStructField("min", DataTypes.DoubleType, true),
                DataTypes.createStructField("max", DataTypes.DoubleType, true),
                DataTypes.createStructField("proportion", DataTypes.BooleanType, false),
                DataTypes.createStructField("interval_low", DataTypes.DoubleType, true),
                DataTypes.createStructField("interval_high", DataTypes.DoubleType, true),
                DataTypes.createStructField("interval_method", DataTypes.StringType, true)));
    }

    /**
     * Aggregates a feature table (outlet column plus one column per spec) by outlet and lays the result out as
     * rows of {@link #schema()}: features in spec order, outlets in {@link String} order within each feature.
     */
    public static List<Row> compute(Dataset<Row> features, List<FeatureSpec> specs, double confidence) {
        // long form, one cell per article and feature: a narrow aggregation that plans and compiles quickly
        // whatever the number of features (a wide one with six aggregates per feature takes Spark minutes to plan)
        int width = specs.size();
        List<Column> wanted = new ArrayList<>();
        wanted.add(col("outlet"));
        specs.forEach(s -> wanted.add(col(quoted(s.name()))));
        // only outlet and values: turning a date column into java.sql.Date needs a JDK module opened
        JavaRDD<Row> cells = features.select(wanted.toArray(new Column[0])).javaRDD().flatMap(r -> {
            List<Row> out = new ArrayList<>(width);
            String outlet = r.getString(0);
            for (int i = 0; i < width; i++) {
                out.add(RowFactory.create(i, outlet, r.isNullAt(1 + i) ? null : r.getDouble(1 + i)));
            }
            return out.iterator();
        });
        Dataset<Row> table = features.sparkSession().createDataFrame(cells, DataTypes.createStructType(List.of(
                DataTypes.createStructField("feature", DataTypes.IntegerType, false),
                DataTypes.createStructField("outlet", DataTypes.StringType, false),
                DataTypes.createStructField("value", DataTypes.DoubleType, true))));
        UserDefinedFunction sum = org.apache.spark.sql.functions.udaf(new ExactSum(false), Encoders.DOUBLE());
        UserDefinedFunction squares = org.apache.spark.sql.functions.udaf(new ExactSum(true), Encoders.DOUBLE());
        Column v = col("value");
        List<Row> grouped = table.groupBy(col("feature"), col("outlet"))
                .agg(count(lit(1)).as("articles"), count(v).as("n"), sum.apply(v).as("s"), squares.apply(v).as("q"),
                        min(v).as("lo"), max(v).as("hi"),
                        // 1 while every value is 0 or 1; a null (missing) value does not decide
                        min(when(v.isNull(), lit(1)).when(v.equalTo(0.0).or(v.equalTo(1.0)), lit(1)).otherwise(lit(0)))
                                .as("b"))
                .collectAsList();
        List<Map<String, Row>> byFeature = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            byFeature.add(new TreeMap<>());
        }
        for (Row r : grouped) {
            byFeature.get(r.getInt(0)).put(r.getString(1), r);
        }
        double z = new NormalDistribution().inverseCumulativeProbability(0.5 + confidence / 2);
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            boolean proportion = true;
            for (Row r : byFeature.get(i).values()) {
                proportion &= r.getLong(3) == 0 || r.getInt(8) == 1;
            }
            for (Map.Entry<String, Row> e : byFeature.get(i).entrySet()) {
                out.add(row(specs.get(i).name(), e.getKey(), e.getValue(), proportion, z));
            }
        }
        return out;
    }

    private static Row row(String feature, String outlet, Row r, boolean proportion, double z) {
        long articles = r.getLong(2);
        long n = r.getLong(3);
        BigDecimal s = new BigDecimal(r.getString(4));
        BigDecimal q = new BigDecimal(r.getString(5));
        Double mean = null;
        Double sd = null;
        Double low = null;
        Double high = null;
        String method = null;
        if (n > 0) {
            mean = s.divide(BigDecimal.valueOf(n), MathContext.DECIMAL128).doubleValue();
            if (n == 1) {
                low = mean;
                high = mean;
                method = "none";
            } else if (proportion) {
                double[] w = wilson(mean, n, z);
                low = w[0];
                high = w[1];
                method = "wilson";
            }
        }
        if (n > 1) {
            BigDecimal nn = BigDecimal.valueOf(n);
            BigDecimal ss = q.subtract(s.multiply(s).divide(nn, PRECISE)).divide(nn.subtract(BigDecimal.ONE), PRECISE);
            sd = ss.signum() <= 0 ? 0.0 : ss.sqrt(MathContext.DECIMAL128).doubleValue();
        }
        return RowFactory.create(feature, outlet, articles, n, articles - n, s.doubleValue(), mean, sd,
                r.isNullAt(6) ? null : r.getDouble(6), r.isNullAt(7) ? null : r.getDouble(7),
                proportion, low, high, method);
    }

    /** The Wilson score interval of a rate {@code p} over {@code n} trials, as the single-machine statistics give it. */
    static double[] wilson(double p, long n, double z) {
        double z2 = z * z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }

    /** A column name as Spark SQL reads it literally: feature names hold dots. */
    public static String quoted(String name) {
        return "`" + name.replace("`", "``") + "`";
    }
}
