package org.communique.store;

import org.communique.model.PartialDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
                        "SELECT partial_date_from(:t)::text AS f, partial_date_to(:t)::text AS t, partial_date_precision(:t) AS p")
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

    @Test
    void storedRowsCarryTheirDatesAsRanges() {
        new RoundStore(db).ingest(RoundStoreTest.reading("pd01", "meet in Washington in 2024"));
        Map<String, Object> round = db.jdbi().withHandle(h -> h.createQuery("""
                        SELECT date_from, date_to, date_precision, next_due_from, next_due_to, next_due_precision
                          FROM rounds""").mapToMap().one());
        assertThat(round).containsEntry("date_from", java.sql.Date.valueOf(LocalDate.of(2023, 11, 6)))
                .containsEntry("date_to", java.sql.Date.valueOf(LocalDate.of(2023, 11, 6)))
                .containsEntry("date_precision", "day")
                .containsEntry("next_due_from", java.sql.Date.valueOf(LocalDate.of(2024, 1, 1)))
                .containsEntry("next_due_to", java.sql.Date.valueOf(LocalDate.of(2024, 12, 31)))
                .containsEntry("next_due_precision", "year");
        List<String> due = db.jdbi().withHandle(h -> h.createQuery(
                        "SELECT due_from::text || ' ' || due_to::text || ' ' || due_precision FROM commitments").mapTo(String.class).list());
        assertThat(due).containsExactly("2024-01-01 2024-12-31 year");
        List<String> seen = db.jdbi().withHandle(h -> h.createQuery(
                "SELECT seen_on_from::text || ' ' || seen_on_precision FROM posts").mapTo(String.class).list());
        assertThat(seen).containsExactly("2023-11-06 day");
    }
}
