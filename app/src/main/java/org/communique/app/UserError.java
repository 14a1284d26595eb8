package org.communique.app;

/** Something the user asked for that cannot be done; the message says what, and Main ends with {@link Main#REFUSED}. */
final class UserError extends RuntimeException {
    UserError(String message) {
        super(message);
    }
}
