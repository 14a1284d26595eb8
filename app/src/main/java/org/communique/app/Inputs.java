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

    /**
     * Expands folders; a missing path, or one that is not a file (a device such as /dev/zero, a pipe, a socket), is a
     * user error. In a folder, a link is followed only when it points inside that folder.
     */
    static List<Path> expand(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) throw new UserError(p + " does not exist");
            if (Files.isDirectory(p)) {
                Path root = realPath(p);
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Inputs::isStatement).filter(f -> isFileWithin(f, root)).sorted().forEach(out::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    throw new UserError("cannot list the folder " + p + ": " + e.getMessage());
                }
            } else if (Files.isRegularFile(p)) {
                out.add(p);
            } else {
                throw new UserError(p + " is not a file (a device, a pipe or a socket): only files are read");
            }
        }
        return out;
    }

    /** A regular file, or a link to one that lies inside {@code root}: never a link out to /etc/passwd. */
    private static boolean isFileWithin(Path f, Path root) {
        if (Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return true;
        if (!Files.isSymbolicLink(f) || !Files.isRegularFile(f)) return false;
        Path target = realPath(f);
        return target != null && root != null && target.startsWith(root);
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }

    /** The file's bytes, or null when it holds more than {@code max}: read no further than that, whatever its size says. */
    static byte[] bytes(Path p, long max) throws IOException {
        if (Files.size(p) > max) return null;
        try (java.io.InputStream in = Files.newInputStream(p)) {
            byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            return b.length > max ? null : b;
        }
    }
}
