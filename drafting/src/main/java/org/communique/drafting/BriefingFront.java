package org.communique.drafting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** The words of the book's first page, the same in HTML and PDF: its title, the round, the delegations, the tally. */
final class BriefingFront {
    static final String ROUND = "The round";
    static final String PROMISES = "What was promised at the earlier rounds";
    static final String COUNTERPARTS = "The counterpart delegation";
    static final String CARRIED = "Promises carried onto this item (their words stand in the table of promises)";
    static final List<String> TABLE = List.of("No.", "Made at", "By", "Promise", "Status");

    private BriefingFront() {}

    /** "Briefing book for Donald Lu: 7th ESPD". */
    static String title(Briefing.Book b) {
        Plan p = b.plan();
        Plan.Delegate head = p.head(b.forParty());
        String name = p.acronym() != null ? p.acronym() : p.name() != null ? p.name() : "round";
        String round = p.ordinal() == null ? name : Statement.ordinal(p.ordinal()) + " " + name;
        return "Briefing book for " + (head == null ? "the " + Countries.of(b.forParty()).name() + " delegation" : head.name())
                + ": " + round;
    }

    /** "7th Enhanced Strategic Partnership Dialogue (ESPD), Kazakhstan and the United States". */
    static String round(Plan p) {
        String name = p.name() == null ? "Dialogue" : p.name();
        return (p.ordinal() == null ? "" : Statement.ordinal(p.ordinal()) + " ") + name
                + (p.acronym() == null ? "" : " (" + p.acronym() + ")") + ", "
                + BriefingWords.list(p.parties().stream().map(c -> Statement.withArticle(Countries.of(c).name())).toList());
    }

    /** When, where and how settled: "May 31, 2027 in Astana, hosted by Kazakhstan; planned". */
    static String when(Plan p) {
        return (p.date() == null ? "Date to be set" : Statement.longDate(p.date()))
                + (p.place() == null ? ", place to be set" : " in " + p.place())
                + (p.host() == null ? "" : ", hosted by " + Statement.withArticle(Countries.of(p.host()).name()))
                + "; " + (p.status() == null ? "planned" : p.status()) + ".";
    }

    /** The parties in the order the book gives their delegations: the reader's own first. */
    static List<String> parties(Briefing.Book b) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        out.add(b.forParty());
        out.addAll(b.plan().parties());
        return List.copyOf(out);
    }

    /** One party's delegation: {"Kazakhstan", "Head: ...", "Members: ..."} (members only where there are some). */
    static List<String> delegation(Plan p, String party) {
        List<String> out = new ArrayList<>();
        out.add(Countries.of(party).name());
        Plan.Delegate head = p.head(party);
        out.add("Head: " + (head == null ? "to be named" : person(head)));
        List<String> members = p.delegates().stream().filter(d -> d.party().equals(party) && !d.head()).map(BriefingFront::person).toList();
        if (!members.isEmpty()) out.add("Members: " + String.join("; ", members));
        return out;
    }

    private static String person(Plan.Delegate d) {
        return d.name() + (d.title() == null ? "" : ", " + d.title());
    }

    /** "21 promises at 6 earlier rounds: 17 open, 1 overdue, 3 fulfilled." */
    static String tally(Briefing.Book b) {
        if (b.promises().isEmpty()) return "No promise is on record from an earlier round.";
        Map<String, Integer> by = new LinkedHashMap<>();
        for (String s : List.of("overdue", "open", "partly-fulfilled", "not-fulfilled", "fulfilled", "superseded", "withdrawn")) by.put(s, 0);
        LinkedHashSet<String> rounds = new LinkedHashSet<>();
        for (Briefing.Promise c : b.promises()) {
            by.merge(c.status() == null ? "open" : c.status(), 1, Integer::sum);
            rounds.add(c.madeAt());
        }
        List<String> parts = new ArrayList<>();
        by.forEach((s, n) -> {
            if (n > 0) parts.add(n + " " + s.replace('-', ' '));
        });
        int n = b.promises().size();
        return n + (n == 1 ? " promise" : " promises") + " made at " + rounds.size() + (rounds.size() == 1 ? " earlier round" : " earlier rounds")
                + ": " + String.join(", ", parts) + ".";
    }

    /** One row of the table: number, round, who, words, where it stands. */
    static List<String> row(Plan p, Briefing.Promise c) {
        return List.of(String.valueOf(c.number()), c.madeAt(), BriefingWords.who(p, c.actors()), c.text(),
                BriefingWords.status(c.status(), c.due()));
    }

    /** "Promise 17, by both sides at the 6th ESPD (2024): open". */
    static String promiseHead(Plan p, Briefing.Promise c) {
        return "Promise " + c.number() + ", by " + BriefingWords.whoWords(p, c.actors()) + " at the " + c.madeAt() + ": "
                + BriefingWords.status(c.status(), c.due());
    }

    /** What the record shows since a promise was made. */
    static String since(Briefing.Promise c) {
        if (c.signs().isEmpty()) return "No later sign on record.";
        List<String> out = new ArrayList<>();
        for (Briefing.Sign s : c.signs()) out.add(BriefingWords.cap(s.what()) + " at " + s.seenAt());
        return String.join("; ", out) + ".";
    }

    /** A past round's line: "Border security, Counterterrorism; promises 17 and 20 made here". */
    static String pastLine(Briefing.Past past) {
        List<String> parts = new ArrayList<>();
        if (!past.topics().isEmpty()) parts.add(String.join(", ", past.topics()));
        if (!past.promises().isEmpty()) {
            parts.add((past.promises().size() == 1 ? "promise " : "promises ")
                    + BriefingWords.list(past.promises().stream().map(String::valueOf).toList()) + " made here");
        }
        return String.join("; ", parts);
    }
}
