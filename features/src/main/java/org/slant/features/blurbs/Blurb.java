package org.slant.features.blurbs;

import java.util.List;

/**
 * A detected blurb: one or more consecutive blocks of an article.
 *
 * @param firstBlock index of its first block in the article's text layer
 * @param lastBlock index of its last block, inclusive
 * @param start first character in the article text
 * @param end last character, exclusive
 * @param type what kind of box it is
 * @param confidence how sure the detector is, in [0, 1]
 * @param editorializing how much it editorialises, in [0, 1]: loaded-term density, second-person address
 *     and rhetorical questions
 * @param cues the cues that fired, e.g. {@code "phrase:support our journalism"}, {@code "marked"}
 */
public record Blurb(int firstBlock, int lastBlock, int start, int end, BlurbType type, double confidence,
                    double editorializing, List<String> cues) {
    /**
     * Validates the blurb and copies the cues.
     *
     * @param firstBlock index of its first block, 0 or more
     * @param lastBlock index of its last block, at least {@code firstBlock}
     * @param start first character, 0 or more
     * @param end last character, exclusive; at least {@code start}
     * @param type what kind of box it is; not null
     * @param confidence how sure the detector is, in [0, 1]
     * @param editorializing how much it editorialises, in [0, 1]
     * @param cues the cues that fired; not null
     * @throws IllegalArgumentException if a value is outside its range or {@code type} is null
     */
    public Blurb {
        if (firstBlock < 0 || lastBlock < firstBlock || start < 0 || end < start || type == null) {
            throw new IllegalArgumentException("bad blurb blocks " + firstBlock + ".." + lastBlock);
        }
        if (!(confidence >= 0 && confidence <= 1) || !(editorializing >= 0 && editorializing <= 1)) {
            throw new IllegalArgumentException("confidence and editorializing must lie in [0, 1]");
        }
        cues = List.copyOf(cues);
    }
}
