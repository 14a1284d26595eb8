package org.communique.app;

import org.communique.store.AccountStore;
import org.communique.store.CorrectionStore;
import org.communique.store.Database;
import org.communique.store.RoundStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** communique backup and restore: the whole record, corrections, decisions and audit log included, comes back row for row. */
class BackupRestoreTest {
    static final Path ROOT = CommandLineTest.root();

    @TempDir
    static Path dir;
    static Database server;
    static String url;

    @BeforeAll
    static void populate() throws Exception {
        server = Database.embedded(dir.resolve("source"));
        try (Connection c = server.dataSource().getConnection()) {
            c.createStatement().execute("CREATE DATABASE backup_source");
            url = c.getMetaData().getURL().replaceFirst("/[^/?]*(\\?.*)?$", "/backup_source");
        }
        String s = ROOT.resolve("statements").toString() + "/";
        assertThat(quietly("ingest", s + "series-a-1-2021.txt", s + "series-a-2-2022.txt", s + "series-a-3-2023.html",
                "--db", url, "--db-user", "postgres")).isZero();
        try (Database db = Database.connect(url, "postgres", null)) {
            AccountStore accounts = new AccountStore(db);
            long editor = accounts.addUser("dana", "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA", "admin", null);
            accounts.addToken(editor, "script", "token-hash");
            long round = db.jdbi().withHandle(h -> h.createQuery("SELECT min(id) FROM rounds").mapTo(Long.class).one());
            var read = new RoundStore(db).record(round).orElseThrow();
            String person = read.participants().get(0).name();
            new CorrectionStore(db).add(round, read, new CorrectionStore.Change("participant", person, "title",
                    "Deputy Foreign Minister", "as the ministry's site says"), editor);
            long commitment = db.jdbi().withHandle(h -> h.createQuery("SELECT min(id) FROM commitments").mapTo(Long.class).one());
            assertThat(quietly("commitments", "status", Long.toString(commitment), "withdrawn", "--reason", "replaced",
                    "--by", "dana", "--db", url, "--db-user", "postgres")).isZero();
            assertThat(rows(db).get("audit_log")).as("the audit log has entries").isNotEmpty();
            assertThat(rows(db).get("corrections")).hasSize(1);
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static int quietly(String... args) {
        PrintStream out = System.out;
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            return Main.run(args);
        } finally {
            System.setOut(out);
        }
    }

    /** Every row of every table of the record, as PostgreSQL writes it out, in order. */
    static Map<String, List<String>> rows(Database db) {
        return db.jdbi().withHandle(h -> {
            Map<String, List<String>> out = new LinkedHashMap<>();
            for (String t : h.createQuery("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
                    + " AND tablename <> 'flyway_schema_history' ORDER BY 1").mapTo(String.class).list()) {
                out.put(t, h.createQuery("SELECT x::text FROM \"" + t + "\" x ORDER BY 1").mapTo(String.class).list());
            }
            return out;
        });
    }

    @Test
    void aBackupRestoredIntoAnEmptyDataFolderHoldsEveryRow() throws Exception {
        Path file = dir.resolve("record.backup.gz");
        assertThat(quietly("backup", file.toString(), "--db", url, "--db-user", "postgres")).isZero();
        // it holds password hashes: its owner's alone (issue 14)
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
        }
        assertThat(file).exists();
        Path target = dir.resolve("restored");
        assertThat(quietly("restore", file.toString(), "--data", target.toString())).isZero();

        try (Database source = Database.connect(url, "postgres", null); Database restored = Database.embedded(target)) {
            Map<String, List<String>> before = rows(source);
            Map<String, List<String>> after = rows(restored);
            assertThat(after.keySet()).isEqualTo(before.keySet());
            for (String t : before.keySet()) assertThat(after.get(t)).as("table " + t).isEqualTo(before.get(t));
            assertThat(before.values().stream().mapToInt(List::size).sum()).isGreaterThan(100);
            // sequences continue past the restored rows: new rows do not collide
            new AccountStore(restored).addUser("viewer2", "x", "viewer", null);
            assertThat(rows(restored).get("users")).hasSize(2);
        }
    }

    @Test
    void aRestoreIntoAStoreWithRowsIsRefusedAndChangesNothing() throws Exception {
        Path file = dir.resolve("again.backup.gz");
        assertThat(quietly("backup", file.toString(), "--db", url, "--db-user", "postgres")).isZero();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = quietly("restore", file.toString(), "--db", url, "--db-user", "postgres");
        } finally {
            System.setErr(old);
        }
        assertThat(code).isEqualTo(Main.REFUSED);
        assertThat(err.toString(StandardCharsets.UTF_8).strip()).startsWith("communique: the store is not empty (table ")
                .endsWith("restore only into a new data folder or database").doesNotContain("\n");
    }

    @Test
    void aDamagedBackupRestoresNothing() throws Exception {
        Path file = dir.resolve("whole.backup.gz");
        assertThat(quietly("backup", file.toString(), "--db", url, "--db-user", "postgres")).isZero();
        byte[] whole = new java.util.zip.GZIPInputStream(Files.newInputStream(file)).readAllBytes();
        Path cut = dir.resolve("cut.backup.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(cut))) {
            out.write(whole, 0, whole.length * 2 / 3);
        }
        String target;
        try (Connection c = server.dataSource().getConnection()) {
            c.createStatement().execute("CREATE DATABASE cut_target");
            target = url.replace("/backup_source", "/cut_target");
        }
        assertThat(quietly("restore", cut.toString(), "--db", target, "--db-user", "postgres")).isEqualTo(Main.REFUSED);
        try (Database db = Database.connect(target, "postgres", null)) {
            assertThat(rows(db).values()).allSatisfy(r -> assertThat(r).isEmpty());
        }
    }
}
