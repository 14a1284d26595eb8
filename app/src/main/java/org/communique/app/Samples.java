package org.communique.app;

import org.communique.reader.Reader;
import org.communique.reader.UnreadableException;
import org.communique.store.Database;
import org.communique.store.RoundStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The project's own sample statements, shipped in the jar (the repository's statements/ folder). */
final class Samples {
    private static final String FOLDER = "/samples/";

    private Samples() {}

    record Tally(int added, int known) {
        @Override
        public String toString() {
            return added + " new, " + known + " already known";
        }
    }

    static List<String> names() {
        List<String> names = new ArrayList<>();
        String index = text(FOLDER + "INDEX.tsv");
        for (String line : index.split("\n")) {
            String name = line.split("\t")[0].strip();
            if (name.isEmpty() || name.startsWith("#") || name.equals("name")) continue;
            names.add(name);
        }
        return names;
    }

    static Tally ingest(Database db, Reader reader) {
        RoundStore store = new RoundStore(db);
        int added = 0;
        int known = 0;
        for (String name : names()) {
            try {
                var result = store.ingest(reader.read(bytes(FOLDER + name), name));
                if (result.outcome() == RoundStore.Outcome.NEW_ROUND) added++;
                else known++;
            } catch (UnreadableException e) {
                throw new IllegalStateException("sample " + name + " is unreadable: " + e.getMessage());
            }
        }
        return new Tally(added, known);
    }

    private static String text(String resource) {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = Samples.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("the jar lacks " + resource);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
