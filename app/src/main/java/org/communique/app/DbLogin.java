package org.communique.app;

import org.communique.store.Database;
import picocli.CommandLine.Option;

/** Who signs in to the PostgreSQL server a command's --db names: these options, else the environment, else the URL's. */
final class DbLogin {
    @Option(names = "--db-user", paramLabel = "USER", description = "user for --db (default: $COMMUNIQUE_DB_USER or the URL's)")
    String user;

    @Option(names = "--db-password", paramLabel = "PASSWORD",
            description = "password for --db (default: $COMMUNIQUE_DB_PASSWORD or the URL's)")
    String password;

    Database connect(String url) {
        String user = this.user != null ? this.user : System.getenv("COMMUNIQUE_DB_USER");
        String password = this.password != null ? this.password : System.getenv("COMMUNIQUE_DB_PASSWORD");
        return Database.connect(url, user, password);
    }
}
