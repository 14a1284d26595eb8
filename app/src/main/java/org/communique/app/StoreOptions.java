package org.communique.app;

import org.communique.store.Database;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Optional;

/** Where the record lives: an embedded PostgreSQL under --data, or the server that --db names. */
final class StoreOptions {
    @Option(names = "--db", paramLabel = "URL",
            description = "a PostgreSQL server, jdbc:postgresql://host/db (default: $COMMUNIQUE_DB_URL, else embedded)")
    String url;

    @Option(names = "--db-user", paramLabel = "USER", description = "user for --db (default: $COMMUNIQUE_DB_USER or the URL's)")
    String user;

    @Option(names = "--db-password", paramLabel = "PASSWORD",
            description = "password for --db (default: $COMMUNIQUE_DB_PASSWORD or the URL's)")
    String password;

    @Option(names = "--data", paramLabel = "DIR", description = "data folder of the embedded PostgreSQL (default: ~/.communique)")
    Path data;

    Database open() {
        return server().orElseGet(() -> Database.embedded(folder()));
    }

    /** As {@link #open}, but a data folder that a running server holds is reached through that server's PostgreSQL. */
    Database openBesideServer() {
        return server().orElseGet(() -> Database.embeddedOrRunning(folder()));
    }

    private Optional<Database> server() {
        String u = url != null ? url : System.getenv("COMMUNIQUE_DB_URL");
        if (u == null || u.isBlank()) return Optional.empty();
        String user = this.user != null ? this.user : System.getenv("COMMUNIQUE_DB_USER");
        String password = this.password != null ? this.password : System.getenv("COMMUNIQUE_DB_PASSWORD");
        return Optional.of(Database.connect(u, user, password));
    }

    private Path folder() {
        return data != null ? data : Path.of(System.getProperty("user.home"), ".communique");
    }
}
