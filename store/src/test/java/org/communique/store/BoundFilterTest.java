package org.communique.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A query with bound optional filters is planned with its values each time: it never becomes a server-side prepared statement. */
class BoundFilterTest {
    @Test
    void aFilteredListIsNeverPreparedOnTheServerWhereOtherQueriesAre(@TempDir Path data) {
        try (Database db = Database.embedded(data)) {
            RoundList rounds = new RoundList(db);
            SeriesStore series = new SeriesStore(db);
            Map<String, Object> prepared = db.inOneConnection(() -> {
                for (int i = 0; i < 10; i++) {
                    rounds.page(new RoundList.Filter(null, i % 2 == 0 ? "US" : null, null, null), 1, 20);
                    series.untracked();
                }
                return db.jdbi().withHandle(h -> h.createQuery("""
                                SELECT count(*) FILTER (WHERE statement LIKE '%IS NULL OR%') AS filtered,
                                       count(*) FILTER (WHERE statement LIKE '%NOT tracked%') AS untracked
                                  FROM pg_prepared_statements""")
                        .mapToMap().one());
            });
            // the driver prepares a statement on the server from its fifth run: the untracked count was, the list never
            assertThat(prepared).isEqualTo(Map.of("filtered", 0L, "untracked", 1L));
        }
    }
}
