package org.communique.app;

import org.communique.store.Database;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/**
 * A command over the stored record. It opens the store and first finishes any tracking a killed run left, so what
 * it prints is never a state the tracker has not caught up with; then it does its own work.
 */
abstract class TrackedCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Override
    public final Integer call() throws Exception {
        try (Database db = store.open()) {
            Tracking.ensure(db);
            return run(db);
        }
    }

    /** The command's work on the open, tracked store; returns the exit code. */
    abstract int run(Database db) throws Exception;
}
