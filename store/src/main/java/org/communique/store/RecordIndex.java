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
import java.util.Optional;

/**
 * The stored record listed and searched: dialogues, rounds, people and commitments, with filters and
 * PostgreSQL full-text search. Corrections are in force everywhere (through the views of V3).
 */
public final class RecordIndex {
    /** Marks around the matched words in a snippet (control characters no statement text carries). */
    public static final char MATCH_START = '\u0002';
    public static final char MATCH_END = '\u0003';

    private final Jdbi jdbi;

    public RecordIndex(Database db) {
        this.jdbi = db.jdbi();
    }

    /** What to look for: words (websearch syntax) and facets; blank fields are no filter. */
    public record Filter(String q, String party, String year, String track, String topic, String status, String dialogue) {
        public static final Filter NONE = new Filter(null, null, null, null, null, null, null);

        public Filter {
            q = blankToNull(q);
            party = blankToNull(party);
            year = blankToNull(year);
            track = blankToNull(track);
            topic = blankToNull(topic);
            status = blankToNull(status);
            dialogue = blankToNull(dialogue);
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }

        public boolean isEmpty() {
            return q == null && party == null && year == null && track == null && topic == null && status == null
                    && dialogue == null;
        }
    }

    public record DialogueLine(long id, String key, String name, String acronym, List<String> parties, int rounds,
                               Long lastRoundId, String lastDate, String lastPlace, Integer lastOrdinal, int openCommitments) {}

    public record RoundLine(long id, String dialogueKey, String dialogue, List<String> parties, Integer ordinal,
                            String date, String place, String host, String publisher, String fileName, String snippet) {}

    public record CommitmentLine(long id, long roundId, int position, String dialogueKey, String dialogue, String date,
                                 List<String> actors, String trigger, String text, String due, String place, String status,
                                 List<String> parties) {}

    public record PersonLine(long id, String name, List<String> parties, int rounds, String lastTitle) {}

    public record Attendance(long roundId, String dialogue, Integer ordinal, String date, String place, String party,
                             String role, String title, boolean titleCorrected, List<String> parties) {}

    public record Person(long id, String name, List<Attendance> rounds) {}

    public record Facet(String value, String label, long count) {}

    public record SearchResult(long roundCount, List<RoundLine> rounds, long commitmentCount,
                               List<CommitmentLine> commitments, Map<String, List<Facet>> facets) {}

    // ---------------------------------------------------------------- dialogues

    public List<DialogueLine> dialogues() {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT d.id, d.key, d.name, d.acronym,
                               (SELECT string_agg(p.party, ',' ORDER BY p.party) FROM dialogue_parties p
                                 WHERE p.dialogue_id = d.id) AS parties,
                               (SELECT count(*) FROM rounds r WHERE r.dialogue_id = d.id) AS rounds,
                               last.id AS last_id, last.date AS last_date, last.place AS last_place, last.ordinal AS last_ordinal,
                               (SELECT count(*) FROM commitment_status_now s JOIN rounds r ON r.id = s.round_id
                                 WHERE r.dialogue_id = d.id AND s.status = 'open') AS open_commitments
                          FROM dialogues d
                          LEFT JOIN LATERAL (SELECT r.id, r.date, r.place, r.ordinal FROM rounds r WHERE r.dialogue_id = d.id
                                              ORDER BY r.date DESC NULLS LAST, r.id DESC LIMIT 1) last ON true
                         ORDER BY last.date DESC NULLS LAST, d.key""")
                .map((rs, ctx) -> new DialogueLine(rs.getLong("id"), rs.getString("key"), rs.getString("name"),
                        rs.getString("acronym"), split(rs.getString("parties")), rs.getInt("rounds"),
                        (Long) rs.getObject("last_id"), rs.getString("last_date"), rs.getString("last_place"),
                        (Integer) rs.getObject("last_ordinal"), rs.getInt("open_commitments")))
                .list());
    }

    // ---------------------------------------------------------------- rounds

    private static final String ROUND_FROM = """
             FROM rounds r JOIN dialogues d ON d.id = r.dialogue_id JOIN documents doc ON doc.id = r.document_id
            """;

    /** The conditions of a filter on rounds (alias r, d, doc), with the binds they need. */
    private static String roundWhere(Filter f, boolean useText) {
        List<String> w = new ArrayList<>();
        if (useText && f.q() != null) w.add("doc.search @@ websearch_to_tsquery('english', :q)");
        if (f.party() != null) w.add("EXISTS (SELECT 1 FROM dialogue_parties dp WHERE dp.dialogue_id = d.id AND dp.party = :party)");
        if (f.year() != null) w.add("left(r.date, 4) = :year");
        if (f.track() != null) w.add("EXISTS (SELECT 1 FROM round_topics_now rt JOIN topics t ON t.code = rt.topic_code"
                + " WHERE rt.round_id = r.id AND t.track = :track)");
        if (f.topic() != null) w.add("EXISTS (SELECT 1 FROM round_topics_now rt WHERE rt.round_id = r.id AND rt.topic_code = :topic)");
        if (f.status() != null) w.add("EXISTS (SELECT 1 FROM commitment_status_now s WHERE s.round_id = r.id AND s.status = :status)");
        if (f.dialogue() != null) w.add("d.key = :dialogue");
        return w.isEmpty() ? "" : " WHERE " + String.join(" AND ", w);
    }

    private static Query bind(Query q, Filter f) {
        if (f.q() != null) q.bind("q", f.q());
        if (f.party() != null) q.bind("party", f.party());
        if (f.year() != null) q.bind("year", f.year());
        if (f.track() != null) q.bind("track", f.track());
        if (f.topic() != null) q.bind("topic", f.topic());
        if (f.status() != null) q.bind("status", f.status());
        if (f.dialogue() != null) q.bind("dialogue", f.dialogue());
        return q;
    }

    private static String snippetSql(Filter f) {
        return f.q() == null ? "NULL" : "ts_headline('english', substr(doc.text, doc.body_start + 1, doc.body_end - doc.body_start),"
                + " websearch_to_tsquery('english', :q), 'StartSel=\u0002,StopSel=\u0003,MaxWords=35,MinWords=12,MaxFragments=2')";
    }

    private List<RoundLine> rounds(Handle h, Filter f, int limit, boolean newestFirst) {
        String sql = "SELECT r.id, d.key, COALESCE(r.name, d.name) AS name, r.ordinal, r.date, r.place, r.host, doc.publisher,"
                + " doc.file_name, (SELECT string_agg(p.party, ',' ORDER BY p.party) FROM dialogue_parties p"
                + " WHERE p.dialogue_id = d.id) AS parties, " + snippetSql(f) + " AS snippet"
                + ROUND_FROM + roundWhere(f, true)
                + (newestFirst ? " ORDER BY r.date DESC NULLS LAST, r.id DESC" : " ORDER BY r.date NULLS LAST, r.id")
                + " LIMIT " + limit;
        return bind(h.createQuery(sql), f).map((rs, ctx) -> new RoundLine(rs.getLong("id"), rs.getString("key"),
                rs.getString("name"), split(rs.getString("parties")), (Integer) rs.getObject("ordinal"), rs.getString("date"),
                rs.getString("place"), rs.getString("host"), rs.getString("publisher"), rs.getString("file_name"),
                rs.getString("snippet"))).list();
    }

    /** The rounds a filter selects, oldest meeting first. */
    public List<RoundLine> rounds(Filter f) {
        return jdbi.withHandle(h -> rounds(h, f, 10_000, false));
    }

    /** The last {@code n} rounds by meeting date. */
    public List<RoundLine> recentRounds(int n) {
        return jdbi.withHandle(h -> rounds(h, Filter.NONE, n, true));
    }

    public long countRounds(Filter f) {
        return jdbi.withHandle(h -> bind(h.createQuery("SELECT count(*)" + ROUND_FROM + roundWhere(f, true)), f)
                .mapTo(Long.class).one());
    }

    // ---------------------------------------------------------------- commitments

    private static final String COMMITMENT_FROM = """
             FROM commitments c JOIN commitment_status_now s ON s.commitment_id = c.id
             JOIN rounds r ON r.id = c.round_id JOIN dialogues d ON d.id = r.dialogue_id JOIN documents doc ON doc.id = r.document_id
            """;

    private static String commitmentWhere(Filter f) {
        List<String> w = new ArrayList<>();
        if (f.q() != null) w.add("c.search @@ websearch_to_tsquery('english', :q)");
        if (f.party() != null) w.add(":party = ANY (c.actors)");
        if (f.year() != null) w.add("left(r.date, 4) = :year");
        if (f.track() != null) w.add("EXISTS (SELECT 1 FROM round_topics_now rt JOIN topics t ON t.code = rt.topic_code"
                + " WHERE rt.round_id = r.id AND t.track = :track)");
        if (f.topic() != null) w.add("EXISTS (SELECT 1 FROM round_topics_now rt WHERE rt.round_id = r.id AND rt.topic_code = :topic)");
        if (f.status() != null) w.add("s.status = :status");
        if (f.dialogue() != null) w.add("d.key = :dialogue");
        return w.isEmpty() ? "" : " WHERE " + String.join(" AND ", w);
    }

    private List<CommitmentLine> commitments(Handle h, Filter f, int limit) {
        String sql = "SELECT c.id, c.round_id, c.position, d.key, COALESCE(r.name, d.name) AS name, r.date, c.actors, c.trigger,"
                + " c.text, c.due, c.place, s.status, (SELECT string_agg(p.party, ',' ORDER BY p.party) FROM dialogue_parties p"
                + " WHERE p.dialogue_id = d.id) AS parties" + COMMITMENT_FROM + commitmentWhere(f)
                + " ORDER BY r.date NULLS LAST, r.id, c.position LIMIT " + limit;
        return bind(h.createQuery(sql), f).map((rs, ctx) -> new CommitmentLine(rs.getLong("id"), rs.getLong("round_id"),
                rs.getInt("position"), rs.getString("key"), rs.getString("name"), rs.getString("date"),
                strings(rs.getArray("actors")), rs.getString("trigger"), rs.getString("text"), rs.getString("due"),
                rs.getString("place"), rs.getString("status"), split(rs.getString("parties")))).list();
    }

    /** The commitments a filter selects, in the order they were made. */
    public List<CommitmentLine> commitments(Filter f) {
        return jdbi.withHandle(h -> commitments(h, f, 10_000));
    }

    // ---------------------------------------------------------------- search

    /** Full text over statements and commitments, with facets counted over the rounds (and statuses over the commitments) found. */
    public SearchResult search(Filter f, int limit) {
        return jdbi.withHandle(h -> {
            long roundCount = bind(h.createQuery("SELECT count(*)" + ROUND_FROM + roundWhere(f, true)), f).mapTo(Long.class).one();
            List<RoundLine> rounds = rounds(h, f, limit, true);
            long commitmentCount = bind(h.createQuery("SELECT count(*)" + COMMITMENT_FROM + commitmentWhere(f)), f)
                    .mapTo(Long.class).one();
            List<CommitmentLine> commitments = commitments(h, f, limit);
            // the rounds found are worked out once (MATERIALIZED) for all four facets, not once per facet
            String sql = "WITH hits AS MATERIALIZED (SELECT r.id, r.date, d.id AS dialogue_id" + ROUND_FROM + roundWhere(f, true) + "),"
                    + " hit_topics AS MATERIALIZED (SELECT DISTINCT hits.id, t.code, t.label, t.track FROM hits"
                    + "   JOIN round_topics_now rt ON rt.round_id = hits.id JOIN topics t ON t.code = rt.topic_code)"
                    + " (SELECT 'party' AS f, dp.party AS v, dp.party AS l, count(DISTINCT hits.id) AS n FROM hits"
                    + "   JOIN dialogue_parties dp ON dp.dialogue_id = hits.dialogue_id GROUP BY dp.party ORDER BY n DESC, v)"
                    + " UNION ALL (SELECT 'year', left(hits.date, 4), left(hits.date, 4), count(*) FROM hits"
                    + "   WHERE hits.date IS NOT NULL GROUP BY 2 ORDER BY 2 DESC)"
                    + " UNION ALL (SELECT 'track', track, track, count(DISTINCT id) AS n FROM hit_topics GROUP BY track ORDER BY n DESC, 2)"
                    + " UNION ALL (SELECT 'topic', code, label, count(*) AS n FROM hit_topics GROUP BY code, label ORDER BY n DESC, 3 LIMIT 30)";
            Map<String, List<Facet>> facets = new LinkedHashMap<>();
            for (String name : List.of("party", "year", "track", "topic")) facets.put(name, new ArrayList<>());
            bind(h.createQuery(sql), f).map((rs, ctx) -> Map.entry(rs.getString("f"),
                            new Facet(rs.getString("v"), rs.getString("l"), rs.getLong("n"))))
                    .forEach(e -> facets.get(e.getKey()).add(e.getValue()));
            facets.put("status", facet(h, f, "SELECT s.status AS v, s.status AS l, count(*) AS n" + COMMITMENT_FROM
                    + commitmentWhere(f) + " GROUP BY s.status ORDER BY n DESC, v"));
            return new SearchResult(roundCount, rounds, commitmentCount, commitments, facets);
        });
    }

    private static List<Facet> facet(Handle h, Filter f, String sql) {
        return bind(h.createQuery(sql), f).map((rs, ctx) -> new Facet(rs.getString("v"), rs.getString("l"), rs.getLong("n"))).list();
    }

    /** The document a round was read from: its text is what every evidence offset points into. */
    public Optional<org.communique.model.Document> document(long roundId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT doc.sha256, doc.media_type, doc.file_name, doc.source_url, doc.text
                          FROM rounds r JOIN documents doc ON doc.id = r.document_id WHERE r.id = :id""")
                .bind("id", roundId)
                .map((rs, ctx) -> new org.communique.model.Document(rs.getString("sha256"), rs.getString("media_type"),
                        rs.getString("file_name"), rs.getString("source_url"), rs.getString("text")))
                .findOne());
    }

    /** The round read from the document with this SHA-256, if it is stored. */
    public Optional<Long> roundOfDocument(String sha256) {
        return jdbi.withHandle(h -> h.createQuery("SELECT r.id FROM rounds r JOIN documents doc ON doc.id = r.document_id WHERE doc.sha256 = :sha")
                .bind("sha", sha256).mapTo(Long.class).findOne());
    }

    /** The series key of a round's dialogue. */
    public Optional<String> dialogueKeyOf(long roundId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT d.key FROM rounds r JOIN dialogues d ON d.id = r.dialogue_id WHERE r.id = :id")
                .bind("id", roundId).mapTo(String.class).findOne());
    }

    // ---------------------------------------------------------------- people

    public List<PersonLine> people() {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT p.id, p.name, count(DISTINCT a.round_id) AS rounds,
                               string_agg(DISTINCT a.party, ',') AS parties,
                               (SELECT COALESCE(k.value, po.title) FROM posts po JOIN rounds r ON r.id = po.round_id
                                  JOIN documents doc ON doc.id = r.document_id
                                  LEFT JOIN corrections_in_force k ON k.document_sha256 = doc.sha256 AND k.fact = 'participant'
                                       AND k.field = 'title' AND k.fact_key = p.key
                                 WHERE po.person_id = p.id ORDER BY r.date DESC NULLS LAST, r.id DESC LIMIT 1) AS last_title
                          FROM people p JOIN attendance a ON a.person_id = p.id
                         GROUP BY p.id, p.name ORDER BY p.name""")
                .map((rs, ctx) -> new PersonLine(rs.getLong("id"), rs.getString("name"), split(rs.getString("parties")),
                        rs.getInt("rounds"), rs.getString("last_title")))
                .list());
    }

    public Optional<Person> person(long id) {
        return personPage(id, 1, Integer.MAX_VALUE).map(PersonPage::person);
    }

    /** One page of a person's rounds: {@code person} holds the rounds of page {@code page} (from 1) only. */
    public record PersonPage(Person person, int page, int pages, int total) {}

    /** A person with the rounds of one page, {@code size} rounds a page, oldest first; a page past the last is the last. */
    public Optional<PersonPage> personPage(long id, int page, int size) {
        if (page < 1 || size < 1) throw new IllegalArgumentException("page and size start at 1");
        return jdbi.withHandle(h -> {
            Optional<String> name = h.createQuery("SELECT name FROM people WHERE id = :id").bind("id", id).mapTo(String.class).findOne();
            if (name.isEmpty()) return Optional.empty();
            int total = h.createQuery("SELECT count(*) FROM attendance WHERE person_id = :id").bind("id", id).mapTo(Integer.class).one();
            int pages = Math.max(1, (int) ((total + (long) size - 1) / size));
            int shown = Math.min(page, pages);
            long offset = (long) (shown - 1) * size;
            List<Attendance> rounds = h.createQuery("""
                            SELECT r.id, COALESCE(r.name, d.name) AS name, r.ordinal, r.date, r.place, a.party, a.role,
                                   COALESCE(k.value, po.title) AS title, k.id IS NOT NULL AS corrected,
                                   (SELECT string_agg(dp.party, ',' ORDER BY dp.party) FROM dialogue_parties dp
                                     WHERE dp.dialogue_id = d.id) AS parties
                              FROM attendance a JOIN people p ON p.id = a.person_id
                              JOIN rounds r ON r.id = a.round_id JOIN dialogues d ON d.id = r.dialogue_id
                              JOIN documents doc ON doc.id = r.document_id
                              LEFT JOIN posts po ON po.person_id = a.person_id AND po.round_id = a.round_id
                              LEFT JOIN corrections_in_force k ON k.document_sha256 = doc.sha256 AND k.fact = 'participant'
                                   AND k.field = 'title' AND k.fact_key = p.key
                             WHERE a.person_id = :id ORDER BY r.date NULLS LAST, r.id LIMIT :size OFFSET :offset""")
                    .bind("id", id).bind("size", size).bind("offset", offset)
                    .map((rs, ctx) -> new Attendance(rs.getLong("id"), rs.getString("name"), (Integer) rs.getObject("ordinal"),
                            rs.getString("date"), rs.getString("place"), rs.getString("party"), rs.getString("role"),
                            rs.getString("title"), rs.getBoolean("corrected"), split(rs.getString("parties"))))
                    .list();
            return Optional.of(new PersonPage(new Person(id, name.get(), rounds), shown, pages, total));
        });
    }

    /** The person stored for a participant of a round (by their attendance), if any. */
    public Optional<Long> personIdIn(long roundId, String name) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT p.id FROM attendance a JOIN people p ON p.id = a.person_id
                         WHERE a.round_id = :r AND p.key = :key""")
                .bind("r", roundId).bind("key", PersonKey.of(name)).mapTo(Long.class).findFirst());
    }

    /** The stored people of a round, by name key, for links from its page. */
    public Map<String, Long> peopleOf(long roundId) {
        Map<String, Long> out = new LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT p.key, p.id FROM attendance a JOIN people p ON p.id = a.person_id WHERE a.round_id = :r")
                .bind("r", roundId).map((rs, ctx) -> Map.entry(rs.getString("key"), rs.getLong("id")))
                .forEach(e -> out.put(e.getKey(), e.getValue())));
        return out;
    }

    /** The key a name is stored under (accents, case and punctuation aside). */
    public static String personKey(String name) {
        return PersonKey.of(name);
    }

    /** Years, parties, tracks and topics present in the store, for the search form's choices. */
    public Map<String, List<Facet>> choices() {
        return jdbi.withHandle(h -> {
            Map<String, List<Facet>> out = new LinkedHashMap<>();
            out.put("party", facet(h, Filter.NONE, "SELECT party AS v, party AS l, count(*) AS n FROM dialogue_parties GROUP BY party ORDER BY party"));
            out.put("year", facet(h, Filter.NONE, "SELECT left(date, 4) AS v, left(date, 4) AS l, count(*) AS n FROM rounds"
                    + " WHERE date IS NOT NULL GROUP BY 1 ORDER BY 1 DESC"));
            out.put("track", facet(h, Filter.NONE, "SELECT track AS v, track AS l, count(*) AS n FROM topics GROUP BY track ORDER BY track"));
            out.put("topic", facet(h, Filter.NONE, "SELECT code AS v, label AS l, 0 AS n FROM topics ORDER BY label"));
            return out;
        });
    }

    private static List<String> split(String s) {
        return s == null || s.isEmpty() ? List.of() : List.of(s.split(","));
    }

    private static List<String> strings(Array a) throws SQLException {
        if (a == null) return List.of();
        Object[] values = (Object[]) a.getArray();
        List<String> out = new ArrayList<>();
        for (Object v : values) out.add(String.valueOf(v));
        return out;
    }
}
