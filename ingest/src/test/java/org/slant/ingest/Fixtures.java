package org.slant.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads test resources. */
public final class Fixtures {
    private Fixtures() {}

    public static String text(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a page dump fixture from {@code dumps/}, failing the test if it is rejected. */
    public static Article dump(String name) {
        IngestResult r = Ingest.parseTextDump(text("dumps/" + name + ".txt"), name, "dumps/" + name + ".txt");
        if (r instanceof IngestResult.Accepted a) {
            return a.article();
        }
        throw new AssertionError("fixture " + name + " was rejected: " + ((IngestResult.Rejected) r).rejection());
    }
}
