package org.communique.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.util.ArrayList;
import java.util.HashMap;
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
                .mapTo(TrackedRound.class).list());
    }

    public List<SeriesRow> series() {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, key, name, acronym, parties FROM series ORDER BY key")
                .mapTo(SeriesRow.class).list());
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
                        SELECT rs.round_id, rs.series_id, s.key AS series_key, rs.ordinal, rs.ordinal_inferred, rs.placed_by
                          FROM round_series rs JOIN series s ON s.id = rs.series_id
                         ORDER BY rs.round_id""")
                .mapTo(Placement.class).forEach(p -> out.put(p.roundId(), p)));
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
     * Saves the tracker's plan in one transaction, a few statements over all series at once, and returns how many rows
     * changed. Rounds a person placed keep their series (only their ordinal follows the plan); series left empty are
     * removed, unless a plan or a share still names them.
     */
    public int save(List<SeriesPlan> plans) {
        return jdbi.inTransaction(h -> {
            List<SeriesPlan> fresh = plans.stream().filter(p -> p.seriesId() == null).toList();
            List<SeriesPlan> known = plans.stream().filter(p -> p.seriesId() != null).toList();
            Map<String, Long> created = new HashMap<>();
            if (!fresh.isEmpty()) {
                bindSeries(h.createQuery(PLANNED_PARTIES + """
                                INSERT INTO series (key, name, acronym, parties)
                                SELECT w.key, w.name, w.acronym, COALESCE(p.parties, '{}')
                                  FROM unnest(CAST(:keys AS text[]), CAST(:names AS text[]), CAST(:acronyms AS text[]))
                                       WITH ORDINALITY w(key, name, acronym, i)
                                  LEFT JOIN planned_parties p ON p.i = w.i
                                RETURNING id, key, name, acronym, parties"""), fresh)
                        .bind("keys", fresh.stream().map(SeriesPlan::key).toArray(String[]::new))
                        .mapTo(SeriesRow.class).forEach(r -> created.put(r.key(), r.id()));
            }
            int changed = created.size();
            if (!known.isEmpty()) {
                changed += bindSeries(h.createUpdate(PLANNED_PARTIES + """
                                UPDATE series s SET name = w.name, acronym = w.acronym, parties = COALESCE(p.parties, '{}')
                                  FROM unnest(CAST(:ids AS bigint[]), CAST(:names AS text[]), CAST(:acronyms AS text[]))
                                       WITH ORDINALITY w(id, name, acronym, i)
                                  LEFT JOIN planned_parties p ON p.i = w.i
                                 WHERE s.id = w.id AND (s.name, s.acronym, s.parties)
                                       IS DISTINCT FROM (w.name, w.acronym, COALESCE(p.parties, '{}'))"""), known)
                        .bind("ids", known.stream().map(SeriesPlan::seriesId).toArray(Long[]::new)).execute();
            }
            List<Long> rounds = new ArrayList<>();
            List<Long> series = new ArrayList<>();
            List<Integer> ordinals = new ArrayList<>();
            List<Boolean> inferred = new ArrayList<>();
            for (SeriesPlan plan : plans) {
                long id = plan.seriesId() != null ? plan.seriesId() : created.get(plan.key());
                for (SeriesPlan.Member m : plan.rounds()) {
                    rounds.add(m.roundId());
                    series.add(id);
                    ordinals.add(m.ordinal());
                    inferred.add(m.inferred());
                }
            }
            // a person's placement keeps its series; the tracker may still number it among its neighbours
            changed += h.createUpdate("""
                            INSERT INTO round_series (round_id, series_id, ordinal, ordinal_inferred)
                            SELECT * FROM unnest(CAST(:rounds AS bigint[]), CAST(:series AS bigint[]), CAST(:ordinals AS int[]),
                                                 CAST(:inferred AS boolean[]))
                            ON CONFLICT (round_id) DO UPDATE
                               SET series_id = CASE WHEN round_series.placed_by = 'tracker' THEN EXCLUDED.series_id
                                                    ELSE round_series.series_id END,
                                   ordinal = EXCLUDED.ordinal, ordinal_inferred = EXCLUDED.ordinal_inferred
                             WHERE (round_series.placed_by = 'tracker' AND round_series.series_id <> EXCLUDED.series_id)
                                OR ((round_series.placed_by = 'tracker' OR round_series.series_id = EXCLUDED.series_id)
                                    AND (round_series.ordinal, round_series.ordinal_inferred)
                                        IS DISTINCT FROM (EXCLUDED.ordinal, EXCLUDED.ordinal_inferred))""")
                    .bind("rounds", rounds.toArray(Long[]::new)).bind("series", series.toArray(Long[]::new))
                    .bind("ordinals", ordinals.toArray(Integer[]::new)).bind("inferred", inferred.toArray(Boolean[]::new))
                    .execute();
            changed += h.execute("""
                    DELETE FROM series s WHERE NOT EXISTS (SELECT 1 FROM round_series rs WHERE rs.series_id = s.id)
                       AND NOT EXISTS (SELECT 1 FROM plans p WHERE p.series_id = s.id)
                       AND NOT EXISTS (SELECT 1 FROM series_shares sh WHERE sh.series_id = s.id)""");
            return changed;
        });
    }

    /**
     * The parties of each planned series, by its place (from 1) in the plans bound: a series' parties are a list of
     * their own, so they are bound flat, each with the place of its series, and put back together here.
     */
    private static final String PLANNED_PARTIES = """
            WITH planned_parties AS (
                SELECT p.i, array_agg(p.party ORDER BY p.n) AS parties
                  FROM unnest(CAST(:party_of AS bigint[]), CAST(:parties AS text[])) WITH ORDINALITY p(i, party, n)
                 GROUP BY p.i)
            """;

    /** Binds the plans' names, acronyms and parties, as {@link #PLANNED_PARTIES} and its statement read them. */
    private static <S extends org.jdbi.v3.core.statement.SqlStatement<S>> S bindSeries(S statement, List<SeriesPlan> plans) {
        List<Long> partyOf = new ArrayList<>();
        List<String> parties = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            for (String party : plans.get(i).parties()) {
                partyOf.add(i + 1L);
                parties.add(party);
            }
        }
        return statement.bind("names", plans.stream().map(SeriesPlan::name).toArray(String[]::new))
                .bind("acronyms", plans.stream().map(SeriesPlan::acronym).toArray(String[]::new))
                .bind("party_of", partyOf.toArray(Long[]::new)).bind("parties", parties.toArray(String[]::new));
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
            // what named the merged series names the series that absorbed it
            h.execute("UPDATE plans SET series_id = ? WHERE series_id = ?", target.id(), source.id());
            h.execute("""
                    INSERT INTO series_shares (series_id, viewer, shared_by, shared_at)
                    SELECT ?, viewer, shared_by, shared_at FROM series_shares WHERE series_id = ? ON CONFLICT DO NOTHING""",
                    target.id(), source.id());
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
                    .executeAndReturnGeneratedKeys("id", "key", "name", "acronym", "parties").mapTo(SeriesRow.class).one();
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
                .bind("key", key).mapTo(SeriesRow.class).findOne();
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
                                         WHERE r.dialogue_key = :key)
                         ORDER BY (s.key = :key) DESC,
                                  EXISTS (SELECT 1 FROM series_aliases a WHERE a.key = :key AND a.series_id = s.id) DESC,
                                  (SELECT count(*) FROM round_series rs JOIN rounds r ON r.id = rs.round_id
                                    WHERE rs.series_id = s.id AND r.dialogue_key = :key) DESC,
                                  s.id
                         LIMIT 1""")
                .bind("key", key).mapTo(SeriesRow.class).findOne();
    }

    private static StoreException noSeries(String key) {
        return new StoreException("there is no series " + key + " (see `communique series`)");
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

}
