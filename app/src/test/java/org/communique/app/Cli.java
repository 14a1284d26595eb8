package org.communique.app;

import org.communique.testsupport.Console;
import org.communique.testsupport.TestDatabases;

import java.util.Arrays;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The communique command run in this JVM as a user runs it, and what it printed; optionally always on one database. */
final class Cli {
    private final Console console = new Console();
    private final String[] always;

    /** Commands with their own options only. */
    Cli() {
        this.always = new String[0];
    }

    /** Every command run on the database at {@code url} (a {@link TestDatabases} one), as its superuser. */
    Cli(String url) {
        this.always = new String[] {"--db", url, "--db-user", TestDatabases.USER};
    }

    /** Runs the command; returns its exit code. */
    int run(String... args) {
        return withInput("", args);
    }

    /** Runs the command with {@code stdin} on its standard input; returns its exit code. */
    int withInput(String stdin, String... args) {
        String[] all = Stream.concat(Arrays.stream(args), Arrays.stream(always)).toArray(String[]::new);
        return console.run(stdin, () -> Main.run(all));
    }

    /** Runs a command that must succeed; returns what it printed on standard output. */
    String ok(String... args) {
        assertThat(run(args)).as(String.join(" ", args) + ": " + err()).isZero();
        return out();
    }

    /** What the last command printed on standard output. */
    String out() {
        return console.out();
    }

    /** What the last command printed on standard error. */
    String err() {
        return console.err();
    }
}
