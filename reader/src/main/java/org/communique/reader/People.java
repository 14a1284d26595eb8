package org.communique.reader;

import java.util.ArrayList;
import java.util.List;

/** The people a statement names, in order of first mention. */
final class People {
    final List<Person> all = new ArrayList<>();

    Person bySurname(String surname) {
        for (Person p : all) if (p.surname().equalsIgnoreCase(surname)) return p;
        return null;
    }
}
