package org.communique.store;

/** A store failure a user can act on; its message is one clear sentence. */
public final class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }
}
