package org.slant.features.sourcing.internal;

import java.util.ArrayList;
import java.util.List;

/** A raw attribution as the finder builds it: character offsets, -1 for absent parts. Not API. */
public final class Found {
    final List<int[]> content = new ArrayList<>(2);
    int cueStart = -1;
    int cueEnd = -1;
    int srcStart = -1;
    int srcEnd = -1;
    String lemma;

    Found content(int s, int e) {
        if (e > s) {
            content.add(new int[] {s, e});
        }
        return this;
    }

    Found cue(int s, int e, String cueLemma) {
        cueStart = s;
        cueEnd = e;
        lemma = cueLemma;
        return this;
    }

    Found source(int s, int e) {
        if (e > s) {
            srcStart = s;
            srcEnd = e;
        }
        return this;
    }

    int start() {
        return content.get(0)[0];
    }

    int end() {
        return content.get(content.size() - 1)[1];
    }

    boolean hasSource() {
        return srcStart >= 0;
    }
}
