package org.communique.eval;

import java.nio.file.Path;

/** Where the tests find the shared seeds and corpus (beside the repository) and the project's own statements. */
final class Corpora {
    private Corpora() {}

    /** Maven sets {@code communique.root}; from an IDE the tests run in {@code eval/}, one below the root. */
    private static final Path ROOT = System.getProperty("communique.root") != null
            ? Path.of(System.getProperty("communique.root")) : Path.of("").toAbsolutePath().getParent();

    static Path shared() {
        return ROOT.resolve("../shared").normalize();
    }

    static Path own() {
        return ROOT.resolve("statements");
    }
}
