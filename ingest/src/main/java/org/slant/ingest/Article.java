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

    /** The text of one block of this article. */
    public String textOf(Block block) {
        return text.substring(block.start(), block.end());
    }

    /** Blocks of the given kind, in order. */
    public List<Block> blocksOf(BlockKind kind) {
        return blocks.stream().filter(b -> b.kind() == kind).toList();
    }

    /** The body as written by its author: every block except blurbs, joined by newlines. */
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

    /** Number of words in the text, counted as runs of letters or digits. */
    @JsonIgnore
    public int wordCount() {
        return countWords(text);
    }

    /** Number of words in any text, counted as {@link #wordCount()} counts them. */
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

    /** A copy of this article with another id. */
    public Article withId(String newId) {
        return new Article(newId, outlet, url, headline, standfirst, bylines, published, section, credits,
                text, blocks, tags, language, label, extra, removed, origin);
    }

    /** A copy of this article with another outlet. */
    public Article withOutlet(Outlet newOutlet) {
        return new Article(id, newOutlet, url, headline, standfirst, bylines, published, section, credits,
                text, blocks, tags, language, label, extra, removed, origin);
    }

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

        public Builder outlet(Outlet value) { this.outlet = value; return this; }
        public Builder url(String value) { this.url = value; return this; }
        public Builder headline(String value) { this.headline = value; return this; }
        public Builder standfirst(String value) { this.standfirst = value; return this; }
        public Builder byline(String value) { this.bylines.add(value); return this; }
        public Builder published(PublishedTime value) { this.published = value; return this; }
        public Builder section(String value) { this.section = value; return this; }
        public Builder credit(Credit value) { this.credits.add(value); return this; }
        public Builder tag(String value) { this.tags.add(value); return this; }
        public Builder language(String value) { this.language = value; return this; }
        public Builder label(String value) { this.label = value; return this; }
        public Builder extra(String key, String value) { this.extra.put(key, value); return this; }
        public Builder removed(RemovedBlock value) { this.removed.add(value); return this; }
        public Builder origin(String value) { this.origin = value; return this; }

        /** Headline set so far; empty if none. */
        public String headline() { return headline; }

        /** Number of blocks added so far. */
        public int blockCount() { return blocks.size(); }

        /** Appends a block; blank text is ignored. The text is stripped of surrounding whitespace. */
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

        public Article build() {
            return new Article(id, outlet, url, headline, standfirst, bylines, published, section, credits,
                    text.toString(), blocks, tags, language, label, extra, removed, origin);
        }
    }
}
