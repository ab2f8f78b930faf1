package org.slant.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Colour slots for labels taken from data (affiliations, categories, stances). Labels never reach the
 * CSS: each gets the index of a static class, {@code c0} to {@code c9}, in sorted order, so a label has
 * the same colour on every page.
 */
public final class Palette {
    /** Number of distinct colours in the style sheet. */
    public static final int SIZE = 10;

    private final Map<String, Integer> slots = new TreeMap<>();

    Palette(Iterable<String> labels) {
        TreeSet<String> sorted = new TreeSet<>();
        labels.forEach(l -> sorted.add(l == null ? "" : l));
        int i = 0;
        for (String l : sorted) {
            slots.put(l, i++ % SIZE);
        }
    }

    /** The colour slot of {@code label}; 0 for labels not seen. */
    public int slot(String label) {
        return slots.getOrDefault(label == null ? "" : label, 0);
    }

    /** Legend items for the given labels, sorted, each with its slot. */
    public List<Legend> legend(Iterable<String> labels) {
        TreeSet<String> sorted = new TreeSet<>();
        labels.forEach(l -> sorted.add(l == null ? "" : l));
        List<Legend> out = new ArrayList<>();
        for (String l : sorted) {
            out.add(new Legend(l.isEmpty() ? "unknown" : l, slot(l)));
        }
        return out;
    }

    /** A legend entry: label and colour slot. */
    public record Legend(String label, int slot) {
    }
}
