package org.slant.analysis;

/**
 * The analysis module's one checked exception: a table, model or corpus cannot be read, written,
 * trained on or evaluated. Messages name the offending file, line, column, option or value; Weka's
 * exceptions arrive wrapped as the cause.
 */
public class AnalysisException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * An error without an underlying cause.
     *
     * @param message names the offending file, line, column, option or value
     */
    public AnalysisException(String message) {
        super(message);
    }

    /**
     * An error that wraps the exception that caused it, such as an I/O or Weka exception.
     *
     * @param message names the offending file, line, column, option or value
     * @param cause the underlying exception; may be null
     */
    public AnalysisException(String message, Throwable cause) {
        super(message, cause);
    }
}
