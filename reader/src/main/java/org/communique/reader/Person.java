package org.communique.reader;

import org.communique.model.Participant;

import java.util.ArrayList;
import java.util.List;

/** A person as the reader gathers them from their mentions in one statement. */
final class Person {
    String name;
    String title;
    String titleKind;
    String party;
    Participant.Role role;
    final List<Span> mentions = new ArrayList<>();
    /** Where the text gives this person's titles; a country named there is not a clue to anyone else's party. */
    final List<Span> titles = new ArrayList<>();

    Person(String name) {
        this.name = name;
    }

    /** The last word of the name, the way a later short mention ("Secretary Lu", "Umarov") names them. */
    String surname() {
        String[] words = name.split("[\\s]+");
        String last = words[words.length - 1];
        if (words.length > 1 && last.matches("(?i)jr\\.?|sr\\.?|ii|iii|iv")) last = words[words.length - 2];
        return last.replaceAll("[,.]$", "");
    }
}
