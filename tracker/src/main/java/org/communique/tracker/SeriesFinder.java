package org.communique.tracker;

import org.communique.model.PartialDate;
import org.communique.store.Placement;
import org.communique.store.SeriesPlan;
import org.communique.store.SeriesRow;
import org.communique.store.TrackedRound;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Rounds into series. Rounds of one party set join when their names are alike (see {@link SeriesName});
 * a group keeps the series most of its rounds already sit in, so keys stay stable and a person's
 * merge or move is never undone: rounds a person placed stay where that person put them.
 */
final class SeriesFinder {
    private SeriesFinder() {}

    static List<SeriesPlan> plan(List<TrackedRound> rounds, Map<Long, Placement> placements, List<SeriesRow> existing,
                                 Map<String, Long> aliases) {
        List<List<TrackedRound>> groups = group(rounds);
        Map<Long, SeriesRow> byId = new HashMap<>();
        Map<String, SeriesRow> byKey = new HashMap<>();
        for (SeriesRow s : existing) {
            byId.put(s.id(), s);
            byKey.put(s.key(), s);
        }
        Set<String> takenKeys = new HashSet<>(byKey.keySet());
        takenKeys.addAll(aliases.keySet());

        // groups whose rounds already sit in a series claim it first; the others look their key up
        Map<List<TrackedRound>, Object> target = new LinkedHashMap<>(); // a series id (Long) or a new key (String)
        Set<Long> claimed = new HashSet<>();
        for (List<TrackedRound> g : groups) {
            Long home = home(g, placements);
            if (home != null && byId.containsKey(home)) {
                target.put(g, home);
                claimed.add(home);
            }
        }
        for (List<TrackedRound> g : groups) {
            if (target.containsKey(g)) continue;
            String key = SeriesKey.of(g.get(g.size() - 1));
            Long alias = aliases.get(key);
            SeriesRow same = byKey.get(key);
            if (alias != null && byId.containsKey(alias)) {
                target.put(g, alias); // the key of a series a person merged into another: follow the merge
            } else if (same != null && !claimed.contains(same.id())) {
                target.put(g, same.id());
                claimed.add(same.id());
            } else {
                String fresh = key;
                for (int n = 2; takenKeys.contains(fresh); n++) fresh = key + "-" + n;
                takenKeys.add(fresh);
                target.put(g, fresh);
            }
        }

        // members: a person's placements stand; every other round follows its group
        Map<Object, List<TrackedRound>> members = new LinkedHashMap<>();
        for (Map.Entry<List<TrackedRound>, Object> e : target.entrySet()) {
            for (TrackedRound r : e.getKey()) {
                Placement p = placements.get(r.id());
                Object where = p != null && p.byPerson() ? (Object) p.seriesId() : e.getValue();
                members.computeIfAbsent(where, k -> new ArrayList<>()).add(r);
            }
        }
        List<SeriesPlan> plans = new ArrayList<>();
        for (Map.Entry<Object, List<TrackedRound>> e : members.entrySet()) {
            List<TrackedRound> in = new ArrayList<>(e.getValue());
            in.sort(BY_DATE);
            Long id = e.getKey() instanceof Long l ? l : null;
            String key = id != null ? byId.get(id).key() : (String) e.getKey();
            plans.add(new SeriesPlan(id, key, latestName(in), latestAcronym(in), parties(in), Ordinals.number(in)));
        }
        plans.sort(Comparator.comparing(SeriesPlan::key));
        return plans;
    }

    static final Comparator<TrackedRound> BY_DATE = Comparator
            .comparing((TrackedRound r) -> PartialDate.parse(r.date()).orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(TrackedRound::id);

    /** A group of rounds, with the distinct name features of its rounds (few: a dialogue's names vary little). */
    private record Group(List<TrackedRound> rounds, Set<SeriesName.Features> names) {}

    /**
     * Rounds of the same party set, joined where their names are alike; each group in date order. A round is
     * compared with each distinct name of a group, not with each round: the same answer, since similarity
     * depends only on the names, but linear in the rounds of a long series rather than quadratic.
     */
    static List<List<TrackedRound>> group(List<TrackedRound> rounds) {
        Map<String, List<Group>> byParties = new TreeMap<>();
        List<TrackedRound> sorted = new ArrayList<>(rounds);
        sorted.sort(BY_DATE);
        for (TrackedRound r : sorted) {
            List<Group> groups = byParties.computeIfAbsent(String.join(",", new TreeSet<>(r.parties())),
                    k -> new ArrayList<>());
            SeriesName.Features name = SeriesName.Features.of(r);
            Group best = null;
            double bestScore = 0;
            for (Group g : groups) {
                for (SeriesName.Features other : g.names()) {
                    double s = SeriesName.similarity(name, other);
                    if (s >= 0.5 && s > bestScore) {
                        best = g;
                        bestScore = s;
                    }
                }
            }
            if (best == null && r.name() == null && r.acronym() == null && groups.size() == 1) {
                best = groups.get(0); // an unnamed round of the only dialogue these parties hold
            }
            if (best == null) {
                best = new Group(new ArrayList<>(), new LinkedHashSet<>());
                groups.add(best);
            }
            best.rounds().add(r);
            best.names().add(name);
        }
        List<List<TrackedRound>> out = new ArrayList<>();
        byParties.values().forEach(gs -> gs.forEach(g -> out.add(g.rounds())));
        out.sort(Comparator.comparing((List<TrackedRound> g) -> g.get(0), BY_DATE));
        return out;
    }

    /** The series most of a group's rounds already sit in (the lowest id on a tie), or null. */
    private static Long home(List<TrackedRound> group, Map<Long, Placement> placements) {
        Map<Long, Integer> votes = new TreeMap<>();
        for (TrackedRound r : group) {
            Placement p = placements.get(r.id());
            if (p != null) votes.merge(p.seriesId(), 1, Integer::sum);
        }
        return votes.entrySet().stream().max(Map.Entry.<Long, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(null);
    }

    private static String latestName(List<TrackedRound> rounds) {
        for (int i = rounds.size() - 1; i >= 0; i--) if (rounds.get(i).name() != null) return rounds.get(i).name();
        return null;
    }

    private static String latestAcronym(List<TrackedRound> rounds) {
        for (int i = rounds.size() - 1; i >= 0; i--) if (rounds.get(i).acronym() != null) return rounds.get(i).acronym();
        return null;
    }

    private static List<String> parties(List<TrackedRound> rounds) {
        Set<String> all = new TreeSet<>();
        for (TrackedRound r : rounds) all.addAll(r.parties());
        return List.copyOf(all);
    }
}
