package org.communique.reader;

/** The bytes cannot be read as a statement; the message is one sentence a user can act on. */
public final class UnreadableException extends Exception {
    public UnreadableException(String message) {
        super(message);
    }
}
