package org.communique.store;

import org.communique.model.Act;
import org.communique.model.Commitment;
import org.communique.model.Document;
import org.communique.model.Evidence;
import org.communique.model.Participant;
import org.communique.model.Reading;
import org.communique.model.Records;
import org.communique.model.Reference;
import org.communique.model.RoundRecord;
import org.communique.model.TopicFound;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes the rows of many readings inside the caller's transaction: one batched INSERT per table rather than
 * one per row, with ids taken from the tables' sequences beforehand so that evidence can point at its fact
 * without a round trip per fact.
 */
final class RoundWriter {
    private final Handle h;

    RoundWriter(Handle h) {
        this.h = h;
    }

    List<RoundStore.Ingested> write(List<Reading> readings) {
        Map<String, Long> known = knownRounds(readings);
        List<Reading> fresh = new ArrayList<>();
        Map<String, Integer> freshIndex = new HashMap<>();
        for (Reading r : readings) {
            String sha = r.document().sha256();
            if (!known.containsKey(sha) && !freshIndex.containsKey(sha)) {
                freshIndex.put(sha, fresh.size());
                fresh.add(r);
            }
        }
        long[] docIds = ids("documents_id_seq", fresh.size());
        long[] roundIds = ids("rounds_id_seq", fresh.size());
        if (!fresh.isEmpty()) writeRounds(fresh, docIds, roundIds);

        List<RoundStore.Ingested> out = new ArrayList<>(readings.size());
        Set<String> reported = new HashSet<>();
        for (Reading r : readings) {
            String sha = r.document().sha256();
            Long old = known.get(sha);
            if (old != null) {
                out.add(new RoundStore.Ingested(RoundStore.Outcome.ALREADY_KNOWN, old));
            } else {
                long id = roundIds[freshIndex.get(sha)];
                // the same bytes twice in one batch: the second is known by then
                out.add(new RoundStore.Ingested(reported.add(sha) ? RoundStore.Outcome.NEW_ROUND
                        : RoundStore.Outcome.ALREADY_KNOWN, id));
            }
        }
        return out;
    }

    private Map<String, Long> knownRounds(List<Reading> readings) {
        String[] shas = readings.stream().map(r -> r.document().sha256()).distinct().toArray(String[]::new);
        Map<String, Long> known = new HashMap<>();
        h.createQuery("SELECT d.sha256, r.id FROM documents d JOIN rounds r ON r.document_id = d.id WHERE d.sha256 = ANY (:shas)")
                .bind("shas", shas)
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .forEach(e -> known.put(e.getKey(), e.getValue()));
        return known;
    }

    /** {@code n} fresh ids from a sequence, in increasing order. */
    private long[] ids(String sequence, int n) {
        if (n == 0) return new long[0];
        return h.createQuery("SELECT nextval(CAST(:seq AS regclass)) FROM generate_series(1, :n) ORDER BY 1")
                .bind("seq", sequence).bind("n", n).mapTo(Long.class).stream().mapToLong(Long::longValue).toArray();
    }

    private void writeRounds(List<Reading> fresh, long[] docIds, long[] roundIds) {
        Map<String, Long> people = people(fresh);
        CopyRows documents = new CopyRows("documents", "id", "sha256", "media_type", "file_name", "publisher", "title",
                "source_url", "text", "body_start", "body_end", "sentences");
        CopyRows rounds = new CopyRows("rounds", "id", "dialogue_key", "parties", "document_id", "name", "ordinal", "date",
                "place", "host", "next_place", "next_due", "record");
        Facts facts = new Facts();
        for (int i = 0; i < fresh.size(); i++) {
            Document doc = fresh.get(i).document();
            RoundRecord r = fresh.get(i).record();
            documents.add(docIds[i], doc.sha256(), doc.mediaType(), doc.fileName(), r.source().publisher(),
                    r.source().title(), doc.sourceUrl(), doc.text(), r.source().bodyStart(), r.source().bodyEnd(),
                    StoredSentences.toColumn(r.source().sentences()));
            rounds.add(roundIds[i], DialogueKey.of(r.dialogue()), List.copyOf(new TreeSet<>(r.dialogue().parties())), docIds[i],
                    r.dialogue().name(),
                    r.round().ordinal(), r.round().date(), r.round().place(), r.round().host(),
                    r.nextRound() == null ? null : r.nextRound().place(), r.nextRound() == null ? null : r.nextRound().due(),
                    Records.write(RoundStore.withSentences(r, List.of()))); // the sentences are the document's
            facts.add(r, docIds[i], roundIds[i], people);
        }
        documents.copy(h);
        rounds.copy(h);
        facts.write();
        restoreCorrectedStatuses(docIds);
    }

    /**
     * A statement read again (its old rows deleted, new ones made) gets back the statuses people corrected on the web:
     * a correction names its commitment by the statement's hash and the commitment's position, which survive rereading.
     */
    private void restoreCorrectedStatuses(long[] docIds) {
        h.createUpdate("""
                        INSERT INTO commitment_status (commitment_id, status, decided_by, decided_at, reason)
                        SELECT c.id, k.value, u.name, k.made_at, kc.note
                          FROM documents d
                          JOIN corrections_in_force k ON k.document_sha256 = d.sha256 AND k.fact = 'commitment'
                               AND k.field = 'status'
                          JOIN corrections kc ON kc.id = k.id
                          JOIN users u ON u.id = kc.user_id
                          JOIN rounds r ON r.document_id = d.id
                          JOIN commitments c ON c.round_id = r.id AND c.position::text = k.fact_key
                         WHERE d.id = ANY (:docs)""")
                .bind("docs", java.util.Arrays.stream(docIds).boxed().toArray(Long[]::new)).execute();
    }

    /**
     * The id of every participant's person (by name key), created where no one has that key yet. A writer beside this
     * one may create the same key meanwhile: the key is unique (V11), so that insert waits for the other to commit
     * and then leaves its row, which the last lookup finds.
     */
    private Map<String, Long> people(List<Reading> fresh) {
        Map<String, String> nameByKey = new TreeMap<>(); // sorted: concurrent writers take the keys in one order, no deadlock
        for (Reading r : fresh) {
            for (Participant p : r.record().participants()) nameByKey.putIfAbsent(PersonKey.of(p.name()), p.name());
        }
        Map<String, Long> ids = new HashMap<>();
        if (nameByKey.isEmpty()) return ids;
        lookUpPeople(nameByKey.keySet(), ids);
        List<String> missing = nameByKey.keySet().stream().filter(k -> !ids.containsKey(k)).toList();
        if (missing.isEmpty()) return ids;
        h.createQuery("""
                        INSERT INTO people (name, key)
                        SELECT n.name, n.key FROM unnest(CAST(:names AS text[]), CAST(:keys AS text[])) AS n (name, key)
                         ORDER BY n.key
                        ON CONFLICT (key) DO NOTHING
                        RETURNING key, id""")
                .bind("names", missing.stream().map(nameByKey::get).toArray(String[]::new))
                .bind("keys", missing.toArray(String[]::new))
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .forEach(e -> ids.put(e.getKey(), e.getValue()));
        List<String> takenMeanwhile = missing.stream().filter(k -> !ids.containsKey(k)).toList();
        if (!takenMeanwhile.isEmpty()) lookUpPeople(takenMeanwhile, ids);
        return ids;
    }

    private void lookUpPeople(Collection<String> keys, Map<String, Long> ids) {
        h.createQuery("SELECT key, id FROM people WHERE key = ANY (:keys)")
                .bind("keys", keys.toArray(String[]::new))
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .forEach(e -> ids.put(e.getKey(), e.getValue()));
    }

    /** A fact of a round, at its place in the record's list. */
    /** Evidence of a fact whose id is known once its table's ids are drawn: {@code index} into that table's rows. */
    private record Pending(long doc, long round, String fact, int index, Evidence e) {}

    /** The fact rows of many rounds, gathered first and then written table by table. */
    private final class Facts {
        final CopyRows attendance = new CopyRows("attendance", "round_id", "person_id", "party", "role", "position");
        final CopyRows posts = new CopyRows("posts", "person_id", "round_id", "title", "party", "seen_on");
        final Map<String, TopicFound> topics = new TreeMap<>(); // sorted: concurrent writers lock topic rows in one order
        final CopyRows roundTopics = new CopyRows("round_topics", "id", "round_id", "topic_code");
        final CopyRows acts = new CopyRows("acts", "id", "round_id", "position", "actors", "verb", "kind", "topics");
        final CopyRows commitments = new CopyRows("commitments", "id", "round_id", "position", "actors", "text", "trigger",
                "strength", "due", "place", "cut_off");
        final CopyRows references = new CopyRows("round_references", "id", "round_id", "name", "kind");
        final CopyRows evidence = new CopyRows("evidence", "document_id", "round_id", "fact", "fact_id", "start_offset",
                "end_offset", "quote");
        final List<Pending> pending = new ArrayList<>();
        final List<Object[]> topicRows = new ArrayList<>();
        final List<Object[]> actRows = new ArrayList<>();
        final List<Object[]> commitmentRows = new ArrayList<>();
        final List<Object[]> referenceRows = new ArrayList<>();

        void add(RoundRecord r, long docId, long roundId, Map<String, Long> people) {
            Set<Long> present = new HashSet<>();
            int pos = 0;
            for (Participant p : r.participants()) {
                long person = people.get(PersonKey.of(p.name()));
                int position = pos++;
                if (!present.add(person)) continue; // the same person twice in one statement: keep the first
                attendance.add(roundId, person, p.party(), p.role().code(), position);
                if (p.title() != null) posts.add(person, roundId, p.title(), p.party(), r.round().date());
                for (Evidence e : p.evidence()) evidence(docId, roundId, "participant", person, e);
            }
            Set<String> codes = new HashSet<>();
            for (TopicFound t : r.topics()) {
                if (!codes.add(t.code())) continue;
                topics.putIfAbsent(t.code(), t);
                topicRows.add(new Object[]{roundId, t.code()});
                for (Evidence e : t.evidence()) pending.add(new Pending(docId, roundId, "topic", topicRows.size() - 1, e));
            }
            pos = 0;
            for (Act a : r.acts()) {
                actRows.add(new Object[]{roundId, pos++, a.actors(), a.verb(), a.kind(), a.topics()});
                if (a.evidence() != null) pending.add(new Pending(docId, roundId, "act", actRows.size() - 1, a.evidence()));
            }
            pos = 0;
            for (Commitment c : r.commitments()) {
                commitmentRows.add(new Object[]{roundId, pos++, c.actors(), c.text(), c.trigger(), c.strength(), c.due(), c.place(),
                        c.cutOff()});
                if (c.evidence() != null) {
                    pending.add(new Pending(docId, roundId, "commitment", commitmentRows.size() - 1, c.evidence()));
                }
            }
            for (Reference ref : r.references()) {
                referenceRows.add(new Object[]{roundId, ref.name(), ref.kind()});
                for (Evidence e : ref.evidence()) pending.add(new Pending(docId, roundId, "reference", referenceRows.size() - 1, e));
            }
        }

        private void evidence(long doc, long round, String fact, long factId, Evidence e) {
            evidence.add(doc, round, fact, factId, e.start(), e.end(), e.quote());
        }

        void write() {
            attendance.copy(h);
            posts.copy(h);
            if (!topics.isEmpty()) {
                PreparedBatch b = h.prepareBatch("INSERT INTO topics (code, label, track) VALUES (?, ?, ?) ON CONFLICT (code) DO NOTHING");
                for (TopicFound t : topics.values()) b.bind(0, t.code()).bind(1, t.label()).bind(2, t.track()).add();
                b.execute();
            }
            Map<String, long[]> ids = Map.of("topic", withIds(roundTopics, topicRows, "round_topics_id_seq"),
                    "act", withIds(acts, actRows, "acts_id_seq"),
                    "commitment", withIds(commitments, commitmentRows, "commitments_id_seq"),
                    "reference", withIds(references, referenceRows, "round_references_id_seq"));
            for (Pending p : pending) evidence(p.doc(), p.round(), p.fact(), ids.get(p.fact())[p.index()], p.e());
            roundTopics.copy(h);
            acts.copy(h);
            commitments.copy(h);
            references.copy(h);
            evidence.copy(h);
        }

        /** Draws the ids of a table's rows and adds the rows with them; returns the ids in row order. */
        private long[] withIds(CopyRows table, List<Object[]> rows, String sequence) {
            long[] drawn = ids(sequence, rows.size());
            for (int i = 0; i < rows.size(); i++) {
                Object[] values = new Object[rows.get(i).length + 1];
                values[0] = drawn[i];
                System.arraycopy(rows.get(i), 0, values, 1, rows.get(i).length);
                table.add(values);
            }
            return drawn;
        }
    }
}
