package org.communique.drafting;

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
 * One embedded PostgreSQL for all the tests of this module, and a fresh database in it for each test
 * class: every class starts from an empty, migrated schema without paying for a server start.
 */
final class TestDatabases {
    private static Database server;
    private static int made;

    private TestDatabases() {}

    static synchronized Database fresh() {
        try {
            if (server == null) {
                Path dir = Files.createTempDirectory("communique-drafting-test");
                server = Database.embedded(dir);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    server.close();
                    delete(dir);
                }));
            }
            String name = "drafting_test_" + (++made);
            String url;
            try (Connection c = server.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
                url = c.getMetaData().getURL();
            }
            String base = url.replaceFirst("/[^/?]*(\\?.*)?$", "/" + name);
            return Database.connect(base + "?sslmode=disable", "postgres", null);
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
