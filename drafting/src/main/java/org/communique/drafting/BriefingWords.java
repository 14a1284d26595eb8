package org.communique.drafting;

import org.communique.model.PartialDate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The briefing book's words: rounds as people name them, statuses, who promised, the points to raise. */
final class BriefingWords {
    private BriefingWords() {}

    /**
     * A round as people name it: "5th ESPD" for a round under the plan's own name, "4th Strategic Partnership Dialogue"
     * under another (a series' ordinals run per name), the name alone without an ordinal.
     */
    static String round(Plan p, String name, Integer ordinal) {
        String n;
        if (name == null) n = "round";
        else if (p.acronym() != null && p.name() != null && name.equalsIgnoreCase(p.name())) n = p.acronym();
        else n = name;
        return ordinal == null ? cap(n) : Statement.ordinal(ordinal) + " " + n;
    }

    /** "5th ESPD (2023)". */
    static String roundShort(Plan p, String name, Integer ordinal, String date) {
        return round(p, name, ordinal) + PartialDate.parse(date).map(d -> " (" + d.year() + ")").orElse("");
    }

    /** "5th ESPD, Astana, November 6, 2023". */
    static String roundLong(Plan p, String name, Integer ordinal, String date, String place) {
        return round(p, name, ordinal) + (place == null ? "" : ", " + place) + (date == null ? "" : ", " + Statement.longDate(date));
    }

    /** "November 2023" ("2023" when only the year is known). */
    static String monthYear(String iso) {
        return PartialDate.parse(iso).map(d -> d.precision() == PartialDate.Precision.YEAR ? d.toString()
                : Statement.month(d) + " " + d.year()).orElse(iso);
    }

    /** Who promised: "both" when all the parties did, else their codes. */
    static String who(Plan p, List<String> actors) {
        if (actors.isEmpty() || actors.containsAll(p.parties())) return "both";
        return String.join(", ", actors);
    }

    /** Who promised, in prose: "both sides", "Kazakhstan", "Kazakhstan and the United States". */
    static String whoWords(Plan p, List<String> actors) {
        if (actors.isEmpty() || (actors.containsAll(p.parties()) && p.parties().size() == 2)) return "both sides";
        return list(actors.stream().map(a -> Statement.withArticle(Countries.of(a).name())).toList());
    }

    /** A status as the table shows it. */
    static String status(String status, String due) {
        String s = status == null ? "open" : status.replace('-', ' ');
        return "overdue".equals(status) && due != null ? s + " (due " + due + ")" : s;
    }

    /** Whether a promise still asks for something at this round. */
    static boolean pending(String status) {
        return status == null || List.of("open", "overdue", "partly-fulfilled", "not-fulfilled").contains(status);
    }

    /**
     * The point to raise on a pending promise, for {@code forParty}'s head: ask the other side about its own promises,
     * be ready to report on one's own, take stock together of joint ones; then what the record shows since.
     */
    static String point(String forParty, Briefing.Promise c) {
        boolean ours = c.actors().contains(forParty);
        boolean theirs = c.actors().stream().anyMatch(a -> !a.equals(forParty)) || c.actors().isEmpty();
        String verb = ours && theirs ? "Take stock together of" : ours ? "Be ready to report on" : "Ask about";
        StringBuilder s = new StringBuilder(verb).append(" promise ").append(c.number()).append(", made at the ")
                .append(roundOnly(c.madeAt()));
        if (c.madeOn() != null) s.append(" in ").append(monthYear(c.madeOn()));
        if (c.due() != null && !"overdue".equals(c.status())) s.append(", due ").append(c.due());
        s.append(": ");
        if ("overdue".equals(c.status())) {
            s.append("it was due ").append(c.due() == null ? "by now" : "in " + c.due()).append(" and no delivery is recorded");
        } else if ("partly-fulfilled".equals(c.status())) {
            s.append("partly fulfilled so far").append(lastSign(c));
        } else if ("not-fulfilled".equals(c.status())) {
            s.append("recorded as not fulfilled");
        } else if (c.signs().isEmpty()) {
            s.append("no report of follow-through since");
        } else {
            s.append("no delivery recorded").append(lastSign(c));
        }
        return s.append('.').toString();
    }

    private static String lastSign(Briefing.Promise c) {
        if (c.signs().isEmpty()) return "";
        Briefing.Sign last = c.signs().get(c.signs().size() - 1);
        return "; last sign: " + last.what() + " at " + last.seenAt();
    }

    /** "5th ESPD (2023)" without its year, which the point says as a month. */
    private static String roundOnly(String madeAt) {
        return madeAt.replaceFirst(" \\(\\d{4}\\)$", "");
    }

    /** Words joined as a list: "a, b and c". */
    static String list(List<String> items) {
        if (items.isEmpty()) return "";
        if (items.size() == 1) return items.get(0);
        List<String> head = new ArrayList<>(items.subList(0, items.size() - 1));
        return String.join(", ", head) + " and " + items.get(items.size() - 1);
    }

    static String cap(String s) {
        return s == null || s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
