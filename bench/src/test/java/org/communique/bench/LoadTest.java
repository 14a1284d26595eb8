package org.communique.bench;

import org.communique.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server under a bounded load from another process (LoadGenerator) on 127.0.0.1, over a store of generated
 * rounds read by the reader: round pages, person pages, the search API and the round API, with zero errors.
 * CI: 300 rounds, 20 requests a second for 5 seconds; with -Dcommunique.long=true: 100,000 rounds, 200 a second
 * for 60 seconds (the store is kept under -Dcommunique.load.data=DIR when given, so a rerun need not refill it).
 */
class LoadTest {
    static final boolean LONG = Boolean.getBoolean("communique.long");

    @TempDir
    Path tmp;

    @Test
    void theServerAnswersABoundedLoadWithoutErrors() throws Exception {
        int rounds = Integer.getInteger("communique.load.rounds", LONG ? 100_000 : 300);
        int rate = Integer.getInteger("communique.load.rate", LONG ? 200 : 20);
        int seconds = Integer.getInteger("communique.load.seconds", LONG ? 60 : 5);
        Path data = System.getProperty("communique.load.data") == null ? tmp : Path.of(System.getProperty("communique.load.data"));
        try (Database db = Database.embedded(data)) {
            GeneratedStore.Filled filled = GeneratedStore.fill(db, 1, rounds);
            assertThat(filled.rounds()).isGreaterThanOrEqualTo(rounds * 9L / 10);
            List<Long> roundIds = db.jdbi().withHandle(h -> h.createQuery("SELECT id FROM rounds").mapTo(Long.class).list());
            List<Long> people = db.jdbi().withHandle(h -> h.createQuery("SELECT id FROM people").mapTo(Long.class).list());
            Random random = new Random(8);
            List<String> paths = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                paths.add("/rounds/" + roundIds.get(random.nextInt(roundIds.size())));
                paths.add("/people/" + people.get(random.nextInt(people.size())));
                paths.add("/api/search?q=" + ServeCommand.WORDS[i % ServeCommand.WORDS.length] + (i % 2 == 0 ? "&party=US" : ""));
                paths.add("/api/rounds/" + roundIds.get(random.nextInt(roundIds.size())));
            }
            ServeCommand.Run run = ServeCommand.load(db, "rate", rate, seconds, rate * seconds, paths);
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                    "LoadTest: %d rounds (%d added: read %.1f s, stored %.1f s), %d req/s asked for %d s; server heap %.0f MiB"
                            + " before, peak %.0f MiB, RSS %d MiB%n", filled.rounds(), filled.added(), filled.readSeconds(),
                    filled.storeSeconds(), rate, seconds, run.heapBeforeBytes() / 1048576.0, run.heapPeakBytes() / 1048576.0,
                    run.rssKb() / 1024));
            for (LoadGenerator.Result r : run.results()) line.append("  ").append(r.json()).append('\n');
            System.out.print(line);
            Files.writeString(Path.of("target", "load-result.txt"), line);
            assertThat(run.results()).extracting(LoadGenerator.Result::kind)
                    .containsExactly("warm-up", "/rounds/", "/people/", "/api/search", "/api/rounds/", "all");
            assertThat(run.results().get(0).errors()).as(line.toString()).isZero();
            assertThat(run.all().requests()).isEqualTo(rate * seconds);
            assertThat(run.all().errors()).as(line.toString()).isZero();
        }
    }
}
