package org.communique.store;

import org.communique.model.Act;
import org.communique.model.Commitment;
import org.communique.model.Document;
import org.communique.model.Evidence;
import org.communique.model.Participant;
import org.communique.model.Reading;
import org.communique.model.RecordJson;
import org.communique.model.Reference;
import org.communique.model.RoundRecord;
import org.communique.model.TopicFound;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.util.List;
import java.util.Optional;

/** Rounds in and out of PostgreSQL. One document is one transaction: all its rows, or none. */
public final class RoundStore {
    private final Jdbi jdbi;

    public RoundStore(Database db) {
        this.jdbi = db.jdbi();
    }

    public enum Outcome { NEW_ROUND, ALREADY_KNOWN }

    public record Ingested(Outcome outcome, long roundId) {}

    /** Stores the document and its round; the same bytes a second time change nothing. */
    public Ingested ingest(Reading reading) {
        return jdbi.inTransaction(h -> {
            Document doc = reading.document();
            RoundRecord r = reading.record();
            Optional<Long> known = h.createQuery(
                            "SELECT r.id FROM documents d JOIN rounds r ON r.document_id = d.id WHERE d.sha256 = :sha")
                    .bind("sha", doc.sha256()).mapTo(Long.class).findOne();
            if (known.isPresent()) return new Ingested(Outcome.ALREADY_KNOWN, known.get());

            long docId = h.createUpdate("""
                            INSERT INTO documents (sha256, media_type, file_name, publisher, title, source_url, text,
                                                   body_start, body_end)
                            VALUES (:sha, :type, :file, :publisher, :title, :url, :text, :bs, :be)""")
                    .bind("sha", doc.sha256()).bind("type", doc.mediaType()).bind("file", doc.fileName())
                    .bind("publisher", r.source().publisher()).bind("title", r.source().title())
                    .bind("url", doc.sourceUrl()).bind("text", doc.text())
                    .bind("bs", r.source().bodyStart()).bind("be", r.source().bodyEnd())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();

            long dialogueId = dialogue(h, r);
            long roundId = h.createUpdate("""
                            INSERT INTO rounds (dialogue_id, document_id, name, ordinal, date, place, host,
                                                next_place, next_due, record)
                            VALUES (:d, :doc, :name, :ordinal, :date, :place, :host, :np, :nd, CAST(:record AS jsonb))""")
                    .bind("d", dialogueId).bind("doc", docId).bind("name", r.dialogue().name())
                    .bind("ordinal", r.round().ordinal()).bind("date", r.round().date())
                    .bind("place", r.round().place()).bind("host", r.round().host())
                    .bind("np", r.nextRound() == null ? null : r.nextRound().place())
                    .bind("nd", r.nextRound() == null ? null : r.nextRound().due())
                    .bind("record", RecordJson.write(r))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();

            Facts facts = new Facts(h, docId, roundId);
            int pos = 0;
            for (Participant p : r.participants()) facts.participant(p, r.round().date(), pos++);
            for (TopicFound t : r.topics()) facts.topic(t);
            pos = 0;
            for (Act a : r.acts()) facts.act(a, pos++);
            pos = 0;
            for (Commitment c : r.commitments()) facts.commitment(c, pos++);
            for (Reference ref : r.references()) facts.reference(ref);
            return new Ingested(Outcome.NEW_ROUND, roundId);
        });
    }

    private static long dialogue(Handle h, RoundRecord r) {
        String key = DialogueKey.of(r.dialogue());
        Optional<Long> id = h.createQuery("SELECT id FROM dialogues WHERE key = :key")
                .bind("key", key).mapTo(Long.class).findOne();
        if (id.isPresent()) return id.get();
        long created = h.createUpdate("INSERT INTO dialogues (key, name, acronym) VALUES (:key, :name, :acronym)")
                .bind("key", key).bind("name", r.dialogue().name()).bind("acronym", r.dialogue().acronym())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        for (String party : r.dialogue().parties()) {
            h.execute("INSERT INTO parties (code) VALUES (?) ON CONFLICT DO NOTHING", party);
            h.execute("INSERT INTO dialogue_parties (dialogue_id, party) VALUES (?, ?)", created, party);
        }
        return created;
    }

    /** The rows of one round's facts, each with its evidence. */
    private record Facts(Handle h, long docId, long roundId) {
        void participant(Participant p, String date, int position) {
            String key = PersonKey.of(p.name());
            long personId = h.createQuery("SELECT id FROM people WHERE key = :key ORDER BY id LIMIT 1")
                    .bind("key", key).mapTo(Long.class).findOne()
                    .orElseGet(() -> h.createUpdate("INSERT INTO people (name, key) VALUES (:name, :key)")
                            .bind("name", p.name()).bind("key", key)
                            .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
            int added = h.createUpdate("""
                            INSERT INTO attendance (round_id, person_id, party, role, position)
                            VALUES (:r, :p, :party, :role, :pos) ON CONFLICT DO NOTHING""")
                    .bind("r", roundId).bind("p", personId).bind("party", p.party())
                    .bind("role", p.role().code()).bind("pos", position).execute();
            if (added == 0) return; // the same person twice in one statement: keep the first
            if (p.title() != null) {
                h.execute("INSERT INTO posts (person_id, round_id, title, party, seen_on) VALUES (?, ?, ?, ?, ?)",
                        personId, roundId, p.title(), p.party(), date);
            }
            evidence("participant", personId, p.evidence());
        }

        void topic(TopicFound t) {
            h.execute("INSERT INTO topics (code, label, track) VALUES (?, ?, ?) ON CONFLICT (code) DO NOTHING",
                    t.code(), t.label(), t.track());
            long id = h.createUpdate("INSERT INTO round_topics (round_id, topic_code) VALUES (:r, :code)")
                    .bind("r", roundId).bind("code", t.code())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            evidence("topic", id, t.evidence());
        }

        void act(Act a, int position) {
            long id = h.createUpdate("""
                            INSERT INTO acts (round_id, position, actors, verb, kind, topics)
                            VALUES (:r, :pos, :actors, :verb, :kind, :topics)""")
                    .bind("r", roundId).bind("pos", position)
                    .bind("actors", a.actors().toArray(String[]::new)).bind("verb", a.verb()).bind("kind", a.kind())
                    .bind("topics", a.topics().toArray(String[]::new))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            evidence("act", id, a.evidence() == null ? List.of() : List.of(a.evidence()));
        }

        void commitment(Commitment c, int position) {
            long id = h.createUpdate("""
                            INSERT INTO commitments (round_id, position, actors, text, trigger, strength, due, place)
                            VALUES (:r, :pos, :actors, :text, :trigger, :strength, :due, :place)""")
                    .bind("r", roundId).bind("pos", position).bind("actors", c.actors().toArray(String[]::new))
                    .bind("text", c.text()).bind("trigger", c.trigger()).bind("strength", c.strength())
                    .bind("due", c.due()).bind("place", c.place())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            evidence("commitment", id, c.evidence() == null ? List.of() : List.of(c.evidence()));
        }

        void reference(Reference ref) {
            long id = h.createUpdate("INSERT INTO round_references (round_id, name, kind) VALUES (:r, :name, :kind)")
                    .bind("r", roundId).bind("name", ref.name()).bind("kind", ref.kind())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            evidence("reference", id, ref.evidence());
        }

        void evidence(String fact, long factId, List<Evidence> spans) {
            for (Evidence e : spans) {
                h.execute("""
                                INSERT INTO evidence (document_id, round_id, fact, fact_id, start_offset, end_offset, quote)
                                VALUES (?, ?, ?, ?, ?, ?, ?)""",
                        docId, roundId, fact, factId, e.start(), e.end(), e.quote());
            }
        }
    }

    /** One line per stored round, oldest meeting first. */
    public List<RoundSummary> rounds() {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT r.id, d.key, COALESCE(r.name, d.name) AS name, r.ordinal, r.date, r.place, r.host,
                               (SELECT string_agg(p.party, ',' ORDER BY p.party) FROM dialogue_parties p
                                 WHERE p.dialogue_id = d.id) AS parties,
                               doc.file_name
                          FROM rounds r JOIN dialogues d ON d.id = r.dialogue_id JOIN documents doc ON doc.id = r.document_id
                         ORDER BY r.date NULLS LAST, r.id""")
                .map((rs, ctx) -> new RoundSummary(rs.getLong("id"), rs.getString("key"), rs.getString("name"),
                        (Integer) rs.getObject("ordinal"), rs.getString("date"), rs.getString("place"),
                        rs.getString("host"), rs.getString("parties") == null ? List.of()
                        : List.of(rs.getString("parties").split(",")), rs.getString("file_name")))
                .list());
    }

    /** The stored record of one round, as the reader produced it. */
    public Optional<RoundRecord> record(long roundId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT record::text FROM rounds WHERE id = :id")
                .bind("id", roundId).mapTo(String.class).findOne().map(RecordJson::read));
    }

    /** Row counts of the main tables, for checks and for the user's summary. */
    public long count(String table) {
        if (!table.matches("[a-z_]+")) throw new IllegalArgumentException("not a table name: " + table);
        return jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM " + table).mapTo(Long.class).one());
    }
}
