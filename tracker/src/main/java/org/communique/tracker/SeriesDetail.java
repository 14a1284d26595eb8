package org.communique.tracker;

import org.communique.model.Participant;
import org.communique.model.RoundRecord;
import org.communique.store.CommitmentStore;
import org.communique.store.Database;
import org.communique.store.RoundStore;
import org.communique.store.SeriesStore;
import org.communique.store.TopicRow;
import org.communique.store.TrackedRound;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One series with everything its page and its JSON show, read at once: its commitments as users see them, each
 * round's parties and heads of delegation ("Name (XX)"), the topics its rounds discussed, and what changed from each
 * round to the next. Read through the tracker's overviews and the store, never computed anew.
 */
public record SeriesDetail(Series series, List<CommitmentView> commitments, Map<Long, List<String>> roundParties,
                           Map<Long, List<String>> heads, List<TopicRow> topics, List<Diff> diffs) {

    /** The series a key names (an old key of a merged series names the merged one), or empty. */
    public static Optional<SeriesDetail> load(Database db, String key) {
        return db.inOneConnection(() -> {
            var row = new SeriesStore(db).find(key);
            if (row.isEmpty()) return Optional.<SeriesDetail>empty();
            String k = row.get().key();
            return SeriesOverview.list(db).stream().filter(s -> s.key().equals(k)).findFirst().map(s -> read(db, s));
        });
    }

    /** Every series, in the order {@link SeriesOverview#list} gives them. */
    public static List<SeriesDetail> all(Database db) {
        return db.inOneConnection(() -> SeriesOverview.list(db).stream().map(s -> read(db, s)).toList());
    }

    private static SeriesDetail read(Database db, Series series) {
        List<CommitmentView> commitments = CommitmentOverview.list(db, series.key(), null);
        Set<Long> ids = new HashSet<>();
        for (Series.SeriesRound r : series.rounds()) ids.add(r.id());
        Map<Long, List<String>> parties = new HashMap<>();
        for (TrackedRound r : new SeriesStore(db).rounds()) if (ids.contains(r.id())) parties.put(r.id(), r.parties());
        Map<Long, List<String>> heads = new HashMap<>();
        RoundStore rounds = new RoundStore(db);
        for (long id : ids) heads.put(id, rounds.record(id).map(SeriesDetail::heads).orElse(List.of()));
        List<TopicRow> topics = new ArrayList<>();
        for (TopicRow t : new CommitmentStore(db).topics()) if (ids.contains(t.roundId())) topics.add(t);
        List<Diff> diffs = new ArrayList<>();
        for (int i = 0; i + 1 < series.rounds().size(); i++) {
            diffs.add(RoundDiff.between(db, series.rounds().get(i).id(), series.rounds().get(i + 1).id()));
        }
        return new SeriesDetail(series, commitments, parties, heads, topics, diffs);
    }

    private static List<String> heads(RoundRecord r) {
        List<String> out = new ArrayList<>();
        for (Participant p : r.participants()) {
            if (p.role() == Participant.Role.HEAD) out.add(p.name() + (p.party() == null ? "" : " (" + p.party() + ")"));
        }
        return out;
    }
}
