package org.slant.ingest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A news article as Slant reads it: metadata, the plain text with its blocks, and what was removed
 * from the page to get there. Immutable; lists and maps are unmodifiable copies.
 *
 * <p>{@link #text()} is the blocks' text joined by blank lines; every {@link Block} indexes into it,
 * in order and without overlap. Use {@link #builder(String)} to assemble one block by block.
 *
 * @param id stable identifier, unique within a corpus (file name stem, corpus id, or a content hash)
 * @param outlet who published it; {@link Outlet#UNKNOWN} when the input does not say
 * @param url where it was published; may be null
 * @param headline the headline; never null, may be empty only for corpora that lack titles
 * @param standfirst subtitle or summary under the headline; may be null
 * @param bylines authors as credited, in page order
 * @param published publication time; may be null
 * @param section the outlet's section; may be null
 * @param credits wire, agency and photo credits
 * @param text the article's plain text
 * @param blocks ordered blocks of {@code text}
 * @param tags topic tags, in page order
 * @param language BCP 47 language tag; may be null
 * @param label a research label carried from a corpus (e.g. a leaning); may be null
 * @param extra further corpus fields kept verbatim, sorted by key
 * @param removed parts of the page not kept as text, each with its reason, in page order
 * @param origin where the record came from: a file path, with {@code :line} for corpora
 */
public record Article(
        String id,
        Outlet outlet,
        String url,
        String headline,
        String standfirst,
        List<String> bylines,
        PublishedTime published,
        String section,
        List<Credit> credits,
        String text,
        List<Block> blocks,
        List<String> tags,
        String language,
        String label,
        Map<String, String> extra,
        List<RemovedBlock> removed,
        String origin) {

    /** Separator between consecutive blocks in {@link #text()}. */
    public static final String BLOCK_SEPARATOR = "\n\n";

    /**
     * Validates and normalises the article: a null headline or text becomes empty, null lists and maps
     * become empty, lists are copied unmodifiably and {@code extra} is copied sorted by key.
     *
     * @param id stable identifier; not null or blank
     * @param outlet who published it; not null
     * @param url where it was published; may be null
     * @param headline the headline; null means empty
     * @param standfirst subtitle or summary; may be null
     * @param bylines authors in page order; null means none
     * @param published publication time; may be null
     * @param section the outlet's section; may be null
     * @param credits wire, agency and photo credits; null means none
     * @param text the plain text; null means empty
     * @param blocks ordered, non-overlapping blocks within {@code text}; null means none
     * @param tags topic tags in page order; null means none
     * @param language BCP 47 language tag; may be null
     * @param label research label; may be null
     * @param extra further corpus fields; null means none
     * @param removed parts of the page not kept; null means none
     * @param origin where the record came from; may be null
     * @throws IllegalArgumentException if {@code id} is null or blank, {@code outlet} is null, or a block
     *     overlaps the one before it or runs past the end of {@code text}
     * @throws NullPointerException if a list holds a null element
     */
    public Article {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("article id is required");
        }
        if (outlet == null) {
            throw new IllegalArgumentException("article " + id + ": outlet is required (use Outlet.UNKNOWN)");
        }
        headline = headline == null ? "" : headline;
        text = text == null ? "" : text;
        bylines = List.copyOf(bylines == null ? List.of() : bylines);
        credits = List.copyOf(credits == null ? List.of() : credits);
        blocks = List.copyOf(blocks == null ? List.of() : blocks);
        tags = List.copyOf(tags == null ? List.of() : tags);
        extra = extra == null || extra.isEmpty()
                ? Map.of()
                : java.util.Collections.unmodifiableMap(new TreeMap<>(extra));
        removed = List.copyOf(removed == null ? List.of() : removed);
        int previousEnd = 0;
        for (Block b : blocks) {
            if (b.start() < previousEnd || b.end() > text.length()) {
                throw new IllegalArgumentException("article " + id + ": block " + b
                        + " overlaps the previous block or runs past the text (" + text.length() + " chars)");
            }
            previousEnd = b.end();
        }
    }

    /**
     * The text of one block of this article.
     *
     * @param block one of this article's {@link #blocks()}; not null
     * @return the characters {@code [block.start(), block.end())} of {@link #text()}
     * @throws StringIndexOutOfBoundsException if the block runs past this article's text
     */
    public String textOf(Block block) {
        return text.substring(block.start(), block.end());
    }

    /**
     * The blocks of one kind.
     *
     * @param kind the kind to keep; null matches no block
     * @return the matching blocks in text order, unmodifiable; empty when there are none
     */
    public List<Block> blocksOf(BlockKind kind) {
        return blocks.stream().filter(b -> b.kind() == kind).toList();
    }

    /**
     * The body as written by its author, for measures that must not count the outlet's own boxes.
     *
     * @return the text of every block whose kind {@link BlockKind#isBody() is body}, in order, joined by
     *     single newlines; empty when there is none
     */
    @JsonIgnore
    public String bodyText() {
        StringBuilder sb = new StringBuilder(text.length());
        for (Block b : blocks) {
            if (b.kind().isBody()) {
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                sb.append(text, b.start(), b.end());
            }
        }
        return sb.toString();
    }

    /**
     * The length of {@link #text()} in words.
     *
     * @return the number of maximal runs of letters or digits ({@link Character#isLetterOrDigit(char)})
     */
    @JsonIgnore
    public int wordCount() {
        return countWords(text);
    }

    /**
     * Counts words in any text as {@link #wordCount()} counts them, so other modules measure alike.
     *
     * @param text the text; not null
     * @return the number of maximal runs of letters or digits
     */
    public static int countWords(CharSequence text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean w = Character.isLetterOrDigit(text.charAt(i));
            if (w && !inWord) {
                count++;
            }
            inWord = w;
        }
        return count;
    }

    /**
     * A copy of this article with another id, e.g. to make ids unique across files.
     *
     * @param newId the id; not null or blank
     * @return the copy; this article is unchanged
     * @throws IllegalArgumentException if {@code newId} is null or blank
     */
    public Article withId(String newId) {
        return new Article(newId, outlet, url, headline, standfirst, bylines, published, section, credits,
                text, blocks, tags, language, label, extra, removed, origin);
    }

    /**
     * A copy of this article with another outlet, e.g. once the outlet has been resolved.
     *
     * @param newOutlet the outlet; not null ({@link Outlet#UNKNOWN} when not known)
     * @return the copy; this article is unchanged
     * @throws IllegalArgumentException if {@code newOutlet} is null
     */
    public Article withOutlet(Outlet newOutlet) {
        return new Article(id, newOutlet, url, headline, standfirst, bylines, published, section, credits,
                text, blocks, tags, language, label, extra, removed, origin);
    }

    /**
     * Starts an article with the given id, outlet {@link Outlet#UNKNOWN} and no blocks.
     *
     * @param id the article's id; checked by {@link Builder#build()}, which rejects null or blank
     * @return a new builder; builders are not thread-safe
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Assembles an article block by block; {@link #build()} computes the text and offsets. */
    public static final class Builder {
        private final String id;
        private Outlet outlet = Outlet.UNKNOWN;
        private String url;
        private String headline = "";
        private String standfirst;
        private final List<String> bylines = new ArrayList<>();
        private PublishedTime published;
        private String section;
        private final List<Credit> credits = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private final List<Block> blocks = new ArrayList<>();
        private final List<String> tags = new ArrayList<>();
        private String language;
        private String label;
        private final Map<String, String> extra = new TreeMap<>();
        private final List<RemovedBlock> removed = new ArrayList<>();
        private String origin;

        private Builder(String id) {
            this.id = id;
        }

        /**
         * Sets the publisher; {@link Outlet#UNKNOWN} until set.
         *
         * @param value the outlet; null makes {@link #build()} throw
         * @return this builder
         */
        public Builder outlet(Outlet value) { this.outlet = value; return this; }
        /**
         * Sets where the article was published.
         *
         * @param value the URL; may be null
         * @return this builder
         */
        public Builder url(String value) { this.url = value; return this; }
        /**
         * Sets the headline; empty until set.
         *
         * @param value the headline; null means empty
         * @return this builder
         */
        public Builder headline(String value) { this.headline = value; return this; }
        /**
         * Sets the subtitle or summary under the headline.
         *
         * @param value the standfirst; may be null
         * @return this builder
         */
        public Builder standfirst(String value) { this.standfirst = value; return this; }
        /**
         * Adds an author after those added before.
         *
         * @param value the author as credited; null makes {@link #build()} throw
         * @return this builder
         */
        public Builder byline(String value) { this.bylines.add(value); return this; }
        /**
         * Sets the publication time.
         *
         * @param value the time; may be null
         * @return this builder
         */
        public Builder published(PublishedTime value) { this.published = value; return this; }
        /**
         * Sets the outlet's section.
         *
         * @param value the section; may be null
         * @return this builder
         */
        public Builder section(String value) { this.section = value; return this; }
        /**
         * Adds a credit after those added before.
         *
         * @param value the credit; null makes {@link #build()} throw
         * @return this builder
         */
        public Builder credit(Credit value) { this.credits.add(value); return this; }
        /**
         * Adds a topic tag after those added before.
         *
         * @param value the tag; null makes {@link #build()} throw
         * @return this builder
         */
        public Builder tag(String value) { this.tags.add(value); return this; }
        /**
         * Sets the language.
         *
         * @param value a BCP 47 language tag; may be null
         * @return this builder
         */
        public Builder language(String value) { this.language = value; return this; }
        /**
         * Sets the research label carried from a corpus.
         *
         * @param value the label; may be null
         * @return this builder
         */
        public Builder label(String value) { this.label = value; return this; }
        /**
         * Keeps a further corpus field; a second value for the same key replaces the first.
         *
         * @param key the field name; not null
         * @param value the field's value as text
         * @return this builder
         * @throws NullPointerException if {@code key} is null
         */
        public Builder extra(String key, String value) { this.extra.put(key, value); return this; }
        /**
         * Records a part of the page that was not kept, after those recorded before.
         *
         * @param value the removed part; null makes {@link #build()} throw
         * @return this builder
         */
        public Builder removed(RemovedBlock value) { this.removed.add(value); return this; }
        /**
         * Sets where the record came from.
         *
         * @param value a file path, with {@code :line} for corpora; may be null
         * @return this builder
         */
        public Builder origin(String value) { this.origin = value; return this; }

        /**
         * The headline set so far, so that parsers can tell whether one was found yet.
         *
         * @return the headline; empty if none was set, null if null was set
         */
        public String headline() { return headline; }

        /**
         * The number of blocks added so far (blank blocks are not counted, as they are not added).
         *
         * @return the block count, 0 or more
         */
        public int blockCount() { return blocks.size(); }

        /**
         * Appends a block after the text so far, separated by {@link #BLOCK_SEPARATOR}. The text is stripped
         * of surrounding whitespace; null or blank text adds nothing.
         *
         * @param kind what the block is; not null unless the text is blank
         * @param blockText the block's text; may be null
         * @return this builder
         * @throws IllegalArgumentException if {@code kind} is null and the text is not blank
         */
        public Builder block(BlockKind kind, String blockText) {
            String t = blockText == null ? "" : blockText.strip();
            if (t.isEmpty()) {
                return this;
            }
            if (text.length() > 0) {
                text.append(BLOCK_SEPARATOR);
            }
            int start = text.length();
            text.append(t);
            blocks.add(new Block(kind, start, text.length()));
            return this;
        }

        /**
         * Makes the article from what was set; the builder can go on being used afterwards.
         *
         * @return the article, its text the blocks joined by {@link #BLOCK_SEPARATOR}
         * @throws IllegalArgumentException if the id is null or blank or the outlet was set to null
         * @throws NullPointerException if a null byline, credit, tag or removed block was added
         */
        public Article build() {
            return new Article(id, outlet, url, headline, standfirst, bylines, published, section, credits,
                    text.toString(), blocks, tags, language, label, extra, removed, origin);
        }
    }
}
