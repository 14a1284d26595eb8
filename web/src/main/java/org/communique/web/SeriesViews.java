package org.communique.web;

import org.communique.drafting.FollowThroughSigns;
import org.communique.model.Participant;
import org.communique.model.RoundRecord;
import org.communique.store.CommitmentStatus;
import org.communique.store.Database;
import org.communique.store.FollowThrough;
import org.communique.store.Score;
import org.communique.store.TopicRow;
import org.communique.tracker.CommitmentOverview;
import org.communique.tracker.CommitmentView;
import org.communique.tracker.Diff;
import org.communique.tracker.Series;
import org.communique.tracker.SeriesDetail;
import org.communique.tracker.SeriesOverview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The tracker's series as pages: the list on the home page, and one series with its timeline of rounds, its
 * topic-by-round heatmap, its commitments board and what changed between consecutive rounds; and the list as JSON
 * (one series' JSON is the tracker's {@code SeriesJson}, the same for the command line).
 * Everything is read through the tracker's overviews and the store, never computed anew here.
 */
public final class SeriesViews {
    /** The board's columns, in the order a desk officer reads them. */
    static final List<String> BOARD = List.of("open", "overdue", "fulfilled", "partly-fulfilled", "not-fulfilled",
            "superseded", "withdrawn");

    private SeriesViews() {}

    // ------------------------------------------------------------ what the templates get

    /** One series on the home page. */
    public record SeriesLine(String key, String name, String acronym, List<String> parties, int rounds, Long lastRoundId,
                             String lastDate, String lastPlace, Integer lastOrdinal, long openCommitments) {}

    /** A round on the timeline; {@code renamedFrom} marks a rename, {@code ordinalNote} a numbering that does not add up. */
    public record TimelineRound(long id, Integer ordinal, boolean ordinalInferred, String date, String place, String host,
                                String name, List<String> heads, String placedBy, String renamedFrom, String ordinalNote) {
        public boolean placedByPerson() {
            return placedBy != null && !"tracker".equals(placedBy);
        }
    }

    public record HeatColumn(long roundId, String label, String title) {}

    /** One topic's row: for each round (in the columns' order) whether it was discussed. */
    public record HeatRow(String code, String label, List<Boolean> cells, int count) {}

    public record HeatTrack(String track, List<HeatRow> rows) {}

    /** A sign of follow-through: {@code rule} and {@code confidence} as the tracker stores them, the rest in plain words. */
    public record LinkItem(long id, String rule, Long roundId, String date, String quote, String confidence,
                           String headline, String strength, String explanation, String record, String state) {
        public boolean proposed() {
            return "proposed".equals(state);
        }
    }

    public record ScoreItem(String party, String score, String reason, String by, String at) {}

    public record BoardItem(long id, long roundId, String madeOn, String actors, String text, String due, String place,
                            String status, String statusBy, String statusReason, List<LinkItem> timeline,
                            List<ScoreItem> scores, boolean mayDecide, List<String> scorableParties) {
        public boolean statusByPerson() {
            return statusBy != null && !"tracker".equals(statusBy);
        }
    }

    public record StatusGroup(String status, String title, List<BoardItem> items) {}

    public record Brief(long id, long roundId, String actors, String text, String status) {}

    public record Change(long fromId, long toId, String fromLabel, String toLabel, List<String> topicsAdded,
                         List<String> topicsDropped, List<Brief> made, List<Brief> fulfilled, List<Brief> stillOpen,
                         List<Brief> overdue, List<Brief> closedByPerson) {}

    public record SeriesPage(Views.Page page, String key, String name, String acronym, String parties, String cadence,
                             String rotation, List<TimelineRound> rounds, List<HeatColumn> columns, List<HeatTrack> heatmap,
                             List<StatusGroup> board, Map<String, Integer> counts, List<Change> changes,
                             boolean mayEdit, boolean isAdmin, List<String> otherSeries, String notice) {}

    // ------------------------------------------------------------ reading

    /** Every series, the one with the latest round first. */
    static List<SeriesLine> lines(Database db) {
        return db.inOneConnection(() -> readLines(db));
    }

    private static List<SeriesLine> readLines(Database db) {
        List<Series> all = SeriesOverview.list(db);
        Map<String, Long> open = new HashMap<>();
        for (CommitmentView c : CommitmentOverview.list(db, null, null)) {
            if (c.series() != null && "open".equals(c.status())) open.merge(c.series(), 1L, Long::sum);
        }
        List<SeriesLine> out = new ArrayList<>();
        for (Series s : all) {
            Series.SeriesRound last = s.rounds().isEmpty() ? null : s.rounds().get(s.rounds().size() - 1);
            out.add(new SeriesLine(s.key(), s.name(), s.acronym(), s.parties(), s.rounds().size(),
                    last == null ? null : last.id(), last == null ? null : last.date(), last == null ? null : last.place(),
                    last == null ? null : last.ordinal(), open.getOrDefault(s.key(), 0L)));
        }
        out.sort(Comparator.comparing((SeriesLine l) -> l.lastDate() == null ? "" : l.lastDate()).reversed()
                .thenComparing(SeriesLine::key));
        return out;
    }

    // ------------------------------------------------------------ the page

    static SeriesPage page(Views.Page page, SeriesDetail l, Visitor v, List<String> otherSeries, String notice) {
        Series s = l.series();
        List<TimelineRound> timeline = new ArrayList<>();
        List<HeatColumn> columns = new ArrayList<>();
        Map<Long, Integer> column = new HashMap<>();
        for (Series.SeriesRound r : s.rounds()) {
            timeline.add(new TimelineRound(r.id(), r.ordinal(), r.ordinalInferred(), r.date(), r.place(), r.host(), r.name(),
                    l.heads().getOrDefault(r.id(), List.of()), r.placedBy(), r.renamedFrom(), r.ordinalNote()));
            column.put(r.id(), columns.size());
            columns.add(new HeatColumn(r.id(), label(r), roundTitle(r)));
        }
        // rows: topics grouped by track, tracks and topics in alphabetical order
        Map<String, Map<String, String>> byTrack = new TreeMap<>();
        Map<String, boolean[]> cells = new HashMap<>();
        for (TopicRow t : l.topics()) {
            String track = t.track() == null || t.track().isBlank() ? "other" : t.track();
            byTrack.computeIfAbsent(track, k -> new TreeMap<>()).putIfAbsent(t.code(), t.label());
            Integer c = column.get(t.roundId());
            if (c != null) cells.computeIfAbsent(t.code(), k -> new boolean[columns.size()])[c] = true;
        }
        List<HeatTrack> heatmap = new ArrayList<>();
        byTrack.forEach((track, topics) -> {
            List<HeatRow> rows = new ArrayList<>();
            topics.entrySet().stream().sorted(Map.Entry.comparingByValue(String.CASE_INSENSITIVE_ORDER)).forEach(e -> {
                boolean[] b = cells.getOrDefault(e.getKey(), new boolean[columns.size()]);
                List<Boolean> list = new ArrayList<>();
                int n = 0;
                for (boolean x : b) {
                    list.add(x);
                    if (x) n++;
                }
                rows.add(new HeatRow(e.getKey(), e.getValue(), list, n));
            });
            heatmap.add(new HeatTrack(track, rows));
        });

        Map<String, List<BoardItem>> groups = new LinkedHashMap<>();
        for (String st : BOARD) groups.put(st, new ArrayList<>());
        Map<String, String> labels = new HashMap<>();
        for (TopicRow t : l.topics()) if (t.label() != null) labels.put(t.code(), t.label());
        for (CommitmentView c : l.commitments()) {
            List<String> parties = l.roundParties().getOrDefault(c.roundId(), List.of());
            groups.computeIfAbsent(c.status(), k -> new ArrayList<>()).add(item(c, v, parties, labels));
        }
        List<StatusGroup> board = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        groups.forEach((st, items) -> {
            counts.put(st, items.size());
            board.add(new StatusGroup(st, Words.status(st), items));
        });

        List<Change> changes = new ArrayList<>();
        Map<Long, Series.SeriesRound> byId = new HashMap<>();
        for (Series.SeriesRound r : s.rounds()) byId.put(r.id(), r);
        for (Diff d : l.diffs()) {
            changes.add(new Change(d.from(), d.to(), label(byId.get(d.from())), label(byId.get(d.to())), d.topicsAdded(),
                    d.topicsDropped(), briefs(d.newCommitments()), briefs(d.fulfilled()), briefs(d.stillOpen()),
                    briefs(d.overdue()), briefs(d.closedByPerson())));
        }
        return new SeriesPage(page, s.key(), s.name(), s.acronym(), String.join("–", s.parties()),
                s.cadence() == null ? null : s.cadence().words(), s.hosts() == null ? null : s.hosts().pattern(), timeline,
                columns, heatmap, board, counts, changes, v != null && v.mayEdit(), v != null && v.isAdmin(), otherSeries,
                notice);
    }

    /** "Round 3 · 2023-06-12", with an inferred ordinal marked. */
    static String label(Series.SeriesRound r) {
        if (r == null) return "";
        String ord = r.ordinal() == null ? "Round ?" : "Round " + r.ordinal() + (r.ordinalInferred() ? "*" : "");
        return ord + " · " + (r.date() == null ? "undated" : r.date());
    }

    private static String roundTitle(Series.SeriesRound r) {
        return (r.ordinal() == null ? "round" : "round " + r.ordinal() + (r.ordinalInferred() ? " (inferred)" : ""))
                + ", " + (r.date() == null ? "undated" : r.date()) + (r.place() == null ? "" : ", " + r.place());
    }

    private static List<Brief> briefs(List<CommitmentView> list) {
        return list.stream().map(c -> new Brief(c.id(), c.roundId(), String.join(", ", c.actors()), c.text(), c.status())).toList();
    }

    private static BoardItem item(CommitmentView c, Visitor v, List<String> parties, Map<String, String> labels) {
        List<LinkItem> timeline = new ArrayList<>();
        for (FollowThrough f : c.timeline()) {
            timeline.add(new LinkItem(f.id(), f.rule(), f.roundId(), f.seenOn(), f.quote(),
                    String.format(Locale.ROOT, "%.2f", f.confidence()), FollowThroughSigns.headline(f.rule(), f.confidence()),
                    FollowThroughSigns.strength(f.confidence()), FollowThroughWords.explanation(f.explanation(), labels),
                    FollowThroughWords.record(f.recordedBy(), f.state(), f.decidedBy(), f.decidedAt()), f.state()));
        }
        List<ScoreItem> scores = new ArrayList<>();
        for (Score s : c.scores()) {
            scores.add(new ScoreItem(s.party(), s.score() > 0 ? "+1" : Integer.toString(s.score()), s.reason(), s.scoredBy(),
                    s.scoredAt()));
        }
        return new BoardItem(c.id(), c.roundId(), c.madeOn(), String.join(", ", c.actors()), c.text(), c.due(), c.place(),
                c.status(), c.statusBy(), FollowThroughWords.explanation(c.statusReason(), labels), timeline, scores, mayDecide(v, c), scorable(v, parties));
    }

    // ------------------------------------------------------------ who may decide

    /** Confirm or reject a commitment's links: admins, and editors for a party among its actors. */
    static boolean mayDecide(Visitor v, CommitmentView c) {
        if (v == null || !v.mayEdit()) return false;
        return v.isAdmin() || (v.party() != null && c.actors().contains(v.party()));
    }

    /** The parties a visitor may score a commitment for: admins any of its round's parties, editors only their own. */
    static List<String> scorable(Visitor v, List<String> parties) {
        if (v == null || !v.mayEdit()) return List.of();
        if (v.isAdmin()) return parties;
        return v.party() != null && parties.contains(v.party()) ? List.of(v.party()) : List.of();
    }

    // ------------------------------------------------------------ JSON

    /** A series in the list of series (openapi.json: SeriesLine). */
    record LineJson(String key, String name, String acronym, List<String> parties, int rounds, LastRound lastRound,
                    long openCommitments) {
        static LineJson of(SeriesLine s) {
            return new LineJson(s.key(), s.name(), s.acronym(), s.parties(), s.rounds(), s.lastRoundId() == null ? null
                    : new LastRound(s.lastRoundId(), s.lastOrdinal(), s.lastDate(), s.lastPlace()), s.openCommitments());
        }
    }

    /** The latest round of a series or dialogue, in the lists of them. */
    record LastRound(long id, Integer ordinal, String date, String place) {}

    static final List<String> STATUSES = CommitmentStatus.VALUES;
}
