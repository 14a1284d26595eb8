package org.communique.drafting;

import org.communique.store.Database;
import org.jdbi.v3.core.Jdbi;

import java.util.List;

/**
 * The briefing book for a head of delegation, to be printed as it is. Page one: the round (date, place, both
 * delegations) and every promise of the earlier rounds with where it stands. Then per agenda item: the history in
 * brief, the open promises and the points to raise; then the counterpart delegation with their rounds and posts.
 * Each promise's words appear once, in the table of page one; elsewhere a promise is named by its number.
 * The content is gathered by {@link BriefingData}, and set as HTML by {@link BriefingHtml} and as PDF by
 * {@link BriefingPdf}.
 */
public final class Briefing {
    private final Jdbi jdbi;

    public Briefing(Database db) {
        this.jdbi = db.jdbi();
    }

    /** The whole book: the plan, whose head it is for, the promises of page one, the agenda items, the counterparts. */
    public record Book(Plan plan, String forParty, List<Promise> promises, List<ItemBrief> items,
                       List<Counterpart> counterparts) {
        public Book {
            promises = List.copyOf(promises);
            items = List.copyOf(items);
            counterparts = List.copyOf(counterparts);
        }
    }

    /**
     * A commitment of an earlier round: {@code number} is its row on page one, {@code madeAt} the round
     * ("5th ESPD (2023)"), {@code madeOn} its date, {@code status} the tracker's (or a person's) word.
     */
    public record Promise(int number, long commitmentId, String madeAt, String madeOn, List<String> actors, String text,
                          String due, String status, List<Sign> signs) {
        public Promise {
            actors = List.copyOf(actors);
            signs = List.copyOf(signs);
        }
    }

    /** A later sign of follow-through: where it was seen, what it shows in words, and its sentence (null if quoted elsewhere). */
    public record Sign(String seenAt, String what, String quote) {}

    /**
     * One agenda item: its past in brief, the promises carried onto it, and the points to raise (on those promises, and
     * the deliverables proposed for this round, whose words stand only there).
     */
    public record ItemBrief(Plan.AgendaItem item, List<Past> history, List<Promise> promises, List<String> points) {
        public ItemBrief {
            history = List.copyOf(history);
            promises = List.copyOf(promises);
            points = List.copyOf(points);
        }
    }

    /**
     * A past round that took up the item: the round in words, the item's topics it discussed, one whole sentence of its
     * statement (null when each had been quoted already or holds a promise) and the numbers of the item's promises made there.
     */
    public record Past(String round, List<String> topics, String quote, List<Integer> promises) {
        public Past {
            topics = List.copyOf(topics);
            promises = List.copyOf(promises);
        }
    }

    /** A person of the other delegation, with the posts seen for them and the rounds they attended. */
    public record Counterpart(String name, String title, String role, List<String> posts, List<String> rounds) {
        public Counterpart {
            posts = List.copyOf(posts);
            rounds = List.copyOf(rounds);
        }
    }

    /** The book for {@code party}'s head (null: the first party's). */
    public Book book(long planId, String party, Actor by) {
        return jdbi.withHandle(h -> {
            Plan p = Planning.load(h, planId);
            Planning.mayView(h, p, by);
            String forParty = party == null ? p.parties().get(0) : party;
            if (!p.parties().contains(forParty)) throw DraftingException.invalid(forParty + " is not a party of " + p.seriesKey());
            return new BriefingData(h, p, forParty).book();
        });
    }

    /** The book as one printable HTML page. */
    public String html(Book b) {
        return BriefingHtml.of(b);
    }

    /** The book as an A4 PDF, set in an embedded font, with contents and page numbers. */
    public byte[] pdf(Book b) {
        return BriefingPdf.of(b);
    }
}
