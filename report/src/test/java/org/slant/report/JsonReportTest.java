package org.slant.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReportTest {
    @TempDir
    Path dir;

    @Test
    void smallReportRoundTripsLosslessly() throws Exception {
        assertRoundTrip(Fixtures.small());
    }

    @Test
    void hostileReportRoundTripsLosslessly() throws Exception {
        assertRoundTrip(Fixtures.hostile());
    }

    @Test
    void generatedReportRoundTripsLosslessly() throws Exception {
        assertRoundTrip(Fixtures.generated(300, 7, 3));
    }

    @Test
    void seedReportRoundTripsLosslessly() throws Exception {
        assertRoundTrip(Fixtures.seeds());
    }

    private void assertRoundTrip(ReportData data) throws Exception {
        Path file = dir.resolve("r.json");
        Reports.writeJson(data, file);
        ReportData back = Reports.readJson(file);
        assertEquals(data, back);
        assertEquals(Files.readString(file), Reports.toJson(back));
    }

    @Test
    void keysAreSortedAtEveryLevel() {
        String json = Reports.toJson(Fixtures.small());
        Matcher m = Pattern.compile("(?m)^( *)\"([^\"]+)\" :").matcher(json);
        List<String> top = new ArrayList<>();
        while (m.find()) {
            if (m.group(1).length() == 2) {
                top.add(m.group(2));
            }
        }
        List<String> sorted = new ArrayList<>(top);
        sorted.sort(null);
        assertEquals(sorted, top);
        assertTrue(top.contains("schemaVersion"), json.substring(0, 200));
        assertTrue(json.contains("\"type\" : \"attribution\""), "highlights carry their type");
    }

    @Test
    void sameDataGivesSameJsonBytes() throws Exception {
        Reports.writeJson(Fixtures.generated(100, 4, 9), dir.resolve("a.json"));
        Reports.writeJson(Fixtures.generated(100, 4, 9), dir.resolve("b.json"));
        assertEquals(-1L, Files.mismatch(dir.resolve("a.json"), dir.resolve("b.json")));
    }

    @Test
    void otherSchemaVersionIsRefusedNamingTheFile() throws Exception {
        Path file = dir.resolve("future.json");
        Files.writeString(file, Reports.toJson(Fixtures.small()).replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 2"));
        ReportException e = assertThrows(ReportException.class, () -> Reports.readJson(file));
        assertTrue(e.getMessage().contains("future.json") && e.getMessage().contains("schemaVersion"), e.getMessage());
    }

    @Test
    void invalidValuesAreRefusedNamingTheFileAndValue() throws Exception {
        Path file = dir.resolve("bad.json");
        String json = Reports.toJson(Fixtures.small());
        Files.writeString(file, json.replaceFirst("\"high\" : [0-9.E-]+", "\"high\" : -99.0"), StandardCharsets.UTF_8);
        ReportException e = assertThrows(ReportException.class, () -> Reports.readJson(file));
        assertTrue(e.getMessage().contains("bad.json") && e.getMessage().contains("reversed"), e.getMessage());
    }

    @Test
    void unknownFieldsAreRefused() throws Exception {
        Path file = dir.resolve("typo.json");
        Files.writeString(file, Reports.toJson(Fixtures.small()).replace("\"title\" :", "\"titel\" : \"x\",\n  \"title\" :"));
        ReportException e = assertThrows(ReportException.class, () -> Reports.readJson(file));
        assertTrue(e.getMessage().contains("titel"), e.getMessage());
    }

    @Test
    void malformedJsonIsRefused() throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"schemaVersion\": 1, ");
        ReportException e = assertThrows(ReportException.class, () -> Reports.readJson(file));
        assertTrue(e.getMessage().contains("broken.json"), e.getMessage());
    }
}
