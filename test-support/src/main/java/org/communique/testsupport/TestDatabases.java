package org.communique.testsupport;

import org.communique.store.Database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One embedded PostgreSQL for all the tests of a module (one test JVM), and a fresh database in it for each
 * test class: every class starts from an empty, migrated schema without paying for a server start.
 */
public final class TestDatabases {
    /** The embedded server's superuser, who owns the databases made here (no password, loopback only). */
    public static final String USER = "postgres";

    private static Database server;
    private static int made;

    private TestDatabases() {}

    /** A new, empty database, migrated; the caller closes it (the server stops when the JVM ends). */
    public static Database fresh() {
        return Database.connect(freshUrl(), USER, null);
    }

    /** The JDBC URL of a new, empty database, not yet migrated: for a command to open with {@code --db}. */
    public static synchronized String freshUrl() {
        try {
            if (server == null) {
                Path dir = Files.createTempDirectory("communique-test");
                server = Database.embedded(dir);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    server.close();
                    delete(dir);
                }));
            }
            String name = "test_" + (++made);
            try (Connection c = server.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
                return c.getMetaData().getURL().replaceFirst("/[^/?]*(\\?.*)?$", "/" + name) + "?sslmode=disable";
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is no failure
        }
    }
}
