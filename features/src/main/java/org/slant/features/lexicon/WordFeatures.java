package org.slant.features.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the word scorer knows about one word of a sentence: its lexicon categories, its context and its
 * shape. {@link #vector()} flattens it to numbers in the order of {@link #VECTOR_NAMES} for trained models.
 *
 * @param start first character of the word in the sentence
 * @param end last character, exclusive
 * @param word the word, lower case
 * @param categories categories of the lexicon terms covering the word; empty if none
 * @param sided whether a covering term has a non-neutral side (a naming variant, a doubting report verb)
 * @param voice narrator or quoted
 * @param negated whether a negator precedes it closely
 * @param scareQuoted whether it lies in a scare quote
 * @param capitalized whether it is capitalised and not the sentence's first word (names, mostly)
 * @param stopword whether it is a function word
 * @param adjectiveLike whether its ending is typical of adjectives and adverbs (-ly, -ous, -ive, ...)
 * @param loadedInSentence loaded terms elsewhere in the same sentence
 * @param sentenceWords words in the sentence
 * @param previousWord the word before it in the sentence, lower case; empty at the start
 * @param nextWord the word after it in the sentence, lower case; empty at the end
 */
public record WordFeatures(int start, int end, String word, Set<Category> categories, boolean sided, Voice voice,
                           boolean negated, boolean scareQuoted, boolean capitalized, boolean stopword,
                           boolean adjectiveLike, int loadedInSentence, int sentenceWords, String previousWord,
                           String nextWord) {
    /**
     * Validates the features; null neighbours become empty and the categories are copied.
     *
     * @param start first character of the word
     * @param end last character, exclusive
     * @param word the word; not null
     * @param categories covering categories; not null
     * @param sided whether a covering term has a non-neutral side
     * @param voice narrator or quoted; not null
     * @param negated whether a negator precedes it closely
     * @param scareQuoted whether it lies in a scare quote
     * @param capitalized whether it is capitalised and not the first word
     * @param stopword whether it is a function word
     * @param adjectiveLike whether its ending is typical of adjectives and adverbs
     * @param loadedInSentence loaded terms elsewhere in the sentence
     * @param sentenceWords words in the sentence
     * @param previousWord the word before it, or null
     * @param nextWord the word after it, or null
     * @throws IllegalArgumentException if {@code word}, {@code categories} or {@code voice} is null
     */
    public WordFeatures {
        if (word == null || categories == null || voice == null) {
            throw new IllegalArgumentException("word, categories and voice are required");
        }
        previousWord = previousWord == null ? "" : previousWord;
        nextWord = nextWord == null ? "" : nextWord;
        categories = Set.copyOf(categories);
    }

    /** Names of the {@link #vector()} components. */
    public static final List<String> VECTOR_NAMES = vectorNames();

    private static List<String> vectorNames() {
        List<String> n = new ArrayList<>();
        for (Category c : Category.values()) {
            n.add("cat_" + c.key());
        }
        n.addAll(List.of("sided", "quoted", "negated", "scare_quoted", "capitalized", "stopword", "adjective_like",
                "loaded_in_sentence", "sentence_words", "word_length"));
        return List.copyOf(n);
    }

    /**
     * Flattens the features to numbers for trained models: 0 or 1 per category and flag, then the loaded
     * term count, the sentence length and the word length.
     *
     * @return a new list of {@code VECTOR_NAMES.size()} values, in the order of {@link #VECTOR_NAMES}
     */
    public List<Double> vector() {
        List<Double> v = new ArrayList<>(VECTOR_NAMES.size());
        for (Category c : Category.values()) {
            v.add(categories.contains(c) ? 1.0 : 0.0);
        }
        v.add(sided ? 1.0 : 0.0);
        v.add(voice == Voice.QUOTED ? 1.0 : 0.0);
        v.add(negated ? 1.0 : 0.0);
        v.add(scareQuoted ? 1.0 : 0.0);
        v.add(capitalized ? 1.0 : 0.0);
        v.add(stopword ? 1.0 : 0.0);
        v.add(adjectiveLike ? 1.0 : 0.0);
        v.add((double) loadedInSentence);
        v.add((double) sentenceWords);
        v.add((double) word.length());
        return v;
    }
}
