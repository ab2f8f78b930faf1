package org.slant.cli.batch;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.slant.ingest.ArticleJson;

/**
 * Writes {@code provenance.json} beside an artefact: Slant's version, the command, its configuration
 * and that configuration's SHA-256, every input with its SHA-256, the seed and the JVM. Fields are in a
 * fixed order and inputs sorted, so the same run gives the same file.
 */
public final class Provenance {
    /** Marks runs that draw no random numbers. */
    public static final long NO_SEED = -1;

    private Provenance() {}

    /**
     * Writes the provenance file of an artefact.
     *
     * @param file the file to write
     * @param version the Slant version
     * @param command the command that made the artefact
     * @param configJson the canonical JSON of the configuration (hashed as given)
     * @param inputs input name to the SHA-256 of its bytes
     * @param seed the seed used, or {@link #NO_SEED}
     * @throws IOException if the file cannot be written
     */
    public static void write(Path file, String version, String command, String configJson, Map<String, String> inputs,
            long seed) throws IOException {
        var mapper = ArticleJson.mapper().copy().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("slantVersion", version);
        root.put("command", command);
        root.set("config", mapper.readTree(configJson));
        root.put("configSha256", sha256(configJson.getBytes(StandardCharsets.UTF_8)));
        ObjectNode in = root.putObject("inputs");
        new TreeMap<>(inputs).forEach(in::put);
        if (seed != NO_SEED) {
            root.put("seed", seed);
        }
        root.put("jvm", System.getProperty("java.vendor") + " " + System.getProperty("java.version"));
        Files.writeString(file, mapper.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
    }

    /**
     * SHA-256 of every regular file under the paths, by path.
     *
     * @param paths files and directories (walked recursively)
     * @return path to lower-case hex SHA-256, in path order
     * @throws IOException if a file cannot be read
     */
    public static Map<String, String> hashInputs(Iterable<Path> paths) throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                        out.put(f.toString(), sha256(f));
                    }
                }
            } else if (Files.isRegularFile(p)) {
                out.put(p.toString(), sha256(p));
            }
        }
        return out;
    }

    /**
     * The SHA-256 of bytes.
     *
     * @param bytes the bytes
     * @return lower-case hex
     */
    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    /**
     * The SHA-256 of a file's bytes, read in a stream.
     *
     * @param file the file
     * @return lower-case hex
     * @throws IOException if the file cannot be read
     */
    public static String sha256(Path file) throws IOException {
        MessageDigest md = digest();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                md.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
