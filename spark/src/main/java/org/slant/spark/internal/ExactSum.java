package org.slant.spark.internal;

import java.math.BigDecimal;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;

/**
 * The exact sum of doubles (or of their squares), as a decimal string. Every finite double is a finite decimal,
 * so the sum does not depend on the order Spark merges partial sums in: the same input gives the same
 * statistics byte for byte however it is partitioned. Nulls are skipped.
 */
public final class ExactSum extends Aggregator<Double, BigDecimal, String> {
    private static final long serialVersionUID = 1L;

    private final boolean squares;

    /** @param squares whether to sum the squares of the values */
    public ExactSum(boolean squares) {
        this.squares = squares;
    }

    @Override
    public BigDecimal zero() {
        return BigDecimal.ZERO;
    }

    @Override
    public BigDecimal reduce(BigDecimal sum, Double value) {
        if (value == null || value == 0.0) {
            return sum; // most feature values are 0
        }
        BigDecimal v = new BigDecimal(value);
        return sum.add(squares ? v.multiply(v) : v);
    }

    @Override
    public BigDecimal merge(BigDecimal a, BigDecimal b) {
        return a.add(b);
    }

    @Override
    public String finish(BigDecimal sum) {
        return sum.toString();
    }

    @Override
    public Encoder<BigDecimal> bufferEncoder() {
        return Encoders.javaSerialization(BigDecimal.class);
    }

    @Override
    public Encoder<String> outputEncoder() {
        return Encoders.STRING();
    }
}
