package org.slant.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.slant.features.FeaturesException;
import org.slant.features.sourcing.ActorRegistry;
import org.slant.features.sourcing.Attribution;
import org.slant.features.sourcing.Sourcing;
import org.slant.features.sourcing.SourcingResult;
import org.slant.features.sourcing.Span;
import org.slant.features.sourcing.Speaker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code slant attributions}: finds attributions (content, cue, source) in plain-text files and writes one
 * JSON line per file with offsets into the file's text, the format {@code attribution_score.py} reads.
 */
@Command(name = "attributions", mixinStandardHelpOptions = true, versionProvider = SlantCli.Version.class,
        description = {"Find who says what in plain-text articles.",
            "Writes one JSON line per .txt file: {\"id\": stem, \"attributions\": [{\"content\": [s,e], "
                + "\"source\": [s,e]|null, \"cue\": [s,e]|null, \"type\", \"speaker\", \"affiliation\"}]}."})
final class AttributionsCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    @Option(names = "--in", required = true, paramLabel = "PATH", description = "A .txt file or a directory of .txt files (not recursive).")
    Path in;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Output JSONL file; '-' or absent: stdout.")
    String out;

    @Option(names = "--actors", paramLabel = "FILE",
            description = "An actor registry (JSON) layered over the built-in one.")
    Path actors;

    @Option(names = "--learned-cues",
            description = "Also read cues the rules do not know with the learned cue model (trained on PolNeAR train; see README).")
    boolean learnedCues;

    @Option(names = "--learned-spans",
            description = "Let the learned span tagger (trained on PolNeAR train; see README) redraw the rules' attributions;"
                + " not with --learned-cues.")
    boolean learnedSpans;

    @Override
    public Integer call() throws IOException {
        if (!Files.exists(in)) {
            System.err.println("slant attributions: no such file or directory: " + in);
            return SlantCli.USAGE;
        }
        if (learnedCues && learnedSpans) {
            System.err.println("slant attributions: --learned-cues and --learned-spans are alternatives; give one");
            return SlantCli.USAGE;
        }
        ActorRegistry registry = ActorRegistry.builtIn();
        if (actors != null) {
            try {
                registry = registry.with(ActorRegistry.load(actors));
            } catch (FeaturesException e) {
                System.err.println("slant attributions: " + e.getMessage());
                return SlantCli.FAILURE;
            }
        }
        Sourcing sourcing = Sourcing.withRegistry(registry);
        if (learnedCues) {
            sourcing = sourcing.withLearnedCues();
        }
        if (learnedSpans) {
            sourcing = sourcing.withLearnedSpans();
        }
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(in)) {
            try (Stream<Path> s = Files.list(in)) {
                s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().forEach(files::add);
            }
        } else {
            files.add(in);
        }
        boolean toStdout = out == null || out.equals("-");
        int total = 0;
        try (Writer w = toStdout
                ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                : Files.newBufferedWriter(Path.of(out), StandardCharsets.UTF_8)) {
            for (Path f : files) {
                // lenient decoding: a stray non-UTF-8 byte must not stop a whole batch
                String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                SourcingResult r = sourcing.analyze(text);
                String name = f.getFileName().toString();
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("id", name.substring(0, name.length() - ".txt".length()));
                List<Map<String, Object>> list = new ArrayList<>();
                for (Attribution a : r.attributions()) {
                    list.add(row(a, r));
                }
                line.put("attributions", list);
                total += list.size();
                w.write(JSON.writeValueAsString(line));
                w.write('\n');
            }
        }
        System.err.println("slant attributions: " + files.size() + " files, " + total + " attributions");
        return SlantCli.OK;
    }

    private static Map<String, Object> row(Attribution a, SourcingResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (a.content().size() == 1) {
            m.put("content", span(a.content().get(0)));
        } else {
            List<int[]> frags = new ArrayList<>();
            for (Span s : a.content()) {
                frags.add(span(s));
            }
            m.put("content", frags);
        }
        m.put("source", a.source() == null ? null : span(a.source()));
        m.put("cue", a.cue() == null ? null : span(a.cue()));
        m.put("type", a.type().name().toLowerCase(java.util.Locale.ROOT));
        Speaker s = r.speaker(a.speakerId()).orElse(null);
        m.put("speaker", s == null ? null : s.name());
        m.put("affiliation", s == null ? null : s.affiliation());
        return m;
    }

    private static int[] span(Span s) {
        return new int[] {s.start(), s.end()};
    }
}
