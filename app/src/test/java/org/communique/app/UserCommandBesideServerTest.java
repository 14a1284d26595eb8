package org.communique.app;

import org.communique.model.Records;
import org.communique.store.AccountStore;
import org.communique.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server's log says to run 'user add' to make the first admin: that works while the server runs on the same
 * data folder (through the server's own PostgreSQL), and the running server signs the new user in at once.
 */
class UserCommandBesideServerTest {
    @TempDir
    Path dir;

    private final Cli cli = new Cli();

    @Test
    void accountCommandsWorkWhileTheServerRunsAndItSignsTheNewUserIn() throws Exception {
        Path data = dir.resolve("data");
        String d = data.toString();
        int port = ServerCrashTest.freePort();
        Process server = ServerCrashTest.serve(data, port);
        try {
            List<String> log = ServerCrashTest.awaitServing(server);
            // the hint names the folder, so that the command it gives reaches this server's store
            assertThat(log).anyMatch(l -> l.contains("user add NAME --role admin --data " + d));

            assertThat(cli.withInput("a long admin password\n", "user", "add", "ana", "--role", "admin", "--password-stdin", "--data", d))
                    .as(cli.err()).isZero();
            assertThat(cli.out()).contains("added ana (admin)");
            assertThat(cli.run("user", "token", "ana", "--label", "beside the server", "--data", d)).as(cli.err()).isZero();
            String token = cli.out().strip();
            assertThat(token).startsWith("cq_");
            assertThat(cli.run("user", "list", "--data", d)).as(cli.err()).isZero();
            assertThat(cli.out()).contains("ana").contains("1 user").doesNotContain("1 users");

            HttpResponse<String> me = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/api/me")).header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(me.statusCode()).isEqualTo(200);
            assertThat(Records.parseObject(me.body())).containsEntry("name", "ana").containsEntry("role", "admin");

            // a command that would write the record itself is still refused while the server holds the folder
            assertThat(cli.run("track", "--data", d)).isNotZero();
            assertThat(cli.err()).contains("in use by another communique process");
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
