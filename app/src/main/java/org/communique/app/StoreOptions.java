package org.communique.app;

import org.communique.store.Database;
import picocli.CommandLine.Option;

import java.nio.file.Path;

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
        String u = url != null ? url : System.getenv("COMMUNIQUE_DB_URL");
        if (u != null && !u.isBlank()) {
            String user = this.user != null ? this.user : System.getenv("COMMUNIQUE_DB_USER");
            String password = this.password != null ? this.password : System.getenv("COMMUNIQUE_DB_PASSWORD");
            return Database.connect(u, user, password);
        }
        Path folder = data != null ? data : Path.of(System.getProperty("user.home"), ".communique");
        return Database.embedded(folder);
    }
}
