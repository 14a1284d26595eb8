package org.communique.store;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** A test class's own embedded PostgreSQL 17 and a {@link RoundStore} over it, as the app runs them. */
abstract class OnEmbeddedStore {
    @TempDir
    static Path data;
    static Database db;
    static RoundStore store;

    @BeforeAll
    static void open() {
        db = Database.embedded(data);
        store = new RoundStore(db);
    }

    @AfterAll
    static void close() {
        db.close();
    }
}
