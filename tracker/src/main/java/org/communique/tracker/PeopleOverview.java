package org.communique.tracker;

import org.communique.store.Database;
import org.communique.store.PeopleStore;
import org.communique.store.PersonAlias;
import org.communique.store.PersonName;
import org.communique.store.PostSeen;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** People as users see them: each stored name under its person, with posts over time. */
public final class PeopleOverview {
    private PeopleOverview() {}

    public static List<Person> list(Database db) {
        return db.inOneConnection(() -> read(db));
    }

    private static List<Person> read(Database db) {
        PeopleStore store = new PeopleStore(db);
        Map<Long, PersonAlias> aliases = store.aliases();
        Map<Long, PersonName> names = new LinkedHashMap<>();
        for (PersonName n : store.names()) names.put(n.id(), n);
        Map<Long, List<PersonName>> members = new LinkedHashMap<>();
        for (PersonName n : names.values()) members.computeIfAbsent(personOf(n.id(), aliases), k -> new ArrayList<>()).add(n);
        Map<Long, List<Person.Post>> posts = new LinkedHashMap<>();
        for (PostSeen p : store.posts()) {
            posts.computeIfAbsent(personOf(p.personId(), aliases), k -> new ArrayList<>()).add(
                    new Person.Post(p.date(), p.roundId(), p.seriesKey(), p.title(), p.role(), p.party(), p.name()));
        }
        List<Person> out = new ArrayList<>();
        for (Map.Entry<Long, List<PersonName>> e : members.entrySet()) {
            List<PersonName> ns = e.getValue();
            Set<String> variants = new LinkedHashSet<>();
            Set<String> parties = new TreeSet<>();
            for (PersonName n : ns) {
                variants.add(n.name());
                parties.addAll(n.parties());
            }
            PersonName shown = ns.stream().max(Comparator.comparingInt(PersonName::rounds)
                    .thenComparingInt(n -> n.name().length()).thenComparing(n -> -n.id())).orElseThrow();
            out.add(new Person(e.getKey(), shown.name(), List.copyOf(variants), List.copyOf(parties),
                    posts.getOrDefault(e.getKey(), List.of())));
        }
        out.sort(Comparator.comparing((Person p) -> surname(p.name())).thenComparing(Person::name));
        return out;
    }

    private static long personOf(long id, Map<Long, PersonAlias> aliases) {
        long at = id;
        for (int hops = 0; aliases.containsKey(at) && hops < 10; hops++) at = aliases.get(at).sameAs();
        return at;
    }

    private static String surname(String name) {
        String s = NameParts.parse(name).surname();
        return s == null ? name : s;
    }
}
