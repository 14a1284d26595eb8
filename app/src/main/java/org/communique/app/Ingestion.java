package org.communique.app;

import org.communique.model.Reading;
import org.communique.reader.Reader;
import org.communique.reader.UnreadableException;
import org.communique.store.Database;
import org.communique.store.RoundStore;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** Files into the store, one transaction each, with one line of outcome per file. */
final class Ingestion {
    private final RoundStore store;
    private final Reader reader;

    Ingestion(Database db, Reader reader) {
        this.store = new RoundStore(db);
        this.reader = reader;
    }

    record Tally(int added, int known, int refused) {
        @Override
        public String toString() {
            return added + " new, " + known + " already known, " + refused + " refused";
        }
    }

    Tally ingest(List<Path> files, PrintStream out) {
        int added = 0;
        int known = 0;
        int refused = 0;
        for (Path p : files) {
            try {
                byte[] bytes = Inputs.bytes(p, Reader.DEFAULT_MAX_BYTES);
                if (bytes == null) throw new UnreadableException(p + " is larger than the 20 MB limit for one statement");
                Reading reading = reader.read(bytes, p.getFileName().toString());
                RoundStore.Ingested result = store.ingest(reading);
                if (result.outcome() == RoundStore.Outcome.NEW_ROUND) {
                    added++;
                    out.println(p + ": new round " + result.roundId() + " (" + ReadCommand.summary(p, reading.record())
                            .substring(p.getFileName().toString().length() + 2) + ")");
                } else {
                    known++;
                    out.println(p + ": already known (round " + result.roundId() + ")");
                }
            } catch (UnreadableException e) {
                refused++;
                out.println(p + ": refused: " + e.getMessage());
            } catch (IOException e) {
                refused++;
                out.println(p + ": refused: cannot read the file (" + e.getMessage() + ")");
            }
        }
        return new Tally(added, known, refused);
    }
}
