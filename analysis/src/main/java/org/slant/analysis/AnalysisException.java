package org.slant.analysis;

/**
 * The analysis module's one checked exception: a table, model or corpus cannot be read, written,
 * trained on or evaluated. Messages name the offending file, line, column, option or value; Weka's
 * exceptions arrive wrapped as the cause.
 */
public class AnalysisException extends Exception {
    private static final long serialVersionUID = 1L;

    /** An error with a message that names what is wrong. */
    public AnalysisException(String message) {
        super(message);
    }

    /** An error with a message and the underlying cause. */
    public AnalysisException(String message, Throwable cause) {
        super(message, cause);
    }
}
