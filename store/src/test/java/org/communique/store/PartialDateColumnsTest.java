package org.communique.store;

import org.communique.model.PartialDate;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The store's range columns (V9) read every date text as PartialDate does, and are filled as rows are stored. */
class PartialDateColumnsTest {
    @TempDir
    static Path data;
    static Database db;

    @BeforeAll
    static void open() {
        db = Database.embedded(data);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    /** from, to and precision of a text, as SQL reads it and as PartialDate does. */
    private static List<String> sql(String text) {
        return db.jdbi().withHandle(h -> h.createQuery(
                        "SELECT lower(d)::text AS f, (upper(d) - 1)::text AS t, partial_date_precision(:t) AS p"
                                + " FROM (SELECT partial_date_days(:t) AS d) x")
                .bind("t", text).map((rs, ctx) -> Arrays.asList(rs.getString("f"), rs.getString("t"), rs.getString("p"))).one());
    }

    private static List<String> java(String text) {
        return PartialDate.parse(text).map(d -> Arrays.asList(d.earliest().toString(), d.latest().toString(),
                d.precision().name().toLowerCase(Locale.ROOT))).orElse(Arrays.asList(null, null, null));
    }

    @Test
    void sqlReadsEveryDateTextAsPartialDateDoes() {
        List<String> texts = new ArrayList<>(List.of("2024", "2023", "1900", "2000", "0001", "9999", "0000", "2024-02",
                "2023-02", "2024-00", "2024-13", " 2024-05 ", "2024\t", "24", "20245", "2024-5", "2024-05-1", "May 2024",
                "2024-05-17T10:00", "?-05-17", "", " "));
        for (int year : new int[] {2023, 2024, 1900, 2000}) {
            for (int month = 1; month <= 12; month++) {
                texts.add(String.format(Locale.ROOT, "%04d-%02d", year, month));
                for (int day = 0; day <= 32; day++) texts.add(String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day));
            }
        }
        for (String text : texts) assertThat(sql(text)).as("'" + text + "'").isEqualTo(java(text));
        assertThat(sql(null)).containsOnlyNulls();
    }

    /** The one row of text a query gives. */
    private static String one(Database d, String sql) {
        return d.jdbi().withHandle(h -> h.createQuery(sql).mapTo(String.class).one());
    }

    @Test
    void storedRowsCarryTheirDatesAsRanges() {
        new RoundStore(db).ingest(RoundStoreTest.reading("pd01", "meet in Washington in 2024"));
        assertThat(one(db, "SELECT date_days || ' ' || date_precision || ' ' || next_due_days || ' ' || next_due_precision"
                + " FROM rounds")).isEqualTo("[2023-11-06,2023-11-07) day [2024-01-01,2025-01-01) year");
        assertThat(one(db, "SELECT due_days || ' ' || due_precision FROM commitments")).isEqualTo("[2024-01-01,2025-01-01) year");
        assertThat(one(db, "SELECT seen_on_days || ' ' || seen_on_precision FROM posts")).isEqualTo("[2023-11-06,2023-11-07) day");
        // the last day of 2024 is among the days of a commitment due in 2024, as PartialDate.contains says
        assertThat(one(db, "SELECT (due_days @> DATE '2024-12-31')::text FROM commitments")).isEqualTo("true");
    }

    @Test
    void datesStoredBeforeTheMigrationAreReadByIt() throws Exception {
        String url;
        try (var c = db.dataSource().getConnection(); var st = c.createStatement()) {
            st.execute("CREATE DATABASE before_v9");
            url = c.getMetaData().getURL().replaceFirst("/[^/?]*(\\?.*)?$", "/before_v9");
        }
        Flyway.configure().dataSource(url, "postgres", null).locations("classpath:db/migration").target("7").load().migrate();
        Jdbi.create(url, "postgres", "").useHandle(h -> h.execute("""
                INSERT INTO documents (sha256, media_type, text, body_start, body_end) VALUES ('b9', 'text/plain', 'text', 0, 4);
                INSERT INTO dialogues (key, name) VALUES ('kz-us-sd', 'Strategic Dialogue');
                INSERT INTO rounds (dialogue_id, document_id, date, next_due, record)
                     SELECT d.id, doc.id, '2019-05', '2020', '{}' FROM dialogues d, documents doc"""));
        try (Database migrated = Database.connect(url, "postgres", null)) {
            assertThat(one(migrated, "SELECT date_days || ' ' || date_precision || ' ' || next_due_days FROM rounds"))
                    .isEqualTo("[2019-05-01,2019-06-01) month [2020-01-01,2021-01-01)");
        }
    }
}
