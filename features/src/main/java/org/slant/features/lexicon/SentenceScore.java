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
    /**
     * Copies the word list.
     *
     * @param words every word with its score; not null
     * @param biased the sentence label
     */
    public SentenceScore {
        words = List.copyOf(words);
    }

    /**
     * Keeps the words the model flags, to show which words made a sentence biased.
     *
     * @return the flagged words, in sentence order; unmodifiable
     */
    public List<ScoredWord> flagged() {
        return words.stream().filter(ScoredWord::flagged).toList();
    }
}
