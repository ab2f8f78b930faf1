package org.slant.features.lexicon;

import java.util.List;

/**
 * A sentence's word scores and label.
 *
 * @param words every word of the sentence with its score, in order
 * @param biased whether the sentence is labelled biased: its highest word score reaches the model's
 *     {@link WordModel#sentenceThreshold()}
 */
public record SentenceScore(List<ScoredWord> words, boolean biased) {
    public SentenceScore {
        words = List.copyOf(words);
    }

    /** The flagged words only. */
    public List<ScoredWord> flagged() {
        return words.stream().filter(ScoredWord::flagged).toList();
    }
}
