package org.communique.app;

import org.communique.model.Records;
import org.communique.reader.Reader;
import org.communique.store.Database;
import org.communique.store.RoundStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: the store never shows what tracking has not caught up with. Rounds stored and left untracked (by another
 * program, or by a run killed before its tracking ended) are tracked by the next command that reads the store, before
 * it answers: listing a series' rounds finds them in their series, and a plan numbers the next round from them.
 */
class CatchUpTest {
    static final String[] SERIES_A = {"series-a-1-2021.txt", "series-a-2-2022.txt", "series-a-3-2023.html"};

    @TempDir
    Path data;

    String run(String... args) {
        return new Cli().ok(args);
    }

    long untracked() {
        try (Database db = Database.embedded(data)) {
            return db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM rounds WHERE NOT tracked").mapTo(Long.class).one());
        }
    }

    @Test
    void theNextCommandTracksWhatIsStoredBeforeItAnswers() throws Exception {
        try (Database db = Database.embedded(data)) {
            Reader reader = new Reader();
            for (String f : SERIES_A) {
                Path p = CommandLineTest.root().resolve("statements").resolve(f);
                new RoundStore(db).ingest(reader.read(Files.readAllBytes(p), f));
            }
        }
        assertThat(untracked()).isEqualTo(3);

        String rounds = run("rounds", "--series", "tm-us-espd", "--json", "--data", data.toString());
        assertThat(rounds.lines()).hasSize(3).allSatisfy(l -> assertThat(Records.parseObject(l)).containsEntry("series", "tm-us-espd"));
        assertThat(untracked()).isZero();
        assertThat(run("plan", "tm-us-espd", "--by", "ana", "--data", data.toString())).contains("#4 ESPD  TM-US");
    }
}
