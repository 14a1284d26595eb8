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
import org.communique.model.TextSpan;
import org.communique.model.TopicFound;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Against a real embedded PostgreSQL 17, as the app runs it. */
class RoundStoreTest extends OnEmbeddedStore {
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

    /** A statement of two paragraphs read with its sentences, the first paragraph two sentences long. */
    static Reading withSentences(String sha) {
        String text = "Astana, 6 November\n\nThe two sides met in Astana. They intend to meet in Washington in 2024.\n\n"
                + "The U.S. side thanked its hosts.\n";
        int body = text.indexOf("The two");
        List<TextSpan> sentences = List.of(new TextSpan(body, text.indexOf(" They")),
                new TextSpan(text.indexOf("They"), text.indexOf("\n\nThe U.S.")), new TextSpan(text.indexOf("The U.S."), text.length() - 1));
        Reading r = reading(sha, "meet in Washington in 2024");
        RoundRecord record = RoundStore.withSentences(r.record(), sentences);
        Source s = record.source();
        record = new RoundRecord(new Source(s.sha256(), s.mediaType(), s.publisher(), s.title(), s.published(), body,
                text.length(), s.sentences()), record.dialogue(), record.round(), List.of(), List.of(), List.of(), List.of(),
                record.nextRound(), List.of(), List.of());
        return new Reading(new Document(sha, "text/plain", "s.txt", null, text), record);
    }

    @Test
    void aRecordsSentencesAreStoredWithItsDocumentAndComeBackWithIt() {
        Reading reading = withSentences("se01");
        long id = store.ingest(reading).roundId();
        assertThat(store.record(id)).contains(reading.record());
        String text = reading.document().text();
        String column = db.jdbi().withHandle(h -> h.createQuery("SELECT sentences::text FROM documents WHERE sha256 = 'se01'")
                .mapTo(String.class).one());
        assertThat(column).isEqualTo("{\"[20,48)\",\"[49,91)\",\"[93,125)\"}");
        // kept once: the record's JSON in rounds leaves them to the document
        String inRecord = db.jdbi().withHandle(h -> h.createQuery("SELECT record->'source'->>'sentences' FROM rounds WHERE id = :id")
                .bind("id", id).mapTo(String.class).one());
        assertThat(inRecord).isEqualTo("[]");
        StatementText stored = new CommitmentStore(db).statements(List.of(id)).get(0);
        assertThat(stored.sentences()).isEqualTo(reading.record().source().sentences());
        assertThat(stored.sentenceTexts()).containsExactly("Astana, 6 November", "The two sides met in Astana.",
                "They intend to meet in Washington in 2024.", "The U.S. side thanked its hosts.");
        assertThat(text.substring(stored.sentences().get(0).start(), stored.sentences().get(0).end()))
                .isEqualTo("The two sides met in Astana.");
    }

    @Test
    void aDocumentStoredBeforeSentencesWereKeptIsCutAtItsBlankLines() {
        Reading reading = withSentences("se02");
        long id = store.ingest(reading).roundId();
        // as V10 leaves a document stored before it
        db.jdbi().useHandle(h -> h.execute("UPDATE documents SET sentences = NULL WHERE sha256 = 'se02'"));
        assertThat(store.record(id).orElseThrow().source().sentences()).isEmpty();
        assertThat(store.record(id).orElseThrow()).isEqualTo(RoundStore.withSentences(reading.record(), List.of()));
        StatementText stored = new CommitmentStore(db).statements(List.of(id)).get(0);
        assertThat(stored.sentences()).isEmpty();
        assertThat(stored.sentenceTexts()).containsExactly("Astana, 6 November",
                "The two sides met in Astana. They intend to meet in Washington in 2024.", "The U.S. side thanked its hosts.");
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
    void evidenceNamesItsRoundsOwnDocumentAndGoesWithEither() {
        long one = store.ingest(reading("ee05", "meet again")).roundId();
        long two = store.ingest(reading("ee06", "meet again")).roundId();
        // V13: one key on (round, document) instead of one on each; a document that is not the round's is refused
        assertThatThrownBy(() -> db.jdbi().useHandle(h -> h.createUpdate("""
                        INSERT INTO evidence (document_id, round_id, fact, fact_id, start_offset, end_offset, quote)
                        SELECT (SELECT document_id FROM rounds WHERE id = :two), :one, 'participant', a.person_id, 0, 1, 'T'
                          FROM attendance a WHERE a.round_id = :one""").bind("one", one).bind("two", two).execute()))
                .hasMessageContaining("evidence_round_document_fkey");
        db.jdbi().useHandle(h -> h.execute("DELETE FROM rounds WHERE id = ?", one));
        assertThat(evidenceOf(one)).isZero();
        assertThat(evidenceOf(two)).isEqualTo(4);
        db.jdbi().useHandle(h -> h.execute("DELETE FROM documents WHERE sha256 = 'ee06'"));
        assertThat(evidenceOf(two)).isZero();
    }

    static long evidenceOf(long round) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM evidence WHERE round_id = :r").bind("r", round)
                .mapTo(Long.class).one());
    }

    /** A reading whose strings carry what COPY's text format must escape, and shared people with other readings. */
    static Reading awkward(String sha, int i) {
        String text = "Line one\twith a tab\nand a line break, a back\\slash, \"quotes\", {braces} and NULL " + i + ".";
        Evidence e = Evidence.of(text, 0, text.length());
        RoundRecord r = new RoundRecord(new Source(sha, "text/html", "MFA\tPress", "Title\r\n" + i, null, 0, text.length()),
                new Dialogue("Dialogue " + (i % 2), "D" + (i % 2), List.of("KZ", "US")), new Round(i, "2023-11-0" + (i % 9 + 1), null, null),
                List.of(new Participant("Kairat Umarov", "Minister, \"acting\"", "KZ", Participant.Role.HEAD, List.of(e)),
                        new Participant("Person " + i, null, null, Participant.Role.MEMBER, List.of()),
                        new Participant("KAIRAT UMAROV", "again", "KZ", Participant.Role.MEMBER, List.of(e))),
                List.of(new TopicFound("energy.oil", "Oil", "economic", List.of(e, e)),
                        new TopicFound("energy.oil", "Oil", "economic", List.of(e))),
                List.of(), List.of(new Commitment(List.of("KZ", "a,b", "{x}", "NULL", "q\"\\"), "meet\tagain\n" + i, null, null,
                        null, null, e)), null, List.of(new Reference("C5+1", null, List.of(e))), List.of());
        return new Reading(new Document(sha, "text/html", "s" + i + ".html", "https://example.org/" + i, text), r);
    }

    /** Every table's rows, ids included (but evidence's own), in one string: two stores filled the same way print the same. */
    static String dump(Database d) {
        StringBuilder sb = new StringBuilder();
        for (String t : List.of("documents", "rounds", "people", "attendance", "posts",
                "topics", "round_topics", "acts", "commitments", "round_references", "evidence")) {
            sb.append(t).append('\n');
            d.jdbi().useHandle(h -> h.createQuery("SELECT * FROM " + t + (t.equals("evidence") ? " ORDER BY 2, 3, 4, 5, 6, 7" : " ORDER BY 1, 2")).mapToMap().forEach(row -> {
                row.remove("received_at");
                row.remove("created_at");
                if (t.equals("evidence")) row.remove("id"); // a batch writes evidence table by table, not round by round
                sb.append(row).append('\n');
            }));
        }
        return sb.toString();
    }

    @Test
    void aBatchStoresWhatOneAtATimeStores(@TempDir Path batchData, @TempDir Path singleData) {
        List<Reading> readings = List.of(awkward("e1", 1), awkward("e2", 2), awkward("e1", 1), awkward("e3", 3));
        try (Database batch = Database.embedded(batchData); Database single = Database.embedded(singleData)) {
            List<RoundStore.Ingested> together = new RoundStore(batch).ingestAll(readings);
            List<RoundStore.Ingested> apart = readings.stream().map(new RoundStore(single)::ingest).toList();
            assertThat(together).isEqualTo(apart);
            assertThat(together).extracting(RoundStore.Ingested::outcome).containsExactly(RoundStore.Outcome.NEW_ROUND,
                    RoundStore.Outcome.NEW_ROUND, RoundStore.Outcome.ALREADY_KNOWN, RoundStore.Outcome.NEW_ROUND);
            assertThat(together.get(2).roundId()).isEqualTo(together.get(0).roundId());
            assertThat(dump(batch)).isEqualTo(dump(single));

            RoundStore store = new RoundStore(batch);
            // the strings come back exactly, escapes and all
            assertThat(store.record(together.get(1).roundId())).contains(readings.get(1).record());
            assertThat(new RecordIndex(batch).document(together.get(1).roundId()).orElseThrow().text())
                    .isEqualTo(readings.get(1).document().text());
            List<String> actors = batch.jdbi().withHandle(h -> h.createQuery(
                    "SELECT array_to_string(actors, '|') FROM commitments ORDER BY id LIMIT 1").mapTo(String.class).one()).lines().toList();
            assertThat(actors).containsExactly("KZ|a,b|{x}|NULL|q\"\\");
            // one person for the two spellings, counted once in the round; the topic given twice stored once
            assertThat(store.count("people")).isEqualTo(4);
            assertThat(store.count("attendance")).isEqualTo(6);
            assertThat(store.count("round_topics")).isEqualTo(3);
            long evidence = batch.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM evidence WHERE round_id = :r")
                    .bind("r", together.get(0).roundId()).mapTo(Long.class).one());
            assertThat(evidence).isEqualTo(5); // participant 1, topic 2, commitment 1, reference 1
        }
    }

    @Test
    void aBatchThatFailsStoresNoneOfIt() {
        long documents = store.count("documents");
        long people = store.count("people");
        long evidence = store.count("evidence");
        assertThatThrownBy(() -> store.ingestAll(List.of(reading("ff01", "fine"), reading("ff02", null))))
                .isInstanceOf(RuntimeException.class);
        assertThat(store.count("documents")).isEqualTo(documents);
        assertThat(store.count("people")).isEqualTo(people);
        assertThat(store.count("evidence")).isEqualTo(evidence);
        assertThat(store.ingestAll(List.of())).isEmpty();
    }

    @Test
    void aPersonsRoundsComeAPageAtATime(@TempDir Path other) {
        try (Database d = Database.embedded(other)) {
            RoundStore s = new RoundStore(d);
            for (int i = 0; i < 5; i++) s.ingest(awkward("p" + i, i + 1));
            RecordIndex index = new RecordIndex(d);
            long id = index.personIdIn(s.rounds().get(0).id(), "Kairat Umarov").orElseThrow();
            RecordIndex.PersonPage first = index.personPage(id, 1, 2).orElseThrow();
            assertThat(first.total()).isEqualTo(5);
            assertThat(first.pages()).isEqualTo(3);
            assertThat(first.person().rounds()).hasSize(2);
            RecordIndex.PersonPage last = index.personPage(id, 3, 2).orElseThrow();
            assertThat(last.person().rounds()).hasSize(1);
            assertThat(index.personPage(id, 9, 2).orElseThrow().page()).isEqualTo(3); // past the last: the last
            // the pages together are the whole list, in order
            List<Long> paged = new java.util.ArrayList<>();
            for (int p = 1; p <= 3; p++) index.personPage(id, p, 2).orElseThrow().person().rounds().forEach(a -> paged.add(a.roundId()));
            assertThat(paged).isEqualTo(index.person(id).orElseThrow().rounds().stream().map(RecordIndex.Attendance::roundId).toList());
            assertThat(index.personPage(424242, 1, 2)).isEmpty();
        }
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
