package org.communique.store;

import org.communique.model.Commitment;
import org.communique.model.Participant;
import org.communique.model.RoundRecord;
import org.communique.model.TopicFound;
import org.jdbi.v3.core.Jdbi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * People's corrections of the record. The reader's reading ({@code rounds.record}) is never changed: a
 * correction is a row beside it, with who and when, and the latest correction of a field is in force.
 */
public final class CorrectionStore {
    /** The statuses a commitment may have (issue 4's follow-through). */
    public static final List<String> STATUSES = CommitmentStatus.VALUES;

    private final Jdbi jdbi;

    public CorrectionStore(Database db) {
        this.jdbi = db.jdbi();
    }

    public record Correction(long id, String fact, String factKey, String field, String original, String value,
                             String userName, Instant madeAt, String note) {}

    /** What a person asks to change. {@code key}: a participant's name, a topic's code, a commitment's position. */
    public record Change(String fact, String key, String field, String value, String note) {}

    /** A round as people see it: the reading, the corrected record, commitment statuses and the corrections. */
    public record CorrectedRound(long roundId, RoundRecord read, RoundRecord record, List<String> statuses,
                                 List<Correction> inForce, List<Correction> history) {
        /** The correction in force for one field of one fact, if any. */
        public Optional<Correction> correction(String fact, String key, String field) {
            String k = keyOf(fact, key);
            return inForce.stream().filter(c -> c.fact().equals(fact) && c.factKey().equals(k) && c.field().equals(field))
                    .findFirst();
        }
    }

    static String keyOf(String fact, String key) {
        return "participant".equals(fact) ? PersonKey.of(key) : key;
    }

    /** Stores one correction after checking it names a fact of the round; returns its id. */
    public long add(long roundId, RoundRecord read, Change change, long userId) {
        String fact = change.fact();
        String field = change.field();
        String value = change.value() == null ? "" : change.value().strip();
        String original;
        String originalText = null;
        String key;
        switch (fact == null ? "" : fact) {
            case "participant" -> {
                if (!"title".equals(field)) throw new StoreException("a participant's correctable field is its title");
                Participant p = read.participants().stream().filter(x -> PersonKey.of(x.name()).equals(PersonKey.of(change.key())))
                        .findFirst().orElseThrow(() -> new StoreException("round " + roundId + " has no participant named " + change.key()));
                if (value.isEmpty()) throw new StoreException("a title cannot be corrected to nothing");
                if (value.length() > 300) throw new StoreException("a title is at most 300 characters");
                key = PersonKey.of(p.name());
                original = p.title();
            }
            case "topic" -> {
                if (!"topic".equals(field)) throw new StoreException("a topic's correctable field is topic (its code, or empty to remove it)");
                TopicFound t = read.topics().stream().filter(x -> x.code().equals(change.key())).findFirst()
                        .orElseThrow(() -> new StoreException("round " + roundId + " has no topic " + change.key()));
                if (!value.isEmpty() && topic(value).isEmpty()) throw new StoreException("there is no topic with the code " + value);
                key = t.code();
                original = t.code();
            }
            case "commitment" -> {
                if (!"status".equals(field)) throw new StoreException("a commitment's correctable field is its status");
                int pos = position(change.key(), read.commitments().size(), roundId);
                if (!STATUSES.contains(value)) throw new StoreException("a commitment's status is one of " + String.join(", ", STATUSES));
                key = Integer.toString(pos);
                original = statuses(roundId, read.commitments().size()).get(pos);
                originalText = read.commitments().get(pos).text();
            }
            default -> throw new StoreException("a correction is of a participant, a topic or a commitment, not '" + fact + "'");
        }
        String note = change.note() == null || change.note().isBlank() ? null : change.note().strip();
        if (note != null && note.length() > 1000) throw new StoreException("a note is at most 1000 characters");
        String sha = read.source().sha256();
        String k = key;
        String o = original;
        String ot = originalText;
        return jdbi.inTransaction(h -> {
            long id = h.createUpdate("""
                            INSERT INTO corrections (document_sha256, round_id, fact, fact_key, field, original, value,
                                                     original_text, user_id, note)
                            VALUES (:sha, :r, :fact, :key, :field, :orig, :value, :otext, :u, :note)""")
                    .bind("sha", sha).bind("r", roundId).bind("fact", fact).bind("key", k).bind("field", field)
                    .bind("orig", o).bind("value", value).bind("otext", ot).bind("u", userId).bind("note", note)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            // a status is kept in one place, commitment_status: the correction is that person's decision there
            if ("status".equals(field)) {
                long commitment = h.createQuery("SELECT id FROM commitments WHERE round_id = :r AND position = :p")
                        .bind("r", roundId).bind("p", Integer.parseInt(k)).mapTo(Long.class).one();
                String who = h.createQuery("SELECT name FROM users WHERE id = :u").bind("u", userId).mapTo(String.class).one();
                CommitmentStore.decideStatus(h, commitment, value, who, note);
            }
            return id;
        });
    }

    private static int position(String key, int size, long roundId) {
        try {
            int pos = Integer.parseInt(key);
            if (pos >= 0 && pos < size) return pos;
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new StoreException("round " + roundId + " has no commitment " + key + " (they are numbered from 0)");
    }

    /** The label and track of a known topic code. */
    public Optional<String[]> topic(String code) {
        return jdbi.withHandle(h -> h.createQuery("SELECT label, track FROM topics WHERE code = :c").bind("c", code)
                .map((rs, ctx) -> new String[] {rs.getString("label"), rs.getString("track")}).findOne());
    }

    /** Every topic known to the store, by code, as {label, track}. */
    public Map<String, String[]> topics() {
        Map<String, String[]> out = new LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT code, label, track FROM topics ORDER BY track, label")
                .map((rs, ctx) -> new String[] {rs.getString("code"), rs.getString("label"), rs.getString("track")})
                .forEach(a -> out.put(a[0], new String[] {a[1], a[2]})));
        return out;
    }

    /** Every correction of the statement, oldest first. */
    public List<Correction> history(String sha256) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT c.id, c.fact, c.fact_key, c.field, c.original, c.value, u.name AS user_name, c.made_at, c.note
                          FROM corrections c JOIN users u ON u.id = c.user_id
                         WHERE c.document_sha256 = :sha ORDER BY c.id""")
                .bind("sha", sha256).mapTo(Correction.class).list());
    }

    /** The status of each commitment of a round as it stands (commitment_status, through commitment_status_now). */
    private List<String> statuses(long roundId, int size) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < size; i++) out.add("open");
        jdbi.useHandle(h -> h.createQuery("""
                        SELECT c.position, s.status FROM commitments c JOIN commitment_status_now s ON s.commitment_id = c.id
                         WHERE c.round_id = :r""")
                .bind("r", roundId).map((rs, ctx) -> Map.entry(rs.getInt("position"), rs.getString("status")))
                .forEach(e -> {
                    if (e.getKey() >= 0 && e.getKey() < size && e.getValue() != null) out.set(e.getKey(), e.getValue());
                }));
        return out;
    }

    /** The stored id of a round's commitment at a position, if any. */
    public Optional<Long> commitmentId(long roundId, int position) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM commitments WHERE round_id = :r AND position = :p")
                .bind("r", roundId).bind("p", position).mapTo(Long.class).findOne());
    }

    /** The round with the corrections in force applied; the reading itself is returned beside it, unchanged. */
    public CorrectedRound apply(long roundId, RoundRecord read) {
        List<Correction> history = history(read.source().sha256());
        Map<String, Correction> latest = new LinkedHashMap<>();
        for (Correction c : history) latest.put(c.fact() + "\u0000" + c.factKey() + "\u0000" + c.field(), c);
        List<Correction> inForce = new ArrayList<>(latest.values());

        List<Participant> people = new ArrayList<>();
        for (Participant p : read.participants()) {
            Correction c = latest.get("participant\u0000" + PersonKey.of(p.name()) + "\u0000title");
            people.add(c == null ? p : new Participant(p.name(), c.value(), p.party(), p.role(), p.evidence()));
        }
        List<TopicFound> topics = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Map<String, String[]> known = new HashMap<>();
        for (TopicFound t : read.topics()) {
            Correction c = latest.get("topic\u0000" + t.code() + "\u0000topic");
            TopicFound now = t;
            if (c != null) {
                if (c.value().isEmpty()) continue;
                String[] lt = known.computeIfAbsent(c.value(), code -> topic(code).orElse(new String[] {code, t.track()}));
                now = new TopicFound(c.value(), lt[0], lt[1], t.evidence());
            }
            if (seen.add(now.code())) topics.add(now);
        }
        List<String> statuses = statuses(roundId, read.commitments().size());
        List<Commitment> commitments = read.commitments();
        RoundRecord record = new RoundRecord(read.source(), read.dialogue(), read.round(), people, topics, read.acts(),
                commitments, read.nextRound(), read.references(), read.warnings());
        return new CorrectedRound(roundId, read, record, statuses, inForce, history);
    }
}
