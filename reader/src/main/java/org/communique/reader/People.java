package org.communique.reader;

import java.util.ArrayList;
import java.util.List;

/** The people a statement names, in order of first mention. */
final class People {
    final List<Person> all = new ArrayList<>();

    /** Copies of every person, for a stage that adds what the text says of them (parties, roles). */
    People copy() {
        People out = new People();
        for (Person p : all) out.all.add(p.copy());
        return out;
    }

    Person bySurname(String surname) {
        for (Person p : all) if (p.surname().equalsIgnoreCase(surname)) return p;
        return null;
    }
}
