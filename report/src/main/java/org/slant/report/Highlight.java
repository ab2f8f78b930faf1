package org.slant.report;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A typed span of evidence over a {@link StoryArticle}'s text, {@code [start, end)}. Spans may
 * overlap; the renderer nests them. In JSON each carries a {@code type} naming its kind.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Highlight.Attribution.class, name = "attribution"),
    @JsonSubTypes.Type(value = Highlight.LoadedTerm.class, name = "loadedTerm"),
    @JsonSubTypes.Type(value = Highlight.Blurb.class, name = "blurb"),
    @JsonSubTypes.Type(value = Highlight.NamingVariant.class, name = "namingVariant"),
    @JsonSubTypes.Type(value = Highlight.ScareQuote.class, name = "scareQuote")
})
public sealed interface Highlight {

    /**
     * Where the span begins in the article's text.
     *
     * @return the first character, inclusive; 0 or more
     */
    int start();

    /**
     * Where the span ends in the article's text.
     *
     * @return the end, exclusive; greater than {@link #start()}
     */
    int end();

    /** Which part of an attribution a span is. */
    enum Part {
        /** What was said or claimed. */
        CONTENT,
        /** The verb or phrase that attributes it, e.g. {@code said} or {@code according to}. */
        CUE,
        /** Who said it. */
        SOURCE
    }

    /**
     * Part of an attribution: what was said, the verb or phrase that attributes it, or who said it.
     *
     * @param start first character
     * @param end end, exclusive
     * @param part which part
     * @param speaker who is credited, as resolved; may be null (unattributed)
     * @param affiliation the speaker's affiliation, e.g. {@code government}; may be null
     */
    record Attribution(int start, int end, Part part, String speaker, String affiliation) implements Highlight {
        /**
         * Validates the span.
         *
         * @param start first character; 0 or more
         * @param end end, exclusive; greater than {@code start}
         * @param part which part; not null
         * @param speaker who is credited; may be null
         * @param affiliation the speaker's affiliation; may be null
         * @throws IllegalArgumentException if the span is empty or starts before 0, or {@code part} is null
         */
        public Attribution {
            span(start, end);
            if (part == null) {
                throw new IllegalArgumentException("attribution part is required at [" + start + ", " + end + ")");
            }
        }
    }

    /**
     * A loaded term from a lexicon.
     *
     * @param start first character
     * @param end end, exclusive
     * @param category its lexicon category, e.g. {@code violence}
     * @param voice whose word it is: {@code author} or {@code quoted}; may be null
     */
    record LoadedTerm(int start, int end, String category, String voice) implements Highlight {
        /**
         * Validates the span.
         *
         * @param start first character; 0 or more
         * @param end end, exclusive; greater than {@code start}
         * @param category its lexicon category; not null or blank
         * @param voice whose word it is; may be null
         * @throws IllegalArgumentException if the span is empty or starts before 0, or {@code category} is
         *     null or blank
         */
        public LoadedTerm {
            span(start, end);
            Checks.required(category, "loaded term category");
        }
    }

    /**
     * An outlet-written box inside the article (related links, newsletter sign-up, editor's note).
     *
     * @param start first character
     * @param end end, exclusive
     * @param kind what kind of blurb; may be null
     */
    record Blurb(int start, int end, String kind) implements Highlight {
        /**
         * Validates the span.
         *
         * @param start first character; 0 or more
         * @param end end, exclusive; greater than {@code start}
         * @param kind what kind of blurb; may be null
         * @throws IllegalArgumentException if the span is empty or starts before 0
         */
        public Blurb {
            span(start, end);
        }
    }

    /**
     * A name chosen among variants for the same thing.
     *
     * @param start first character
     * @param end end, exclusive
     * @param concept what is named, e.g. {@code Gaza health authority}
     * @param variant the variant used
     */
    record NamingVariant(int start, int end, String concept, String variant) implements Highlight {
        /**
         * Validates the span.
         *
         * @param start first character; 0 or more
         * @param end end, exclusive; greater than {@code start}
         * @param concept what is named; not null or blank
         * @param variant the variant used; not null or blank
         * @throws IllegalArgumentException if the span is empty or starts before 0, or {@code concept} or
         *     {@code variant} is null or blank
         */
        public NamingVariant {
            span(start, end);
            Checks.required(concept, "naming concept");
            Checks.required(variant, "naming variant");
        }
    }

    /**
     * Words put in distancing quotation marks.
     *
     * @param start first character
     * @param end end, exclusive
     */
    record ScareQuote(int start, int end) implements Highlight {
        /**
         * Validates the span.
         *
         * @param start first character; 0 or more
         * @param end end, exclusive; greater than {@code start}
         * @throws IllegalArgumentException if the span is empty or starts before 0
         */
        public ScareQuote {
            span(start, end);
        }
    }

    private static void span(int start, int end) {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad highlight span [" + start + ", " + end + ")");
        }
    }
}
