package org.slant.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slant.analysis.classify.Prediction;

/** Writes predictions as JSON lines {@code {"id","label"[,"fold"]}}, the format classify_score.py reads. */
final class PredictionsOut {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PredictionsOut() {}

    static void write(List<Prediction> predictions, Path out) throws IOException {
        try (Writer w = open(out)) {
            for (Prediction p : predictions) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", p.id());
                m.put("label", p.predicted());
                if (p.fold() >= 0) {
                    m.put("fold", p.fold());
                }
                w.write(MAPPER.writeValueAsString(m));
                w.write('\n');
            }
        }
    }

    /**
     * Refuses, before any work is done, outputs whose directory does not exist (rather than failing after
     * minutes of cross-validation).
     *
     * @param outputs files to be written; null and '-' (stdout) are skipped
     * @throws IllegalArgumentException naming the first output whose directory is missing
     */
    static void checkDirectories(Path... outputs) {
        for (Path out : outputs) {
            if (out == null || out.toString().equals("-")) {
                continue;
            }
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                throw new IllegalArgumentException("cannot write " + out + ": " + parent
                        + (Files.exists(parent) ? " is not a directory" : " does not exist"));
            }
        }
    }

    /** A writer on {@code out}, or on stdout for null or '-'; closing it leaves stdout open (only flushed). */
    static Writer open(Path out) throws IOException {
        if (out != null && !out.toString().equals("-")) {
            return Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        }
        return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
