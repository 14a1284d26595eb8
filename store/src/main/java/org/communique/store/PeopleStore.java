package org.communique.store;

import org.jdbi.v3.core.Jdbi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The people the statements name, which names are one person, and the posts each held when. */
public final class PeopleStore {
    private final Jdbi jdbi;

    public PeopleStore(Database db) {
        this.jdbi = db.jdbi();
    }

    public List<PersonName> names() {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT p.id, p.name,
                               ARRAY(SELECT DISTINCT a.party FROM attendance a
                                      WHERE a.person_id = p.id AND a.party IS NOT NULL ORDER BY a.party) AS parties,
                               (SELECT count(*) FROM attendance a WHERE a.person_id = p.id) AS rounds
                          FROM people p ORDER BY p.id""")
                .map((rs, ctx) -> new PersonName(rs.getLong("id"), rs.getString("name"),
                        SeriesStore.strings(rs.getArray("parties")), rs.getInt("rounds")))
                .list());
    }

    /** Which stored names are taken to be another's person, by name id. */
    public Map<Long, PersonAlias> aliases() {
        Map<Long, PersonAlias> out = new LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT person_id, same_as, reason, decided_by FROM person_aliases ORDER BY person_id")
                .map((rs, ctx) -> new PersonAlias(rs.getLong("person_id"), rs.getLong("same_as"), rs.getString("reason"),
                        rs.getString("decided_by")))
                .forEach(a -> out.put(a.personId(), a)));
        return out;
    }

    /**
     * Replaces the tracker's aliases with {@code wanted} in one transaction, leaving those a person
     * decided alone; returns how many rows changed (none when nothing did).
     */
    public int saveTrackerAliases(Map<Long, PersonAlias> wanted) {
        return jdbi.inTransaction(h -> {
            int changed = 0;
            List<PersonAlias> current = h.createQuery(
                            "SELECT person_id, same_as, reason, decided_by FROM person_aliases WHERE decided_by = 'tracker'")
                    .map((rs, ctx) -> new PersonAlias(rs.getLong("person_id"), rs.getLong("same_as"),
                            rs.getString("reason"), rs.getString("decided_by")))
                    .list();
            for (PersonAlias a : current) {
                PersonAlias w = wanted.get(a.personId());
                if (w == null || w.sameAs() != a.sameAs() || !w.reason().equals(a.reason())) {
                    changed += h.execute("DELETE FROM person_aliases WHERE person_id = ? AND decided_by = 'tracker'", a.personId());
                }
            }
            for (PersonAlias w : wanted.values()) {
                changed += h.createUpdate("""
                                INSERT INTO person_aliases (person_id, same_as, reason) VALUES (:p, :same, :reason)
                                ON CONFLICT (person_id) DO NOTHING""")
                        .bind("p", w.personId()).bind("same", w.sameAs()).bind("reason", w.reason()).execute();
            }
            return changed;
        });
    }

    /** Every appearance of every name in a round, oldest round first. */
    public List<PostSeen> posts() {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT a.person_id, p.name, a.round_id, r.date, s.key, a.party, a.role,
                               (SELECT po.title FROM posts po WHERE po.person_id = a.person_id AND po.round_id = a.round_id
                                 ORDER BY po.id LIMIT 1) AS title
                          FROM attendance a
                          JOIN people p ON p.id = a.person_id
                          JOIN rounds r ON r.id = a.round_id
                          LEFT JOIN round_series rs ON rs.round_id = a.round_id
                          LEFT JOIN series s ON s.id = rs.series_id
                         ORDER BY r.date NULLS LAST, a.round_id, a.position""")
                .map((rs, ctx) -> new PostSeen(rs.getLong("person_id"), rs.getString("name"), rs.getLong("round_id"),
                        rs.getString("date"), rs.getString("key"), rs.getString("party"), rs.getString("role"),
                        rs.getString("title")))
                .list());
    }
}
