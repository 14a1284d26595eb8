package org.communique.app;

import org.communique.store.Backup;
import org.communique.store.Database;
import org.communique.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restore a backup written by 'backup' into an empty store (a new --data folder or database);"
                + " all of it or nothing.")
final class RestoreCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "the backup file")
    Path file;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        try (Database db = store.open()) {
            Backup.Summary s = new Backup(db).restore(file);
            System.out.println("restored " + s.rows() + " rows of " + s.tables().size() + " tables (schema version "
                    + s.schemaVersion() + ") from " + file);
            return Main.OK;
        } catch (StoreException e) {
            System.err.println("communique: " + e.getMessage());
            return Main.REFUSED;
        }
    }
}
