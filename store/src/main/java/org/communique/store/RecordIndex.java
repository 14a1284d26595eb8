package org.communique.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

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

    /** A person: every stored name taken to be them (the tracker's aliases, or a person's decision), the shown one first. */
    public record Person(long id, String name, List<String> names, List<Attendance> rounds) {
        public Person {
            names = List.copyOf(names);
            rounds = List.copyOf(rounds);
        }
    }

    public record Facet(String value, String label, long count) {}

    public record SearchResult(long roundCount, List<RoundLine> rounds, long commitmentCount,
                               List<CommitmentLine> commitments, Map<String, List<Facet>> facets) {}

    // ---------------------------------------------------------------- dialogues

    /** The dialogues as the tracker's series, under the series' key, the one a series page has; latest met first. */
    public List<DialogueLine> dialogues() {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT s.id, s.key, s.name, s.acronym, s.parties,
                               (SELECT count(*) FROM round_series rs WHERE rs.series_id = s.id) AS rounds,
                               last.id AS last_round_id, last.date AS last_date, last.place AS last_place,
                               last.ordinal AS last_ordinal,
                               (SELECT count(*) FROM commitment_status_now st JOIN round_series rs ON rs.round_id = st.round_id
                                 WHERE rs.series_id = s.id AND st.status = 'open') AS open_commitments
                          FROM series s
                          LEFT JOIN LATERAL (SELECT r.id, r.date, r.place, rs.ordinal FROM round_series rs
                                               JOIN rounds r ON r.id = rs.round_id WHERE rs.series_id = s.id
                                              ORDER BY r.date DESC NULLS LAST, r.id DESC LIMIT 1) last ON true
                         ORDER BY last.date DESC NULLS LAST, s.key""")
                .mapTo(DialogueLine.class).list());
    }

    // ---------------------------------------------------------------- rounds

    /**
     * A round's series key: the series the tracker put it in (the key a series page has), else, for a round not
     * tracked yet, the key its own statement gives. Needs {@link #SERIES_OF_ROUND} joined.
     */
    private static final String SERIES_KEY = "COALESCE(s.key, r.dialogue_key)";
    private static final String SERIES_OF_ROUND = """
             LEFT JOIN round_series rs ON rs.round_id = r.id LEFT JOIN series s ON s.id = rs.series_id
            """;

    /**
     * What a filter asks of a round (alias r, with doc and the series joined); a null field asks nothing. A dialogue is
     * the series a key names: its own key, an old key merged into it, or a key its statements use.
     */
    private static final String ROUND_MATCHES = """
               (CAST(:party AS text) IS NULL OR :party = ANY (r.parties))
           AND (CAST(:year AS text) IS NULL OR left(r.date, 4) = :year)
           AND (CAST(:track AS text) IS NULL
                OR EXISTS (SELECT 1 FROM round_topics_now rt JOIN topics t ON t.code = rt.topic_code
                            WHERE rt.round_id = r.id AND t.track = :track))
           AND (CAST(:topic AS text) IS NULL
                OR EXISTS (SELECT 1 FROM round_topics_now rt WHERE rt.round_id = r.id AND rt.topic_code = :topic))
           AND (CAST(:dialogue AS text) IS NULL OR %s = :dialogue
                OR rs.series_id IN (SELECT a.series_id FROM series_aliases a WHERE a.key = :dialogue)
                OR rs.series_id IN (SELECT rs2.series_id FROM round_series rs2 JOIN rounds r2 ON r2.id = rs2.round_id
                                     WHERE r2.dialogue_key = :dialogue))
            """.formatted(SERIES_KEY);

    private static final String ROUNDS_WHERE = """
             FROM rounds r JOIN documents doc ON doc.id = r.document_id
            """ + SERIES_OF_ROUND + """
            WHERE (CAST(:q AS text) IS NULL OR doc.search @@ websearch_to_tsquery('english', :q))
              AND (CAST(:status AS text) IS NULL
                   OR EXISTS (SELECT 1 FROM commitment_status_now st WHERE st.round_id = r.id AND st.status = :status))
              AND""" + ROUND_MATCHES;

    /** The part of the statement's body that the words were found in, with the words marked; none without words. */
    private static final String SNIPPET = """
            CASE WHEN CAST(:q AS text) IS NOT NULL
                 THEN ts_headline('english', substr(doc.text, doc.body_start + 1, doc.body_end - doc.body_start),
                                  websearch_to_tsquery('english', :q),
                                  'StartSel=\u0002,StopSel=\u0003,MaxWords=35,MinWords=12,MaxFragments=2') END""";

    private List<RoundLine> rounds(Handle h, Filter f, int limit, boolean newestFirst) {
        return BoundFilter.bind(h.createQuery("SELECT r.id, " + SERIES_KEY + " AS dialogue_key, COALESCE(r.name, s.name) AS dialogue,"
                        + " r.parties, COALESCE(r.ordinal, rs.ordinal) AS ordinal, r.date, r.place, r.host, doc.publisher,"
                        + " doc.file_name, " + SNIPPET + " AS snippet" + ROUNDS_WHERE
                        + (newestFirst ? " ORDER BY r.date DESC NULLS LAST, r.id DESC" : " ORDER BY r.date NULLS LAST, r.id")
                        + " LIMIT :limit"), f).bind("limit", limit).mapTo(RoundLine.class).list();
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
        return jdbi.withHandle(h -> BoundFilter.bind(h.createQuery("SELECT count(*)" + ROUNDS_WHERE), f).mapTo(Long.class).one());
    }

    // ---------------------------------------------------------------- commitments

    private static final String COMMITMENTS_WHERE = """
             FROM commitments c JOIN commitment_status_now st ON st.commitment_id = c.id
             JOIN rounds r ON r.id = c.round_id
            """ + SERIES_OF_ROUND + """
            WHERE (CAST(:q AS text) IS NULL OR c.search @@ websearch_to_tsquery('english', :q))
              AND (CAST(:status AS text) IS NULL OR st.status = :status)
              AND""" + ROUND_MATCHES.replace(":party = ANY (r.parties)", ":party = ANY (c.actors)");

    private List<CommitmentLine> commitments(Handle h, Filter f, int limit) {
        return BoundFilter.bind(h.createQuery("SELECT c.id, c.round_id, c.position, " + SERIES_KEY + " AS dialogue_key,"
                        + " COALESCE(r.name, s.name) AS dialogue, r.date, c.actors, c.trigger, c.text, c.due, c.place, st.status,"
                        + " r.parties" + COMMITMENTS_WHERE + " ORDER BY r.date NULLS LAST, r.id, c.position LIMIT :limit"), f)
                .bind("limit", limit).mapTo(CommitmentLine.class).list();
    }

    /** The commitments a filter selects, in the order they were made. */
    public List<CommitmentLine> commitments(Filter f) {
        return jdbi.withHandle(h -> commitments(h, f, 10_000));
    }

    // ---------------------------------------------------------------- search

    /** Full text over statements and commitments, with facets counted over the rounds (and statuses over the commitments) found. */
    public SearchResult search(Filter f, int limit) {
        return jdbi.withHandle(h -> {
            long roundCount = BoundFilter.bind(h.createQuery("SELECT count(*)" + ROUNDS_WHERE), f).mapTo(Long.class).one();
            List<RoundLine> rounds = rounds(h, f, limit, true);
            long commitmentCount = BoundFilter.bind(h.createQuery("SELECT count(*)" + COMMITMENTS_WHERE), f).mapTo(Long.class).one();
            List<CommitmentLine> commitments = commitments(h, f, limit);
            // the rounds found are worked out once (MATERIALIZED) for all four facets, not once per facet
            String sql = "WITH hits AS MATERIALIZED (SELECT r.id, r.date, r.parties" + ROUNDS_WHERE + "),"
                    + " hit_topics AS MATERIALIZED (SELECT DISTINCT hits.id, t.code, t.label, t.track FROM hits"
                    + "   JOIN round_topics_now rt ON rt.round_id = hits.id JOIN topics t ON t.code = rt.topic_code)"
                    + " (SELECT 'party' AS facet, p.party AS value, p.party AS label, count(DISTINCT hits.id) AS count FROM hits,"
                    + "   unnest(hits.parties) p(party) GROUP BY p.party ORDER BY count DESC, value)"
                    + " UNION ALL (SELECT 'year', left(hits.date, 4), left(hits.date, 4), count(*) FROM hits"
                    + "   WHERE hits.date IS NOT NULL GROUP BY 2 ORDER BY 2 DESC)"
                    + " UNION ALL (SELECT 'track', track, track, count(DISTINCT id) AS n FROM hit_topics GROUP BY track ORDER BY n DESC, 2)"
                    + " UNION ALL (SELECT 'topic', code, label, count(*) AS n FROM hit_topics GROUP BY code, label ORDER BY n DESC, 3 LIMIT 30)";
            Map<String, List<Facet>> facets = new LinkedHashMap<>();
            for (String name : List.of("party", "year", "track", "topic")) facets.put(name, new ArrayList<>());
            BoundFilter.bind(h.createQuery(sql), f)
                    .map((rs, ctx) -> Map.entry(rs.getString("facet"), ctx.findRowMapperFor(Facet.class).orElseThrow().map(rs, ctx)))
                    .forEach(e -> facets.get(e.getKey()).add(e.getValue()));
            facets.put("status", facet(h, f, "SELECT st.status AS value, st.status AS label, count(*) AS count" + COMMITMENTS_WHERE
                    + " GROUP BY st.status ORDER BY count DESC, value"));
            return new SearchResult(roundCount, rounds, commitmentCount, commitments, facets);
        });
    }

    private static List<Facet> facet(Handle h, Filter f, String sql) {
        return BoundFilter.bind(h.createQuery(sql), f).mapTo(Facet.class).list();
    }

    private static List<Facet> choices(Handle h, String sql) {
        return h.createQuery(sql).mapTo(Facet.class).list();
    }

    /** The document a round was read from: its text is what every evidence offset points into. */
    public Optional<org.communique.model.Document> document(long roundId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT doc.sha256, doc.media_type, doc.file_name, doc.source_url, doc.text
                          FROM rounds r JOIN documents doc ON doc.id = r.document_id WHERE r.id = :id""")
                .bind("id", roundId).mapTo(org.communique.model.Document.class).findOne());
    }

    /** The round read from the document with this SHA-256, if it is stored. */
    public Optional<Long> roundOfDocument(String sha256) {
        return jdbi.withHandle(h -> h.createQuery("SELECT r.id FROM rounds r JOIN documents doc ON doc.id = r.document_id WHERE doc.sha256 = :sha")
                .bind("sha", sha256).mapTo(Long.class).findOne());
    }

    /** The key of a round's series: the one its series page has (its dialogue's own key before it is tracked). */
    public Optional<String> seriesKeyOf(long roundId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + SERIES_KEY + " FROM rounds r" + SERIES_OF_ROUND + " WHERE r.id = :id")
                .bind("id", roundId).mapTo(String.class).findOne());
    }

    // ---------------------------------------------------------------- people

    /*
     * People are the stored names joined by their aliases (person_aliases, V2): a person is the name an alias chain
     * ends at, and the one shown is the name seen at most rounds (the longest, then the first stored, on a tie), as
     * the tracker's people command shows them (PeopleOverview).
     */

    /** The names of some people with the person each belongs to, upwards from the names: no scan of all aliases. */
    private static final String ROOTS_OF = """
            WITH RECURSIVE up (name_id, person_id, depth) AS (
                SELECT p.id, p.id, 0 FROM people p WHERE %s
                UNION ALL
                SELECT up.name_id, a.same_as, up.depth + 1 FROM up JOIN person_aliases a ON a.person_id = up.person_id
                 WHERE up.depth < 10),
            roots AS (SELECT DISTINCT ON (name_id) name_id, person_id FROM up ORDER BY name_id, depth DESC)
            """;

    /** Every name of one person (given the person's own id), downwards through the aliases that lead to it. */
    private static final String NAMES_OF = """
            WITH RECURSIVE names (id) AS (
                SELECT CAST(:person AS bigint)
                UNION
                SELECT a.person_id FROM person_aliases a JOIN names ON a.same_as = names.id)
            """;

    public List<PersonLine> people() {
        return jdbi.withHandle(h -> h.createQuery("""
                        WITH names AS MATERIALIZED (
                            SELECT pn.person_id, p.id AS name_id, p.name, p.key,
                                   (SELECT count(*) FROM attendance a WHERE a.person_id = p.id) AS rounds
                              FROM person_of_name pn JOIN people p ON p.id = pn.name_id),
                        shown AS (SELECT DISTINCT ON (person_id) person_id, name FROM names
                                   ORDER BY person_id, rounds DESC, length(name) DESC, name_id),
                        titles AS (SELECT DISTINCT ON (n.person_id) n.person_id, COALESCE(k.value, po.title) AS title
                                     FROM names n JOIN posts po ON po.person_id = n.name_id
                                     JOIN rounds r ON r.id = po.round_id JOIN documents doc ON doc.id = r.document_id
                                     LEFT JOIN corrections_in_force k ON k.document_sha256 = doc.sha256
                                          AND k.fact = 'participant' AND k.field = 'title' AND k.fact_key = n.key
                                    ORDER BY n.person_id, r.date DESC NULLS LAST, r.id DESC)
                        SELECT s.person_id AS id, s.name, count(DISTINCT a.round_id) AS rounds,
                               array_remove(array_agg(DISTINCT a.party), NULL) AS parties, t.title AS last_title
                          FROM shown s JOIN names n ON n.person_id = s.person_id
                          JOIN attendance a ON a.person_id = n.name_id
                          LEFT JOIN titles t ON t.person_id = s.person_id
                         GROUP BY s.person_id, s.name, t.title ORDER BY s.name""")
                .mapTo(PersonLine.class).list());
    }

    public Optional<Person> person(long id) {
        return personPage(id, 1, Integer.MAX_VALUE).map(PersonPage::person);
    }

    /** One page of a person's rounds: {@code person} holds the rounds of page {@code page} (from 1) only. */
    public record PersonPage(Person person, int page, int pages, int total) {}

    /**
     * A person with the rounds of one page, {@code size} rounds a page, oldest first; a page past the last is the last.
     * The id of any of a person's names gives that person (under the person's own id).
     */
    public Optional<PersonPage> personPage(long id, int page, int size) {
        if (page < 1 || size < 1) throw new IllegalArgumentException("page and size start at 1");
        return jdbi.withHandle(h -> {
            Optional<Long> found = h.createQuery(ROOTS_OF.formatted("p.id = :id") + "SELECT person_id FROM roots")
                    .bind("id", id).mapTo(Long.class).findOne();
            if (found.isEmpty()) return Optional.empty();
            long person = found.get();
            List<String> names = h.createQuery(NAMES_OF + """
                            SELECT p.name FROM names JOIN people p ON p.id = names.id
                             ORDER BY (SELECT count(*) FROM attendance a WHERE a.person_id = p.id) DESC, length(p.name) DESC, p.id""")
                    .bind("person", person).mapTo(String.class).list();
            int total = h.createQuery(NAMES_OF + "SELECT count(*) FROM attendance a WHERE a.person_id IN (SELECT id FROM names)")
                    .bind("person", person).mapTo(Integer.class).one();
            int pages = Math.max(1, (int) ((total + (long) size - 1) / size));
            int shown = Math.min(page, pages);
            long offset = (long) (shown - 1) * size;
            List<Attendance> rounds = h.createQuery(NAMES_OF + """
                            SELECT r.id AS round_id, COALESCE(r.name, s.name) AS dialogue, r.ordinal, r.date, r.place, a.party,
                                   a.role, COALESCE(k.value, po.title) AS title, k.id IS NOT NULL AS title_corrected, r.parties
                              FROM attendance a JOIN people p ON p.id = a.person_id
                              JOIN rounds r ON r.id = a.round_id""" + SERIES_OF_ROUND + """
                              JOIN documents doc ON doc.id = r.document_id
                              LEFT JOIN posts po ON po.person_id = a.person_id AND po.round_id = a.round_id
                              LEFT JOIN corrections_in_force k ON k.document_sha256 = doc.sha256 AND k.fact = 'participant'
                                   AND k.field = 'title' AND k.fact_key = p.key
                             WHERE a.person_id IN (SELECT id FROM names)
                             ORDER BY r.date NULLS LAST, r.id, a.person_id LIMIT :size OFFSET :offset""")
                    .bind("person", person).bind("size", size).bind("offset", offset)
                    .mapTo(Attendance.class).list();
            return Optional.of(new PersonPage(new Person(person, names.get(0), names, rounds), shown, pages, total));
        });
    }

    /** The person of a participant of a round (by their attendance), if any. */
    public Optional<Long> personIdIn(long roundId, String name) {
        return jdbi.withHandle(h -> h.createQuery(ROOTS_OF.formatted("""
                        p.key = :key AND p.id IN (SELECT a.person_id FROM attendance a WHERE a.round_id = :r)""")
                        + "SELECT person_id FROM roots")
                .bind("r", roundId).bind("key", PersonKey.of(name)).mapTo(Long.class).findFirst());
    }

    /** The people of a round, by the key of the name it gives them, for links from its page. */
    public Map<String, Long> peopleOf(long roundId) {
        Map<String, Long> out = new LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery(ROOTS_OF.formatted("p.id IN (SELECT a.person_id FROM attendance a WHERE a.round_id = :r)")
                        + "SELECT p.key, roots.person_id FROM roots JOIN people p ON p.id = roots.name_id")
                .bind("r", roundId).map((rs, ctx) -> Map.entry(rs.getString("key"), rs.getLong("person_id")))
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
            out.put("party", choices(h, "SELECT p.party AS value, p.party AS label, count(*) AS count"
                    + " FROM series, unnest(parties) p(party) GROUP BY p.party ORDER BY p.party"));
            out.put("year", choices(h, "SELECT left(date, 4) AS value, left(date, 4) AS label, count(*) AS count"
                    + " FROM rounds WHERE date IS NOT NULL GROUP BY 1 ORDER BY 1 DESC"));
            out.put("track", choices(h, "SELECT track AS value, track AS label, count(*) AS count FROM topics"
                    + " GROUP BY track ORDER BY track"));
            out.put("topic", choices(h, "SELECT code AS value, label, 0 AS count FROM topics ORDER BY label"));
            return out;
        });
    }
}
