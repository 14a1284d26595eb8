package org.communique.reader;

import org.communique.model.NameWords;
import org.communique.model.Participant;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** A person as the reader gathers them from their mentions in one statement. */
final class Person {
    private static final Set<String> SUFFIXES = NameWords.suffixes().stream()
            .map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

    private String name;
    private String surname;
    String title;
    String titleKind;
    String party;
    Participant.Role role;
    final List<Span> mentions = new ArrayList<>();
    /** Where the text gives this person's titles; a country named there is not a clue to anyone else's party. */
    final List<Span> titles = new ArrayList<>();
    /** The countries its titles name ("Minister of Foreign Affairs of Kazakhstan"), in order. */
    final List<String> titleParties = new ArrayList<>();

    Person(String name) {
        name(name);
    }

    private Person() {}

    Person copy() {
        Person c = new Person();
        c.name = name;
        c.surname = surname;
        c.title = title;
        c.titleKind = titleKind;
        c.party = party;
        c.role = role;
        c.mentions.addAll(mentions);
        c.titles.addAll(titles);
        c.titleParties.addAll(titleParties);
        return c;
    }

    String name() {
        return name;
    }

    void name(String name) {
        this.name = name;
        this.surname = surnameOf(name);
    }

    /** The last word of the name, the way a later short mention ("Secretary Lu", "Umarov") names them. */
    String surname() {
        return surname;
    }

    static String surnameOf(String name) {
        String[] words = Words.split(name);
        String last = words[words.length - 1];
        // "Jr." as "Jr"
        String bare = last.endsWith(".") ? last.substring(0, last.length() - 1) : last;
        if (words.length > 1 && SUFFIXES.contains(bare.toLowerCase(Locale.ROOT))) last = words[words.length - 2];
        while (!last.isEmpty() && (last.endsWith(",") || last.endsWith("."))) last = last.substring(0, last.length() - 1);
        return last;
    }
}
