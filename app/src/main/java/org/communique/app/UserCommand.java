package org.communique.app;

import org.communique.store.AccountStore;
import org.communique.store.Database;
import org.communique.web.Accounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;

/** Accounts of the web application: the first admin is made here. */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Manage the accounts that sign in to the web application.",
        subcommands = {UserCommand.Add.class, UserCommand.Token.class, UserCommand.ListUsers.class})
final class UserCommand extends ParentCommand {
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Create a user. The password is read from standard input (one line), or asked for twice on a terminal.",
                    "Example: echo 'a long passphrase' | communique user add ana --role admin --password-stdin"})
    static final class Add implements Callable<Integer> {
        @Parameters(paramLabel = "NAME", description = "the name to sign in with (letters, digits, . _ @ -)")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "admin, editor or viewer")
        String role;

        @Option(names = "--party", paramLabel = "XX", description = "for an editor: the party (e.g. US) whose facts they may correct")
        String party;

        @Option(names = "--password-stdin", description = "read the password from standard input even on a terminal")
        boolean passwordStdin;

        @Mixin
        StoreOptions store;

        @Override
        public Integer call() {
            String password = password(passwordStdin);
            try (Database db = store.openBesideServer()) {
                new Accounts(db).addUser(name, role, party, password);
                System.out.println("added " + name + " (" + role.toLowerCase(java.util.Locale.ROOT)
                        + (party == null ? "" : ", " + party.toUpperCase(java.util.Locale.ROOT)) + ")");
                return Main.OK;
            }
        }
    }

    @Command(name = "token", mixinStandardHelpOptions = true,
            description = "Make an API token for a user; scripts send it as 'Authorization: Bearer TOKEN'. It is shown once.")
    static final class Token implements Callable<Integer> {
        @Parameters(paramLabel = "NAME", description = "the user")
        String name;

        @Option(names = "--label", defaultValue = "command line", description = "what the token is for (default: ${DEFAULT-VALUE})")
        String label;

        @Mixin
        StoreOptions store;

        @Override
        public Integer call() {
            try (Database db = store.openBesideServer()) {
                System.out.println(new Accounts(db).newToken(name, label));
                return Main.OK;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the users.")
    static final class ListUsers implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Override
        public Integer call() {
            try (Database db = store.openBesideServer()) {
                var users = new AccountStore(db).users();
                for (AccountStore.User u : users) {
                    System.out.printf("%-24s %-7s %s%n", u.name(), u.role(), u.party() == null ? "" : u.party());
                }
                System.out.println(org.communique.web.Words.count(users.size(), "user"));
                return Main.OK;
            }
        }
    }

    static String password(boolean fromStdin) {
        Console console = System.console();
        if (!fromStdin && console != null) {
            char[] a = console.readPassword("password: ");
            char[] b = console.readPassword("again: ");
            if (a == null || b == null) throw new UserError("no password given");
            if (!Arrays.equals(a, b)) throw new UserError("the two passwords differ");
            return new String(a);
        }
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) throw new UserError("no password on standard input");
            return line;
        } catch (IOException e) {
            throw new UserError("the password could not be read from standard input: " + e.getMessage());
        }
    }
}
