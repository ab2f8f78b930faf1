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

    /** Wraps sorted, distinct column indices and their values; the arrays are not copied. */
    FeatureVector(int size, int[] index, double[] value) {
        this.size = size;
        this.index = index;
        this.value = value;
    }

    /**
     * Creates a vector with nothing stored, e.g. for a text without any known word.
     *
     * @param size the width; 0 or more
     * @return a vector of width {@code size} whose values are all zero and none missing
     */
    public static FeatureVector zeros(int size) {
        return new FeatureVector(size, new int[0], new double[0]);
    }

    /**
     * Creates a vector from all its values, for small tables and tests.
     *
     * @param values the value of each column in order; a {@code null} entry is missing
     * @return a vector of width {@code values.length}
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

    /**
     * Starts a vector of a fixed width.
     *
     * @param size the width; 0 or more
     * @return an empty builder; not thread-safe
     * @throws IllegalArgumentException if {@code size} is negative
     */
    public static Builder builder(int size) {
        return new Builder(size);
    }

    /**
     * Gives the vector's width, stored or not.
     *
     * @return the number of columns, 0 or more
     */
    public int size() {
        return size;
    }

    /**
     * Reads one column, by binary search over the stored entries.
     *
     * @param i the column, from 0 to {@code size() - 1}
     * @return the value; 0 when not stored, NaN exactly when {@link #isMissing(int)}
     * @throws IndexOutOfBoundsException if {@code i} is outside the vector
     */
    public double get(int i) {
        checkIndex(i);
        int k = Arrays.binarySearch(index, i);
        return k >= 0 ? value[k] : 0.0;
    }

    /**
     * Tells a missing value from a stored or zero one.
     *
     * @param i the column, from 0 to {@code size() - 1}
     * @return true if column {@code i} was marked missing
     * @throws IndexOutOfBoundsException if {@code i} is outside the vector
     */
    public boolean isMissing(int i) {
        checkIndex(i);
        int k = Arrays.binarySearch(index, i);
        return k >= 0 && Double.isNaN(value[k]);
    }

    /**
     * Counts the stored entries, for iterating with {@link #storedIndex(int)} and {@link #storedValue(int)}.
     *
     * @return the number of non-zero or missing entries
     */
    public int storedCount() {
        return index.length;
    }

    /**
     * Gives the column of a stored entry; entries are in increasing column order.
     *
     * @param k the entry, from 0 to {@code storedCount() - 1}
     * @return its column
     * @throws ArrayIndexOutOfBoundsException if {@code k} is outside that range
     */
    public int storedIndex(int k) {
        return index[k];
    }

    /**
     * Gives the value of a stored entry.
     *
     * @param k the entry, from 0 to {@code storedCount() - 1}
     * @return its value: non-zero and finite, or NaN when the column is missing
     * @throws ArrayIndexOutOfBoundsException if {@code k} is outside that range
     */
    public double storedValue(int k) {
        return value[k];
    }

    /**
     * Visits the stored columns without boxing.
     *
     * @param action called with each column that holds a non-zero or missing value, in increasing order
     */
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
         * Sets column {@code i}, replacing an earlier value or missing mark; zero values are not stored.
         *
         * @param i the column, from 0 to the width - 1
         * @param v the value; finite
         * @return this builder
         * @throws IllegalArgumentException if the value is NaN or infinite, or {@code i} is out of range
         */
        public Builder set(int i, double v) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("column " + i + ": value " + v
                        + " is not finite; mark missing values with missing(i)");
            }
            return put(i, v == 0.0 ? 0.0 : v); // folds -0.0 into 0.0
        }

        /**
         * Adds to column {@code i}, e.g. to count words; a column marked missing stays missing.
         *
         * @param i the column, from 0 to the width - 1
         * @param v the amount; finite
         * @return this builder
         * @throws IllegalArgumentException if {@code v} is NaN or infinite, or {@code i} is out of range
         */
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

        /**
         * Marks column {@code i} as missing, replacing an earlier value.
         *
         * @param i the column, from 0 to the width - 1
         * @return this builder
         * @throws IllegalArgumentException if {@code i} is out of range
         */
        public Builder missing(int i) {
            return put(i, Double.NaN);
        }

        /**
         * Copies every stored value of {@code v}, missing marks included, shifted right by {@code offset}
         * columns, e.g. to place word columns after framing columns.
         *
         * @param v the vector to copy
         * @param offset the column of this builder that receives {@code v}'s column 0
         * @return this builder
         * @throws IllegalArgumentException if a shifted column falls outside this builder's width
         */
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

        /**
         * Builds the vector from the entries so far; for a column set more than once, the last write wins.
         *
         * @return the vector, with zero entries dropped
         */
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
