package org.communique.app;

/** Something the user asked for that cannot be done; the message says what. */
final class UserError extends RuntimeException {
    final int exitCode;

    UserError(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }
}
