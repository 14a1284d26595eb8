package org.communique.app;

import org.communique.model.Records;
import org.communique.store.AccountStore;
import org.communique.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server's log says to run 'user add' to make the first admin: that works while the server runs on the same
 * data folder (through the server's own PostgreSQL), and the running server signs the new user in at once.
 */
class UserCommandBesideServerTest {
    @TempDir
    Path dir;

    private String out;
    private String err;

    private int run(String stdin, String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        InputStream oldIn = System.in;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            return Main.run(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            System.setIn(oldIn);
            out = o.toString(StandardCharsets.UTF_8);
            err = e.toString(StandardCharsets.UTF_8);
        }
    }

    /** The server's lines up to the one that says it serves. */
    private static List<String> untilServing(Process p) throws Exception {
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

    @Test
    void accountCommandsWorkWhileTheServerRunsAndItSignsTheNewUserIn() throws Exception {
        Path data = dir.resolve("data");
        String d = data.toString();
        int port = ServerCrashTest.freePort();
        Process server = ServerCrashTest.serve(data, port);
        try {
            List<String> log = untilServing(server);
            // the hint names the folder, so that the command it gives reaches this server's store
            assertThat(log).anyMatch(l -> l.contains("user add NAME --role admin --data " + d));

            assertThat(run("a long admin password\n", "user", "add", "ana", "--role", "admin", "--password-stdin", "--data", d))
                    .as(err).isZero();
            assertThat(out).contains("added ana (admin)");
            assertThat(run("", "user", "token", "ana", "--label", "beside the server", "--data", d)).as(err).isZero();
            String token = out.strip();
            assertThat(token).startsWith("cq_");
            assertThat(run("", "user", "list", "--data", d)).as(err).isZero();
            assertThat(out).contains("ana").contains("1 user").doesNotContain("1 users");

            HttpResponse<String> me = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/api/me")).header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(me.statusCode()).isEqualTo(200);
            assertThat(Records.parseObject(me.body())).containsEntry("name", "ana").containsEntry("role", "admin");

            // a command that would write the record itself is still refused while the server holds the folder
            assertThat(run("", "track", "--data", d)).isNotZero();
            assertThat(err).contains("in use by another communique process");
        } finally {
            server.destroy(); // SIGTERM: the server's shutdown hook stops PostgreSQL cleanly
            assertThat(server.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        // the user is in the store itself, not in the server's memory
        try (Database db = Database.embedded(data)) {
            assertThat(new AccountStore(db).userNamed("ana")).isPresent();
        }
    }
}
