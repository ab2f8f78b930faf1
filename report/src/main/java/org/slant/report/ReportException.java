package org.slant.report;

/** A report could not be read or written; the message names the file. */
public class ReportException extends Exception {
    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }

    public ReportException(String message) {
        super(message);
    }
}
