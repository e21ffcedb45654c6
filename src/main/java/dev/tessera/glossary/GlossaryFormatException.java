package dev.tessera.glossary;

/** A glossary file that cannot be read: the message names the line, column or element, and what is wrong. */
public class GlossaryFormatException extends RuntimeException {

    public GlossaryFormatException(String message) {
        super(message);
    }

    public GlossaryFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
