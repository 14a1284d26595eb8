package org.communique.tracker;

import org.communique.model.Dialogue;
import org.communique.store.DialogueKey;
import org.communique.store.TrackedRound;

/**
 * A new series' key, from its latest round (the name the dialogue goes by now): parties then acronym or initials,
 * e.g. kz-us-espd. Once made, a key stays whatever later rounds call the dialogue.
 */
final class SeriesKey {
    private SeriesKey() {}

    static String of(TrackedRound latest) {
        return DialogueKey.of(new Dialogue(latest.name(), latest.acronym(), latest.parties()));
    }
}
