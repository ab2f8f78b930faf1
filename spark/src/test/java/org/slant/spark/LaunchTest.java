package org.slant.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The spark-submit entry point's usage handling; these cases end before a Spark session starts. */
class LaunchTest {

    private static int launch(ByteArrayOutputStream err, String... args) {
        return SlantSparkJob.launch(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void helpPrintsUsageAndSucceeds() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, launch(err, "--help"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--paths LIST"));
    }

    @Test
    void missingPathsIsAUsageError() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, launch(err, "--out", "x"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("'input' is required"), err::toString);
    }

    @Test
    void unknownOptionAndBadMappingAreUsageErrors() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, launch(err, "--paths", "p", "--out", "o", "--colour", "red"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--colour"), err::toString);
        assertEquals(2, launch(new ByteArrayOutputStream(), "--paths", "p", "--out", "o", "--mapping", "nope=x"));
        assertEquals(2, launch(new ByteArrayOutputStream(), "--paths", "p", "--out", "o", "--format", "csv"));
    }
}
