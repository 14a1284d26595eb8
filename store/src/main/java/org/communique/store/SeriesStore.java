package org.communique.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Series and which rounds they hold. The tracker saves its plan here; people merge and move by hand. */
public final class SeriesStore {
    private final Jdbi jdbi;

    public SeriesStore(Database db) {
        this.jdbi = db.jdbi();
    }

    /** Every stored round, oldest meeting first, with what its own statement says of its dialogue. */
    public List<TrackedRound> rounds() {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT r.id, r.document_id, r.name, r.record->'dialogue'->>'acronym' AS acronym,
                               ARRAY(SELECT jsonb_array_elements_text(r.record->'dialogue'->'parties')) AS parties,
                               r.ordinal, r.date, r.place, r.host, r.next_place, r.next_due
                          FROM rounds r
                         ORDER BY r.date NULLS LAST, r.id""")
                .map((rs, ctx) -> new TrackedRound(rs.getLong("id"), rs.getLong("document_id"), rs.getString("name"),
                        rs.getString("acronym"), strings(rs.getArray("parties")), (Integer) rs.getObject("ordinal"),
                        rs.getString("date"), rs.getString("place"), rs.getString("host"),
                        rs.getString("next_place"), rs.getString("next_due")))
                .list());
    }

    public List<SeriesRow> series() {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, key, name, acronym, parties FROM series ORDER BY key")
                .map(SeriesStore::seriesRow).list());
    }

    /** The series a key names, directly or as the old key of a series merged into another. */
    public Optional<SeriesRow> find(String key) {
        return jdbi.withHandle(h -> find(h, key));
    }

    /** Old keys of merged series, each with the series that absorbed it. */
    public Map<String, Long> aliases() {
        Map<String, Long> out = new LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT key, series_id FROM series_aliases ORDER BY key")
                .map((rs, ctx) -> Map.entry(rs.getString("key"), rs.getLong("series_id")))
                .forEach(e -> out.put(e.getKey(), e.getValue())));
        return out;
    }

    /** Where each placed round sits, by round id. */
    public Map<Long, Placement> placements() {
        Map<Long, Placement> out = new LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery("""
                        SELECT rs.round_id, rs.series_id, s.key, rs.ordinal, rs.ordinal_inferred, rs.placed_by
                          FROM round_series rs JOIN series s ON s.id = rs.series_id
                         ORDER BY rs.round_id""")
                .map((rs, ctx) -> new Placement(rs.getLong("round_id"), rs.getLong("series_id"), rs.getString("key"),
                        (Integer) rs.getObject("ordinal"), rs.getBoolean("ordinal_inferred"), rs.getString("placed_by")))
                .forEach(p -> out.put(p.roundId(), p)));
        return out;
    }

    /** How many stored rounds the tracker has not yet run over to the end (stored since, or its run was cut short). */
    public long untracked() {
        return jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM rounds WHERE NOT tracked").mapTo(Long.class).one());
    }

    /** Marks rounds as tracked: the tracker's last step, once everything it found about them is saved. */
    public int markTracked(java.util.Collection<Long> roundIds) {
        if (roundIds.isEmpty()) return 0;
        return jdbi.withHandle(h -> h.createUpdate("UPDATE rounds SET tracked = true WHERE id = ANY(:ids) AND NOT tracked")
                .bind("ids", roundIds.toArray(Long[]::new)).execute());
    }

    /**
     * Saves the tracker's plan in one transaction and returns how many rows changed. Rounds a person
     * placed keep their series (only their ordinal follows the plan); series left empty are removed.
     */
    public int save(List<SeriesPlan> plans) {
        return jdbi.inTransaction(h -> {
            int changed = 0;
            for (SeriesPlan plan : plans) {
                long id;
                if (plan.seriesId() == null) {
                    id = h.createUpdate("INSERT INTO series (key, name, acronym, parties) VALUES (:key, :name, :acronym, :parties)")
                            .bind("key", plan.key()).bind("name", plan.name()).bind("acronym", plan.acronym())
                            .bind("parties", plan.parties().toArray(String[]::new))
                            .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
                    changed++;
                } else {
                    id = plan.seriesId();
                    changed += h.createUpdate("""
                                    UPDATE series SET name = CAST(:name AS text), acronym = CAST(:acronym AS text), parties = CAST(:parties AS text[])
                                     WHERE id = :id AND (name, acronym, parties) IS DISTINCT FROM
                                           (CAST(:name AS text), CAST(:acronym AS text), CAST(:parties AS text[]))""")
                            .bind("id", id).bind("name", plan.name()).bind("acronym", plan.acronym())
                            .bind("parties", plan.parties().toArray(String[]::new)).execute();
                }
                for (SeriesPlan.Member m : plan.rounds()) changed += place(h, id, m);
            }
            changed += h.execute("""
                    DELETE FROM series s WHERE NOT EXISTS (SELECT 1 FROM round_series rs WHERE rs.series_id = s.id)""");
            return changed;
        });
    }

    private static int place(Handle h, long seriesId, SeriesPlan.Member m) {
        // a person's placement keeps its series; the tracker may still number it among its neighbours
        return h.createUpdate("""
                        INSERT INTO round_series (round_id, series_id, ordinal, ordinal_inferred)
                        VALUES (:round, :series, CAST(:ordinal AS int), :inferred)
                        ON CONFLICT (round_id) DO UPDATE
                           SET series_id = CASE WHEN round_series.placed_by = 'tracker' THEN EXCLUDED.series_id
                                                ELSE round_series.series_id END,
                               ordinal = EXCLUDED.ordinal, ordinal_inferred = EXCLUDED.ordinal_inferred
                         WHERE (round_series.placed_by = 'tracker' AND round_series.series_id <> EXCLUDED.series_id)
                            OR ((round_series.placed_by = 'tracker' OR round_series.series_id = EXCLUDED.series_id)
                                AND (round_series.ordinal, round_series.ordinal_inferred)
                                    IS DISTINCT FROM (EXCLUDED.ordinal, EXCLUDED.ordinal_inferred))""")
                .bind("round", m.roundId()).bind("series", seriesId).bind("ordinal", m.ordinal())
                .bind("inferred", m.inferred()).execute();
    }

    /** Moves every round of {@code from} into {@code into}; the old key keeps leading to the merged series. */
    public SeriesRow merge(String from, String into, String by) {
        String who = Who.person(by);
        return jdbi.inTransaction(h -> {
            SeriesRow source = exact(h, from).orElseThrow(() -> noSeries(from));
            SeriesRow target = exact(h, into).orElseThrow(() -> noSeries(into));
            if (source.id() == target.id()) {
                throw new StoreException(from + " and " + into + " are already one series (" + target.key() + ")");
            }
            int moved = h.createUpdate("""
                            UPDATE round_series SET series_id = :into, placed_by = :who, placed_at = now()
                             WHERE series_id = :from""")
                    .bind("into", target.id()).bind("from", source.id()).bind("who", who).execute();
            h.execute("UPDATE series_aliases SET series_id = ? WHERE series_id = ?", target.id(), source.id());
            h.execute("DELETE FROM series WHERE id = ?", source.id());
            h.execute("INSERT INTO series_aliases (key, series_id) VALUES (?, ?)", source.key(), target.id());
            AuditLog.record(h, who, "series.merge", map("from", source.key(), "into", target.key(), "rounds", moved));
            return target;
        });
    }

    /**
     * Puts one round into another series, for good: the tracker will not move it back. With
     * {@code create}, an unknown key makes a new series of that round (to split a series, or to
     * undo a move out of a series that it left empty).
     */
    public SeriesRow move(long roundId, String key, String by, boolean create) {
        String who = Who.person(by);
        return jdbi.inTransaction(h -> {
            boolean exists = h.createQuery("SELECT count(*) FROM rounds WHERE id = :id").bind("id", roundId)
                    .mapTo(Long.class).one() > 0;
            if (!exists) throw new StoreException("there is no round " + roundId);
            Optional<SeriesRow> found = exact(h, key);
            if (found.isEmpty() && !create) {
                throw new StoreException("there is no series " + key + " (see `communique series`; --create makes a new one)");
            }
            if (found.isEmpty() && !key.matches("[a-z0-9][a-z0-9+-]*")) {
                throw new StoreException("a series key is lowercase letters, digits, '+' and '-' (got " + key + ")");
            }
            SeriesRow target = found.isPresent() ? found.get() : h.createUpdate(NEW_SERIES_OF_ROUND)
                    .bind("key", key).bind("r", roundId)
                    .executeAndReturnGeneratedKeys("id", "key", "name", "acronym", "parties").map(SeriesStore::seriesRow).one();
            String before = h.createQuery("""
                            SELECT s.key FROM round_series rs JOIN series s ON s.id = rs.series_id WHERE rs.round_id = :r""")
                    .bind("r", roundId).mapTo(String.class).findOne().orElse(null);
            h.createUpdate("""
                            INSERT INTO round_series (round_id, series_id, placed_by, placed_at) VALUES (:r, :s, :who, now())
                            ON CONFLICT (round_id) DO UPDATE SET series_id = :s, placed_by = :who, placed_at = now()""")
                    .bind("r", roundId).bind("s", target.id()).bind("who", who).execute();
            AuditLog.record(h, who, "series.move", map("round", roundId, "from", before, "into", target.key()));
            return target;
        });
    }

    private static final String NEW_SERIES_OF_ROUND = """
            INSERT INTO series (key, name, acronym, parties)
            SELECT :key, r.name, r.record->'dialogue'->>'acronym',
                   ARRAY(SELECT jsonb_array_elements_text(r.record->'dialogue'->'parties'))
              FROM rounds r WHERE r.id = :r""";

    /**
     * The series a key names for a decision (a merge, a move): its own key, or the old key of a series merged into it.
     * A key that only a round's statement gives is no ground for one: that round may have been moved elsewhere.
     */
    private static Optional<SeriesRow> exact(Handle h, String key) {
        return h.createQuery("""
                        SELECT s.id, s.key, s.name, s.acronym, s.parties FROM series s
                         WHERE s.key = :key OR s.id = (SELECT a.series_id FROM series_aliases a WHERE a.key = :key)
                         ORDER BY (s.key = :key) DESC LIMIT 1""")
                .bind("key", key).map(SeriesStore::seriesRow).findOne();
    }

    /**
     * The series a key names, to show or plan it: its own key, the old key of a series merged into it, or the key of the dialogue
     * as one of its rounds' statements names it (kz-us-spd for a round of kz-us-espd held under the old name).
     * The series' own key wins, then a merge, then the series holding most rounds of that dialogue.
     */
    public static Optional<SeriesRow> find(Handle h, String key) {
        return h.createQuery("""
                        SELECT s.id, s.key, s.name, s.acronym, s.parties FROM series s
                         WHERE s.key = :key
                            OR s.id = (SELECT a.series_id FROM series_aliases a WHERE a.key = :key)
                            OR s.id IN (SELECT rs.series_id FROM round_series rs JOIN rounds r ON r.id = rs.round_id
                                          JOIN dialogues d ON d.id = r.dialogue_id WHERE d.key = :key)
                         ORDER BY (s.key = :key) DESC,
                                  EXISTS (SELECT 1 FROM series_aliases a WHERE a.key = :key AND a.series_id = s.id) DESC,
                                  (SELECT count(*) FROM round_series rs JOIN rounds r ON r.id = rs.round_id
                                     JOIN dialogues d ON d.id = r.dialogue_id WHERE rs.series_id = s.id AND d.key = :key) DESC,
                                  s.id
                         LIMIT 1""")
                .bind("key", key).map(SeriesStore::seriesRow).findOne();
    }

    private static StoreException noSeries(String key) {
        return new StoreException("there is no series " + key + " (see `communique series`)");
    }

    private static SeriesRow seriesRow(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws SQLException {
        return new SeriesRow(rs.getLong("id"), rs.getString("key"), rs.getString("name"), rs.getString("acronym"),
                strings(rs.getArray("parties")));
    }

    static List<String> strings(Array array) throws SQLException {
        if (array == null) return List.of();
        Object[] values = (Object[]) array.getArray();
        List<String> out = new ArrayList<>(values.length);
        for (Object v : values) if (v != null) out.add(v.toString());
        return out;
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

}
