package org.communique.web;

import org.communique.model.Commitment;
import org.communique.model.Participant;
import org.communique.model.RoundRecord;
import org.communique.store.RecordIndex;

/**
 * Who may correct what. Admins: anything. Editors: the facts of their own party: a participant of that party,
 * a commitment whose actors include it, a topic of a round in which it is a party. Viewers and visitors: nothing.
 */
final class Permissions {
    private Permissions() {}

    static boolean mayCorrect(Visitor v, RoundRecord r, String fact, String key) {
        if (v == null || !v.mayEdit()) return false;
        if (v.isAdmin()) return true;
        String party = v.party();
        if (party == null) return false;
        switch (fact == null ? "" : fact) {
            case "participant" -> {
                String k = RecordIndex.personKey(key == null ? "" : key);
                for (Participant p : r.participants()) {
                    if (RecordIndex.personKey(p.name()).equals(k)) return party.equals(p.party());
                }
                return false;
            }
            case "commitment" -> {
                try {
                    int pos = Integer.parseInt(key);
                    if (pos < 0 || pos >= r.commitments().size()) return false;
                    Commitment c = r.commitments().get(pos);
                    return c.actors().contains(party);
                } catch (NumberFormatException e) {
                    return false;
                }
            }
            case "topic" -> {
                return r.dialogue().parties().contains(party);
            }
            default -> {
                return false;
            }
        }
    }
}
