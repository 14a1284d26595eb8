package org.communique.drafting;

import org.communique.model.Cadence;
import org.communique.model.PartialDate;
import org.communique.model.Records;
import org.communique.store.Database;
import org.communique.store.SeriesStore;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Planning a round: the next round of a series with its date, host and place suggested from the series,
 * delegations from known people, an agenda by track, and the series' open commitments carried onto it.
 * Every change checks who may make it and is written to the audit log in the same transaction.
 */
public final class Planning {
    private final Jdbi jdbi;
    private final Clock clock;

    public Planning(Database db) {
        this(db, Clock.systemUTC());
    }

    /** {@code clock} says what today is: a next round is planned after it. */
    public Planning(Database db, Clock clock) {
        this.jdbi = db.jdbi();
        this.clock = clock;
    }

    /** A series as drafting needs it. */
    record SeriesInfo(String key, String name, String acronym, List<String> parties, List<PastRound> rounds) {}

    /** A past round of the series. */
    record PastRound(long id, Integer ordinal, String date, String place, String host, String nextPlace, String nextDue) {}

    /** A person known from the statements, with the latest title seen and the party they appeared for. */
    public record KnownPerson(long id, String name, String party, String title, String seenOn) {}

    /** A plan in a list. */
    public record PlanSummary(long id, String seriesKey, String acronym, Integer ordinal, String date, String place,
                              String status) {}

    // ---------------------------------------------------------------- the series

    /** The series a key names (its own key, an old key merged into it, or a key its rounds' statements use). */
    static Optional<SeriesInfo> series(Handle h, String key) {
        return SeriesStore.find(h, key).map(row -> new SeriesInfo(row.key(), row.name(), row.acronym(), row.parties(),
                h.createQuery("""
                                SELECT r.id, COALESCE(rs.ordinal, r.ordinal) AS ordinal, r.date, r.place, r.host,
                                       r.next_place, r.next_due
                                  FROM round_series rs JOIN rounds r ON r.id = rs.round_id
                                 WHERE rs.series_id = :s ORDER BY r.date NULLS FIRST, r.id""")
                        .bind("s", row.id()).map(Planning::pastRound).list()));
    }

    @SuppressWarnings("unchecked")
    private static List<String> cast(Object o) {
        return (List<String>) o;
    }

    private static PastRound pastRound(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws SQLException {
        return new PastRound(rs.getLong("id"), (Integer) rs.getObject("ordinal"), rs.getString("date"),
                rs.getString("place"), rs.getString("host"), rs.getString("next_place"), rs.getString("next_due"));
    }

    static List<String> strings(Array array) throws SQLException {
        if (array == null) return List.of();
        List<String> out = new ArrayList<>();
        for (Object v : (Object[]) array.getArray()) if (v != null) out.add(v.toString());
        return out;
    }

    // ---------------------------------------------------------------- suggestions

    /** The suggested host: alternate when the series alternates (or has met once), else where it always meets. */
    static String suggestHost(List<String> parties, List<PastRound> rounds) {
        List<String> hosts = new ArrayList<>();
        for (PastRound r : rounds) if (r.host() != null) hosts.add(r.host());
        if (hosts.isEmpty()) return parties.isEmpty() ? null : parties.get(0);
        String last = hosts.get(hosts.size() - 1);
        boolean always = hosts.size() >= 2 && new LinkedHashSet<>(hosts).size() == 1;
        if (always) return last;
        return parties.stream().filter(p -> !p.equals(last)).findFirst().orElse(last);
    }

    /** How often the series meets, as its page says. */
    static Cadence cadence(List<PastRound> rounds) {
        return Cadence.of(rounds.stream().map(r -> PartialDate.parse(r.date()).orElse(null)).toList());
    }

    // ---------------------------------------------------------------- creating a plan

    /** Plans the round after the last stored round of {@code seriesKey}, with suggestions for everything. */
    public Plan planNext(String seriesKey, Actor by) {
        return jdbi.inTransaction(h -> {
            SeriesInfo s = series(h, seriesKey).orElseThrow(() -> DraftingException.notFound(
                    "there is no series " + seriesKey + " (see `communique series`)"));
            if (!by.isAdmin() && s.parties().stream().noneMatch(by::isEditorFor)) {
                throw DraftingException.forbidden(by.name() + " may not plan rounds of " + s.key()
                        + ": only an admin or an editor of " + String.join(" or ", s.parties()) + " may");
            }
            PastRound last = s.rounds().isEmpty() ? null : s.rounds().get(s.rounds().size() - 1);
            Integer ordinal = last == null ? Integer.valueOf(1) : last.ordinal() == null ? null : last.ordinal() + 1;
            NextMeeting next = NextMeeting.of(last, cadence(s.rounds()).monthsOr(NextMeeting.UNKNOWN_CADENCE_MONTHS),
                    LocalDate.now(clock));
            String host = NextMeeting.hostOf(next.place(), s.parties());
            if (host == null) host = suggestHost(s.parties(), s.rounds());
            String place = next.place() != null ? next.place() : host == null ? null : Countries.of(host).capital();
            long id = h.createUpdate("""
                            INSERT INTO plans (series_id, name, acronym, parties, ordinal, date, host, place, after_round,
                                               created_by, note)
                            VALUES ((SELECT id FROM series WHERE key = :key), :name, :acronym, :parties, :ordinal, :date, :host, :place, :after, :by, :note)""")
                    .bind("key", s.key()).bind("name", s.name()).bind("acronym", s.acronym())
                    .bind("parties", s.parties().toArray(String[]::new)).bind("ordinal", ordinal).bind("date", next.date())
                    .bind("host", host).bind("place", place).bind("after", last == null ? null : last.id())
                    .bind("by", by.name()).bind("note", next.note())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            if (last != null) {
                proposeDelegations(h, id, last.id());
                proposeAgenda(h, id, last.id());
                carryCommitments(h, id, s);
            }
            audit(h, by, "plan.create", Map.of("plan", id, "series", s.key()));
            return load(h, id);
        });
    }

    private static void proposeDelegations(Handle h, long planId, long roundId) {
        h.createUpdate("""
                        INSERT INTO delegates (plan_id, party, name, title, role, person_id)
                        SELECT :plan, a.party, p.name,
                               (SELECT po.title FROM posts po WHERE po.person_id = p.id ORDER BY po.seen_on DESC NULLS LAST, po.id DESC LIMIT 1),
                               a.role, p.id
                          FROM attendance a JOIN people p ON p.id = a.person_id
                         WHERE a.round_id = :r AND a.role IN ('head', 'member') AND a.party IS NOT NULL
                         ORDER BY a.position
                        ON CONFLICT DO NOTHING""")
                .bind("plan", planId).bind("r", roundId).execute();
    }

    private static void proposeAgenda(Handle h, long planId, long roundId) {
        List<String> codes = h.createQuery("SELECT DISTINCT topic_code FROM round_topics_now WHERE round_id = :r")
                .bind("r", roundId).mapTo(String.class).list();
        Map<String, List<String>> byTrack = new LinkedHashMap<>();
        for (String code : codes) {
            Topics.Topic t = Topics.of(code);
            String track = t != null ? t.track() : h.createQuery("SELECT track FROM topics WHERE code = :c")
                    .bind("c", code).mapTo(String.class).findOne().orElse("multilateral");
            byTrack.computeIfAbsent(track, k -> new ArrayList<>()).add(code);
        }
        List<String> tracks = new ArrayList<>(byTrack.keySet());
        tracks.sort((a, b) -> Integer.compare(Topics.trackOrder(a), Topics.trackOrder(b)));
        int pos = 0;
        for (String track : tracks) {
            List<String> topics = byTrack.get(track);
            Collections.sort(topics);
            insertItem(h, planId, pos++, track, Topics.trackTitle(track), topics);
        }
    }

    private static long insertItem(Handle h, long planId, int pos, String track, String title, List<String> topics) {
        return h.createUpdate("""
                        INSERT INTO agenda_items (plan_id, position, track, title, topics) VALUES (:p, :pos, :track, :title, :topics)""")
                .bind("p", planId).bind("pos", pos).bind("track", track).bind("title", title)
                .bind("topics", topics.toArray(String[]::new))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /** An open commitment of the series, with the topics it touches. */
    record OpenCommitment(long id, long roundId, List<String> actors, String text, String due, String place, Set<String> topics) {}

    /**
     * The series' open and overdue commitments onto the agenda, each under an item of its topic's track (a new item
     * where the agenda has none for that track). A round's plan for the next meeting is no agenda item: the last
     * round's sets this round's date and place, and an earlier one's was for a round now past.
     */
    private static void carryCommitments(Handle h, long planId, SeriesInfo s) {
        List<Long> roundIds = s.rounds().stream().map(PastRound::id).toList();
        if (roundIds.isEmpty()) return;
        List<OpenCommitment> open = h.createQuery("""
                        SELECT c.id, c.round_id, c.actors, c.text, c.due, c.place, r.next_place, r.next_due,
                               (SELECT e.start_offset FROM evidence e WHERE e.commitment_id = c.id LIMIT 1) AS s0,
                               (SELECT e.end_offset FROM evidence e WHERE e.commitment_id = c.id LIMIT 1) AS s1
                          FROM commitments c JOIN commitment_status_now n ON n.commitment_id = c.id
                          JOIN rounds r ON r.id = c.round_id
                         WHERE c.round_id IN (<rounds>) AND n.status IN ('open', 'overdue')
                         ORDER BY c.round_id, c.position""")
                .bindList("rounds", roundIds)
                .map((rs, ctx) -> {
                    String text = rs.getString("text");
                    if (NextRoundPlans.is(text, rs.getString("place"), rs.getString("due"), rs.getString("next_place"),
                            rs.getString("next_due"))) {
                        return null;
                    }
                    return new OpenCommitment(rs.getLong("id"), rs.getLong("round_id"), strings(rs.getArray("actors")),
                            text, rs.getString("due"), rs.getString("place"), topicsOf(h, text, rs.getLong("round_id"),
                            (Integer) rs.getObject("s0"), (Integer) rs.getObject("s1")));
                })
                .list();
        for (OpenCommitment c : open) {
            if (c == null) continue;
            Long item = itemFor(h, planId, c);
            h.createUpdate("""
                            INSERT INTO deliverables (plan_id, item_id, commitment_id, actors, text, due, added_by)
                            VALUES (:p, :i, :c, :actors, :text, :due, 'carried over')""")
                    .bind("p", planId).bind("i", item).bind("c", c.id()).bind("actors", c.actors().toArray(String[]::new))
                    .bind("text", c.text()).bind("due", c.due()).execute();
        }
    }

    /**
     * The topics a commitment is about: those its own words name; else those its round found in the same sentence;
     * else those of the acts of that sentence.
     */
    private static Set<String> topicsOf(Handle h, String text, long roundId, Integer s0, Integer s1) {
        Set<String> own = new LinkedHashSet<>(Topics.in(text));
        if (!own.isEmpty() || s0 == null || s1 == null) return own;
        Set<String> sentence = new LinkedHashSet<>(h.createQuery("""
                        SELECT DISTINCT rt.topic_code FROM round_topics rt JOIN evidence e ON e.topic_id = rt.id
                         WHERE rt.round_id = :r AND e.start_offset < :s1 AND e.end_offset > :s0
                           AND rt.topic_code IN (SELECT topic_code FROM round_topics_now WHERE round_id = :r)""")
                .bind("r", roundId).bind("s0", s0).bind("s1", s1).mapTo(String.class).list());
        if (!sentence.isEmpty()) return sentence;
        return new LinkedHashSet<>(h.createQuery("""
                        SELECT DISTINCT unnest(a.topics) FROM acts a JOIN evidence e ON e.act_id = a.id
                         WHERE a.round_id = :r AND e.start_offset < :s1 AND e.end_offset > :s0""")
                .bind("r", roundId).bind("s0", s0).bind("s1", s1).mapTo(String.class).list());
    }

    /** The agenda item of the commitment's track (added when the agenda has none), or by its words when it names no topic. */
    private static Long itemFor(Handle h, long planId, OpenCommitment c) {
        List<Plan.AgendaItem> items = items(h, planId);
        String track = track(h, c.topics());
        if (track == null) return bestItem(items, c.topics(), c.text());
        List<Plan.AgendaItem> ofTrack = items.stream().filter(i -> i.track().equals(track)).toList();
        if (ofTrack.isEmpty()) {
            return insertItem(h, planId, items.size(), track, Topics.trackTitle(track), List.copyOf(c.topics()));
        }
        return bestItem(ofTrack, c.topics(), c.text());
    }

    /** The track most of the topics belong to (the first in agenda order on a tie), or null without topics. */
    private static String track(Handle h, Set<String> topics) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (String code : topics) {
            Topics.Topic t = Topics.of(code);
            String track = t != null ? t.track() : h.createQuery("SELECT track FROM topics WHERE code = :c")
                    .bind("c", code).mapTo(String.class).findOne().orElse(null);
            if (track != null && Topics.TRACKS.contains(track)) votes.merge(track, 1, Integer::sum);
        }
        return votes.entrySet().stream()
                .max(java.util.Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(e -> -Topics.trackOrder(e.getKey())))
                .map(Map.Entry::getKey).orElse(null);
    }

    /** The item sharing most topics with a commitment; ties and no overlap go by words of the text, then first. */
    static Long bestItem(List<Plan.AgendaItem> items, Set<String> topics, String text) {
        if (items.isEmpty()) return null;
        Plan.AgendaItem best = null;
        int bestScore = 0;
        for (Plan.AgendaItem item : items) {
            int score = 0;
            for (String t : item.topics()) if (topics.contains(t)) score += 10;
            Set<String> tracks = new LinkedHashSet<>();
            for (String t : topics) {
                Topics.Topic topic = Topics.of(t);
                if (topic != null) tracks.add(topic.track());
            }
            if (tracks.contains(item.track())) score += 3;
            for (String w : item.title().toLowerCase(Locale.ROOT).split("\\W+")) {
                if (w.length() > 3 && text.toLowerCase(Locale.ROOT).contains(w)) score += 1;
            }
            if (score > bestScore) {
                best = item;
                bestScore = score;
            }
        }
        return (best == null ? items.get(0) : best).id();
    }

    // ---------------------------------------------------------------- reading plans

    /** The plan, if {@code by} may see it. */
    public Plan plan(long id, Actor by) {
        return jdbi.withHandle(h -> {
            Plan p = load(h, id);
            mayView(h, p, by);
            return p;
        });
    }

    /** The plans {@code by} may see, newest first. */
    public List<PlanSummary> plans(Actor by) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT p.id, s.key AS series_key, p.acronym, p.ordinal, p.date, p.place, p.status, p.parties
                          FROM plans p JOIN series s ON s.id = p.series_id ORDER BY p.id DESC""")
                .map((rs, ctx) -> new Object[]{new PlanSummary(rs.getLong("id"), rs.getString("series_key"),
                        rs.getString("acronym"), (Integer) rs.getObject("ordinal"), rs.getString("date"),
                        rs.getString("place"), rs.getString("status")), strings(rs.getArray("parties"))})
                .list().stream()
                .filter(o -> maySee(h, ((PlanSummary) o[0]).seriesKey(), cast(o[1]), by))
                .map(o -> (PlanSummary) o[0]).toList());
    }

    static void mayView(Handle h, Plan p, Actor by) {
        if (!maySee(h, p.seriesKey(), p.parties(), by)) {
            throw DraftingException.forbidden("the drafts of " + p.seriesKey() + " are not shared with "
                    + (by == null ? "anonymous readers" : by.name()));
        }
    }

    static boolean maySee(Handle h, String seriesKey, List<String> parties, Actor by) {
        if (by == null) return false;
        if (by.isAdmin()) return true;
        if (parties.stream().anyMatch(by::isEditorFor)) return true;
        return h.createQuery("""
                        SELECT count(*) FROM series_shares sh JOIN series s ON s.id = sh.series_id
                         WHERE s.key = :k AND sh.viewer = :v""")
                .bind("k", seriesKey).bind("v", by.name()).mapTo(Long.class).one() > 0;
    }

    static Plan load(Handle h, long id) {
        Optional<Plan> p = h.createQuery("SELECT p.*, s.key AS series_key FROM plans p JOIN series s ON s.id = p.series_id"
                        + " WHERE p.id = :id").bind("id", id)
                .map((rs, ctx) -> new Plan(rs.getLong("id"), rs.getString("series_key"), rs.getString("name"),
                        rs.getString("acronym"), strings(rs.getArray("parties")), (Integer) rs.getObject("ordinal"),
                        rs.getString("date"), rs.getString("host"), rs.getString("place"), rs.getString("status"),
                        (Long) rs.getObject("after_round"), (Long) rs.getObject("round_id"), rs.getString("note"),
                        List.of(), List.of()))
                .findOne();
        if (p.isEmpty()) throw DraftingException.notFound("there is no planned round " + id);
        Plan plan = p.get();
        List<Plan.Delegate> delegates = h.createQuery("""
                        SELECT id, party, name, title, role, person_id FROM delegates WHERE plan_id = :p
                         ORDER BY party, (role = 'head') DESC, id""")
                .bind("p", id)
                .map((rs, ctx) -> new Plan.Delegate(rs.getLong("id"), rs.getString("party"), rs.getString("name"),
                        rs.getString("title"), rs.getString("role"), (Long) rs.getObject("person_id")))
                .list();
        return new Plan(plan.id(), plan.seriesKey(), plan.name(), plan.acronym(), plan.parties(), plan.ordinal(),
                plan.date(), plan.host(), plan.place(), plan.status(), plan.afterRound(), plan.roundId(), plan.note(),
                delegates, items(h, id));
    }

    static List<Plan.AgendaItem> items(Handle h, long planId) {
        List<Plan.Deliverable> deliverables = h.createQuery("""
                        SELECT id, item_id, commitment_id, actors, text, due, added_by FROM deliverables WHERE plan_id = :p ORDER BY id""")
                .bind("p", planId)
                .map((rs, ctx) -> new Plan.Deliverable(rs.getLong("id"), (Long) rs.getObject("item_id"),
                        (Long) rs.getObject("commitment_id"), strings(rs.getArray("actors")), rs.getString("text"),
                        rs.getString("due"), rs.getString("added_by")))
                .list();
        Map<Long, List<Plan.CoLead>> leads = new LinkedHashMap<>();
        h.createQuery("""
                        SELECT l.item_id, l.party, l.name, l.account FROM co_leads l JOIN agenda_items i ON i.id = l.item_id
                         WHERE i.plan_id = :p ORDER BY l.party""")
                .bind("p", planId)
                .map((rs, ctx) -> Map.entry(rs.getLong("item_id"), new Plan.CoLead(rs.getString("party"), rs.getString("name"),
                        rs.getString("account"))))
                .forEach(e -> leads.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return h.createQuery("SELECT id, position, track, title, topics FROM agenda_items WHERE plan_id = :p ORDER BY position, id")
                .bind("p", planId)
                .map((rs, ctx) -> {
                    long itemId = rs.getLong("id");
                    return new Plan.AgendaItem(itemId, rs.getInt("position"), rs.getString("track"), rs.getString("title"),
                            strings(rs.getArray("topics")), leads.getOrDefault(itemId, List.of()),
                            deliverables.stream().filter(d -> d.itemId() != null && d.itemId() == itemId).toList());
                })
                .list();
    }

    /** People known from the statements who appeared for {@code party}, with the latest title seen. */
    public List<KnownPerson> knownPeople(String party) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT DISTINCT ON (p.id) p.id, p.name, a.party, po.title, po.seen_on
                          FROM people p JOIN attendance a ON a.person_id = p.id
                          LEFT JOIN posts po ON po.person_id = p.id
                         WHERE a.party = :party AND a.role IN ('head', 'member')
                         ORDER BY p.id, po.seen_on DESC NULLS LAST, po.id DESC""")
                .bind("party", party)
                .map((rs, ctx) -> new KnownPerson(rs.getLong("id"), rs.getString("name"), rs.getString("party"),
                        rs.getString("title"), rs.getString("seen_on")))
                .list());
    }

    // ---------------------------------------------------------------- changing plans

    private Plan change(long planId, Actor by, String action, Map<String, Object> details, ChangeWork work) {
        return jdbi.inTransaction(h -> {
            Plan p = load(h, planId);
            mayView(h, p, by);
            if ("published".equals(p.status())) {
                throw DraftingException.conflict("round " + planId + " is published; its plan no longer changes");
            }
            work.apply(h, p);
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("plan", planId);
            d.putAll(details);
            audit(h, by, action, d);
            return load(h, planId);
        });
    }

    @FunctionalInterface
    private interface ChangeWork {
        void apply(Handle h, Plan p);
    }

    private static void mustActForSome(Plan p, Actor by, String what) {
        if (!by.isAdmin() && p.parties().stream().noneMatch(by::isEditorFor)) {
            throw DraftingException.forbidden(by.name() + " may not " + what + ": only an admin or an editor of "
                    + String.join(" or ", p.parties()) + " may");
        }
    }

    private static void mustActFor(Plan p, Actor by, String party, String what) {
        if (!p.parties().contains(party)) throw DraftingException.invalid(party + " is not a party of " + p.seriesKey());
        if (!by.actsFor(party)) {
            throw DraftingException.forbidden(by.name() + " may not " + what + " for " + party
                    + ": editors act only for their own party");
        }
    }

    /** Sets the date, place, host or status (null leaves one as it is). */
    public Plan setRound(long planId, String date, String place, String host, String status, Actor by) {
        return change(planId, by, "plan.round", details("date", date, "place", place, "host", host, "status", status), (h, p) -> {
            mustActForSome(p, by, "change the round's date, place or status");
            if (date != null && !PartialDate.parse(date).map(PartialDate::toString).orElse("").equals(date)) throw DraftingException.invalid("the date must be ISO, yyyy-mm-dd (got " + date + ")");
            if (host != null && !p.parties().contains(host)) throw DraftingException.invalid(host + " is not a party of " + p.seriesKey());
            if (status != null && !List.of("planned", "confirmed", "held").contains(status)) {
                throw DraftingException.invalid("the status is planned, confirmed or held (publishing publishes)");
            }
            h.createUpdate("""
                            UPDATE plans SET date = COALESCE(:date, date), place = COALESCE(:place, place),
                                   host = COALESCE(:host, host), status = COALESCE(:status, status) WHERE id = :id""")
                    .bind("date", date).bind("place", blankToNull(place)).bind("host", host).bind("status", status)
                    .bind("id", planId).execute();
        });
    }

    /** Adds (or replaces the title and role of) one person of {@code party}'s delegation; a new head replaces the old. */
    public Plan addDelegate(long planId, String party, String name, String title, String role, Actor by) {
        return change(planId, by, "plan.delegate.add", details("party", party, "name", name, "role", role), (h, p) -> {
            mustActFor(p, by, party, "edit the delegation");
            if (name == null || name.isBlank()) throw DraftingException.invalid("say the person's name");
            if (!"head".equals(role) && !"member".equals(role)) throw DraftingException.invalid("the role is head or member");
            String t = blankToNull(title);
            Long personId = h.createQuery("SELECT id FROM people WHERE lower(name) = lower(:n) ORDER BY id LIMIT 1")
                    .bind("n", name.strip()).mapTo(Long.class).findOne().orElse(null);
            if (t == null && personId != null) {
                t = h.createQuery("SELECT title FROM posts WHERE person_id = :p ORDER BY seen_on DESC NULLS LAST, id DESC LIMIT 1")
                        .bind("p", personId).mapTo(String.class).findOne().orElse(null);
            }
            if ("head".equals(role)) {
                h.execute("UPDATE delegates SET role = 'member' WHERE plan_id = ? AND party = ? AND role = 'head'", planId, party);
            }
            h.createUpdate("""
                            INSERT INTO delegates (plan_id, party, name, title, role, person_id) VALUES (:p, :party, :name, :title, :role, :person)
                            ON CONFLICT (plan_id, party, name) DO UPDATE SET title = COALESCE(:title, delegates.title), role = :role""")
                    .bind("p", planId).bind("party", party).bind("name", name.strip()).bind("title", t).bind("role", role)
                    .bind("person", personId).execute();
        });
    }

    /** Removes one person from a delegation. */
    public Plan removeDelegate(long planId, long delegateId, Actor by) {
        return change(planId, by, "plan.delegate.remove", details("delegate", delegateId), (h, p) -> {
            Plan.Delegate d = p.delegates().stream().filter(x -> x.id() == delegateId).findFirst()
                    .orElseThrow(() -> DraftingException.notFound("there is no delegate " + delegateId + " in round " + planId));
            mustActFor(p, by, d.party(), "edit the delegation");
            h.execute("DELETE FROM delegates WHERE id = ?", delegateId);
        });
    }

    /** Adds an agenda item (a working group) under a track. */
    public Plan addItem(long planId, String track, String title, List<String> topics, Actor by) {
        return change(planId, by, "plan.item.add", details("track", track, "title", title), (h, p) -> {
            mustActForSome(p, by, "change the agenda");
            if (!Topics.TRACKS.contains(track)) throw DraftingException.invalid("the track is one of " + String.join(", ", Topics.TRACKS));
            if (title == null || title.isBlank()) throw DraftingException.invalid("give the item a title");
            insertItem(h, planId, p.agenda().size(), track, title.strip(), topics == null ? List.of() : topics);
        });
    }

    /** Names {@code party}'s co-lead of an item's working group, and the account that edits for them. */
    public Plan setCoLead(long planId, long itemId, String party, String name, String account, Actor by) {
        return change(planId, by, "plan.colead", details("item", itemId, "party", party, "name", name, "account", account), (h, p) -> {
            item(p, itemId);
            mustActFor(p, by, party, "name a co-lead");
            if (name == null || name.isBlank()) throw DraftingException.invalid("say the co-lead's name");
            h.createUpdate("""
                            INSERT INTO co_leads (item_id, party, name, account) VALUES (:i, :party, :name, :account)
                            ON CONFLICT (item_id, party) DO UPDATE SET name = :name, account = :account""")
                    .bind("i", itemId).bind("party", party).bind("name", name.strip()).bind("account", blankToNull(account)).execute();
        });
    }

    /** Adds a new deliverable under an item. */
    public Plan addDeliverable(long planId, long itemId, List<String> actors, String text, String due, Actor by) {
        return change(planId, by, "plan.deliverable.add", details("item", itemId, "text", text), (h, p) -> {
            item(p, itemId);
            mustActForSome(p, by, "add deliverables");
            List<String> who = actors == null || actors.isEmpty() ? p.parties() : actors;
            for (String a : who) if (!p.parties().contains(a)) throw DraftingException.invalid(a + " is not a party of " + p.seriesKey());
            if (!by.isAdmin() && who.stream().noneMatch(by::isEditorFor)) {
                throw DraftingException.forbidden(by.name() + " may add deliverables only for their own party");
            }
            String t = text == null ? "" : text.strip().replaceAll("\\.$", "");
            if (t.isEmpty()) throw DraftingException.invalid("say what is to be delivered");
            h.createUpdate("""
                            INSERT INTO deliverables (plan_id, item_id, actors, text, due, added_by) VALUES (:p, :i, :a, :t, :d, :by)""")
                    .bind("p", planId).bind("i", itemId).bind("a", who.toArray(String[]::new)).bind("t", t)
                    .bind("d", blankToNull(due)).bind("by", by.name()).execute();
        });
    }

    /** Shares the drafts of a series with a viewer. */
    public void share(String seriesKey, String viewer, Actor by) {
        jdbi.useTransaction(h -> {
            SeriesInfo s = series(h, seriesKey).orElseThrow(() -> DraftingException.notFound("there is no series " + seriesKey));
            if (!by.isAdmin() && s.parties().stream().noneMatch(by::isEditorFor)) {
                throw DraftingException.forbidden(by.name() + " may not share the drafts of " + s.key());
            }
            h.execute("""
                    INSERT INTO series_shares (series_id, viewer, shared_by) SELECT id, ?, ? FROM series WHERE key = ?
                    ON CONFLICT DO NOTHING""", viewer, by.name(), s.key());
            audit(h, by, "series.share", Map.of("series", s.key(), "viewer", viewer));
        });
    }

    private static Plan.AgendaItem item(Plan p, long itemId) {
        return p.agenda().stream().filter(i -> i.id() == itemId).findFirst()
                .orElseThrow(() -> DraftingException.notFound("there is no agenda item " + itemId + " in round " + p.id()));
    }

    static void audit(Handle h, Actor by, String action, Map<String, Object> details) {
        h.createUpdate("INSERT INTO audit_log (who, action, details) VALUES (:who, :action, CAST(:details AS jsonb))")
                .bind("who", by.name()).bind("action", "drafting." + action).bind("details", Records.write(details)).execute();
    }

    static Map<String, Object> details(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) if (kv[i + 1] != null) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
