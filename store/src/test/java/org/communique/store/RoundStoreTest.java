package org.communique.store;

import org.communique.model.Commitment;
import org.communique.model.Dialogue;
import org.communique.model.Document;
import org.communique.model.Evidence;
import org.communique.model.NextRound;
import org.communique.model.Participant;
import org.communique.model.Reading;
import org.communique.model.Reference;
import org.communique.model.Round;
import org.communique.model.RoundRecord;
import org.communique.model.Source;
import org.communique.model.TopicFound;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Against a real embedded PostgreSQL 17, as the app runs it. */
class RoundStoreTest {
    @TempDir
    static Path data;
    static Database db;
    static RoundStore store;

    @BeforeAll
    static void open() {
        db = Database.embedded(data);
        store = new RoundStore(db);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    static Reading reading(String sha, String commitmentText) {
        String text = "The two sides met in Astana and intend to meet in Washington in 2024.";
        Evidence e = Evidence.of(text, 0, text.length());
        RoundRecord r = new RoundRecord(new Source(sha, "text/plain", "MFA", null, null, 0, text.length()),
                new Dialogue("Strategic Dialogue", null, List.of("KZ", "US")), new Round(5, "2023-11-06", "Astana", "KZ"),
                List.of(new Participant("Kairat Umarov", "First Deputy Minister", "KZ", Participant.Role.HEAD, List.of(e))),
                List.of(new TopicFound("security.counterterrorism", "Counterterrorism", "political-security", List.of(e))),
                List.of(), List.of(new Commitment(List.of("KZ", "US"), commitmentText, "intend to", "firm", "2024", "Washington", e)),
                new NextRound("Washington", "2024"), List.of(new Reference("C5+1", "mechanism", List.of(e))), List.of());
        return new Reading(new Document(sha, "text/plain", "s.txt", null, text), r);
    }

    @Test
    void theSameBytesTwiceMakeOneRound() {
        long before = store.count("rounds");
        RoundStore.Ingested first = store.ingest(reading("aa01", "meet in Washington in 2024"));
        RoundStore.Ingested second = store.ingest(reading("aa01", "meet in Washington in 2024"));
        assertThat(first.outcome()).isEqualTo(RoundStore.Outcome.NEW_ROUND);
        assertThat(second.outcome()).isEqualTo(RoundStore.Outcome.ALREADY_KNOWN);
        assertThat(second.roundId()).isEqualTo(first.roundId());
        assertThat(store.count("rounds")).isEqualTo(before + 1);
        assertThat(store.record(first.roundId())).contains(reading("aa01", "meet in Washington in 2024").record());
        assertThat(store.rounds()).anySatisfy(r -> assertThat(r.dialogueKey()).isEqualTo("kz-us-sd"));
    }

    @Test
    void aDocumentThatFailsHalfwayLeavesNothingBehind() {
        long documents = store.count("documents");
        long people = store.count("people");
        // a null commitment text breaks a NOT NULL constraint after the document, round and people rows went in
        assertThatThrownBy(() -> store.ingest(reading("bb02", null))).isInstanceOf(RuntimeException.class);
        assertThat(store.count("documents")).isEqualTo(documents);
        assertThat(store.count("people")).isEqualTo(people);
    }

    @Test
    void everyFactIsStoredWithItsEvidence() {
        long id = store.ingest(reading("cc03", "meet again")).roundId();
        long evidence = db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM evidence WHERE round_id = :r")
                .bind("r", id).mapTo(Long.class).one());
        assertThat(evidence).isEqualTo(4); // participant, topic, commitment, reference
        long found = db.jdbi().withHandle(h -> h.createQuery(
                "SELECT count(*) FROM commitments WHERE search @@ plainto_tsquery('english', 'meeting')").mapTo(Long.class).one());
        assertThat(found).isGreaterThanOrEqualTo(1);
    }

    @Test
    void theDataSurvivesARestart(@TempDir Path other) {
        try (Database first = Database.embedded(other)) {
            new RoundStore(first).ingest(reading("dd04", "meet in Washington in 2024"));
        }
        try (Database again = Database.embedded(other)) {
            assertThat(new RoundStore(again).count("rounds")).isEqualTo(1);
        }
    }

    @Test
    void aDataFolderThatCannotBeMadeIsOneSentence(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("plain-file"), "x");
        assertThatThrownBy(() -> Database.embedded(file.resolve("sub")))
                .isInstanceOf(StoreException.class).hasMessageContaining("cannot be created");
    }

    @Test
    void anUnreachableServerIsOneSentence() {
        assertThatThrownBy(() -> Database.connect("jdbc:postgresql://127.0.0.1:1/none", "u", "p"))
                .isInstanceOf(StoreException.class).hasMessageStartingWith("cannot connect to PostgreSQL at jdbc:postgresql://127.0.0.1:1/none");
        assertThatThrownBy(() -> Database.connect("mysql://x", null, null)).hasMessageContaining("must start with jdbc:postgresql:");
    }
}
