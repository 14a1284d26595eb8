package org.communique.store;

import org.communique.model.Evidence;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Commitments and their follow-through: the facts the tracker reads, the links and statuses it
 * proposes, and what people decide about them (each decision written to the audit log).
 */
public final class CommitmentStore {
    private static final String TIME = "to_char(%s AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')";

    private final Jdbi jdbi;

    public CommitmentStore(Database db) {
        this.jdbi = db.jdbi();
    }

    public record Saved(int added, int updated, int removed) {
        public int total() {
            return added + updated + removed;
        }
    }

    /** The commitments to follow: all but those whose sentence the end of a text cut short. */
    public List<CommitmentRow> commitments() {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT c.id, c.round_id, c.actors, c.text, c.trigger, c.strength, c.due, c.place,
                               e.start_offset, e.end_offset, e.quote
                          FROM commitments c
                          LEFT JOIN LATERAL (SELECT * FROM evidence e WHERE e.commitment_id = c.id
                                              ORDER BY e.id LIMIT 1) e ON true
                         WHERE NOT c.cut_off
                         ORDER BY c.round_id, c.position""")
                .mapTo(CommitmentRow.class).list());
    }

    public List<ReferenceRow> references() {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT x.round_id, x.name, x.kind,
                               (SELECT e.quote FROM evidence e WHERE e.reference_id = x.id
                                 ORDER BY e.id LIMIT 1) AS quote
                          FROM round_references x ORDER BY x.round_id, x.id""")
                .mapTo(ReferenceRow.class).list());
    }

    public List<ActRow> acts() {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT a.round_id, a.actors, a.verb, a.kind, a.topics,
                               (SELECT e.quote FROM evidence e WHERE e.act_id = a.id
                                 ORDER BY e.id LIMIT 1) AS quote
                          FROM acts a ORDER BY a.round_id, a.position""")
                .mapTo(ActRow.class).list());
    }

    /** The topics of every round, each with the spans that mention it. */
    public List<TopicRow> topics() {
        Map<Long, List<Evidence>> spans = new LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery("""
                        SELECT topic_id, start_offset, end_offset, quote FROM evidence WHERE topic_id IS NOT NULL ORDER BY id""")
                .map((rs, ctx) -> Map.entry(rs.getLong("topic_id"),
                        new Evidence(rs.getInt("start_offset"), rs.getInt("end_offset"), rs.getString("quote"))))
                .forEach(e -> spans.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue())));
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT rt.id, rt.round_id, t.code, t.label, t.track
                          FROM round_topics rt JOIN topics t ON t.code = rt.topic_code ORDER BY rt.round_id, rt.id""")
                .map((rs, ctx) -> new TopicRow(rs.getLong("round_id"), rs.getString("code"), rs.getString("label"),
                        rs.getString("track"), spans.getOrDefault(rs.getLong("id"), List.of())))
                .list());
    }

    /** The statements the given rounds were read from, in one query. */
    public List<StatementText> statements(java.util.Collection<Long> roundIds) {
        if (roundIds.isEmpty()) return List.of();
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT r.id AS round_id, d.id AS document_id, r.date, d.text, d.sentences
                          FROM rounds r JOIN documents d ON d.id = r.document_id
                         WHERE r.id = ANY(:ids) ORDER BY r.id""")
                .bind("ids", roundIds.toArray(Long[]::new))
                .mapTo(StatementText.class).list());
    }

    /**
     * Statements among {@code rounds}' that hold the word {@code kind} and any of {@code anyOf}, or else text that
     * {@code namedBy} matches: a POSIX regular expression, case-insensitive, for the names that carry neither (an
     * acronym), or null.
     */
    public record TextSearch(String kind, List<String> anyOf, String namedBy, List<Long> rounds) {
        public TextSearch {
            anyOf = List.copyOf(anyOf);
            rounds = List.copyOf(rounds);
        }

        public TextSearch(String kind, List<String> anyOf, List<Long> rounds) {
            this(kind, anyOf, null, rounds);
        }
    }

    /**
     * For each search, the statements that match it (PostgreSQL full-text search on English stems, or the
     * search's pattern), oldest first; all searches over one connection.
     */
    public List<List<StatementText>> statementsMentioning(List<TextSearch> searches) {
        return jdbi.withHandle(h -> {
            List<List<StatementText>> out = new ArrayList<>();
            for (TextSearch q : searches) {
                if (q.kind() == null || q.kind().isBlank() || q.anyOf().isEmpty() || q.rounds().isEmpty()) {
                    out.add(List.of());
                    continue;
                }
                // the pattern is tried on at most the few rounds named, so a scan of their texts costs little
                out.add(h.createQuery("""
                                SELECT r.id AS round_id, d.id AS document_id, r.date, d.text, d.sentences
                                  FROM documents d JOIN rounds r ON r.document_id = d.id
                                 WHERE r.id = ANY (:rounds)
                                   AND ((d.search @@ plainto_tsquery('english', :kind)
                                         AND d.search @@ websearch_to_tsquery('english', :any))
                                        OR (CAST(:named_by AS text) IS NOT NULL AND d.text ~* :named_by))
                                 ORDER BY r.date NULLS LAST, r.id""")
                        .bind("kind", q.kind()).bind("any", String.join(" OR ", q.anyOf())).bind("named_by", q.namedBy())
                        .bind("rounds", q.rounds().toArray(Long[]::new))
                        .mapTo(StatementText.class).list());
            }
            return out;
        });
    }

    /**
     * A link as {@link FollowThrough} reads it. Its confidence is stored as real and read through its text, so that
     * 0.95 stays 0.95 whether the driver gets text or (on a pooled connection's prepared statement) binary.
     */
    private static final String ENTRIES = "SELECT f.id, f.commitment_id, f.rule, f.round_id, f.document_id, f.seen_on, f.quote,"
            + " CAST(CAST(f.confidence AS text) AS float8) AS confidence, f.explanation, f.recorded_by, f.state, f.decided_by, "
            + TIME.formatted("f.decided_at") + " AS decided_at FROM follow_through f";

    public List<FollowThrough> followThrough() {
        return jdbi.withHandle(h -> h.createQuery(ENTRIES + " ORDER BY f.commitment_id, f.seen_on NULLS LAST, f.id")
                .mapTo(FollowThrough.class).list());
    }

    /**
     * Saves the tracker's proposals in one transaction of two statements: new ones are added, changed ones updated
     * while still only proposed, and proposals the tracker no longer makes are withdrawn. A link a person confirmed or
     * rejected is never touched, so a rejected link does not come back.
     */
    public Saved saveProposals(List<Proposal> proposals) {
        return jdbi.inTransaction(h -> {
            // the outer SELECT reads the table as it was before the INSERT: a row it finds was there, so it was updated
            Saved saved = bindProposals(h.createQuery(WANTED + """
                            , saved AS (
                                INSERT INTO follow_through (commitment_id, rule, round_id, document_id, seen_on, quote,
                                                            confidence, explanation)
                                SELECT * FROM wanted
                                ON CONFLICT (commitment_id, rule, round_id) DO UPDATE
                                   SET document_id = EXCLUDED.document_id, seen_on = EXCLUDED.seen_on, quote = EXCLUDED.quote,
                                       confidence = EXCLUDED.confidence, explanation = EXCLUDED.explanation, recorded_at = now()
                                 WHERE follow_through.state = 'proposed'
                                   AND (follow_through.document_id, follow_through.seen_on, follow_through.quote,
                                        follow_through.confidence, follow_through.explanation)
                                       IS DISTINCT FROM (EXCLUDED.document_id, EXCLUDED.seen_on, EXCLUDED.quote,
                                                         EXCLUDED.confidence, EXCLUDED.explanation)
                                RETURNING commitment_id, rule, round_id)
                            SELECT count(*) FILTER (WHERE f.id IS NULL) AS added, count(f.id) AS updated, 0 AS removed
                              FROM saved LEFT JOIN follow_through f USING (commitment_id, rule, round_id)"""), proposals)
                    .mapTo(Saved.class).one();
            int removed = bindProposals(h.createUpdate(WANTED + """
                            DELETE FROM follow_through f
                             WHERE f.recorded_by = 'tracker' AND f.state = 'proposed'
                               AND NOT EXISTS (SELECT 1 FROM wanted w WHERE w.commitment_id = f.commitment_id
                                                  AND w.rule = f.rule AND w.round_id = f.round_id)"""), proposals)
                    .execute();
            return new Saved(saved.added(), saved.updated(), removed);
        });
    }

    /** The proposals bound as columns, one row each. */
    private static final String WANTED = """
            WITH wanted AS (
                SELECT * FROM unnest(CAST(:commitments AS bigint[]), CAST(:rules AS text[]), CAST(:rounds AS bigint[]),
                                     CAST(:documents AS bigint[]), CAST(:seen AS text[]), CAST(:quotes AS text[]),
                                     CAST(:confidences AS real[]), CAST(:explanations AS text[]))
                       AS w(commitment_id, rule, round_id, document_id, seen_on, quote, confidence, explanation))
            """;

    private static <S extends org.jdbi.v3.core.statement.SqlStatement<S>> S bindProposals(S statement, List<Proposal> proposals) {
        return statement.bind("commitments", proposals.stream().map(Proposal::commitmentId).toArray(Long[]::new))
                .bind("rules", proposals.stream().map(Proposal::rule).toArray(String[]::new))
                .bind("rounds", proposals.stream().map(Proposal::roundId).toArray(Long[]::new))
                .bind("documents", proposals.stream().map(Proposal::documentId).toArray(Long[]::new))
                .bind("seen", proposals.stream().map(Proposal::seenOn).toArray(String[]::new))
                .bind("quotes", proposals.stream().map(Proposal::quote).toArray(String[]::new))
                .bind("confidences", proposals.stream().map(p -> (float) p.confidence()).toArray(Float[]::new))
                .bind("explanations", proposals.stream().map(Proposal::explanation).toArray(String[]::new));
    }

    public Map<Long, CommitmentStatus> statuses() {
        Map<Long, CommitmentStatus> out = new LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery("""
                        SELECT commitment_id, status, decided_by, %s AS decided_at, reason
                          FROM commitment_status ORDER BY commitment_id""".formatted(TIME.formatted("decided_at")))
                .mapTo(CommitmentStatus.class).forEach(s -> out.put(s.commitmentId(), s)));
        return out;
    }

    /**
     * Sets the tracker's statuses (commitment id to status and reason) in one statement; a status a person set stays.
     * Returns how many rows changed.
     */
    public int saveTrackerStatuses(Map<Long, Map.Entry<String, String>> statuses) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        INSERT INTO commitment_status (commitment_id, status, reason)
                        SELECT * FROM unnest(CAST(:ids AS bigint[]), CAST(:statuses AS text[]), CAST(:reasons AS text[]))
                        ON CONFLICT (commitment_id) DO UPDATE
                           SET status = EXCLUDED.status, reason = EXCLUDED.reason, decided_at = now()
                         WHERE commitment_status.decided_by = 'tracker'
                           AND (commitment_status.status, commitment_status.reason)
                               IS DISTINCT FROM (EXCLUDED.status, EXCLUDED.reason)""")
                .bind("ids", statuses.keySet().toArray(Long[]::new))
                .bind("statuses", statuses.values().stream().map(Map.Entry::getKey).toArray(String[]::new))
                .bind("reasons", statuses.values().stream().map(Map.Entry::getValue).toArray(String[]::new))
                .execute());
    }

    /** A person confirms a proposed link: it counts as evidence from now on. */
    public FollowThrough confirm(long linkId, String by) {
        return decide(linkId, "confirmed", by);
    }

    /** A person rejects a proposed link: it no longer counts, and the tracker will not propose it again. */
    public FollowThrough reject(long linkId, String by) {
        return decide(linkId, "rejected", by);
    }

    private FollowThrough decide(long linkId, String state, String by) {
        String who = Who.person(by);
        return jdbi.inTransaction(h -> {
            Optional<String> before = h.createQuery("SELECT state FROM follow_through WHERE id = :id")
                    .bind("id", linkId).mapTo(String.class).findOne();
            if (before.isEmpty()) throw new StoreException("there is no follow-through link " + linkId);
            h.createUpdate("UPDATE follow_through SET state = :state, decided_by = :who, decided_at = now() WHERE id = :id")
                    .bind("state", state).bind("who", who).bind("id", linkId).execute();
            AuditLog.record(h, who, "link." + state.substring(0, state.length() - 2),
                    SeriesStore.map("link", linkId, "before", before.get(), "after", state));
            return h.createQuery(ENTRIES + " WHERE f.id = :id").bind("id", linkId).mapTo(FollowThrough.class).one();
        });
    }

    /** A person sets a commitment's status; the tracker leaves it so from then on. */
    public void setStatus(long commitmentId, String status, String by, String reason) {
        String who = Who.person(by);
        String s = status == null ? "" : status.strip().toLowerCase(Locale.ROOT);
        if (!CommitmentStatus.VALUES.contains(s)) {
            throw new StoreException("'" + status + "' is not a status; use one of " + String.join(", ", CommitmentStatus.VALUES));
        }
        jdbi.useTransaction(h -> decideStatus(h, commitmentId, s, who, reason));
    }

    /** A person's status for a commitment, in the caller's transaction, with the audit log: the one place a status is kept. */
    static void decideStatus(Handle h, long commitmentId, String status, String who, String reason) {
        requireCommitment(h, commitmentId);
        String before = h.createQuery("SELECT status FROM commitment_status WHERE commitment_id = :c")
                .bind("c", commitmentId).mapTo(String.class).findOne().orElse(null);
        h.createUpdate("""
                        INSERT INTO commitment_status (commitment_id, status, decided_by, decided_at, reason)
                        VALUES (:c, :status, :who, now(), :reason)
                        ON CONFLICT (commitment_id) DO UPDATE
                           SET status = :status, decided_by = :who, decided_at = now(), reason = :reason""")
                .bind("c", commitmentId).bind("status", status).bind("who", who).bind("reason", reason).execute();
        AuditLog.record(h, who, "commitment.status",
                SeriesStore.map("commitment", commitmentId, "before", before, "after", status, "reason", reason));
    }

    /** A person scores how far {@code party} kept a commitment: -1, 0 or +1, with a reason. */
    public void score(long commitmentId, String party, int score, String reason, String by) {
        String who = Who.person(by);
        if (score < -1 || score > 1) throw new StoreException("a score is -1, 0 or +1 (got " + score + ")");
        if (reason == null || reason.isBlank()) throw new StoreException("a score needs a reason (--reason TEXT)");
        String code = party == null ? "" : party.strip().toUpperCase(Locale.ROOT);
        jdbi.useTransaction(h -> {
            requireCommitment(h, commitmentId);
            List<String> parties = h.createQuery("""
                            SELECT ARRAY(SELECT jsonb_array_elements_text(r.record->'dialogue'->'parties'))
                              FROM commitments c JOIN rounds r ON r.id = c.round_id WHERE c.id = :c""")
                    .bind("c", commitmentId).mapTo(StoreRows.STRINGS).one();
            if (!parties.contains(code)) {
                throw new StoreException(party + " is not a party to commitment " + commitmentId
                        + " (its parties: " + String.join(", ", parties) + ")");
            }
            h.createUpdate("""
                            INSERT INTO scores (commitment_id, party, score, reason, scored_by, scored_at)
                            VALUES (:c, :party, :score, :reason, :who, now())
                            ON CONFLICT (commitment_id, party) DO UPDATE
                               SET score = :score, reason = :reason, scored_by = :who, scored_at = now()""")
                    .bind("c", commitmentId).bind("party", code).bind("score", (short) score)
                    .bind("reason", reason.strip()).bind("who", who).execute();
            AuditLog.record(h, who, "commitment.score",
                    SeriesStore.map("commitment", commitmentId, "party", code, "score", score, "reason", reason.strip()));
        });
    }

    public List<Score> scores() {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT commitment_id, party, score, reason, scored_by, %s AS scored_at
                          FROM scores ORDER BY commitment_id, party""".formatted(TIME.formatted("scored_at")))
                .mapTo(Score.class).list());
    }

    private static void requireCommitment(Handle h, long id) {
        boolean exists = h.createQuery("SELECT count(*) FROM commitments WHERE id = :id").bind("id", id)
                .mapTo(Long.class).one() > 0;
        if (!exists) throw new StoreException("there is no commitment " + id + " (see `communique commitments`)");
    }
}
