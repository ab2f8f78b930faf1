package org.slant.features.sourcing.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of a brat standoff file ({@code .ann}, PolNeAR's format) that the cue and span trainers read:
 * text-bound annotations by id as character fragments, the argument lists of events, and from them the gold
 * attributions as the scorer counts them.
 *
 * @param spans each text-bound annotation ({@code T…}) by id: its fragments as {start, end}
 * @param events each event ({@code E…}) as its space-separated arguments ({@code Role:Id}, the first its trigger)
 */
record BratAnnotations(Map<String, List<int[]>> spans, List<String[]> events) {

    /** Reads {@code ann}, passing over lines of other kinds and text-bound lines without offsets. */
    static BratAnnotations parse(String ann) {
        Map<String, List<int[]>> spans = new HashMap<>();
        List<String[]> events = new ArrayList<>();
        for (String line : ann.split("\n")) {
            String[] f = line.split("\t");
            if (f.length < 2) {
                continue;
            }
            if (f[0].startsWith("T")) {
                String[] parts = f[1].split(" ", 2);
                if (parts.length < 2) {
                    continue;
                }
                List<int[]> frags = new ArrayList<>();
                for (String fr : parts[1].split(";")) {
                    String[] se = fr.split(" ");
                    frags.add(new int[] {Integer.parseInt(se[0]), Integer.parseInt(se[1])});
                }
                spans.put(f[0], frags);
            } else if (f[0].startsWith("E")) {
                events.add(f[1].split(" "));
            }
        }
        return new BratAnnotations(spans, events);
    }

    /** One gold attribution: its content, cue and source fragments, in argument order. */
    record Attribution(List<int[]> content, List<int[]> cue, List<int[]> source) {
    }

    /** The gold attributions of {@code ann} that have content, as the scorer counts them. */
    static List<Attribution> attributions(String ann) {
        BratAnnotations parsed = parse(ann);
        List<Attribution> out = new ArrayList<>();
        for (String[] ev : parsed.events()) {
            Attribution a = new Attribution(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            for (String arg : ev) {
                int colon = arg.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String role = arg.substring(0, colon).replaceAll("\\d+$", "");
                List<int[]> sp = parsed.spans().get(arg.substring(colon + 1));
                if (sp == null) {
                    continue;
                }
                switch (role) {
                    case "Content" -> a.content().addAll(sp);
                    case "Cue" -> a.cue().addAll(sp);
                    case "Source" -> a.source().addAll(sp);
                    default -> {
                    }
                }
            }
            if (!a.content().isEmpty()) {
                out.add(a);
            }
        }
        return out;
    }

    /** The cue fragments of {@link #attributions}, in order. */
    static List<int[]> cues(String ann) {
        List<int[]> out = new ArrayList<>();
        for (Attribution a : attributions(ann)) {
            out.addAll(a.cue());
        }
        return out;
    }
}
