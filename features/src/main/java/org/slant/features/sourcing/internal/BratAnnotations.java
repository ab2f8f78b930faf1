package org.slant.features.sourcing.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of a brat standoff file ({@code .ann}, PolNeAR's format) that the cue and span trainers read:
 * text-bound annotations by id as character fragments, and the argument lists of events.
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
}
