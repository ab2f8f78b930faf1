package org.slant.analysis.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slant.analysis.AnalysisException;

class FeatureTablesTest {

    static FeatureTable awkwardTable() {
        List<Column> cols = List.of(
                new Column("quotes_per_100_words", "direct quotes per 100 words", "ratio"),
                new Column("hedges", "hedging cues, e.g. \"reportedly\", counted", "count"),
                Column.named("w:kremlin"));
        return new FeatureTable("test-features/1", cols, List.of(
                new Row("a1", "Al Mayadeen, English", LocalDate.of(2025, 10, 16), "story-1", "left",
                        FeatureVector.of(0.1 + 0.2, 3.0, null)),
                new Row("a 2", "India \"Blooms\"", null, null, null, FeatureVector.of(-1e-300, 0.0, 1e300)),
                new Row("#3", " padded ", LocalDate.of(2020, 1, 2), "multi\nline", "right",
                        FeatureVector.of(Double.MIN_VALUE, 123456789012345.0, 7.0))));
    }

    @ParameterizedTest
    @EnumSource(TableFormat.class)
    void everyFormatRoundTripsValuesMissingCellsAndDescriptions(TableFormat format) throws AnalysisException {
        FeatureTable t = awkwardTable();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FeatureTables.write(t, out, format);
        FeatureTable back = FeatureTables.read(new ByteArrayInputStream(out.toByteArray()), "mem", format);
        assertEquals(t, back);
        assertTrue(back.rows().get(0).values().isMissing(2));
        assertEquals(0.30000000000000004, back.rows().get(0).values().get(0));
    }

    @ParameterizedTest
    @EnumSource(TableFormat.class)
    void filesWithGzipRoundTrip(TableFormat format, @TempDir Path dir) throws AnalysisException {
        Path file = dir.resolve("t." + format.name().toLowerCase(java.util.Locale.ROOT) + ".gz");
        FeatureTables.write(awkwardTable(), file);
        assertEquals(awkwardTable(), FeatureTables.read(file));
    }

    @ParameterizedTest
    @EnumSource(TableFormat.class)
    void emptyTableRoundTrips(TableFormat format) throws AnalysisException {
        FeatureTable t = new FeatureTable("empty/1", List.of(Column.named("x")), List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FeatureTables.write(t, out, format);
        assertEquals(t, FeatureTables.read(new ByteArrayInputStream(out.toByteArray()), "mem", format));
    }

    @ParameterizedTest
    @EnumSource(TableFormat.class)
    void nanInInputIsAnErrorNamingTheColumn(TableFormat format) {
        String text = switch (format) {
            case CSV -> "id,x\na,NaN\n";
            case JSONL -> "{\"slant-table\":{\"featureSet\":\"f\",\"columns\":[{\"name\":\"x\"}]}}\n"
                    + "{\"id\":\"a\",\"values\":{\"x\":1e999}}\n";
            case ARFF -> "@relation r\n@attribute id string\n@attribute x numeric\n@data\n'a',Infinity\n";
        };
        AnalysisException e = assertThrows(AnalysisException.class, () -> FeatureTables.read(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "bad", format));
        assertTrue(e.getMessage().contains("bad") && e.getMessage().contains("x"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(value = TableFormat.class, names = {"CSV", "ARFF"})
    void plainFilesFromOtherToolsAreRead(TableFormat format) throws AnalysisException {
        String text = format == TableFormat.CSV
                ? "id,outlet,label,len\na,Fox,right,12\nb,NYT,left,\n"
                : "% made elsewhere\n@relation r\n@attribute id string\n@attribute outlet string\n@attribute len numeric\n"
                        + "@attribute label {left,right}\n@data\n'a','Fox',12,right\n'b','NYT',?,left\n";
        FeatureTable t = FeatureTables.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "x", format);
        assertEquals(List.of("len"), t.columnNames());
        assertEquals(12.0, t.rows().get(0).values().get(0));
        assertTrue(t.rows().get(1).values().isMissing(0));
        assertEquals("left", t.rows().get(1).label());
    }

    @org.junit.jupiter.api.Test
    void buildingAVectorWithNanIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> FeatureVector.builder(2).set(0, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> FeatureVector.builder(2).set(1, Double.NEGATIVE_INFINITY));
    }
}
