package org.communique.bench;

import org.communique.model.Reading;
import org.communique.reader.Reader;
import org.communique.reader.UnreadableException;
import org.communique.store.Database;
import org.communique.store.RoundStore;

import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * A store filled with the rounds of generated statements, read by the reader and stored in batches: what the
 * server is measured against. Statements are numbered, so a store that holds the first K gets K to N-1 added.
 */
final class GeneratedStore {
    static final int CHUNK = 1_000;

    /** How the store was filled: rounds it holds, and seconds spent reading and storing what was added. */
    record Filled(long rounds, int added, double readSeconds, double storeSeconds) {}

    private GeneratedStore() {}

    static Filled fill(Database db, long seed, int statements) {
        RoundStore store = new RoundStore(db);
        int have = (int) store.count("documents");
        CorpusGenerator generator = new CorpusGenerator(seed);
        Reader reader = new Reader();
        long read = 0;
        long stored = 0;
        int added = 0;
        for (int from = have; from < statements; from += CHUNK) {
            long t0 = System.nanoTime();
            List<Reading> readings = IntStream.range(from, Math.min(statements, from + CHUNK)).parallel()
                    .mapToObj(i -> read(reader, generator.statement(i))).filter(Objects::nonNull).toList();
            long t1 = System.nanoTime();
            for (RoundStore.Ingested i : store.ingestAll(readings)) {
                if (i.outcome() == RoundStore.Outcome.NEW_ROUND) added++;
            }
            read += t1 - t0;
            stored += System.nanoTime() - t1;
        }
        return new Filled(store.count("rounds"), added, read / 1e9, stored / 1e9);
    }

    private static Reading read(Reader reader, CorpusGenerator.Statement s) {
        try {
            return reader.read(s.bytes(), s.fileName());
        } catch (UnreadableException e) {
            return null; // the generator writes statements; one the reader refuses is simply not a round
        }
    }
}
