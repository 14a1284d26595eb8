package org.communique.app;

import org.communique.store.Database;
import org.communique.store.RoundStore;
import org.communique.web.Accounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server killed (SIGKILL) while several clients send corrections loses none that it acknowledged (201):
 * after the crash and a restart of the server on the same data folder, every one is there.
 */
class ServerCrashTest {
    static final Path ROOT = CommandLineTest.root();

    @TempDir
    Path dir;

    static Process serve(Path data, int port) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve",
                "--data", data.toString(), "--port", Integer.toString(port)).redirectErrorStream(true).start();
    }

    /** Waits for the server to say it serves; returns what it printed up to then. */
    static List<String> awaitServing(Process p) throws Exception {
        LinkedBlockingQueue<String> q = IngestCrashTest.lines(p);
        List<String> seen = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            String l = q.poll(1, TimeUnit.SECONDS);
            if (l == null) continue;
            seen.add(l);
            if (l.startsWith("serving http://")) return seen;
            if (l.equals("<end>")) break;
        }
        throw new AssertionError("the server did not start: " + seen);
    }

    /** A new admin account in the store, and a token of its for the API. */
    static String adminToken(Database db, String name, String purpose) {
        Accounts accounts = new Accounts(db);
        accounts.addUser(name, "admin", null, "a long enough password");
        return accounts.newToken(name, purpose);
    }

    static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void everyAcknowledgedCorrectionSurvivesAKilledServer() throws Exception {
        Path data = dir.resolve("data");
        String s = ROOT.resolve("statements").toString() + "/";
        new Cli().ok("ingest", s + "series-a-1-2021.txt", s + "series-a-2-2022.txt", "--data", data.toString());
        String token;
        long round;
        String person;
        try (Database db = Database.embedded(data)) {
            token = adminToken(db, "admin", "load");
            round = db.jdbi().withHandle(h -> h.createQuery("SELECT min(id) FROM rounds").mapTo(Long.class).one());
            person = new RoundStore(db).record(round).orElseThrow().participants().get(0).name();
        }

        int port = freePort();
        Process server = serve(data, port);
        awaitServing(server);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger sent = new AtomicInteger();
        List<Thread> clients = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
            int client = t;
            Thread th = new Thread(() -> {
                for (int n = 0; !stop.get(); n++) {
                    String note = "client " + client + " correction " + n;
                    String body = "{\"fact\":\"participant\",\"key\":\"" + person + "\",\"field\":\"title\",\"value\":\"Minister "
                            + client + "." + n + "\",\"note\":\"" + note + "\"}";
                    HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/rounds/" + round + "/corrections"))
                            .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    sent.incrementAndGet();
                    try {
                        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() == 201) acknowledged.add(note);
                        else if (!stop.get()) throw new AssertionError(r.statusCode() + " " + r.body());
                    } catch (Exception e) {
                        return; // the server is gone: what was not acknowledged may or may not be stored
                    }
                }
            });
            th.start();
            clients.add(th);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (acknowledged.size() < 60 && System.nanoTime() < deadline) Thread.sleep(10);
        server.destroyForcibly(); // mid-stream: requests are in flight
        assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
        stop.set(true);
        for (Thread th : clients) th.join(30_000);
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(60);

        // restart on the same folder (the orphaned PostgreSQL is stopped and recovered) and ask the server
        Process again = serve(data, port);
        try {
            awaitServing(again);
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/rounds/" + round
                    + "/corrections")).header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            for (String note : acknowledged) assertThat(r.body()).as("acknowledged: " + note).contains("\"" + note + "\"");
        } finally {
            again.destroy(); // SIGTERM: the server's shutdown hook stops PostgreSQL cleanly
            assertThat(again.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        System.out.println("ServerCrashTest: " + sent.get() + " corrections sent, " + acknowledged.size() + " acknowledged, all kept");
    }
}
