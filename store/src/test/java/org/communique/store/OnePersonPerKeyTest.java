package org.communique.store;

import org.communique.model.Dialogue;
import org.communique.model.Document;
import org.communique.model.Evidence;
import org.communique.model.Participant;
import org.communique.model.Reading;
import org.communique.model.Round;
import org.communique.model.RoundRecord;
import org.communique.model.Source;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A name key is one people row (V11), whoever stores it and however many store at once. */
class OnePersonPerKeyTest extends OnEmbeddedStore {
    /** A statement naming these people, its bytes unique to {@code sha}. */
    static Reading reading(String sha, List<String> names) {
        String text = "The two sides met in Astana. " + String.join(", ", names) + " attended.";
        Evidence e = Evidence.of(text, 0, 5);
        List<Participant> people = names.stream()
                .map(n -> new Participant(n, "Minister", "KZ", Participant.Role.MEMBER, List.of(e))).toList();
        RoundRecord r = new RoundRecord(new Source(sha, "text/plain", "MFA", null, null, 0, text.length()),
                new Dialogue("Strategic Dialogue", null, List.of("KZ", "US")), new Round(1, "2023-11-06", "Astana", "KZ"),
                people, List.of(), List.of(), List.of(), null, List.of(), List.of());
        return new Reading(new Document(sha, "text/plain", sha + ".txt", null, text), r);
    }

    static long people(String key) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM people WHERE key = :k").bind("k", key)
                .mapTo(Long.class).one());
    }

    @Test
    void twoWritersStoringTheSamePeopleAtOnceEndWithOneRowEach() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int attempt = 0; attempt < 10; attempt++) {
                // many shared names, in opposite orders, in batches of several statements: the writers overlap
                List<String> names = new ArrayList<>();
                for (int i = 0; i < 40; i++) names.add("Person" + (char) ('a' + attempt) + " Number" + (char) ('a' + i % 26) + i);
                List<String> reversed = new ArrayList<>(names);
                java.util.Collections.reverse(reversed);
                int a = attempt;
                List<Reading> first = IntStream.range(0, 5).mapToObj(i -> reading("w1-" + a + "-" + i, names)).toList();
                List<Reading> second = IntStream.range(0, 5).mapToObj(i -> reading("w2-" + a + "-" + i, reversed)).toList();
                CyclicBarrier together = new CyclicBarrier(2);
                Future<?> one = pool.submit(() -> {
                    together.await();
                    return store.ingestAll(first);
                });
                Future<?> two = pool.submit(() -> {
                    together.await();
                    return store.ingestAll(second);
                });
                one.get();
                two.get();
                for (String n : names) assertThat(people(PersonKey.of(n))).as(n).isEqualTo(1);
                // every statement's attendance points at that one row
                long attended = db.jdbi().withHandle(h -> h.createQuery("""
                                SELECT count(DISTINCT a.person_id) FROM attendance a JOIN rounds r ON r.id = a.round_id
                                  JOIN documents d ON d.id = r.document_id WHERE d.sha256 LIKE :p""")
                        .bind("p", "w_-" + a + "-%").mapTo(Long.class).one());
                assertThat(attended).isEqualTo(names.size());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theDatabaseRefusesASecondRowForAKey() {
        store.ingest(reading("refuse-1", List.of("Kairat Umarov")));
        assertThatThrownBy(() -> db.jdbi().useHandle(h -> h.execute(
                "INSERT INTO people (name, key) VALUES ('Kairat UMAROV', 'kairat umarov')"))).hasMessageContaining("people_key");
        assertThat(people("kairat umarov")).isEqualTo(1);
    }

    @Test
    void aStoreWithTwoRowsOfOneKeyMergesThemIntoTheOldest() throws Exception {
        String url;
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE at_v10");
            url = c.getMetaData().getURL().replaceFirst("/[^/?]*(\\?.*)?$", "/at_v10") + "?user=postgres&sslmode=disable";
        }
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("10").load().migrate();
        Jdbi v10 = Jdbi.create(url);
        v10.useHandle(h -> {
            h.execute("""
                    INSERT INTO documents (id, sha256, media_type, text, body_start, body_end)
                    VALUES (1, 'sha-1', 'text/plain', 'The sides met.', 0, 14), (2, 'sha-2', 'text/plain', 'They met again.', 0, 15)""");
            h.execute("""
                    INSERT INTO rounds (id, dialogue_key, parties, document_id, date, record)
                    VALUES (1, 'kz-us', '{KZ,US}', 1, '2023-11-06', '{}'), (2, 'kz-us', '{KZ,US}', 2, '2024-10-01', '{}')""");
            // 1 and 2 are one key (two writers at once); 3 another name, taken for 2 by a person
            h.execute("""
                    INSERT INTO people (id, name, key) VALUES (1, 'Kairat Umarov', 'kairat umarov'),
                        (2, 'Kairat Umarov', 'kairat umarov'), (3, 'K. Umarov', 'k umarov')""");
            // round 1 names both rows; round 2 only the newer
            h.execute("""
                    INSERT INTO attendance (round_id, person_id, party, role, position)
                    VALUES (1, 1, 'KZ', 'head', 0), (1, 2, 'KZ', 'head', 1), (2, 2, 'KZ', 'member', 0)""");
            h.execute("INSERT INTO posts (person_id, round_id, title) VALUES (1, 1, 'Minister'), (2, 2, 'First Deputy Minister')");
            h.execute("""
                    INSERT INTO evidence (document_id, round_id, fact, fact_id, start_offset, end_offset, quote)
                    VALUES (1, 1, 'participant', 1, 0, 4, 'The '), (1, 1, 'participant', 2, 4, 9, 'sides'),
                           (2, 2, 'participant', 2, 0, 4, 'They')""");
            h.execute("INSERT INTO person_aliases (person_id, same_as, reason, decided_by) VALUES (3, 2, 'initial', 'Dana')");
        });
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").load().migrate();

        v10.useHandle(h -> {
            assertThat(h.createQuery("SELECT id FROM people ORDER BY id").mapTo(Long.class).list()).containsExactly(1L, 3L);
            assertThat(h.createQuery("SELECT round_id, person_id, role FROM attendance ORDER BY round_id").mapToMap().list())
                    .containsExactly(Map.of("round_id", 1L, "person_id", 1L, "role", "head"),
                            Map.of("round_id", 2L, "person_id", 1L, "role", "member"));
            assertThat(h.createQuery("SELECT person_id FROM posts ORDER BY id").mapTo(Long.class).list()).containsExactly(1L, 1L);
            assertThat(h.createQuery("SELECT round_id, fact_id FROM evidence ORDER BY id").mapToMap().list()).containsExactly(
                    Map.of("round_id", 1L, "fact_id", 1L), Map.of("round_id", 1L, "fact_id", 1L),
                    Map.of("round_id", 2L, "fact_id", 1L));
            assertThat(h.createQuery("SELECT person_id, same_as, decided_by FROM person_aliases").mapToMap().list())
                    .containsExactly(Map.of("person_id", 3L, "same_as", 1L, "decided_by", "Dana"));
            assertThatThrownBy(() -> h.execute("INSERT INTO people (id, name, key) VALUES (10, 'x', 'kairat umarov')"))
                    .hasMessageContaining("people_key");
        });
    }
}
