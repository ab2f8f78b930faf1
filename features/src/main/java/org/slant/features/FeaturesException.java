package org.slant.features;

/** A features resource or configuration cannot be used: an unreadable or invalid actor registry, an unknown extractor name. */
public class FeaturesException extends Exception {
    private static final long serialVersionUID = 1L;

    public FeaturesException(String message) {
        super(message);
    }

    public FeaturesException(String message, Throwable cause) {
        super(message, cause);
    }
}
