package org.communique.app;

import org.communique.store.Database;
import org.communique.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crashes lose nothing: {@code communique ingest} of a batch runs as its own process and is killed (SIGKILL) at
 * random points, again and again; after each kill every document is stored whole (all the rows a clean ingest
 * gives it) or not at all, and running the batch again completes it with no duplicates. 5 kills in CI; 50 with
 * {@code -Dcommunique.long=true}.
 */
class IngestCrashTest {
    static final Path ROOT = CommandLineTest.root();
    static final boolean LONG = Boolean.getBoolean("communique.long");

    @TempDir
    Path dir;

    /** Per document (by SHA-256): its round and every row of its facts, as counts. */
    static final String FACTS = """
            SELECT d.sha256,
                   (SELECT count(*) FROM rounds r WHERE r.document_id = d.id) AS rounds,
                   (SELECT count(*) FROM attendance a JOIN rounds r ON r.id = a.round_id WHERE r.document_id = d.id) AS attendance,
                   (SELECT count(*) FROM posts p JOIN rounds r ON r.id = p.round_id WHERE r.document_id = d.id) AS posts,
                   (SELECT count(*) FROM round_topics t JOIN rounds r ON r.id = t.round_id WHERE r.document_id = d.id) AS topics,
                   (SELECT count(*) FROM acts x JOIN rounds r ON r.id = x.round_id WHERE r.document_id = d.id) AS acts,
                   (SELECT count(*) FROM commitments c JOIN rounds r ON r.id = c.round_id WHERE r.document_id = d.id) AS commitments,
                   (SELECT count(*) FROM round_references x JOIN rounds r ON r.id = x.round_id WHERE r.document_id = d.id) AS refs,
                   (SELECT count(*) FROM evidence e WHERE e.document_id = d.id) AS evidence
            FROM documents d ORDER BY d.sha256""";

    static Map<String, String> facts(Database db) {
        Map<String, String> out = new TreeMap<>();
        db.jdbi().useHandle(h -> h.createQuery(FACTS).mapToMap().forEach(m -> {
            String sha = (String) m.remove("sha256");
            out.put(sha, m.toString());
        }));
        return out;
    }

    static Process ingest(Path batch, Path data) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "ingest", batch.toString(), "--data", data.toString())
                .redirectErrorStream(true).start();
    }

    static LinkedBlockingQueue<String> lines(Process p) {
        LinkedBlockingQueue<String> q = new LinkedBlockingQueue<>();
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l = r.readLine(); l != null; l = r.readLine()) q.add(l);
            } catch (Exception ignored) {
                // the process was killed
            }
            q.add("<end>");
        });
        t.setDaemon(true);
        t.start();
        return q;
    }

    @Test
    void killingIngestAtRandomPointsLeavesEveryDocumentWholeOrAbsent() throws Exception {
        Path batch = Files.createDirectories(dir.resolve("batch"));
        try (Stream<Path> s = Files.list(ROOT.resolve("statements"))) {
            for (Path p : s.filter(p -> p.toString().matches(".*\\.(txt|html)$")).sorted().limit(LONG ? 1000 : 10).toList()) {
                Files.copy(p, batch.resolve(p.getFileName()));
            }
        }
        // what a clean ingest of the batch stores, per document: into a database of the tests' own server
        String url = TestDatabases.freshUrl();
        new Cli(url).ok("ingest", batch.toString());
        Map<String, String> clean;
        try (Database db = Database.connect(url, TestDatabases.USER, null)) {
            clean = facts(db);
        }
        // the store the kills hit exists before the first kill, as a user's store does
        Path data = dir.resolve("crashed");
        Database.embedded(data).close();
        int documents = clean.size();
        assertThat(documents).isGreaterThanOrEqualTo(8);

        long started = System.nanoTime();
        Random random = new Random(Long.getLong("communique.seed", System.nanoTime()));
        int kills = LONG ? 50 : 5;
        List<String> log = new ArrayList<>();
        for (int i = 0; i < kills; i++) {
            Process p = ingest(batch, data);
            LinkedBlockingQueue<String> q = lines(p);
            // kill after a random number of stored documents (0: while starting), a random instant later
            int after = random.nextInt(documents + 1);
            int seen = 0;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (seen < after && System.nanoTime() < deadline) {
                String l = q.poll(1, TimeUnit.SECONDS);
                if (l == null) continue;
                if (l.equals("<end>")) break;
                if (l.contains(": new round ") || l.contains(": already known")) seen++;
            }
            Thread.sleep(random.nextInt(40));
            boolean finished = !p.isAlive();
            p.destroyForcibly();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            log.add("kill " + (i + 1) + " after " + seen + " documents" + (finished ? " (it had finished)" : ""));
            System.out.println("IngestCrashTest: " + log.get(log.size() - 1) + " at " + (System.nanoTime() - started) / 1_000_000 + " ms");

            try (Database db = Database.embedded(data)) {
                Map<String, String> stored = facts(db);
                for (var e : stored.entrySet()) {
                    assertThat(e.getValue()).as("document " + e.getKey() + " after " + log).isEqualTo(clean.get(e.getKey()));
                }
            }
        }
        System.out.println("IngestCrashTest: checks done at " + (System.nanoTime() - started) / 1_000_000 + " ms");
        // the batch again, to the end: complete, once each
        Process p = ingest(batch, data);
        LinkedBlockingQueue<String> q = lines(p);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        List<String> output = new ArrayList<>(q);
        assertThat(p.exitValue()).as(String.join("\n", output)).isZero();
        try (Database db = Database.embedded(data)) {
            assertThat(facts(db)).as("every document once, whole, after " + log).isEqualTo(clean);
            int rounds = db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM rounds").mapTo(Integer.class).one());
            int placed = db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM round_series").mapTo(Integer.class).one());
            assertThat(rounds).isEqualTo(documents);
            assertThat(placed).as("every round tracked into a series").isEqualTo(rounds);
        }
    }
}
