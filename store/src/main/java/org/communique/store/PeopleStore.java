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
                .mapTo(PersonName.class).list());
    }

    /** Which stored names are taken to be another's person, by name id. */
    public Map<Long, PersonAlias> aliases() {
        Map<Long, PersonAlias> out = new LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT person_id, same_as, reason, decided_by FROM person_aliases ORDER BY person_id")
                .mapTo(PersonAlias.class).forEach(a -> out.put(a.personId(), a)));
        return out;
    }

    /**
     * Replaces the tracker's aliases with {@code wanted} in one transaction of two statements, leaving those a person
     * decided alone; returns how many rows changed (none when nothing did).
     */
    public int saveTrackerAliases(Map<Long, PersonAlias> wanted) {
        Long[] names = wanted.values().stream().map(PersonAlias::personId).toArray(Long[]::new);
        Long[] sameAs = wanted.values().stream().map(PersonAlias::sameAs).toArray(Long[]::new);
        String[] reasons = wanted.values().stream().map(PersonAlias::reason).toArray(String[]::new);
        return jdbi.inTransaction(h -> h.createUpdate("""
                                DELETE FROM person_aliases a
                                 WHERE a.decided_by = 'tracker'
                                   AND NOT EXISTS (SELECT 1 FROM unnest(CAST(:names AS bigint[]), CAST(:same_as AS bigint[]),
                                                                        CAST(:reasons AS text[])) w(person_id, same_as, reason)
                                                    WHERE w.person_id = a.person_id AND w.same_as = a.same_as
                                                      AND w.reason = a.reason)""")
                        .bind("names", names).bind("same_as", sameAs).bind("reasons", reasons).execute()
                + h.createUpdate("""
                                INSERT INTO person_aliases (person_id, same_as, reason)
                                SELECT * FROM unnest(CAST(:names AS bigint[]), CAST(:same_as AS bigint[]), CAST(:reasons AS text[]))
                                ON CONFLICT (person_id) DO NOTHING""")
                        .bind("names", names).bind("same_as", sameAs).bind("reasons", reasons).execute());
    }

    /** Every appearance of every name in a round, oldest round first. */
    public List<PostSeen> posts() {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT a.person_id, p.name, a.round_id, r.date, s.key AS series_key, a.party, a.role,
                               (SELECT po.title FROM posts po WHERE po.person_id = a.person_id AND po.round_id = a.round_id
                                 ORDER BY po.id LIMIT 1) AS title
                          FROM attendance a
                          JOIN people p ON p.id = a.person_id
                          JOIN rounds r ON r.id = a.round_id
                          LEFT JOIN round_series rs ON rs.round_id = a.round_id
                          LEFT JOIN series s ON s.id = rs.series_id
                         ORDER BY r.date NULLS LAST, a.round_id, a.position""")
                .mapTo(PostSeen.class).list());
    }
}
