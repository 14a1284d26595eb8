package org.communique.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A data folder whose process was killed (SIGKILL) opens again, with what was committed. */
class CrashRecoveryTest {
    @TempDir
    Path data;

    static Process holder(Path folder) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HoldsDataFolder.class.getName(), folder.toString()).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream()));
        String line;
        while ((line = out.readLine()) != null && !line.equals("ready")) { /* PostgreSQL's start-up log */ }
        assertThat(line).as("the holder started").isEqualTo("ready");
        return p;
    }

    @Test
    void aFolderWhoseProcessWasKilledOpensAgainWithItsData() throws Exception {
        Process p = holder(data);
        long postmaster = Long.parseLong(Files.readAllLines(data.resolve("pg/postmaster.pid")).get(0).strip());
        assertThatThrownBy(() -> Database.embedded(data)).isInstanceOf(StoreException.class)
                .hasMessageContaining("is in use by another communique process");

        p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive)).as("the orphaned postmaster").contains(true);

        try (Database db = Database.embedded(data)) {
            assertThat((int) db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM crash_mark").mapTo(Integer.class).one()))
                    .isEqualTo(1);
        }
        assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false)).as("the orphan was stopped").isFalse();
        assertThat(data.resolve("pg/postmaster.pid")).doesNotExist();
        assertThat(data.resolve(Database.OWNER_FILE)).doesNotExist();
    }

    @Test
    void aPidFileOfADeadServerIsRemoved() throws Exception {
        try (Database db = Database.embedded(data)) {
            db.jdbi().useHandle(h -> h.execute("CREATE TABLE kept (n int)"));
        }
        // a server that died with its holder leaves both files behind, naming processes that are gone
        Files.write(data.resolve("pg/postmaster.pid"), List.of("999999999", data.resolve("pg").toString()));
        Files.writeString(data.resolve(Database.OWNER_FILE), "999999998\n");
        try (Database db = Database.embedded(data)) {
            assertThat((int) db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM kept").mapTo(Integer.class).one())).isZero();
        }
    }

    @Test
    void aFirstSetUpCutShortStartsAgain() throws Exception {
        // what a kill during initdb leaves: a half-made pg.init, no pg
        Files.createDirectories(data.resolve("pg.init/base"));
        Files.writeString(data.resolve("pg.init/postgresql.conf"), "");
        try (Database db = Database.embedded(data)) {
            assertThat((int) db.jdbi().withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one())).isEqualTo(1);
        }
        assertThat(data.resolve("pg.init")).doesNotExist();
    }
}
