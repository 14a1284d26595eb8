package org.communique.app;

import org.communique.store.AccountStore;
import org.communique.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The first admin is made on the command line; the password comes on standard input. */
class UserCommandTest {
    @TempDir
    Path data;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;
    private InputStream oldIn;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        oldIn = System.in;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
        System.setIn(oldIn);
    }

    private int run(String stdin, String... args) {
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        out.reset();
        err.reset();
        return Main.run(args);
    }

    @Test
    void addsUsersAndTokensAndRefusesBadRequestsInOneSentence() {
        String d = data.toString();
        assertThat(run("a long admin password\n", "user", "add", "ana", "--role", "admin", "--password-stdin", "--data", d)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("added ana (admin)");
        assertThat(run("an editor's password\n", "user", "add", "ed", "--role", "editor", "--party", "us", "--data", d)).isZero();
        assertThat(run("short\n", "user", "add", "bo", "--role", "viewer", "--data", d)).isEqualTo(Main.REFUSED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("at least 10 characters").doesNotContain("Exception");
        assertThat(run("a long password here\n", "user", "add", "cy", "--role", "editor", "--data", d)).isEqualTo(Main.REFUSED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--party");
        assertThat(run("a long password here\n", "user", "add", "ana", "--role", "viewer", "--data", d)).isEqualTo(Main.REFUSED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("already a user named ana");
        assertThat(run("", "user", "token", "ana", "--data", d)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("cq_");
        assertThat(run("", "user", "list", "--data", d)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("ana").contains("editor  US").contains("2 users");
        try (Database db = Database.embedded(data)) {
            AccountStore.User ed = new AccountStore(db).userNamed("ed").orElseThrow();
            assertThat(ed.party()).isEqualTo("US");
            assertThat(ed.passwordHash()).startsWith("$argon2id$");
        }
    }
}
