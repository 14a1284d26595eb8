package org.communique.app;

import org.communique.store.Database;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Optional;

/** Where the record lives: an embedded PostgreSQL under --data, or the server that --db names. */
final class StoreOptions {
    @Option(names = "--db", paramLabel = "URL",
            description = "a PostgreSQL server, jdbc:postgresql://host/db (default: $COMMUNIQUE_DB_URL, else embedded)")
    String url;

    @Mixin
    DbLogin login;

    @Option(names = "--data", paramLabel = "DIR", description = "data folder of the embedded PostgreSQL (default: ~/.communique)")
    Path data;

    Database open() {
        return url().map(login::connect).orElseGet(() -> Database.embedded(folder()));
    }

    /**
     * Like {@link #open()}, but while a server holds the data folder, through that server's own PostgreSQL. Only for
     * commands that read in one snapshot (backup) or whose rows the server reads afresh at each request (accounts):
     * it caches search answers on the understanding that no one else changes the record it holds.
     */
    Database openBesideServer() {
        return url().map(login::connect).orElseGet(() -> Database.embeddedOrRunning(folder()));
    }

    private Optional<String> url() {
        String u = url != null ? url : System.getenv("COMMUNIQUE_DB_URL");
        return u == null || u.isBlank() ? Optional.empty() : Optional.of(u);
    }

    /** The options another command is given to reach this same store (" --data DIR"), or "" for the default. */
    String sameStore() {
        if (url != null) return " --db " + url;
        return data == null ? "" : " --data " + data;
    }

    /** The data folder of the embedded PostgreSQL. */
    private Path folder() {
        return data != null ? data : Path.of(System.getProperty("user.home"), ".communique");
    }
}
