package org.communique.tracker;

import org.communique.model.Dialogue;
import org.communique.store.DialogueKey;
import org.communique.store.TrackedRound;

/** A new series' key, from its earliest round: parties then acronym or initials, e.g. tm-us-spd. */
final class SeriesKey {
    private SeriesKey() {}

    static String of(TrackedRound earliest) {
        return DialogueKey.of(new Dialogue(earliest.name(), earliest.acronym(), earliest.parties()));
    }
}
