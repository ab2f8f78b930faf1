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
    public Attribution {
        content = List.copyOf(content == null ? List.of() : content);
        if (content.isEmpty()) {
            throw new IllegalArgumentException("attribution needs content");
        }
        if (type == null) {
            throw new IllegalArgumentException("attribution needs a type");
        }
    }

    /** Start of the first content fragment. */
    public int contentStart() {
        return content.get(0).start();
    }

    /** End of the last content fragment. */
    public int contentEnd() {
        return content.get(content.size() - 1).end();
    }

    /** Characters of content, summed over fragments. */
    public int contentLength() {
        int n = 0;
        for (Span s : content) {
            n += s.length();
        }
        return n;
    }

    /** A copy resolved to another speaker. */
    public Attribution withSpeaker(String id) {
        return new Attribution(content, cue, source, type, id, cueLemma);
    }
}
