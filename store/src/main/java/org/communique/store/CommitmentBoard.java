package org.communique.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The commitments of every round on one board, as people see them (corrections in force): narrowed by status, the
 * party that made them, series, the year they are due and topic, the latest first. A commitment's topics are those
 * its own sentence names, not every topic of its round.
 */
public final class CommitmentBoard {
    private final Jdbi jdbi;

    public CommitmentBoard(Database db) {
        this.jdbi = db.jdbi();
    }

    /** What to show; a null field is no filter. {@code series} may be the old key of a merged series. */
    public record Filter(String status, String party, String series, String due, String topic) {
        public Filter withStatus(String s) {
            return new Filter(s, party, series, due, topic);
        }
    }

    /** One commitment with where it was made, where it stands and how many later signs of follow-through count. */
    public record Item(long id, long roundId, int position, String seriesKey, String seriesName, String dialogue,
                       List<String> parties, Integer ordinal, String madeOn, String place, List<String> actors,
                       String trigger, String text, String due, String status, String statusReason, List<String> topics,
                       int evidence) {}

    /** The topic codes each commitment's sentence names, as corrected (a topic removed from its round is gone). */
    private static final String TOPICS = """
            SELECT DISTINCT ce.commitment_id, CASE WHEN k.id IS NULL THEN rt.topic_code ELSE k.value END AS code
              FROM evidence ce
              JOIN evidence te ON te.round_id = ce.round_id AND te.topic_id IS NOT NULL
                   AND te.start_offset < ce.end_offset AND ce.start_offset < te.end_offset
              JOIN round_topics rt ON rt.id = te.topic_id
              JOIN documents doc ON doc.id = te.document_id
              LEFT JOIN corrections_in_force k ON k.document_sha256 = doc.sha256 AND k.fact = 'topic' AND k.field = 'topic'
                   AND k.fact_key = rt.topic_code
             WHERE ce.commitment_id IS NOT NULL AND (k.id IS NULL OR k.value <> '')""";

    /** The commitments a filter selects, as corrected; a filter's null field matches every commitment. */
    private static final String FROM_WHERE = """
             FROM commitments c JOIN commitment_status_now sn ON sn.commitment_id = c.id
             JOIN rounds r ON r.id = c.round_id
             LEFT JOIN round_series rs ON rs.round_id = r.id LEFT JOIN series s ON s.id = rs.series_id
            WHERE (CAST(:status AS text) IS NULL OR sn.status = :status)
              AND (CAST(:party AS text) IS NULL OR :party = ANY (c.actors))
              AND (CAST(:series AS text) IS NULL OR s.id = (SELECT id FROM series WHERE key = :series
                                                            UNION ALL SELECT series_id FROM series_aliases WHERE key = :series
                                                            LIMIT 1))
              AND (CAST(:due AS text) IS NULL OR left(c.due, 4) = :due)
              AND (CAST(:topic AS text) IS NULL
                   OR EXISTS (SELECT 1 FROM (%s) t WHERE t.commitment_id = c.id AND t.code = :topic))
            """.formatted(TOPICS);

    /** Page {@code page} (from 1) of the commitments the filter selects, {@code size} to a page; a page past the last is empty. */
    public Paged<Item> page(Filter f, int page, int size) {
        if (page < 1 || size < 1) throw new IllegalArgumentException("page and size start at 1");
        return jdbi.withHandle(h -> {
            long total = count(h, f);
            return new Paged<>(items(h, f, size, (long) (page - 1) * size), page, Paged.pages(total, size), total);
        });
    }

    /** How many commitments the filter selects. */
    public long count(Filter f) {
        return jdbi.withHandle(h -> count(h, f));
    }

    private static long count(Handle h, Filter f) {
        return BoundFilter.bind(h.createQuery("SELECT count(*)" + FROM_WHERE), f).mapTo(Long.class).one();
    }

    /** The first {@code most} commitments the filter selects, in the board's order: what an export holds. */
    public List<Item> all(Filter f, int most) {
        return jdbi.withHandle(h -> items(h, f, most, 0));
    }

    /** How many commitments have each status, under the filter's other fields; every status is there, if only with 0. */
    public Map<String, Long> statusCounts(Filter f) {
        Filter any = f.withStatus(null);
        Map<String, Long> out = new LinkedHashMap<>();
        for (String s : CommitmentStatus.VALUES) out.put(s, 0L);
        jdbi.useHandle(h -> BoundFilter.bind(h.createQuery("SELECT sn.status, count(*) AS n" + FROM_WHERE + " GROUP BY sn.status"), any)
                .map((rs, ctx) -> Map.entry(rs.getString("status"), rs.getLong("n")))
                .forEach(e -> out.put(e.getKey(), e.getValue())));
        return out;
    }

    private static List<Item> items(Handle h, Filter f, int limit, long offset) {
        return BoundFilter.bind(h.createQuery("""
                        SELECT c.id, c.round_id, c.position, s.key AS series_key, s.name AS series_name,
                               COALESCE(r.name, s.name) AS dialogue, r.parties, COALESCE(rs.ordinal, r.ordinal) AS ordinal,
                               r.date AS made_on, r.place, c.actors, c.trigger, c.text, c.due, sn.status, sn.reason AS status_reason,
                               ARRAY(SELECT t.code FROM (%s) t WHERE t.commitment_id = c.id ORDER BY t.code) AS topics,
                               (SELECT count(*) FROM follow_through ft WHERE ft.commitment_id = c.id AND ft.state <> 'rejected') AS evidence
                        """.formatted(TOPICS) + FROM_WHERE
                        + " ORDER BY r.date DESC NULLS LAST, r.id DESC, c.position LIMIT :limit OFFSET :offset"), f)
                .bind("limit", limit).bind("offset", offset)
                .mapTo(Item.class).list();
    }

    /**
     * The choices of the board's filters: the parties of the series, the series, the years commitments are
     * due and every known topic. Read from the small tables where they can be, as the board shows them at every visit.
     */
    public Map<String, Map<String, String>> choices() {
        return jdbi.withHandle(h -> {
            Map<String, Map<String, String>> out = new LinkedHashMap<>();
            out.put("party", RoundList.choices(h, "SELECT DISTINCT unnest(parties) AS v, NULL AS l FROM series ORDER BY 1"));
            out.put("series", RoundList.series(h));
            out.put("due", RoundList.choices(h, "SELECT DISTINCT left(due, 4) AS v, NULL AS l FROM commitments"
                    + " WHERE due ~ '^[0-9]{4}' ORDER BY 1 DESC"));
            out.put("topic", RoundList.choices(h, "SELECT code AS v, label AS l FROM topics ORDER BY label"));
            return out;
        });
    }
}
