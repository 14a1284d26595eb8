package org.communique.app;

import org.communique.store.Database;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** A command over the stored record: it checks its arguments, opens the store, does its work and closes the store. */
abstract class StoreCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        check();
        try (Database db = open()) {
            prepare(db);
            return run(db);
        }
    }

    /** Refuses wrong arguments ({@link #usageError}) before the store is opened, so a typo starts no database. */
    void check() {}

    Database open() {
        return store.open();
    }

    /** What the command does on the open store before its own work; {@link TrackedCommand} catches up on tracking. */
    void prepare(Database db) {}

    /** The command's work on the open store; returns the exit code. */
    abstract int run(Database db) throws Exception;

    /** A wrong argument: picocli says so with a pointer to --help, and the command ends with {@link Main#USAGE}. */
    CommandLine.ParameterException usageError(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
