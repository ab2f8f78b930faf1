package org.slant.features;

/**
 * The features module's one checked exception: a resource or configuration cannot be used, such as an
 * unreadable or invalid actor registry, lexicon or word model file, or an unknown extractor name. Messages
 * name the offending file, line or value.
 */
public class FeaturesException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * An error without an underlying cause.
     *
     * @param message names the offending file, line or value
     */
    public FeaturesException(String message) {
        super(message);
    }

    /**
     * An error that wraps the exception that caused it, such as an I/O or JSON exception.
     *
     * @param message names the offending file, line or value
     * @param cause the underlying exception; may be null
     */
    public FeaturesException(String message, Throwable cause) {
        super(message, cause);
    }
}
