package org.slant.ingest.internal.html;

import java.io.Reader;

/**
 * A reader over a string that stops the parser when the page's deadline has passed. jsoup pulls its
 * input in buffers, so the clock is looked at once per buffer.
 */
final class DeadlineReader extends Reader {
    private final String text;
    private final Deadline deadline;
    private int pos;

    DeadlineReader(String text, Deadline deadline) {
        this.text = text;
        this.deadline = deadline;
    }

    @Override
    public int read(char[] buf, int off, int len) {
        deadline.check();
        if (pos >= text.length()) {
            return -1;
        }
        int n = Math.min(len, text.length() - pos);
        text.getChars(pos, pos + n, buf, off);
        pos += n;
        return n;
    }

    @Override
    public void close() {
        // nothing to release
    }
}
