package org.slant.analysis.table;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * The values of one row: a sparse, immutable vector of doubles in which absent entries are zero and
 * missing entries are marked explicitly. Values are always finite: NaN and infinities are rejected when
 * the vector is built, so "missing" never hides a computation error.
 *
 * <p>Sparse because text features (word and n-gram counts) give tables of tens of thousands of
 * columns with a few hundred non-zero values per row. Thread-safe (immutable).
 */
public final class FeatureVector {
    private final int size;
    private final int[] index;
    private final double[] value; // NaN marks a missing value

    private FeatureVector(int size, int[] index, double[] value) {
        this.size = size;
        this.index = index;
        this.value = value;
    }

    /** A vector of the given width whose values are all zero. */
    public static FeatureVector zeros(int size) {
        return new FeatureVector(size, new int[0], new double[0]);
    }

    /**
     * A dense vector from values; {@code null} entries are missing.
     *
     * @throws IllegalArgumentException if a value is NaN or infinite
     */
    public static FeatureVector of(Double... values) {
        Builder b = builder(values.length);
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                b.missing(i);
            } else {
                b.set(i, values[i]);
            }
        }
        return b.build();
    }

    /** A builder for a vector of the given width. */
    public static Builder builder(int size) {
        return new Builder(size);
    }

    /** Number of columns. */
    public int size() {
        return size;
    }

    /** The value at column {@code i}: 0 when absent; NaN only when {@link #isMissing(int)}. */
    public double get(int i) {
        checkIndex(i);
        int k = Arrays.binarySearch(index, i);
        return k >= 0 ? value[k] : 0.0;
    }

    /** Whether column {@code i} is explicitly missing. */
    public boolean isMissing(int i) {
        checkIndex(i);
        int k = Arrays.binarySearch(index, i);
        return k >= 0 && Double.isNaN(value[k]);
    }

    /** Number of stored entries (non-zero or missing). */
    public int storedCount() {
        return index.length;
    }

    /** Column index of the {@code k}-th stored entry, in increasing column order. */
    public int storedIndex(int k) {
        return index[k];
    }

    /** Value of the {@code k}-th stored entry; NaN when it is missing. */
    public double storedValue(int k) {
        return value[k];
    }

    /** Calls {@code action} with each column that holds a non-zero or missing value, in order. */
    public void forEachStored(IntConsumer action) {
        for (int i : index) {
            action.accept(i);
        }
    }

    private void checkIndex(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("column " + i + " of " + size);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeatureVector v && v.size == size && Arrays.equals(v.index, index)
                && Arrays.equals(v.value, value);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * size + Arrays.hashCode(index)) + Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("{");
        for (int k = 0; k < index.length; k++) {
            if (k > 0) {
                sb.append(", ");
            }
            sb.append(index[k]).append('=').append(Double.isNaN(value[k]) ? "missing" : Double.toString(value[k]));
        }
        return sb.append("}/").append(size).toString();
    }

    /** Collects entries in any order; a later value for the same column replaces an earlier one. */
    public static final class Builder {
        private final int size;
        private int[] index = new int[8];
        private double[] value = new double[8];
        private int n;
        private boolean sorted = true;

        private Builder(int size) {
            if (size < 0) {
                throw new IllegalArgumentException("negative vector size " + size);
            }
            this.size = size;
        }

        /**
         * Sets column {@code i}; zero values are not stored.
         *
         * @throws IllegalArgumentException if the value is NaN or infinite, or {@code i} is out of range
         */
        public Builder set(int i, double v) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("column " + i + ": value " + v
                        + " is not finite; mark missing values with missing(i)");
            }
            return put(i, v == 0.0 ? 0.0 : v); // folds -0.0 into 0.0
        }

        /** Adds {@code v} to column {@code i}. */
        public Builder add(int i, double v) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("column " + i + ": value " + v + " is not finite");
            }
            if (!sorted) {
                compact();
            }
            int k = Arrays.binarySearch(index, 0, n, i);
            if (k >= 0) {
                value[k] += v;
                return this;
            }
            return put(i, v);
        }

        /** Marks column {@code i} as missing. */
        public Builder missing(int i) {
            return put(i, Double.NaN);
        }

        /** Copies every stored value of {@code v}, missing marks included, shifted right by {@code offset} columns. */
        public Builder copyFrom(FeatureVector v, int offset) {
            for (int k = 0; k < v.storedCount(); k++) {
                double x = v.storedValue(k);
                if (Double.isNaN(x)) {
                    missing(offset + v.storedIndex(k));
                } else {
                    set(offset + v.storedIndex(k), x);
                }
            }
            return this;
        }

        private Builder put(int i, double v) {
            if (i < 0 || i >= size) {
                throw new IllegalArgumentException("column " + i + " is outside 0.." + (size - 1));
            }
            if (n == index.length) {
                index = Arrays.copyOf(index, n * 2);
                value = Arrays.copyOf(value, n * 2);
            }
            if (n > 0 && index[n - 1] >= i) {
                sorted = false;
            }
            index[n] = i;
            value[n] = v;
            n++;
            return this;
        }

        private void compact() {
            Integer[] order = new Integer[n];
            for (int k = 0; k < n; k++) {
                order[k] = k;
            }
            // stable sort keeps insertion order within a column, so the last write wins below
            Arrays.sort(order, (a, b) -> Integer.compare(index[a], index[b]));
            int[] ni = new int[Math.max(8, n)];
            double[] nv = new double[Math.max(8, n)];
            int m = 0;
            for (int k = 0; k < n; k++) {
                int o = order[k];
                if (m > 0 && ni[m - 1] == index[o]) {
                    nv[m - 1] = value[o];
                } else {
                    ni[m] = index[o];
                    nv[m] = value[o];
                    m++;
                }
            }
            index = ni;
            value = nv;
            n = m;
            sorted = true;
        }

        /** The vector; zeros are dropped. */
        public FeatureVector build() {
            if (!sorted) {
                compact();
            }
            int m = 0;
            for (int k = 0; k < n; k++) {
                if (value[k] != 0.0) {
                    m++;
                }
            }
            int[] ri = new int[m];
            double[] rv = new double[m];
            int j = 0;
            for (int k = 0; k < n; k++) {
                if (value[k] != 0.0) {
                    ri[j] = index[k];
                    rv[j] = value[k];
                    j++;
                }
            }
            return new FeatureVector(size, ri, rv);
        }
    }
}
