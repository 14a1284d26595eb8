package org.communique.app;

import org.communique.reader.Reader;
import org.communique.store.Database;
import org.communique.store.RoundStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The sample data of `serve --sample`: all of it readable, stored once however often it is loaded. */
class SamplesTest {
    @Test
    void everySampleIsStoredOnceEvenWhenLoadedTwice(@TempDir Path data) {
        try (Database db = Database.embedded(data)) {
            int samples = Samples.names().size();
            assertThat(samples).isGreaterThanOrEqualTo(25);
            Samples.Tally first = Samples.ingest(db, new Reader());
            Samples.Tally second = Samples.ingest(db, new Reader());
            assertThat(first.added()).isEqualTo(samples);
            assertThat(second.added()).isZero();
            assertThat(second.known()).isEqualTo(samples);
            assertThat(new RoundStore(db).count("rounds")).isEqualTo(samples);
        }
    }
}
