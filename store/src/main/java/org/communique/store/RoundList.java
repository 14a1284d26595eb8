package org.communique.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every stored round, the latest meeting first, narrowed by series, party, year and topic, a page at a time. */
public final class RoundList {
    private final Jdbi jdbi;

    public RoundList(Database db) {
        this.jdbi = db.jdbi();
    }

    /** What to list; a null field is no filter. {@code series} may be the old key of a merged series. */
    public record Filter(String series, String party, String year, String topic) {}

    /** A round as the list shows it: its series (when the tracker has placed it) and the dialogue's parties. */
    public record Line(long id, String seriesKey, String seriesName, String name, List<String> parties, Integer ordinal,
                       boolean ordinalInferred, String date, String place, String host, int commitments) {}

    /** The rounds a filter selects; a filter's null field matches every round. */
    private static final String FROM_WHERE = """
             FROM rounds r
             LEFT JOIN round_series rs ON rs.round_id = r.id LEFT JOIN series s ON s.id = rs.series_id
            WHERE (CAST(:series AS text) IS NULL OR s.id = (SELECT id FROM series WHERE key = :series
                                                            UNION ALL SELECT series_id FROM series_aliases WHERE key = :series
                                                            LIMIT 1))
              AND (CAST(:party AS text) IS NULL OR :party = ANY (r.parties))
              AND (CAST(:year AS text) IS NULL OR left(r.date, 4) = :year)
              AND (CAST(:topic AS text) IS NULL
                   OR EXISTS (SELECT 1 FROM round_topics_now rt WHERE rt.round_id = r.id AND rt.topic_code = :topic))
            """;

    /** Page {@code page} (from 1) of the rounds the filter selects, {@code size} to a page; a page past the last is empty. */
    public Paged<Line> page(Filter f, int page, int size) {
        if (page < 1 || size < 1) throw new IllegalArgumentException("page and size start at 1");
        return jdbi.withHandle(h -> {
            long total = BoundFilter.bind(h.createQuery("SELECT count(*)" + FROM_WHERE), f).mapTo(Long.class).one();
            List<Line> lines = BoundFilter.bind(h.createQuery("""
                            SELECT r.id, s.key AS series_key, s.name AS series_name, COALESCE(r.name, s.name) AS name, r.parties,
                                   COALESCE(rs.ordinal, r.ordinal) AS ordinal, COALESCE(rs.ordinal_inferred, false) AS ordinal_inferred,
                                   r.date, r.place, r.host,
                                   (SELECT count(*) FROM commitments c WHERE c.round_id = r.id) AS commitments
                            """ + FROM_WHERE + " ORDER BY r.date DESC NULLS LAST, r.id DESC LIMIT :size OFFSET :offset"), f)
                    .bind("size", size).bind("offset", (long) (page - 1) * size)
                    .mapTo(Line.class).list();
            return new Paged<>(lines, page, Paged.pages(total, size), total);
        });
    }

    /** The series there are, by name: each key with the name and parties people tell it by ("Strategic Dialogue (PL–US)"). */
    public Map<String, String> series() {
        return jdbi.withHandle(RoundList::series);
    }

    static Map<String, String> series(Handle h) {
        return choices(h, "SELECT key AS v, COALESCE(name, key) || ' (' || array_to_string(parties, '–') || ')' AS l"
                + " FROM series ORDER BY 2");
    }

    /** Values to choose from, in the query's order, each with its label (l; the value itself when null). */
    static Map<String, String> choices(Handle h, String sql) {
        Map<String, String> out = new LinkedHashMap<>();
        h.createQuery(sql).map((rs, ctx) -> Map.entry(rs.getString("v"), rs.getString("l") == null ? rs.getString("v") : rs.getString("l")))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
