package org.slant.ingest;

/**
 * A part of the page that was not kept as article text, with the reason.
 *
 * @param reason why it was removed
 * @param text the removed text, as it appeared (whitespace trimmed)
 * @param detail a short machine-readable refinement, e.g. the field a {@link RemovalReason#METADATA}
 *     block went to ({@code "byline"}); may be null
 */
public record RemovedBlock(RemovalReason reason, String text, String detail) {
    /**
     * Validates the removed block.
     *
     * @param reason why it was removed; not null
     * @param text the removed text; not null
     * @param detail a short machine-readable refinement, or null
     * @throws IllegalArgumentException if {@code reason} or {@code text} is null
     */
    public RemovedBlock {
        if (reason == null || text == null) {
            throw new IllegalArgumentException("removed block needs a reason and text");
        }
    }

    /**
     * A removed block without a detail.
     *
     * @param reason why the text was removed; not null
     * @param text the removed text; not null
     * @return the removed block, its {@code detail} null
     * @throws IllegalArgumentException if {@code reason} or {@code text} is null
     */
    public static RemovedBlock of(RemovalReason reason, String text) {
        return new RemovedBlock(reason, text, null);
    }
}
