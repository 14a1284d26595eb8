package org.communique.drafting;

import org.communique.model.PartialDate;
import org.communique.store.StatementText;
import org.jdbi.v3.core.Handle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Gathers one briefing book from the store: the series' earlier rounds, every promise made there (numbered as page
 * one lists them), each agenda item's past and promises, and the counterpart delegation. Quotes are taken in the
 * order the book prints them, so the first place a sentence fits is the one place it stands.
 */
final class BriefingData {
    private final Handle h;
    private final Plan plan;
    private final String forParty;
    private final BriefingQuotes quotes;

    /** An earlier round of the series. */
    private record Round(long id, String name, Integer ordinal, String date, String place, Long documentId) {}

    /** A promise as stored, before the book numbers it and finds its signs. */
    private record Stored(long id, long roundId, String madeAt, String madeOn, List<String> actors, String text, String due,
                          String status) {}

    /** A sign as stored. */
    private record SignRow(String rule, double confidence, String seenAt, String quote) {}

    BriefingData(Handle h, Plan plan, String forParty) {
        this.h = h;
        this.plan = plan;
        this.forParty = forParty;
        this.quotes = new BriefingQuotes(id -> h.createQuery("""
                        SELECT r.id AS round_id, d.id AS document_id, r.date, d.text, d.sentences
                          FROM documents d JOIN rounds r ON r.document_id = d.id WHERE d.id = :id""")
                .bind("id", id).mapTo(StatementText.class).findFirst().orElse(null));
    }

    Briefing.Book book() {
        List<Round> rounds = rounds();
        List<Stored> stored = promises(rounds);
        Map<Long, Integer> numbers = new LinkedHashMap<>();
        for (Stored s : stored) numbers.put(s.id(), numbers.size() + 1);
        Map<Long, List<SignRow>> signs = signs(numbers.keySet());
        Map<Long, Briefing.Promise> placed = new LinkedHashMap<>();
        List<Briefing.ItemBrief> items = new ArrayList<>();
        for (Plan.AgendaItem item : plan.agenda()) {
            List<Stored> mine = new ArrayList<>();
            for (Plan.Deliverable d : item.deliverables()) {
                if (d.commitmentId() == null || placed.containsKey(d.commitmentId())) continue;
                stored.stream().filter(s -> s.id() == d.commitmentId()).findFirst().ifPresent(s -> {
                    mine.add(s);
                    placed.put(s.id(), null); // each promise under the first item that carries it
                });
            }
            List<Briefing.Past> history = history(item, rounds, mine, numbers);
            List<Briefing.Promise> promises = new ArrayList<>();
            for (Stored s : mine) {
                Briefing.Promise p = promise(s, numbers.get(s.id()), signs.getOrDefault(s.id(), List.of()), true);
                placed.put(s.id(), p);
                promises.add(p);
            }
            List<String> points = new ArrayList<>();
            for (Briefing.Promise p : promises) if (BriefingWords.pending(p.status())) points.add(BriefingWords.point(forParty, p));
            for (Plan.Deliverable d : item.deliverables()) if (d.commitmentId() == null) points.add(proposal(d));
            items.add(new Briefing.ItemBrief(item, history, promises, points));
        }
        List<Briefing.Promise> all = new ArrayList<>();
        for (Stored s : stored) {
            Briefing.Promise p = placed.get(s.id());
            all.add(p != null ? p : promise(s, numbers.get(s.id()), signs.getOrDefault(s.id(), List.of()), false));
        }
        return new Briefing.Book(plan, forParty, all, items, counterparts());
    }

    // ---------------------------------------------------------------- rounds and promises

    private List<Round> rounds() {
        List<Long> ids = Planning.series(h, plan.seriesKey())
                .map(s -> s.rounds().stream().map(Planning.PastRound::id).toList()).orElse(List.of());
        if (ids.isEmpty()) return List.of();
        return h.createQuery("""
                        SELECT r.id, r.name, COALESCE(rs.ordinal, r.ordinal) AS ordinal, r.date, r.place, r.document_id
                          FROM rounds r LEFT JOIN round_series rs ON rs.round_id = r.id -- the series' ordinals, inferred ones too
                         WHERE r.id IN (<ids>) ORDER BY r.date NULLS FIRST, r.id""")
                .bindList("ids", ids)
                .map((rs, ctx) -> new Round(rs.getLong("id"), rs.getString("name"), (Integer) rs.getObject("ordinal"),
                        rs.getString("date"), rs.getString("place"), (Long) rs.getObject("document_id")))
                .list().stream()
                .filter(r -> plan.roundId() == null || r.id() != plan.roundId()) // a published plan's own round is no earlier round
                .toList();
    }

    /** The earlier rounds' promises (not those a cut-off sentence holds) and any other carried onto the agenda. */
    private List<Stored> promises(List<Round> rounds) {
        List<Long> roundIds = rounds.stream().map(Round::id).toList();
        List<Long> carried = plan.deliverables().stream().map(Plan.Deliverable::commitmentId).filter(java.util.Objects::nonNull).toList();
        if (roundIds.isEmpty() && carried.isEmpty()) return List.of();
        List<Stored> out = new ArrayList<>();
        h.createQuery("""
                        SELECT c.id, c.round_id, c.actors, c.text, c.due, n.status, r.name, COALESCE(rs.ordinal, r.ordinal) AS ordinal,
                               r.date, e.document_id, e.start_offset, e.end_offset
                          FROM commitments c JOIN commitment_status_now n ON n.commitment_id = c.id
                          JOIN rounds r ON r.id = c.round_id LEFT JOIN round_series rs ON rs.round_id = r.id
                          LEFT JOIN LATERAL (SELECT document_id, start_offset, end_offset FROM evidence
                                              WHERE commitment_id = c.id ORDER BY start_offset LIMIT 1) e ON true
                         WHERE c.round_id IN (<rounds>) OR c.id IN (<carried>)
                         ORDER BY r.date NULLS FIRST, r.id, c.position""")
                .bindList("rounds", roundIds.isEmpty() ? List.of(-1L) : roundIds)
                .bindList("carried", carried.isEmpty() ? List.of(-1L) : carried)
                .map((rs, ctx) -> {
                    quotes.promise(rs.getString("text"), (Long) rs.getObject("document_id"), (Integer) rs.getObject("start_offset"),
                            (Integer) rs.getObject("end_offset"));
                    return new Stored(rs.getLong("id"), rs.getLong("round_id"),
                            BriefingWords.roundShort(plan, rs.getString("name"), (Integer) rs.getObject("ordinal"), rs.getString("date")),
                            rs.getString("date"), Planning.strings(rs.getArray("actors")), rs.getString("text"), rs.getString("due"),
                            rs.getString("status"));
                })
                .forEach(out::add);
        return out;
    }

    private Map<Long, List<SignRow>> signs(Set<Long> ids) {
        Map<Long, List<SignRow>> out = new LinkedHashMap<>();
        if (ids.isEmpty()) return out;
        h.createQuery("""
                        SELECT f.commitment_id, f.rule, f.confidence, f.seen_on, f.quote, r.name,
                               COALESCE(rs.ordinal, r.ordinal) AS ordinal, r.date
                          FROM follow_through f LEFT JOIN rounds r ON r.id = f.round_id LEFT JOIN round_series rs ON rs.round_id = r.id
                         WHERE f.commitment_id IN (<ids>) AND f.state <> 'rejected'
                         ORDER BY f.seen_on NULLS FIRST, f.id""")
                .bindList("ids", List.copyOf(ids))
                .map((rs, ctx) -> {
                    String date = rs.getString("date");
                    String at = date != null || rs.getString("name") != null
                            ? "the " + BriefingWords.roundShort(plan, rs.getString("name"), (Integer) rs.getObject("ordinal"), date)
                            : "a statement of " + (rs.getString("seen_on") == null ? "unknown date" : Statement.longDate(rs.getString("seen_on")));
                    return Map.entry(rs.getLong("commitment_id"), new SignRow(rs.getString("rule"), rs.getDouble("confidence"), at,
                            rs.getString("quote")));
                })
                .forEach(e -> out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return out;
    }

    /** A numbered promise; its signs quote their sentences only where the book prints them (under an agenda item). */
    private Briefing.Promise promise(Stored s, int number, List<SignRow> rows, boolean printed) {
        List<Briefing.Sign> signs = new ArrayList<>();
        for (SignRow r : rows) {
            signs.add(new Briefing.Sign(r.seenAt(), FollowThroughSigns.phrase(r.rule(), r.confidence()), printed ? quotes.take(r.quote()) : null));
        }
        return new Briefing.Promise(number, s.id(), s.madeAt(), s.madeOn(), s.actors(), s.text(), s.due(), s.status(), signs);
    }

    private String proposal(Plan.Deliverable d) {
        return "Propose to agree: " + d.text().strip() + " (" + BriefingWords.who(plan, d.actors())
                + (d.due() == null ? "" : ", by " + d.due()) + ").";
    }

    // ---------------------------------------------------------------- an item's past

    /** Each earlier round that discussed the item's topics or made one of its promises, with one sentence of it. */
    private List<Briefing.Past> history(Plan.AgendaItem item, List<Round> rounds, List<Stored> mine, Map<Long, Integer> numbers) {
        if (rounds.isEmpty()) return List.of();
        Map<Long, Set<String>> discussed = new TreeMap<>();
        Map<Long, List<int[]>> spans = new TreeMap<>();
        if (!item.topics().isEmpty()) {
            List<Long> ids = rounds.stream().map(Round::id).toList();
            h.createQuery("SELECT round_id, topic_code FROM round_topics_now WHERE round_id IN (<rounds>) AND topic_code IN (<topics>)")
                    .bindList("rounds", ids).bindList("topics", item.topics())
                    .map((rs, ctx) -> Map.entry(rs.getLong("round_id"), rs.getString("topic_code")))
                    .forEach(e -> discussed.computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>()).add(e.getValue()));
            h.createQuery("""
                            SELECT rt.round_id, e.start_offset, e.end_offset
                              FROM round_topics rt JOIN evidence e ON e.topic_id = rt.id
                             WHERE rt.round_id IN (<rounds>) AND rt.topic_code IN (<topics>)
                             ORDER BY rt.round_id, e.start_offset""")
                    .bindList("rounds", ids).bindList("topics", item.topics())
                    .map((rs, ctx) -> Map.entry(rs.getLong("round_id"), new int[]{rs.getInt("start_offset"), rs.getInt("end_offset")}))
                    .forEach(e -> spans.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        }
        List<Briefing.Past> out = new ArrayList<>();
        for (Round r : rounds) {
            Set<String> topics = discussed.getOrDefault(r.id(), Set.of());
            List<Integer> made = mine.stream().filter(s -> s.roundId() == r.id()).map(s -> numbers.get(s.id())).toList();
            if (topics.isEmpty() && made.isEmpty()) continue;
            List<int[]> where = new ArrayList<>(spans.getOrDefault(r.id(), List.of()));
            where.sort(Comparator.comparingInt(s -> s[0]));
            String quote = r.documentId() == null ? null : quotes.firstSentence(r.documentId(), where);
            List<String> labels = item.topics().stream().filter(topics::contains).map(Topics::label).toList();
            out.add(new Briefing.Past(BriefingWords.roundLong(plan, r.name(), r.ordinal(), r.date(), r.place()), labels, quote, made));
        }
        return out;
    }

    // ---------------------------------------------------------------- the counterparts

    private List<Briefing.Counterpart> counterparts() {
        List<Briefing.Counterpart> out = new ArrayList<>();
        for (Plan.Delegate d : plan.delegates()) {
            if (d.party().equals(forParty)) continue;
            if (d.personId() == null) {
                out.add(new Briefing.Counterpart(d.name(), d.title(), d.role(), List.of(), List.of()));
                continue;
            }
            List<Long> names = h.createQuery("""
                            SELECT name_id FROM person_of_name
                             WHERE person_id = (SELECT person_id FROM person_of_name WHERE name_id = :p)""")
                    .bind("p", d.personId()).mapTo(Long.class).list();
            if (names.isEmpty()) names = List.of(d.personId());
            out.add(new Briefing.Counterpart(d.name(), d.title(), d.role(), posts(names), attended(names)));
        }
        return out;
    }

    /** The posts seen for a person, each once with the years it was seen; a title that another ends with is that one. */
    private List<String> posts(List<Long> names) {
        Map<String, String> titles = new LinkedHashMap<>(); // key -> title as written
        Map<String, Set<String>> years = new LinkedHashMap<>();
        h.createQuery("SELECT title, seen_on FROM posts WHERE person_id IN (<names>) ORDER BY seen_on NULLS LAST, id")
                .bindList("names", names)
                .map((rs, ctx) -> new String[]{rs.getString("title"), rs.getString("seen_on")})
                .forEach(row -> {
                    String key = BriefingQuotes.key(row[0]);
                    titles.putIfAbsent(key, row[0].strip());
                    Set<String> y = years.computeIfAbsent(key, k -> new java.util.TreeSet<>());
                    PartialDate.parse(row[1]).ifPresent(d -> y.add(String.valueOf(d.year())));
                });
        // "Assistant Secretary of State ..." is the post "U.S. Assistant Secretary of State ..." names: one post; but a
        // "First Deputy Minister" is not the "Deputy Minister" of another year
        Set<String> merged = new HashSet<>();
        for (String a : titles.keySet()) {
            for (String b : titles.keySet()) {
                if (!a.equals(b) && !merged.contains(b) && b.endsWith(" " + a) && countryWord(b.substring(0, b.length() - a.length() - 1))) {
                    years.get(b).addAll(years.get(a));
                    merged.add(a);
                    break;
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> t : titles.entrySet()) {
            if (merged.contains(t.getKey())) continue;
            List<String> y = List.copyOf(years.get(t.getKey()));
            out.add(t.getValue() + (y.isEmpty() ? "" : " (" + (y.size() == 1 ? y.get(0) : y.get(0) + "\u2013" + y.get(y.size() - 1)) + ")"));
        }
        return out;
    }

    /** Whether the words before a title only say whose it is: "u.s.", "kazakh", "kazakhstan". */
    private boolean countryWord(String prefix) {
        if (prefix.contains(".") && !prefix.contains(" ")) return true;
        for (String party : plan.parties()) {
            Countries.Country c = Countries.of(party);
            if (prefix.equalsIgnoreCase(c.name()) || prefix.equalsIgnoreCase(c.demonym())) return true;
        }
        return false;
    }

    /** The rounds a person attended (as head or member), oldest first. */
    private List<String> attended(List<Long> names) {
        return h.createQuery("""
                        SELECT DISTINCT r.id, r.name, COALESCE(rs.ordinal, r.ordinal) AS ordinal, r.date, r.place, a.role
                          FROM attendance a JOIN rounds r ON r.id = a.round_id LEFT JOIN round_series rs ON rs.round_id = r.id
                         WHERE a.person_id IN (<names>) AND a.role IN ('head', 'member')
                         ORDER BY r.date, r.id""")
                .bindList("names", names)
                .map((rs, ctx) -> BriefingWords.roundLong(plan, rs.getString("name"), (Integer) rs.getObject("ordinal"),
                        rs.getString("date"), rs.getString("place"))
                        + ("head".equals(rs.getString("role")) ? ", head of delegation" : ", member"))
                .list();
    }
}
