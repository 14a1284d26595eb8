package org.communique.app;

import org.communique.reader.UnreadableException;
import org.communique.store.StoreException;

/** Turns a failure into the one sentence a user sees. */
final class Problems {
    private Problems() {}

    static String sentence(Throwable e) {
        if (e instanceof StoreException || e instanceof UnreadableException || e instanceof UserError) {
            return e.getMessage();
        }
        String m = e.getMessage();
        return "unexpected " + e.getClass().getSimpleName() + (m == null ? "" : ": " + m.lines().findFirst().orElse(""));
    }
}
