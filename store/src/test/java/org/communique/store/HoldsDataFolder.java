package org.communique.store;

import java.nio.file.Path;

/** A process that opens a data folder, stores a mark and waits to be killed: the crash of {@link CrashRecoveryTest}. */
public final class HoldsDataFolder {
    public static void main(String[] args) throws Exception {
        Database db = Database.embedded(Path.of(args[0]));
        db.jdbi().useHandle(h -> h.execute("CREATE TABLE IF NOT EXISTS crash_mark (n int)"));
        db.jdbi().useHandle(h -> h.execute("INSERT INTO crash_mark VALUES (1)"));
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
