package org.communique.app;

import org.communique.model.Reading;
import org.communique.reader.Reader;
import org.communique.reader.UnreadableException;
import org.communique.store.Database;
import org.communique.store.RoundStore;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Files into the store with one line of outcome per file, in the order given. Files go in batches: read on
 * every core, then stored in one transaction per batch (a batch is all stored, or none of it).
 */
final class Ingestion {
    /** Files per batch, and the input bytes a batch holds at most before it is stored. */
    static final int BATCH_FILES = 200;
    static final long BATCH_BYTES = 32L << 20;

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

    /** One file's reading, or why it was refused. */
    private record Outcome(Path file, Reading reading, String refusal) {}

    Tally ingest(List<Path> files, PrintStream out) {
        int[] tally = new int[3];
        List<Path> batch = new ArrayList<>();
        long bytes = 0;
        for (Path p : files) {
            long size = size(p);
            if (!batch.isEmpty() && (batch.size() >= BATCH_FILES || bytes + size > BATCH_BYTES)) {
                store(batch, out, tally);
                batch.clear();
                bytes = 0;
            }
            batch.add(p);
            bytes += size;
        }
        if (!batch.isEmpty()) store(batch, out, tally);
        return new Tally(tally[0], tally[1], tally[2]);
    }

    private void store(List<Path> batch, PrintStream out, int[] tally) {
        List<Outcome> read = IntStream.range(0, batch.size()).parallel().mapToObj(i -> read(batch.get(i))).toList();
        List<Reading> readings = read.stream().filter(o -> o.reading() != null).map(Outcome::reading).toList();
        List<RoundStore.Ingested> stored = store.ingestAll(readings);
        int next = 0;
        for (Outcome o : read) {
            Path p = o.file();
            if (o.refusal() != null) {
                tally[2]++;
                out.println(p + ": refused: " + o.refusal());
                continue;
            }
            RoundStore.Ingested result = stored.get(next++);
            if (result.outcome() == RoundStore.Outcome.NEW_ROUND) {
                tally[0]++;
                out.println(p + ": new round " + result.roundId() + " (" + ReadCommand.summary(p, o.reading().record())
                        .substring(p.getFileName().toString().length() + 2) + ")");
            } else {
                tally[1]++;
                out.println(p + ": already known (round " + result.roundId() + ")");
            }
        }
    }

    private Outcome read(Path p) {
        try {
            byte[] bytes = Inputs.bytes(p, Reader.DEFAULT_MAX_BYTES);
            if (bytes == null) return new Outcome(p, null, p + " is larger than the 20 MB limit for one statement");
            var reading = reader.read(bytes, p.getFileName().toString());
            if (!reading.record().namesARound()) return new Outcome(p, null, p + ": " + org.communique.model.RoundRecord.NO_ROUND);
            return new Outcome(p, reading, null);
        } catch (UnreadableException e) {
            return new Outcome(p, null, e.getMessage());
        } catch (IOException e) {
            return new Outcome(p, null, "cannot read the file (" + e.getMessage() + ")");
        }
    }

    private static long size(Path p) {
        try {
            return Math.min(Files.size(p), Reader.DEFAULT_MAX_BYTES);
        } catch (IOException e) {
            return 0; // reading it will say why
        }
    }
}
