package org.communique.app;

import org.communique.store.AccountStore;
import org.communique.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The first admin is made on the command line; the password comes on standard input. */
class UserCommandTest {
    @TempDir
    Path data;

    private final Cli cli = new Cli();

    @Test
    void addsUsersAndTokensAndRefusesBadRequestsInOneSentence() {
        String d = data.toString();
        assertThat(cli.withInput("a long admin password\n", "user", "add", "ana", "--role", "admin", "--password-stdin", "--data", d)).isZero();
        assertThat(cli.out()).contains("added ana (admin)");
        assertThat(cli.withInput("an editor's password\n", "user", "add", "ed", "--role", "editor", "--party", "us", "--data", d)).isZero();
        assertThat(cli.withInput("short\n", "user", "add", "bo", "--role", "viewer", "--data", d)).isEqualTo(Main.REFUSED);
        assertThat(cli.err()).contains("at least 10 characters").doesNotContain("Exception");
        assertThat(cli.withInput("a long password here\n", "user", "add", "cy", "--role", "editor", "--data", d)).isEqualTo(Main.REFUSED);
        assertThat(cli.err()).contains("--party");
        assertThat(cli.withInput("a long password here\n", "user", "add", "ana", "--role", "viewer", "--data", d)).isEqualTo(Main.REFUSED);
        assertThat(cli.err()).contains("already a user named ana");
        assertThat(cli.run("user", "token", "ana", "--data", d)).isZero();
        assertThat(cli.out()).startsWith("cq_");
        assertThat(cli.run("user", "list", "--data", d)).isZero();
        assertThat(cli.out()).contains("ana").contains("editor  US").contains("2 users");
        try (Database db = Database.embedded(data)) {
            AccountStore.User ed = new AccountStore(db).userNamed("ed").orElseThrow();
            assertThat(ed.party()).isEqualTo("US");
            assertThat(ed.passwordHash()).startsWith("$argon2id$");
        }
    }
}
