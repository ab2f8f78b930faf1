package org.slant.analysis.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slant.analysis.AnalysisException;

class PackedTableTest {

    /** Rows with every awkward field: nulls, missing cells, stored zeros, non-ASCII ids, far dates. */
    static List<Row> randomRows(int n, int width, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            FeatureVector.Builder v = FeatureVector.builder(width);
            for (int c = 0; c < width; c++) {
                double u = rnd.nextDouble();
                if (u < 0.1) {
                    v.missing(c);
                } else if (u < 0.2) {
                    v.set(c, 0.0); // a stored zero, which the vector keeps
                } else if (u < 0.5) {
                    v.set(c, rnd.nextGaussian() * 1e3);
                }
            }
            LocalDate date = switch (i % 4) {
                case 0 -> null;
                case 1 -> LocalDate.MIN;
                default -> LocalDate.of(2025, 1, 1).plusDays(i);
            };
            rows.add(new Row("r" + i + (i % 3 == 0 ? "-ü€" : ""), i % 5 == 0 ? null : "outlet " + (i % 7), date,
                    i % 2 == 0 ? null : "s" + (i % 11), i % 3 == 1 ? null : "l" + (i % 2), v.build()));
        }
        return rows;
    }

    private static final List<Column> COLUMNS = List.of(Column.named("a"), Column.named("b"), Column.named("c"),
            Column.named("d"), Column.named("e"));

    @TempDir
    static Path dir;
    private static int files;

    /** Rows packed in memory, or in a file when {@code inFile}. */
    private static FeatureTable packed(List<Row> rows, boolean inFile) {
        FeatureTable.Builder b;
        try {
            b = inFile ? FeatureTable.builder("t/1", COLUMNS, dir.resolve("rows-" + files++ + ".bin"))
                    : FeatureTable.builder("t/1", COLUMNS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows.forEach(b::add);
        assertEquals(rows.size(), b.size());
        return b.build();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aPackedTableEqualsThePlainTableOfTheSameRows(boolean inFile) {
        List<Row> rows = randomRows(500, COLUMNS.size(), 1);
        FeatureTable plain = new FeatureTable("t/1", COLUMNS, rows);
        FeatureTable packed = packed(rows, inFile);
        assertEquals(plain, packed);
        assertEquals(plain.hashCode(), packed.hashCode());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(rows.get(i), packed.rows().get(i));
            assertEquals(rows.get(i).values().storedCount(), packed.rows().get(i).values().storedCount(),
                    "stored zeros and missing marks are kept, row " + i);
        }
        assertEquals(plain.labels(), packed.labels());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void filterAndSelectOnAPackedTableGiveThePlainTablesRows(boolean inFile) {
        List<Row> rows = randomRows(200, COLUMNS.size(), 2);
        FeatureTable plain = new FeatureTable("t/1", COLUMNS, rows);
        FeatureTable packed = packed(rows, inFile);
        assertEquals(plain.filter(r -> r.label() != null), packed.filter(r -> r.label() != null));
        List<Integer> picked = List.of(150, 3, 77, 0);
        FeatureTable selected = packed.select(picked);
        assertEquals(plain.select(picked), selected);
        assertEquals(plain.select(picked).select(List.of(2, 1)), selected.select(List.of(2, 1)));
        assertEquals(rows.get(77), selected.filter(r -> r.id().startsWith("r77")).rows().get(0));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void repeatedIdsAndPositionsAndWrongWidthsAreRefused(boolean inFile) {
        List<Row> rows = new ArrayList<>(randomRows(50, COLUMNS.size(), 3));
        rows.add(rows.get(17));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> packed(rows, inFile));
        assertTrue(e.getMessage().contains(rows.get(17).id()), e.getMessage());
        FeatureTable t = packed(rows.subList(0, 50), inFile);
        assertThrows(IllegalArgumentException.class, () -> t.select(List.of(1, 2, 1)));
        assertThrows(IndexOutOfBoundsException.class, () -> t.select(List.of(50)));
        assertThrows(IndexOutOfBoundsException.class, () -> t.rows().get(50));
        FeatureTable.Builder b = FeatureTable.builder("t/1", COLUMNS);
        assertThrows(IllegalArgumentException.class,
                () -> b.add(new Row("x", null, null, null, null, FeatureVector.zeros(2))));
        assertThrows(IllegalArgumentException.class, () -> FeatureTable.builder("t/1", List.of(Column.named("id"))));
    }

    @Test
    void theBuilderTakesNoRowsAfterBuild() {
        FeatureTable.Builder b = FeatureTable.builder("t/1", COLUMNS);
        b.build();
        assertThrows(IllegalStateException.class,
                () -> b.add(new Row("x", null, null, null, null, FeatureVector.zeros(COLUMNS.size()))));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void rowsAreBuiltAfreshSoCallersCannotShareState(boolean inFile) {
        FeatureTable t = packed(randomRows(3, COLUMNS.size(), 4), inFile);
        assertNotSame(t.rows().get(1), t.rows().get(1));
        assertThrows(UnsupportedOperationException.class, () -> t.rows().remove(0));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aPackedTableWritesTheSameBytesAsThePlainOne(boolean inFile) throws AnalysisException {
        List<Row> rows = randomRows(100, COLUMNS.size(), 5);
        for (TableFormat format : TableFormat.values()) {
            ByteArrayOutputStream plain = new ByteArrayOutputStream();
            ByteArrayOutputStream packed = new ByteArrayOutputStream();
            FeatureTables.write(new FeatureTable("t/1", COLUMNS, rows), plain, format);
            FeatureTables.write(packed(rows, inFile), packed, format);
            assertEquals(plain.toString(java.nio.charset.StandardCharsets.UTF_8),
                    packed.toString(java.nio.charset.StandardCharsets.UTF_8), format.name());
        }
    }

    @Test
    void aFileTooLargeToMapIsReadRowByRow() throws IOException {
        List<Row> rows = randomRows(300, COLUMNS.size(), 7);
        PackedRows.Appender a = new PackedRows.Appender(COLUMNS.size(), dir.resolve("unmapped.bin"), 0);
        rows.forEach(a::add);
        assertEquals(new FeatureTable("t/1", COLUMNS, rows), new FeatureTable("t/1", COLUMNS, a.build()));
    }

    @Test
    void aFileBackedTableReadsTheSameRowsFromManyThreads() {
        List<Row> rows = randomRows(2_000, COLUMNS.size(), 6);
        FeatureTable t = packed(rows, true);
        assertEquals(0, java.util.stream.IntStream.range(0, 20_000).parallel()
                .filter(k -> !rows.get(k % rows.size()).equals(t.rows().get(k % rows.size()))).count());
    }
}
