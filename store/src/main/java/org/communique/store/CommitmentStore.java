package org.communique.store;

import org.communique.model.Evidence;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
                          LEFT JOIN LATERAL (SELECT * FROM evidence e WHERE e.fact = 'commitment' AND e.fact_id = c.id
                                              ORDER BY e.id LIMIT 1) e ON true
                         WHERE NOT c.cut_off
                         ORDER BY c.round_id, c.position""")
                .map((rs, ctx) -> new CommitmentRow(rs.getLong("id"), rs.getLong("round_id"),
                        SeriesStore.strings(rs.getArray("actors")), rs.getString("text"), rs.getString("trigger"),
                        rs.getString("strength"), rs.getString("due"), rs.getString("place"),
                        rs.getString("quote") == null ? null
                                : new Evidence(rs.getInt("start_offset"), rs.getInt("end_offset"), rs.getString("quote"))))
                .list());
    }

    public List<ReferenceRow> references() {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT x.round_id, x.name, x.kind,
                               (SELECT e.quote FROM evidence e WHERE e.fact = 'reference' AND e.fact_id = x.id
                                 ORDER BY e.id LIMIT 1) AS quote
                          FROM round_references x ORDER BY x.round_id, x.id""")
                .map((rs, ctx) -> new ReferenceRow(rs.getLong("round_id"), rs.getString("name"), rs.getString("kind"),
                        rs.getString("quote")))
                .list());
    }

    public List<ActRow> acts() {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT a.round_id, a.actors, a.verb, a.kind, a.topics,
                               (SELECT e.quote FROM evidence e WHERE e.fact = 'act' AND e.fact_id = a.id
                                 ORDER BY e.id LIMIT 1) AS quote
                          FROM acts a ORDER BY a.round_id, a.position""")
                .map((rs, ctx) -> new ActRow(rs.getLong("round_id"), SeriesStore.strings(rs.getArray("actors")),
                        rs.getString("verb"), rs.getString("kind"), SeriesStore.strings(rs.getArray("topics")),
                        rs.getString("quote")))
                .list());
    }

    /** The topics of every round, each with the spans that mention it. */
    public List<TopicRow> topics() {
        Map<Long, List<Evidence>> spans = new LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery("""
                        SELECT fact_id, start_offset, end_offset, quote FROM evidence WHERE fact = 'topic' ORDER BY id""")
                .map((rs, ctx) -> Map.entry(rs.getLong("fact_id"),
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
                        SELECT r.id AS round_id, d.id AS document_id, r.date, d.text
                          FROM rounds r JOIN documents d ON d.id = r.document_id
                         WHERE r.id = ANY(:ids) ORDER BY r.id""")
                .bind("ids", roundIds.toArray(Long[]::new))
                .map(CommitmentStore::statementText).list());
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
                                SELECT r.id AS round_id, d.id AS document_id, r.date, d.text
                                  FROM documents d JOIN rounds r ON r.document_id = d.id
                                 WHERE r.id = ANY (:rounds)
                                   AND ((d.search @@ plainto_tsquery('english', :kind)
                                         AND d.search @@ websearch_to_tsquery('english', :any))
                                        OR (CAST(:named_by AS text) IS NOT NULL AND d.text ~* :named_by))
                                 ORDER BY r.date NULLS LAST, r.id""")
                        .bind("kind", q.kind()).bind("any", String.join(" OR ", q.anyOf())).bind("named_by", q.namedBy())
                        .bind("rounds", q.rounds().toArray(Long[]::new))
                        .map(CommitmentStore::statementText).list());
            }
            return out;
        });
    }

    private static StatementText statementText(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
            throws java.sql.SQLException {
        return new StatementText(rs.getLong("round_id"), rs.getLong("document_id"), rs.getString("date"), rs.getString("text"));
    }

    private static final String ENTRIES = "SELECT f.*, " + TIME.formatted("f.decided_at") + " AS decided FROM follow_through f";

    private static FollowThrough entry(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
            throws java.sql.SQLException {
        return new FollowThrough(rs.getLong("id"), rs.getLong("commitment_id"), rs.getString("rule"),
                (Long) rs.getObject("round_id"), (Long) rs.getObject("document_id"), rs.getString("seen_on"),
                rs.getString("quote"), confidence(rs.getFloat("confidence")), rs.getString("explanation"),
                rs.getString("recorded_by"), rs.getString("state"), rs.getString("decided_by"), rs.getString("decided"));
    }

    public List<FollowThrough> followThrough() {
        return jdbi.withHandle(h -> h.createQuery(ENTRIES + " ORDER BY f.commitment_id, f.seen_on NULLS LAST, f.id")
                .map(CommitmentStore::entry).list());
    }

    /**
     * Saves the tracker's proposals in one transaction: new ones are added, changed ones updated while
     * still only proposed, and proposals the tracker no longer makes are withdrawn. A link a person
     * confirmed or rejected is never touched, so a rejected link does not come back.
     */
    public Saved saveProposals(List<Proposal> proposals) {
        return jdbi.inTransaction(h -> {
            int added = 0;
            int updated = 0;
            Set<String> wanted = new HashSet<>();
            for (Proposal p : proposals) {
                wanted.add(p.commitmentId() + "/" + p.rule() + "/" + p.roundId());
                Optional<FollowThrough> known = h.createQuery(ENTRIES
                                + " WHERE f.commitment_id = :c AND f.rule = :rule AND f.round_id = :r")
                        .bind("c", p.commitmentId()).bind("rule", p.rule()).bind("r", p.roundId())
                        .map(CommitmentStore::entry).findOne();
                if (known.isEmpty()) {
                    h.createUpdate("""
                                    INSERT INTO follow_through (commitment_id, rule, round_id, document_id, seen_on, quote,
                                                                confidence, explanation)
                                    VALUES (:c, :rule, :r, :doc, :seen, :quote, :confidence, :explanation)""")
                            .bind("c", p.commitmentId()).bind("rule", p.rule()).bind("r", p.roundId())
                            .bind("doc", p.documentId()).bind("seen", p.seenOn()).bind("quote", p.quote())
                            .bind("confidence", (float) p.confidence()).bind("explanation", p.explanation()).execute();
                    added++;
                } else if ("proposed".equals(known.get().state()) && differs(known.get(), p)) {
                    h.createUpdate("""
                                    UPDATE follow_through SET document_id = :doc, seen_on = :seen, quote = :quote,
                                           confidence = :confidence, explanation = :explanation, recorded_at = now()
                                     WHERE id = :id""")
                            .bind("id", known.get().id()).bind("doc", p.documentId()).bind("seen", p.seenOn())
                            .bind("quote", p.quote()).bind("confidence", (float) p.confidence())
                            .bind("explanation", p.explanation()).execute();
                    updated++;
                }
            }
            int removed = 0;
            List<FollowThrough> stale = h.createQuery(ENTRIES + " WHERE f.recorded_by = 'tracker' AND f.state = 'proposed'")
                    .map(CommitmentStore::entry).list();
            for (FollowThrough f : stale) {
                if (!wanted.contains(f.commitmentId() + "/" + f.rule() + "/" + f.roundId())) {
                    removed += h.execute("DELETE FROM follow_through WHERE id = ?", f.id());
                }
            }
            return new Saved(added, updated, removed);
        });
    }

    private static boolean differs(FollowThrough known, Proposal p) {
        return Math.abs(known.confidence() - (float) p.confidence()) > 1e-6
                || !p.explanation().equals(known.explanation())
                || !java.util.Objects.equals(p.quote(), known.quote())
                || !java.util.Objects.equals(p.seenOn(), known.seenOn())
                || !java.util.Objects.equals(p.documentId(), known.documentId());
    }

    public Map<Long, CommitmentStatus> statuses() {
        Map<Long, CommitmentStatus> out = new LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery("""
                        SELECT commitment_id, status, decided_by, %s AS decided, reason
                          FROM commitment_status ORDER BY commitment_id""".formatted(TIME.formatted("decided_at")))
                .map((rs, ctx) -> new CommitmentStatus(rs.getLong("commitment_id"), rs.getString("status"),
                        rs.getString("decided_by"), rs.getString("decided"), rs.getString("reason")))
                .forEach(s -> out.put(s.commitmentId(), s)));
        return out;
    }

    /**
     * Sets the tracker's statuses (commitment id to status and reason) in one transaction; a status a
     * person set stays. Returns how many rows changed.
     */
    public int saveTrackerStatuses(Map<Long, Map.Entry<String, String>> statuses) {
        return jdbi.inTransaction(h -> {
            int changed = 0;
            for (Map.Entry<Long, Map.Entry<String, String>> e : statuses.entrySet()) {
                changed += h.createUpdate("""
                                INSERT INTO commitment_status (commitment_id, status, reason) VALUES (:c, :status, :reason)
                                ON CONFLICT (commitment_id) DO UPDATE
                                   SET status = EXCLUDED.status, reason = EXCLUDED.reason, decided_at = now()
                                 WHERE commitment_status.decided_by = 'tracker'
                                   AND (commitment_status.status, commitment_status.reason)
                                       IS DISTINCT FROM (EXCLUDED.status, EXCLUDED.reason)""")
                        .bind("c", e.getKey()).bind("status", e.getValue().getKey())
                        .bind("reason", e.getValue().getValue()).execute();
            }
            return changed;
        });
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
            return h.createQuery(ENTRIES + " WHERE f.id = :id").bind("id", linkId).map(CommitmentStore::entry).one();
        });
    }

    /** A person sets a commitment's status; the tracker leaves it so from then on. */
    public void setStatus(long commitmentId, String status, String by, String reason) {
        String who = Who.person(by);
        String s = status == null ? "" : status.strip().toLowerCase(Locale.ROOT);
        if (!CommitmentStatus.VALUES.contains(s)) {
            throw new StoreException("'" + status + "' is not a status; use one of " + String.join(", ", CommitmentStatus.VALUES));
        }
        jdbi.useTransaction(h -> {
            requireCommitment(h, commitmentId);
            String before = h.createQuery("SELECT status FROM commitment_status WHERE commitment_id = :c")
                    .bind("c", commitmentId).mapTo(String.class).findOne().orElse(null);
            h.createUpdate("""
                            INSERT INTO commitment_status (commitment_id, status, decided_by, decided_at, reason)
                            VALUES (:c, :status, :who, now(), :reason)
                            ON CONFLICT (commitment_id) DO UPDATE
                               SET status = :status, decided_by = :who, decided_at = now(), reason = :reason""")
                    .bind("c", commitmentId).bind("status", s).bind("who", who).bind("reason", reason).execute();
            AuditLog.record(h, who, "commitment.status",
                    SeriesStore.map("commitment", commitmentId, "before", before, "after", s, "reason", reason));
        });
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
                    .bind("c", commitmentId).map((rs, ctx) -> SeriesStore.strings(rs.getArray(1))).one();
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
                        SELECT commitment_id, party, score, reason, scored_by, %s AS at
                          FROM scores ORDER BY commitment_id, party""".formatted(TIME.formatted("scored_at")))
                .map((rs, ctx) -> new Score(rs.getLong("commitment_id"), rs.getString("party"), rs.getInt("score"),
                        rs.getString("reason"), rs.getString("scored_by"), rs.getString("at")))
                .list());
    }

    private static void requireCommitment(Handle h, long id) {
        boolean exists = h.createQuery("SELECT count(*) FROM commitments WHERE id = :id").bind("id", id)
                .mapTo(Long.class).one() > 0;
        if (!exists) throw new StoreException("there is no commitment " + id + " (see `communique commitments`)");
    }

    /**
     * A confidence is stored as real: read it as the float it is, so that 0.95 stays 0.95 whether the driver
     * gets text or (on a pooled connection's prepared statement) binary from the server.
     */
    private static double confidence(float stored) {
        return Double.parseDouble(Float.toString(stored));
    }
}
