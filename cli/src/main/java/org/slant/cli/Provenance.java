package org.slant.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.slant.ingest.ArticleJson;

/**
 * Writes {@code provenance.json} beside an artefact: Slant's version, the command, its configuration
 * and that configuration's SHA-256, every input with its SHA-256, the seed and the JVM. Keys are sorted,
 * so the same run gives the same file.
 */
final class Provenance {
    /** Marks runs that draw no random numbers. */
    static final long NO_SEED = -1;

    private Provenance() {}

    static void write(Path file, String command, Map<String, ?> config, Map<String, byte[]> inputs, long seed)
            throws IOException {
        var mapper = ArticleJson.mapper().copy().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("slantVersion", SlantCli.version());
        root.put("command", command);
        String canonicalConfig = ArticleJson.mapper().writeValueAsString(new java.util.TreeMap<>(config));
        root.set("config", mapper.readTree(canonicalConfig));
        root.put("configSha256", sha256(canonicalConfig.getBytes(StandardCharsets.UTF_8)));
        ObjectNode in = root.putObject("inputs");
        inputs.forEach((name, bytes) -> in.put(name, sha256(bytes)));
        if (seed != NO_SEED) {
            root.put("seed", seed);
        }
        root.put("jvm", System.getProperty("java.vendor") + " " + System.getProperty("java.version"));
        Files.writeString(file, mapper.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
