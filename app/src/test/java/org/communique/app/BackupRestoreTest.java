package org.communique.app;

import org.communique.model.Records;
import org.communique.store.AccountStore;
import org.communique.store.CorrectionStore;
import org.communique.store.Database;
import org.communique.store.RoundStore;
import org.communique.testsupport.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;

/** communique backup and restore: the whole record, corrections, decisions and audit log included, comes back row for row. */
class BackupRestoreTest {
    static final Path ROOT = CommandLineTest.root();

    @TempDir
    static Path dir;
    static String url;

    @BeforeAll
    static void populate() throws Exception {
        url = TestDatabases.freshUrl();
        String s = ROOT.resolve("statements").toString() + "/";
        new Cli(url).ok("ingest", s + "series-a-1-2021.txt", s + "series-a-2-2022.txt", s + "series-a-3-2023.html");
        try (Database db = Database.connect(url, TestDatabases.USER, null)) {
            AccountStore accounts = new AccountStore(db);
            long editor = accounts.addUser("dana", "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA", "admin", null);
            accounts.addToken(editor, "script", "token-hash");
            long round = db.jdbi().withHandle(h -> h.createQuery("SELECT min(id) FROM rounds").mapTo(Long.class).one());
            var read = new RoundStore(db).record(round).orElseThrow();
            String person = read.participants().get(0).name();
            new CorrectionStore(db).add(round, read, new CorrectionStore.Change("participant", person, "title",
                    "Deputy Foreign Minister", "as the ministry's site says"), editor);
            long commitment = db.jdbi().withHandle(h -> h.createQuery("SELECT min(id) FROM commitments").mapTo(Long.class).one());
            new Cli(url).ok("commitments", "status", Long.toString(commitment), "withdrawn", "--reason", "replaced",
                    "--by", "dana");
            assertThat(rows(db).get("audit_log")).as("the audit log has entries").isNotEmpty();
            assertThat(rows(db).get("corrections")).hasSize(1);
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
        new Cli(url).ok("backup", file.toString());
        // it holds password hashes: its owner's alone (issue 14)
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
        }
        assertThat(file).exists();
        Path target = dir.resolve("restored");
        new Cli().ok("restore", file.toString(), "--data", target.toString());

        try (Database source = Database.connect(url, TestDatabases.USER, null); Database restored = Database.embedded(target)) {
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
        new Cli(url).ok("backup", file.toString());
        Cli restore = new Cli(url);
        assertThat(restore.run("restore", file.toString())).isEqualTo(Main.REFUSED);
        assertThat(restore.err().strip()).startsWith("communique: the store is not empty (table ")
                .endsWith("restore only into a new data folder or database").doesNotContain("\n");
    }

    @Test
    void aDamagedBackupRestoresNothing() throws Exception {
        Path file = dir.resolve("whole.backup.gz");
        new Cli(url).ok("backup", file.toString());
        byte[] whole = new java.util.zip.GZIPInputStream(Files.newInputStream(file)).readAllBytes();
        Path cut = dir.resolve("cut.backup.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(cut))) {
            out.write(whole, 0, whole.length * 2 / 3);
        }
        String target = TestDatabases.freshUrl();
        assertThat(new Cli(target).run("restore", cut.toString())).isEqualTo(Main.REFUSED);
        try (Database db = Database.connect(target, TestDatabases.USER, null)) {
            assertThat(rows(db).values()).allSatisfy(r -> assertThat(r).isEmpty());
        }
    }

    @Test
    void aBackupIsTakenWhileTheServerRunsAndWritesInOneSnapshot() throws Exception {
        Path data = dir.resolve("served");
        new Cli().ok("ingest", ROOT.resolve("statements/kz-us-espd-2023.txt").toString(), "--data", data.toString());
        String token;
        String series;
        try (Database db = Database.embedded(data)) {
            token = ServerCrashTest.adminToken(db, "ana", "backup test");
            series = db.jdbi().withHandle(h -> h.createQuery("SELECT DISTINCT dialogue_key FROM rounds").mapTo(String.class).one());
        }
        int port = ServerCrashTest.freePort();
        Process server = ServerCrashTest.serve(data, port);
        try {
            ServerCrashTest.awaitServing(server);
            HttpClient http = HttpClient.newHttpClient();
            BiFunction<String, String, HttpResponse<String>> post = (path, body) -> {
                try {
                    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                            HttpResponse.BodyHandlers.ofString());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            };
            var plan = post.apply("/api/plans", "{\"series\":\"" + series + "\"}");
            assertThat(plan.statusCode()).as(plan.body()).isEqualTo(201);
            long planId = ((Number) Records.parseObject(plan.body()).get("id")).longValue();
            assertThat(post.apply("/api/plans/" + planId + "/draft", "{}").statusCode()).isEqualTo(200);

            // an editor saves the opening again and again: each save writes a version, a sign-off step and an audit entry
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger saved = new AtomicInteger(1);
            List<String> refused = new java.util.concurrent.CopyOnWriteArrayList<>();
            Thread editor = new Thread(() -> {
                for (int n = 1; !stop.get() && refused.isEmpty(); n++) {
                    var r = post.apply("/api/plans/" + planId + "/draft/sections/opening", "{\"base\":" + saved.get()
                            + ",\"text\":\"The delegations met, save " + n + ".\"}");
                    if (r.statusCode() == 200) saved.set(((Number) Records.parseObject(r.body()).get("number")).intValue());
                    else refused.add(r.statusCode() + " " + r.body());
                }
            });
            editor.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (saved.get() < 5 && editor.isAlive() && System.nanoTime() < deadline) Thread.sleep(10);
            assertThat(saved.get()).as("saves before the backup " + refused).isGreaterThanOrEqualTo(5);
            Path file = dir.resolve("online.backup.gz");
            int code = new Cli().run("backup", file.toString(), "--data", data.toString());
            int during = saved.get();
            stop.set(true);
            editor.join(30_000);
            assertThat(refused).isEmpty();
            assertThat(code).as("backup beside a running server").isZero();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(server.isAlive()).isTrue();

            Path target = dir.resolve("online-restored");
            new Cli().ok("restore", file.toString(), "--data", target.toString());
            try (Database restored = Database.embedded(target)) {
                Map<String, List<String>> rows = rows(restored);
                long versions = restored.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM draft_versions").mapTo(Long.class).one());
                long edited = restored.jdbi().withHandle(h -> h.createQuery(
                        "SELECT count(*) FROM signoff_steps WHERE outcome = 'edited'").mapTo(Long.class).one());
                long audited = restored.jdbi().withHandle(h -> h.createQuery(
                        "SELECT count(*) FROM audit_log WHERE action LIKE '%draft.edit'").mapTo(Long.class).one());
                // all of each save or none of it: the tables were read at one instant
                assertThat(edited).isEqualTo(versions - 1).isEqualTo(audited).isGreaterThanOrEqualTo(4);
                assertThat(versions).isLessThanOrEqualTo(during + 1);
                String last = restored.jdbi().withHandle(h -> h.createQuery(
                        "SELECT text FROM draft_versions ORDER BY number DESC LIMIT 1").mapTo(String.class).one());
                String opening = restored.jdbi().withHandle(h -> h.createQuery(
                        "SELECT text FROM draft_sections WHERE key = 'opening'").mapTo(String.class).one());
                assertThat(last).contains(opening);
                assertThat(rows.get("users")).hasSize(1);
            }
        } finally {
            server.destroy(); // SIGTERM: the server's shutdown hook stops PostgreSQL cleanly
            assertThat(server.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
    }
}
