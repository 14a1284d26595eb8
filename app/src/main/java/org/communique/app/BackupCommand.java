package org.communique.app;

import org.communique.store.Backup;
import org.communique.store.Database;
import org.communique.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Write the whole record (rounds, corrections, tracker decisions, accounts, audit log) to FILE,"
                + " one consistent gzip file, also while 'serve' runs on the same data; 'restore' reads it back.")
final class BackupCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "the backup file to write (gzip)")
    Path file;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        // one snapshot transaction: a running server goes on serving and writing while it is read
        try (Database db = store.openBesideServer()) {
            Backup.Summary s = new Backup(db).write(file);
            System.out.println("backed up " + s.rows() + " rows of " + s.tables().size() + " tables (schema version "
                    + s.schemaVersion() + ") to " + file);
            return Main.OK;
        } catch (StoreException e) {
            System.err.println("communique: " + e.getMessage());
            return Main.REFUSED;
        }
    }
}
