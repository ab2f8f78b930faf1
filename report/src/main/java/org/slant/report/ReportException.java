package org.slant.report;

/** A report could not be read or written; the message names the file. */
public class ReportException extends Exception {
    /**
     * An exception caused by another, typically an I/O or JSON failure.
     *
     * @param message what failed, naming the file
     * @param cause the underlying failure, kept for the stack trace; may be null
     */
    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * An exception without an underlying cause, e.g. for a report of another schema version.
     *
     * @param message what is wrong, naming the file
     */
    public ReportException(String message) {
        super(message);
    }
}
