package org.communique.reader;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the tests find the shared seeds and corpus, and the project's own statements. */
final class Corpora {
    private Corpora() {}

    static Path root() {
        String root = System.getProperty("communique.root");
        Path p = root == null ? Path.of("").toAbsolutePath() : Path.of(root);
        // run from a module folder, the repository root is one up
        return Files.exists(p.resolve("statements")) ? p : p.getParent();
    }

    static Path shared() {
        return root().resolve("../shared").normalize();
    }

    static Path own() {
        return root().resolve("statements");
    }
}
