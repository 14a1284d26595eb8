package org.communique.tracker;

import org.communique.model.Cadence;
import org.communique.model.PartialDate;
import org.communique.store.Database;
import org.communique.store.Placement;
import org.communique.store.SeriesRow;
import org.communique.store.SeriesStore;
import org.communique.store.TrackedRound;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The stored series as users see them, each with its rounds, cadence and host rotation. */
public final class SeriesOverview {
    private SeriesOverview() {}

    public static List<Series> list(Database db) {
        return db.inOneConnection(() -> read(db));
    }

    private static List<Series> read(Database db) {
        SeriesStore store = new SeriesStore(db);
        Map<Long, Placement> placements = store.placements();
        Map<Long, List<TrackedRound>> bySeries = new LinkedHashMap<>();
        List<TrackedRound> rounds = new ArrayList<>(store.rounds());
        rounds.sort(SeriesFinder.BY_DATE);
        for (TrackedRound r : rounds) {
            Placement p = placements.get(r.id());
            if (p != null) bySeries.computeIfAbsent(p.seriesId(), k -> new ArrayList<>()).add(r);
        }
        List<Series> out = new ArrayList<>();
        for (SeriesRow s : store.series()) {
            List<TrackedRound> in = bySeries.getOrDefault(s.id(), List.of());
            List<Series.SeriesRound> members = new ArrayList<>();
            List<PartialDate> dates = new ArrayList<>();
            List<String> hosts = new ArrayList<>();
            List<String> renamedFrom = Naming.renamedFrom(in);
            List<Ordinals.Numbered> numbers = Ordinals.numbered(in);
            for (int i = 0; i < in.size(); i++) {
                TrackedRound r = in.get(i);
                Placement p = placements.get(r.id());
                members.add(new Series.SeriesRound(r.id(), p.ordinal(), p.ordinalInferred(), r.date(), r.place(), r.host(),
                        r.name(), p.placedBy(), renamedFrom.get(i), numbers.get(i).note()));
                dates.add(PartialDate.parse(r.date()).orElse(null));
                hosts.add(r.host());
            }
            out.add(new Series(s.key(), s.name(), s.acronym(), s.parties(), members, Cadence.of(dates), HostRotation.of(hosts)));
        }
        return out;
    }
}
