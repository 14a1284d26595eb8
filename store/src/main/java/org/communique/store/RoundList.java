package org.communique.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
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

    private static final String FROM = """
             FROM rounds r JOIN dialogues d ON d.id = r.dialogue_id
             LEFT JOIN round_series rs ON rs.round_id = r.id LEFT JOIN series s ON s.id = rs.series_id
            """;

    private static String where(Filter f) {
        List<String> w = new ArrayList<>();
        if (f.series() != null) w.add("s.id = (SELECT id FROM series WHERE key = :series"
                + " UNION ALL SELECT series_id FROM series_aliases WHERE key = :series LIMIT 1)");
        if (f.party() != null) w.add("EXISTS (SELECT 1 FROM dialogue_parties dp WHERE dp.dialogue_id = d.id AND dp.party = :party)");
        if (f.year() != null) w.add("left(r.date, 4) = :year");
        if (f.topic() != null) w.add("EXISTS (SELECT 1 FROM round_topics_now rt WHERE rt.round_id = r.id AND rt.topic_code = :topic)");
        return w.isEmpty() ? "" : " WHERE " + String.join(" AND ", w);
    }

    private static Query bind(Query q, Filter f) {
        if (f.series() != null) q.bind("series", f.series());
        if (f.party() != null) q.bind("party", f.party());
        if (f.year() != null) q.bind("year", f.year());
        if (f.topic() != null) q.bind("topic", f.topic());
        return q;
    }

    /** Page {@code page} (from 1) of the rounds the filter selects, {@code size} to a page; a page past the last is empty. */
    public Paged<Line> page(Filter f, int page, int size) {
        if (page < 1 || size < 1) throw new IllegalArgumentException("page and size start at 1");
        return jdbi.withHandle(h -> {
            long total = bind(h.createQuery("SELECT count(*)" + FROM + where(f)), f).mapTo(Long.class).one();
            List<Line> lines = bind(h.createQuery("""
                            SELECT r.id, s.key, s.name AS series_name, COALESCE(r.name, d.name) AS name,
                                   ARRAY(SELECT p.party FROM dialogue_parties p WHERE p.dialogue_id = d.id ORDER BY p.party) AS parties,
                                   COALESCE(rs.ordinal, r.ordinal) AS ordinal, COALESCE(rs.ordinal_inferred, false) AS inferred,
                                   r.date, r.place, r.host,
                                   (SELECT count(*) FROM commitments c WHERE c.round_id = r.id) AS commitments
                            """ + FROM + where(f) + " ORDER BY r.date DESC NULLS LAST, r.id DESC LIMIT :size OFFSET :offset"), f)
                    .bind("size", size).bind("offset", (long) (page - 1) * size)
                    .map((rs, ctx) -> new Line(rs.getLong("id"), rs.getString("key"), rs.getString("series_name"),
                            rs.getString("name"), strings(rs.getArray("parties")), (Integer) rs.getObject("ordinal"),
                            rs.getBoolean("inferred"), rs.getString("date"), rs.getString("place"), rs.getString("host"),
                            rs.getInt("commitments")))
                    .list();
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

    static List<String> strings(Array a) throws SQLException {
        if (a == null) return List.of();
        List<String> out = new ArrayList<>();
        for (Object v : (Object[]) a.getArray()) out.add(String.valueOf(v));
        return out;
    }
}
