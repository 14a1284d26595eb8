package org.communique.store;

import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A store made by the release before V8 (a data folder at V7, with rows of every kind V8 changes) migrates forward:
 * nothing a person decided is lost, and what V8 forbids is gone.
 */
class MigrationForwardTest {
    @TempDir
    static Path data;
    static Database server;
    static String url;

    @BeforeAll
    static void atVersion7() throws Exception {
        server = Database.embedded(data);
        try (Connection c = server.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE at_v7");
            url = c.getMetaData().getURL().replaceFirst("/[^/?]*(\\?.*)?$", "/at_v7") + "?user=postgres&sslmode=disable";
        }
        flyway("7").migrate();
        Jdbi.create(url).useHandle(MigrationForwardTest::rowsOfVersion7);
        flyway(null).migrate();
    }

    @AfterAll
    static void close() {
        server.close();
    }

    static Flyway flyway(String target) {
        var config = Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration");
        return (target == null ? config : config.target(target)).load();
    }

    /** Two rounds of one dialogue, placed in a series whose old key a plan and a share still name, and the rest. */
    static void rowsOfVersion7(Handle h) {
        h.execute("""
                INSERT INTO documents (id, sha256, media_type, text, body_start, body_end)
                VALUES (1, 'sha-1', 'text/plain', 'The sides met.', 0, 14), (2, 'sha-2', 'text/plain', 'They met again.', 0, 15)""");
        h.execute("INSERT INTO parties (code) VALUES ('KZ'), ('US')");
        h.execute("INSERT INTO dialogues (id, key, name, acronym) VALUES (1, 'kz-us-espd', 'Enhanced Dialogue', 'ESPD')");
        h.execute("INSERT INTO dialogue_parties (dialogue_id, party) VALUES (1, 'US'), (1, 'KZ')");
        h.execute("""
                INSERT INTO rounds (id, dialogue_id, document_id, name, date, record)
                VALUES (1, 1, 1, 'Enhanced Dialogue', '2023-11-06', '{}'), (2, 1, 2, NULL, '2024-10-01', '{}')""");
        h.execute("INSERT INTO people (id, name, key) VALUES (1, 'Kairat Umarov', 'kairat umarov')");
        h.execute("INSERT INTO attendance (round_id, person_id, party, role, position) VALUES (1, 1, 'KZ', 'head', 0)");
        h.execute("""
                INSERT INTO commitments (id, round_id, position, actors, text) VALUES
                    (1, 1, 0, '{KZ,US}', 'meet again'), (2, 1, 1, '{US}', 'open a consulate'), (3, 2, 0, '{KZ}', 'hold talks'),
                    (4, 2, 1, '{US}', 'write a report')""");
        h.execute("""
                INSERT INTO evidence (document_id, round_id, fact, fact_id, start_offset, end_offset, quote) VALUES
                    (1, 1, 'commitment', 1, 0, 4, 'The '), (1, 1, 'participant', 1, 0, 4, 'The '),
                    (1, 1, 'act', 999, 0, 4, 'The '), (1, 1, 'participant', 42, 0, 4, 'The '),
                    (2, 2, 'commitment', 4, 0, 4, 'They')""");
        h.execute("INSERT INTO series (id, key, name, acronym, parties) VALUES (7, 'kz-us-espd', 'Enhanced Dialogue', 'ESPD', '{KZ,US}')");
        h.execute("INSERT INTO series_aliases (key, series_id) VALUES ('kz-us-spd', 7)");
        h.execute("INSERT INTO round_series (round_id, series_id, ordinal) VALUES (1, 7, 5), (2, 7, 6)");
        h.execute("""
                INSERT INTO plans (id, series_key, name, parties, created_by) VALUES
                    (1, 'kz-us-spd', 'Enhanced Dialogue', '{KZ,US}', 'adm'), (2, 'gone-key', 'Gone Dialogue', '{FR,US}', 'adm')""");
        h.execute("INSERT INTO series_shares (series_key, viewer, shared_by) VALUES ('kz-us-spd', 'viewer', 'adm'), ('nowhere', 'v', 'adm')");
        h.execute("INSERT INTO users (id, name, password_hash, role, party) VALUES (1, 'us-editor', 'x', 'editor', 'US')");
        // commitment 1: the tracker says overdue, a person corrected it on the web to fulfilled (the view showed that)
        h.execute("INSERT INTO commitment_status (commitment_id, status, decided_by) VALUES (1, 'overdue', 'tracker')");
        h.execute("""
                INSERT INTO corrections (document_sha256, round_id, fact, fact_key, field, original, value, user_id, note)
                VALUES ('sha-1', 1, 'commitment', '0', 'status', 'overdue', 'fulfilled', 1, 'signed in May')""");
        // commitment 2: a person's later decision wins over an earlier correction
        h.execute("""
                INSERT INTO corrections (document_sha256, round_id, fact, fact_key, field, original, value, user_id, made_at)
                VALUES ('sha-1', 1, 'commitment', '1', 'status', 'open', 'withdrawn', 1, now() - interval '1 day')""");
        h.execute("INSERT INTO commitment_status (commitment_id, status, decided_by) VALUES (2, 'superseded', 'Dana')");
        // two links of one rule with no round (the old key let them repeat), one confirmed; and a rule no code has
        h.execute("""
                INSERT INTO follow_through (id, commitment_id, rule, round_id, confidence, explanation, state, decided_by) VALUES
                    (1, 3, 'topic', NULL, 0.5, 'a', 'proposed', NULL), (2, 3, 'topic', NULL, 0.5, 'b', 'confirmed', 'Dana'),
                    (3, 3, 'topic', NULL, 0.5, 'c', 'proposed', NULL), (4, 3, 'person', 2, 0.5, 'd', 'proposed', NULL)""");
    }

    static <T> T query(String sql, Class<T> type) {
        return Jdbi.create(url).withHandle(h -> h.createQuery(sql).mapTo(type).one());
    }

    static List<Map<String, Object>> rows(String sql) {
        return Jdbi.create(url).withHandle(h -> h.createQuery(sql).mapToMap().list());
    }

    @Test
    void theDialoguesRowsBecomeTheRoundsOwnKeyAndParties() {
        assertThat(rows("SELECT id, dialogue_key, array_to_string(parties, ',') AS parties FROM rounds ORDER BY id")).containsExactly(
                Map.of("id", 1L, "dialogue_key", "kz-us-espd", "parties", "KZ,US"),
                Map.of("id", 2L, "dialogue_key", "kz-us-espd", "parties", "KZ,US"));
        assertThat(query("SELECT count(*) FROM pg_tables WHERE tablename IN ('dialogues', 'dialogue_parties', 'parties')", Long.class))
                .isZero();
    }

    @Test
    void plansAndSharesReferToTheirSeriesByForeignKey() {
        assertThat(rows("SELECT p.id, s.key FROM plans p JOIN series s ON s.id = p.series_id ORDER BY p.id")).containsExactly(
                Map.of("id", 1L, "key", "kz-us-espd"), Map.of("id", 2L, "key", "gone-key"));
        assertThat(rows("SELECT s.key, sh.viewer FROM series_shares sh JOIN series s ON s.id = sh.series_id"))
                .containsExactly(Map.of("key", "kz-us-espd", "viewer", "viewer"));
        assertThatThrownBy(() -> Jdbi.create(url).useHandle(h -> h.execute("DELETE FROM series WHERE key = 'gone-key'")))
                .hasMessageContaining("foreign key");
    }

    @Test
    void aCommitmentsStatusIsWhatPeopleSawAndItIsKeptInOnePlace() {
        assertThat(rows("SELECT commitment_id, status, decided_by, reason FROM commitment_status ORDER BY commitment_id"))
                .containsExactly(row(1L, "fulfilled", "us-editor", "signed in May"), row(2L, "superseded", "Dana", null));
        assertThat(query("SELECT count(*) FROM information_schema.columns WHERE table_name = 'commitments'"
                + " AND column_name = 'status'", Long.class)).isZero();
        assertThat(query("SELECT status FROM commitment_status_now WHERE commitment_id = 3", String.class)).isEqualTo("open");
    }

    static Map<String, Object> row(long id, String status, String by, String reason) {
        Map<String, Object> m = new java.util.HashMap<>();
        m.put("commitment_id", id);
        m.put("status", status);
        m.put("decided_by", by);
        m.put("reason", reason);
        return m;
    }

    @Test
    void oneLinkPerRuleAndRoundEvenWithoutARoundAndOnlyTheRulesTheTrackerHas() {
        assertThat(rows("SELECT id, state FROM follow_through ORDER BY id")).containsExactly(Map.of("id", 2L, "state", "confirmed"));
        assertThatThrownBy(() -> Jdbi.create(url).useHandle(h -> h.execute("""
                INSERT INTO follow_through (commitment_id, rule, round_id, confidence, explanation)
                VALUES (3, 'topic', NULL, 0.5, 'again')"""))).hasMessageContaining("follow_through_one_per_rule_and_round");
    }

    @Test
    void evidenceWhoseFactIsGoneIsGoneAndNewEvidenceMustHaveItsFact() {
        assertThat(rows("SELECT fact, fact_id FROM evidence WHERE round_id = 1 ORDER BY fact")).containsExactly(
                Map.of("fact", "commitment", "fact_id", 1L), Map.of("fact", "participant", "fact_id", 1L));
        assertThatThrownBy(() -> Jdbi.create(url).useHandle(h -> h.execute("""
                INSERT INTO evidence (document_id, round_id, fact, fact_id, start_offset, end_offset, quote)
                VALUES (1, 1, 'commitment', 999, 0, 4, 'The ')"""))).hasMessageContaining("foreign key");
        // a commitment deleted takes its evidence with it
        Jdbi.create(url).useHandle(h -> h.execute("DELETE FROM commitments WHERE id = 4"));
        assertThat(query("SELECT count(*) FROM evidence WHERE round_id = 2", Long.class)).isZero();
    }

    @Test
    void aDocumentStoredBeforeV10HasNoSentences() {
        assertThat(query("SELECT count(*) FROM documents WHERE sentences IS NULL", Long.class)).isEqualTo(2);
        assertThat(query("SELECT data_type FROM information_schema.columns WHERE table_name = 'documents'"
                + " AND column_name = 'sentences'", String.class)).isEqualTo("ARRAY");
    }
}
