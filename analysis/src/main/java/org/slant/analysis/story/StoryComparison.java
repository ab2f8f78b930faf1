package org.slant.analysis.story;

import java.util.List;

/**
 * The articles of one story set side by side.
 *
 * @param storyId the story
 * @param articles one view per article, in input order
 */
public record StoryComparison(String storyId, List<ArticleView> articles) {
    /**
     * Copies the view list.
     *
     * @param storyId the story
     * @param articles one view per article; not null
     */
    public StoryComparison {
        articles = List.copyOf(articles);
    }

    /** How much of a sentence the other articles of the story also carry. */
    public enum Coverage {
        /** Every other article has a matching sentence. */
        SHARED,
        /** Some but not all other articles have one. */
        PARTIAL,
        /** No other article has one: a candidate for informational bias by inclusion (or, seen from the others, omission). */
        UNIQUE
    }

    /**
     * One sentence of an article and what the others make of it.
     *
     * @param index position in the article's sentences
     * @param text the sentence
     * @param coverage whether the others carry it
     * @param bestSimilarity highest cosine similarity to a sentence of each other article, in article order
     */
    public record AlignedSentence(int index, String text, Coverage coverage, List<Double> bestSimilarity) {
        /**
         * Copies the similarity list.
         *
         * @param index position in the article's sentences
         * @param text the sentence
         * @param coverage whether the others carry it
         * @param bestSimilarity highest similarity to each other article; not null
         */
        public AlignedSentence {
            bestSimilarity = List.copyOf(bestSimilarity);
        }
    }

    /**
     * A named source an article attributes statements to.
     *
     * @param name the name as written nearest the attribution cue
     * @param attributions sentences attributed to it
     * @param quotedWords words inside quotation marks in those sentences
     */
    public record Source(String name, int attributions, int quotedWords) {}

    /**
     * One article of the story.
     *
     * @param id article id
     * @param outlet outlet
     * @param shared sentences every other article also carries
     * @param partial sentences some other articles carry
     * @param unique sentences no other article carries
     * @param quoteShare share of the body's characters inside quotation marks
     * @param sources named sources, most attributions first
     * @param sourcesOnlyHere sources no other article of the story names
     * @param termsOnlyHere the most frequent words (four letters or more) no other article of the story uses
     * @param sentences every sentence with its alignment
     */
    public record ArticleView(String id, String outlet, int shared, int partial, int unique, double quoteShare,
            List<Source> sources, List<String> sourcesOnlyHere, List<String> termsOnlyHere,
            List<AlignedSentence> sentences) {
        /**
         * Copies the four lists.
         *
         * @param id article id
         * @param outlet outlet
         * @param shared sentences every other article also carries
         * @param partial sentences some other articles carry
         * @param unique sentences no other article carries
         * @param quoteShare share of the body's characters inside quotation marks, 0 to 1
         * @param sources named sources; not null
         * @param sourcesOnlyHere sources no other article names; not null
         * @param termsOnlyHere words no other article uses; not null
         * @param sentences every sentence with its alignment; not null
         */
        public ArticleView {
            sources = List.copyOf(sources);
            sourcesOnlyHere = List.copyOf(sourcesOnlyHere);
            termsOnlyHere = List.copyOf(termsOnlyHere);
            sentences = List.copyOf(sentences);
        }
    }
}
