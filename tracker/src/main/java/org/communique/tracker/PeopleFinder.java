package org.communique.tracker;

import org.communique.store.PersonAlias;
import org.communique.store.PersonName;
import org.communique.store.Who;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stored names into people. Two names join only when every name of the one is the same person as
 * every name of the other, so an initial cannot bridge two different people ("B. Orazov" between
 * Bakhtiyar and Batyr). A bare surname joins the one person who bears it, and no one when two do.
 */
final class PeopleFinder {
    private PeopleFinder() {}

    /** The aliases the tracker proposes: each name that is not its person's first-stored name, pointing to it. */
    static Map<Long, PersonAlias> aliases(List<PersonName> names) {
        Map<Long, List<PersonName>> people = new TreeMap<>(); // by the lowest id of each person
        Map<Long, Long> personOf = new HashMap<>();
        for (PersonName n : names) {
            people.put(n.id(), new ArrayList<>(List.of(n)));
            personOf.put(n.id(), n.id());
        }
        List<PersonName> full = new ArrayList<>();
        List<PersonName> bare = new ArrayList<>();
        for (PersonName n : names) {
            NameParts parsed = NameParts.parse(n.name());
            if (parsed.surname() == null) continue;
            (parsed.surnameOnly() ? bare : full).add(n);
        }
        // candidate pairs by the first letters of the folded surname, strongest reasons first
        Map<String, List<PersonName>> buckets = new HashMap<>();
        for (PersonName n : full) buckets.computeIfAbsent(bucket(n.name()), k -> new ArrayList<>()).add(n);
        record Pair(PersonName a, PersonName b, int strength) {}
        List<Pair> pairs = new ArrayList<>();
        for (List<PersonName> bucket : buckets.values()) {
            for (int i = 0; i < bucket.size(); i++) {
                for (int j = i + 1; j < bucket.size(); j++) {
                    String why = SamePerson.why(bucket.get(i).name(), bucket.get(j).name());
                    if (why != null) pairs.add(new Pair(bucket.get(i), bucket.get(j), why.startsWith("an initial") ? 1 : 2));
                }
            }
        }
        pairs.sort(Comparator.comparingInt((Pair p) -> -p.strength()).thenComparingLong(p -> p.a().id())
                .thenComparingLong(p -> p.b().id()));
        for (Pair p : pairs) {
            long x = personOf.get(p.a().id());
            long y = personOf.get(p.b().id());
            if (x == y || !allSame(people.get(x), people.get(y))) continue;
            join(people, personOf, Math.min(x, y), Math.max(x, y));
        }
        for (PersonName n : bare) {
            List<Long> bearers = new ArrayList<>();
            for (Map.Entry<Long, List<PersonName>> e : people.entrySet()) {
                if (e.getKey() == n.id()) continue;
                if (e.getValue().stream().anyMatch(m -> SamePerson.surnameOf(n.name(), m.name()))) bearers.add(e.getKey());
            }
            if (bearers.size() == 1) {
                long into = bearers.get(0);
                join(people, personOf, Math.min(into, n.id()), Math.max(into, n.id()));
            }
        }
        Map<Long, PersonAlias> out = new LinkedHashMap<>();
        Map<Long, PersonName> byId = new HashMap<>();
        for (PersonName n : names) byId.put(n.id(), n);
        for (Map.Entry<Long, List<PersonName>> e : people.entrySet()) {
            PersonName first = byId.get(e.getKey());
            for (PersonName m : e.getValue()) {
                if (m.id() == first.id()) continue;
                String why = SamePerson.why(m.name(), first.name());
                if (why == null) why = SamePerson.surnameOf(m.name(), first.name()) || SamePerson.surnameOf(first.name(), m.name())
                        ? "the only person of that surname" : "the same person as a name spelt like it";
                out.put(m.id(), new PersonAlias(m.id(), first.id(), why, Who.TRACKER));
            }
        }
        return out;
    }

    private static boolean allSame(List<PersonName> a, List<PersonName> b) {
        for (PersonName x : a) for (PersonName y : b) if (SamePerson.why(x.name(), y.name()) == null) return false;
        return true;
    }

    private static void join(Map<Long, List<PersonName>> people, Map<Long, Long> personOf, long keep, long gone) {
        List<PersonName> moved = people.remove(gone);
        for (PersonName m : moved) personOf.put(m.id(), keep);
        people.get(keep).addAll(moved);
    }

    private static String bucket(String name) {
        String s = NameParts.fold(NameParts.parse(name).surname());
        return s.substring(0, Math.min(2, s.length()));
    }
}
