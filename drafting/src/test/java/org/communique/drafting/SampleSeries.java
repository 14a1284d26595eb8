package org.communique.drafting;

import org.communique.reader.Reader;
import org.communique.reader.UnreadableException;
import org.communique.store.Database;
import org.communique.store.RoundStore;
import org.communique.tracker.Tracker;
import org.communique.testsupport.TestDatabases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The sample data's U.S.-Kazakhstan series (the six rounds of statements/, as the reader reads them), stored and
 * tracked once for the test classes that plan its next round, on a day two and a half years after its last round.
 */
final class SampleSeries {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    static final List<String> FILES = List.of("kz-us-spd-2015.txt", "kz-us-espd-2020.txt", "kz-us-espd-2021.txt",
            "kz-us-espd-2022.html", "kz-us-espd-2023.txt", "kz-us-espd-2024.txt");
    private static Database db;

    private SampleSeries() {}

    static synchronized Database db() {
        if (db == null) {
            Database fresh = TestDatabases.fresh();
            Path statements = DoneWhenTest.SEED.getParent();
            Reader reader = new Reader();
            try {
                for (String f : FILES) new RoundStore(fresh).ingest(reader.read(Files.readAllBytes(statements.resolve(f)), f));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (UnreadableException e) {
                throw new IllegalStateException(e);
            }
            new Tracker(fresh).run(TODAY);
            db = fresh;
        }
        return db;
    }

    /** Planning as it is done on {@link #TODAY}. */
    static Planning planning() {
        return new Planning(db(), Clock.fixed(Instant.parse(TODAY + "T09:00:00Z"), ZoneOffset.UTC));
    }
}
