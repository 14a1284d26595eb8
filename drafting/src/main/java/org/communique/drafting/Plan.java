package org.communique.drafting;

import java.util.List;

/**
 * A planned round of a series with its delegations and agenda. {@code date} is ISO; {@code host} the party
 * whose capital (or chosen city) holds it; status is planned, confirmed, held or published. {@code note} is what
 * the planner should know about the proposal (a series that looks dormant), or null.
 */
public record Plan(long id, String seriesKey, String name, String acronym, List<String> parties, Integer ordinal,
                   String date, String host, String place, String status, Long afterRound, Long roundId, String note,
                   List<Delegate> delegates, List<AgendaItem> agenda) {
    public static final List<String> STATUSES = List.of("planned", "confirmed", "held", "published");

    public Plan {
        parties = List.copyOf(parties);
        delegates = List.copyOf(delegates);
        agenda = List.copyOf(agenda);
    }

    /** One person of a party's delegation. */
    public record Delegate(long id, String party, String name, String title, String role, Long personId) {
        public boolean head() {
            return "head".equals(role);
        }
    }

    /** An agenda item and its working group: co-leads per party, topics, deliverables. */
    public record AgendaItem(long id, int position, String track, String title, List<String> topics,
                             List<CoLead> coLeads, List<Deliverable> deliverables) {
        public AgendaItem {
            topics = List.copyOf(topics);
            coLeads = List.copyOf(coLeads);
            deliverables = List.copyOf(deliverables);
        }
    }

    /** A working group's co-lead for one party; {@code account} is the user who edits for them (may be null). */
    public record CoLead(String party, String name, String account) {}

    /** What the round is to deliver: a commitment carried over ({@code commitmentId}) or a new one. */
    public record Deliverable(long id, Long itemId, Long commitmentId, List<String> actors, String text, String due,
                              String addedBy) {
        public Deliverable {
            actors = List.copyOf(actors);
        }

        public boolean carried() {
            return commitmentId != null;
        }
    }

    public Delegate head(String party) {
        return delegates.stream().filter(d -> d.head() && d.party().equals(party)).findFirst().orElse(null);
    }

    /** The party that is not {@code party}, for a two-party series (else the first other). */
    public String other(String party) {
        return parties.stream().filter(p -> !p.equals(party)).findFirst().orElse(party);
    }

    public List<Deliverable> deliverables() {
        return agenda.stream().flatMap(i -> i.deliverables().stream()).toList();
    }
}
