package org.communique.store;

import org.communique.model.Reading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A status corrected on the web is its person's decision in commitment_status, and comes back when the statement is read again. */
class StatusCorrectionTest {
    @Test
    void aCorrectedStatusIsAPersonsDecisionAndOutlivesRereading(@TempDir Path data) {
        try (Database db = Database.embedded(data)) {
            RoundStore rounds = new RoundStore(db);
            Reading reading = RoundStoreTest.reading("sc01", "meet in Washington in 2024");
            long round = rounds.ingest(reading).roundId();
            long editor = new AccountStore(db).addUser("us-editor", "hash", "editor", "US");
            CorrectionStore corrections = new CorrectionStore(db);
            corrections.add(round, reading.record(), new CorrectionStore.Change("commitment", "0", "status", "fulfilled",
                    "signed in May"), editor);

            CommitmentStatus status = statusOf(db, corrections, round);
            assertThat(status.status()).isEqualTo("fulfilled");
            assertThat(status.decidedBy()).isEqualTo("us-editor");
            assertThat(status.reason()).isEqualTo("signed in May");

            // read anew into a fresh round (the old rows gone): the correction, kept by the statement's hash, holds
            db.jdbi().useHandle(h -> h.execute("DELETE FROM documents WHERE sha256 = 'sc01'"));
            long again = rounds.ingest(reading).roundId();
            assertThat(again).isNotEqualTo(round);
            assertThat(statusOf(db, corrections, again)).usingRecursiveComparison().ignoringFields("commitmentId").isEqualTo(status);
        }
    }

    static CommitmentStatus statusOf(Database db, CorrectionStore corrections, long round) {
        return new CommitmentStore(db).statuses().get(corrections.commitmentId(round, 0).orElseThrow());
    }
}
