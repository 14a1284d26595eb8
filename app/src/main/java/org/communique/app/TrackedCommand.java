package org.communique.app;

import org.communique.store.Database;

/**
 * A command over the stored record that first finishes any tracking a killed run left, so what it prints is never a
 * state the tracker has not caught up with; then it does its own work.
 */
abstract class TrackedCommand extends StoreCommand {
    @Override
    final void prepare(Database db) {
        Tracking.ensure(db);
    }
}
