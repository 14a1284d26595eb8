package org.communique.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * The PostgreSQL the record lives in: an embedded server under a data folder, or a real one by URL.
 * Opening migrates the schema; closing stops the embedded server cleanly.
 */
public final class Database implements AutoCloseable {
    private final DataSource dataSource;
    private final EmbeddedPostgres embedded;
    private final Jdbi jdbi;
    private final String description;

    private Database(DataSource dataSource, EmbeddedPostgres embedded, String description) {
        this.dataSource = dataSource;
        this.embedded = embedded;
        this.description = description;
        this.jdbi = Jdbi.create(dataSource);
    }

    /** Starts (or reuses the files of) an embedded PostgreSQL 17 whose data lives in {@code folder}/pg. */
    public static Database embedded(Path folder) {
        Path pgData = folder.resolve("pg");
        try {
            Files.createDirectories(pgData);
        } catch (IOException | SecurityException e) {
            throw new StoreException("the data folder " + folder + " cannot be created");
        }
        if (!Files.isWritable(folder) || !Files.isWritable(pgData)) {
            throw new StoreException("the data folder " + folder + " is not writable");
        }
        if (Files.exists(pgData.resolve("postmaster.pid"))) {
            // a server left running by another communique process holds this folder
            throw new StoreException("the data folder " + folder + " is in use by another communique process"
                    + " (or one that was killed: remove " + pgData.resolve("postmaster.pid") + " if none runs)");
        }
        EmbeddedPostgres pg;
        try {
            pg = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .start();
        } catch (IOException | RuntimeException e) {
            throw new StoreException("the embedded PostgreSQL did not start in " + pgData + ": " + firstLine(e));
        }
        Database db = new Database(pg.getPostgresDatabase(), pg, "embedded PostgreSQL in " + pgData);
        db.migrate();
        return db;
    }

    /** Connects to a running PostgreSQL server; never starts one. */
    public static Database connect(String url, String user, String password) {
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new StoreException("the database URL must start with jdbc:postgresql: (got " + url + ")");
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        if (user != null) ds.setUser(user);
        if (password != null) ds.setPassword(password);
        ds.setConnectTimeout(10);
        ds.setLoginTimeout(10);
        try (Connection ignored = ds.getConnection()) {
            // reachable
        } catch (SQLException e) {
            throw new StoreException("cannot connect to PostgreSQL at " + url + ": " + firstLine(e));
        }
        Database db = new Database(ds, null, "PostgreSQL at " + url);
        db.migrate();
        return db;
    }

    private void migrate() {
        try {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            close();
            throw new StoreException("the schema could not be migrated on " + description + ": " + firstLine(e));
        }
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /**
     * Runs {@code work} on one connection: the repositories it calls on this thread share it (Jdbi's
     * thread-scoped handle) rather than opening one each, which costs more than most of their queries.
     */
    public <T> T inOneConnection(java.util.function.Supplier<T> work) {
        return jdbi.withHandle(h -> work.get());
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public String description() {
        return description;
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new StoreException("the embedded PostgreSQL did not stop cleanly: " + firstLine(e));
            }
        }
    }

    static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
