package org.slant.spark;

/** The job as a whole failed: a bad input list, an unwritable output, or a Spark failure. */
public class SparkJobException extends Exception {
    private static final long serialVersionUID = 1L;

    public SparkJobException(String message) {
        super(message);
    }

    public SparkJobException(String message, Throwable cause) {
        super(message, cause);
    }
}
