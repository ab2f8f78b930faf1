package org.slant.features.sourcing;

import java.util.List;

/**
 * One attributed statement: what was said (content), the words that attribute it (cue) and who said it
 * (source), as spans of the article text.
 *
 * @param content the attributed content, one or more fragments in text order (two when a cue
 *     interrupts it: "The plan, he said, is dead"); never empty
 * @param cue the attributing words ("said", "according to", a colon); null when none
 * @param source the expression naming the source ("Russian presidential aide Yury Ushakov", "he");
 *     null when none
 * @param type direct quote, mixed, or indirect
 * @param speakerId id of the resolved {@link Speaker}; null when the source could not be resolved
 * @param cueLemma the cue's base form ("say" for "said", "tell" for "told", "according to"), or ":" for
 *     a colon; null without a cue
 */
public record Attribution(List<Span> content, Span cue, Span source, AttributionType type, String speakerId,
        String cueLemma) {
    /**
     * Validates the attribution and copies the content list.
     *
     * @param content the content fragments; not null or empty
     * @param cue the attributing words, or null
     * @param source the expression naming the source, or null
     * @param type direct quote, mixed, or indirect; not null
     * @param speakerId id of the resolved speaker, or null
     * @param cueLemma the cue's base form, or null
     * @throws IllegalArgumentException if {@code content} is null or empty or {@code type} is null
     */
    public Attribution {
        content = List.copyOf(content == null ? List.of() : content);
        if (content.isEmpty()) {
            throw new IllegalArgumentException("attribution needs content");
        }
        if (type == null) {
            throw new IllegalArgumentException("attribution needs a type");
        }
    }

    /**
     * Finds where the content begins.
     *
     * @return the start of the first content fragment
     */
    public int contentStart() {
        return content.get(0).start();
    }

    /**
     * Finds where the content ends.
     *
     * @return the end of the last content fragment, exclusive
     */
    public int contentEnd() {
        return content.get(content.size() - 1).end();
    }

    /**
     * Measures the content without the text between fragments (such as an interrupting cue).
     *
     * @return the characters of content, summed over fragments
     */
    public int contentLength() {
        int n = 0;
        for (Span s : content) {
            n += s.length();
        }
        return n;
    }

    /**
     * Resolves the attribution to a speaker, e.g. after coreference.
     *
     * @param id the {@link Speaker#id()}, or null for unresolved
     * @return a copy with {@code id} and every other component unchanged
     */
    public Attribution withSpeaker(String id) {
        return new Attribution(content, cue, source, type, id, cueLemma);
    }
}
