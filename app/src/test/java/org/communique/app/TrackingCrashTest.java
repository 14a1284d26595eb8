package org.communique.app;

import org.communique.store.Database;
import org.communique.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tracking is part of storing (issue 13): {@code communique ingest} of the project's statements, run as its own
 * process, is killed (SIGKILL) after it has stored its rounds and while it tracks them, at several points of the
 * tracking; the next {@code ingest} of the same files stores nothing new ("already known") and yet leaves the series,
 * ordinals, people, follow-through links and statuses exactly as an uninterrupted run leaves them.
 */
class TrackingCrashTest {
    /** Where in the tracking to kill, as parts of the time an uninterrupted run takes from storing to its end. */
    static final double[] KILL_AT = {0.05, 0.4, 0.8};

    @TempDir
    Path dir;

    /** What tracking decides, named by the documents' hashes and names rather than by ids, which differ between stores. */
    static final List<String> STATE = List.of("""
            SELECT d.sha256 || ' ' || s.key || ' #' || COALESCE(rs.ordinal::text, '?') || CASE WHEN rs.ordinal_inferred THEN '*' ELSE '' END
              FROM round_series rs JOIN series s ON s.id = rs.series_id JOIN rounds r ON r.id = rs.round_id
              JOIN documents d ON d.id = r.document_id""", """
            SELECT d.sha256 || ' ' || c.position || ' ' || cs.status
              FROM commitment_status cs JOIN commitments c ON c.id = cs.commitment_id JOIN rounds r ON r.id = c.round_id
              JOIN documents d ON d.id = r.document_id""", """
            SELECT d.sha256 || ' ' || c.position || ' ' || f.rule || ' ' || ld.sha256 || ' ' || f.confidence
              FROM follow_through f JOIN commitments c ON c.id = f.commitment_id JOIN rounds r ON r.id = c.round_id
              JOIN documents d ON d.id = r.document_id JOIN rounds lr ON lr.id = f.round_id JOIN documents ld ON ld.id = lr.document_id""", """
            SELECT p.name || ' = ' || q.name FROM person_aliases a JOIN people p ON p.id = a.person_id JOIN people q ON q.id = a.same_as""");

    static List<String> state(Database db) {
        List<String> out = new ArrayList<>();
        for (String sql : STATE) {
            out.addAll(db.jdbi().withHandle(h -> h.createQuery(sql + " ORDER BY 1").mapTo(String.class).list()));
        }
        return out;
    }

    static long untracked(Database db) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM rounds WHERE NOT tracked").mapTo(Long.class).one());
    }

    static Process ingest(Path batch, String url) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "ingest",
                batch.toString(), "--db", url, "--db-user", TestDatabases.USER).redirectErrorStream(true).start();
    }

    /** Waits for the line ingest prints once every file is stored, just before it tracks; returns when it came. */
    static long storedAt(LinkedBlockingQueue<String> lines) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            String l = lines.poll(1, TimeUnit.SECONDS);
            if (l == null) continue;
            if (l.equals("<end>")) throw new AssertionError("ingest ended before storing its rounds");
            if (l.matches("\\d+ new, \\d+ already known, \\d+ refused")) return System.nanoTime();
        }
        throw new AssertionError("ingest stored nothing in three minutes");
    }

    @Test
    void killingIngestWhileItTracksLeavesWhatAnUninterruptedRunLeaves() throws Exception {
        Path batch = Files.createDirectories(dir.resolve("batch"));
        try (Stream<Path> s = Files.list(IngestCrashTest.ROOT.resolve("statements"))) {
            for (Path p : s.filter(p -> p.toString().matches(".*\\.(txt|html)$")).toList()) {
                Files.copy(p, batch.resolve(p.getFileName()));
            }
        }
        // uninterrupted: how long tracking takes, and what it leaves
        String cleanUrl = TestDatabases.freshUrl();
        Process clean = ingest(batch, cleanUrl);
        LinkedBlockingQueue<String> cleanLines = IngestCrashTest.lines(clean);
        long stored = storedAt(cleanLines);
        assertThat(clean.waitFor(180, TimeUnit.SECONDS)).isTrue();
        long trackingNanos = System.nanoTime() - stored;
        assertThat(clean.exitValue()).as(String.join("\n", cleanLines)).isZero();
        List<String> expected;
        try (Database db = Database.connect(cleanUrl, TestDatabases.USER, null)) {
            expected = state(db);
            assertThat(untracked(db)).isZero();
        }
        assertThat(expected).hasSizeGreaterThan(100);

        int cutShort = 0;
        List<String> log = new ArrayList<>();
        for (int i = 0; i < KILL_AT.length; i++) {
            String url = TestDatabases.freshUrl();
            Process p = ingest(batch, url);
            LinkedBlockingQueue<String> lines = IngestCrashTest.lines(p);
            storedAt(lines);
            TimeUnit.NANOSECONDS.sleep((long) (trackingNanos * KILL_AT[i]));
            boolean finished = !p.isAlive();
            p.destroyForcibly();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            try (Database db = Database.connect(url, TestDatabases.USER, null)) {
                long left = untracked(db);
                if (left > 0) cutShort++;
                log.add("killed at " + KILL_AT[i] + " of the tracking: " + left + " rounds untracked"
                        + (finished ? " (it had finished)" : ""));
            }
            // the same files again: all already known, and the tracking is finished
            assertThat(new Cli(url).ok("ingest", batch.toString())).contains("0 new, ");
            try (Database db = Database.connect(url, TestDatabases.USER, null)) {
                assertThat(untracked(db)).isZero();
                assertThat(state(db)).as(log.get(i)).containsExactlyElementsOf(expected);
            }
        }
        System.out.println("TrackingCrashTest: tracking took " + trackingNanos / 1_000_000 + " ms; " + log);
        assertThat(cutShort).as("kills that cut the tracking short: " + log).isGreaterThanOrEqualTo(1);
    }
}
