package org.communique.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The statement files named on a command line: files as given, folders searched for .txt, .html, .htm, .pdf. */
final class Inputs {
    private Inputs() {}

    static boolean isStatement(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return (n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".pdf"))
                && !n.endsWith(".gold.json");
    }

    /** Expands folders; a missing path is a user error. */
    static List<Path> expand(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) throw new UserError(p + " does not exist", Main.REFUSED);
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(Inputs::isStatement).sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new UserError("cannot list the folder " + p + ": " + e.getMessage(), Main.REFUSED);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    static byte[] bytes(Path p, long max) throws IOException {
        if (Files.size(p) > max) return null;
        return Files.readAllBytes(p);
    }
}
