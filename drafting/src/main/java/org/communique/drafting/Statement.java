package org.communique.drafting;

import org.communique.model.PartialDate;

import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The first draft of a joint statement, composed from a plan in the register of such statements. */
final class Statement {
    /** One section: the opening, a track, or the closing. */
    record Section(String key, int position, String heading, String track, String text) {}

    private Statement() {}

    static String title(Plan p) {
        return "Joint Statement on the " + ordinal(p.ordinal()) + fullName(p);
    }

    static List<Section> compose(Plan p) {
        List<Section> out = new ArrayList<>();
        out.add(new Section("opening", 0, "Opening", null, opening(p)));
        Map<String, List<Plan.AgendaItem>> byTrack = new LinkedHashMap<>();
        for (Plan.AgendaItem i : p.agenda()) byTrack.computeIfAbsent(i.track(), k -> new ArrayList<>()).add(i);
        int pos = 1;
        List<String> tracks = new ArrayList<>(byTrack.keySet());
        tracks.sort((a, b) -> Integer.compare(Topics.trackOrder(a), Topics.trackOrder(b)));
        for (String track : tracks) {
            out.add(new Section("track:" + track, pos++, Topics.trackTitle(track), track, trackSection(p, track, byTrack.get(track))));
        }
        out.add(new Section("closing", pos, "Closing", null, closing(p)));
        return out;
    }

    /** The whole text as it is published: a title, then the sections between Begin and End Text. */
    static String text(Plan p, List<Section> sections) {
        StringBuilder b = new StringBuilder();
        b.append(title(p)).append("\n\n");
        b.append("The text of the following statement was released by ")
                .append(String.join(" and ", p.parties().stream().map(c -> "the Government of " + withArticle(Countries.of(c).name())).toList()))
                .append(".\n\nBegin Text:\n\n");
        for (Section s : sections) b.append(s.text().strip()).append("\n\n");
        b.append("End Text.\n");
        return b.toString();
    }

    static String opening(Plan p) {
        String host = p.host() == null ? p.parties().get(0) : p.host();
        String guest = p.other(host);
        Plan.Delegate hostHead = p.head(host);
        Plan.Delegate guestHead = p.head(guest);
        StringBuilder b = new StringBuilder();
        String when = p.date() == null ? "" : "on " + longDate(p.date()) + ", ";
        b.append(cap(when));
        b.append(when.isEmpty() ? cap(person(hostHead, host)) : person(hostHead, host));
        b.append(" welcomed ").append(person(guestHead, guest)).append(" and ")
                .append(article(Countries.of(guest).demonym())).append(' ').append(Countries.of(guest).demonym())
                .append(" delegation");
        if (p.place() != null) b.append(" in ").append(p.place());
        b.append(" for the ").append(ordinal(p.ordinal())).append(p.ordinal() == null ? "" : " ").append("annual ")
                .append(fullName(p).strip());
        if (p.acronym() != null) b.append(" (").append(p.acronym()).append(')');
        b.append(". ");
        b.append("The ").append(shortName(p)).append(" was created to find opportunities for mutually beneficial cooperation"
                + " and to advance shared priorities.");
        return b.toString();
    }

    static String trackSection(Plan p, String track, List<Plan.AgendaItem> items) {
        StringBuilder b = new StringBuilder();
        List<String> labels = new ArrayList<>();
        for (Plan.AgendaItem i : items) for (String t : i.topics()) labels.add(Topics.label(t).toLowerCase(Locale.ROOT));
        b.append("The delegations discussed ").append(Topics.trackWords(track)).append(" issues");
        if (!labels.isEmpty()) b.append(", which included ").append(list(labels));
        b.append('.');
        for (Plan.AgendaItem i : items) {
            for (Plan.Deliverable d : i.deliverables()) {
                b.append(' ').append(commitment(p, d));
            }
        }
        return b.toString();
    }

    static String commitment(Plan p, Plan.Deliverable d) {
        String verb = d.carried() ? "intend to" : "agreed to";
        String who;
        if (d.actors().size() == 1 && p.parties().size() > 1) {
            who = Countries.of(d.actors().get(0)).name();
            verb = d.carried() ? "intends to" : "agreed to";
        } else {
            who = "The delegations";
        }
        String text = d.text().strip();
        if (text.matches("^[a-z]+ing\\b.*")) text = "continue " + text; // "working toward ..." needs a verb
        // "practical cooperation built on ...": a commitment to a practice, which needs a verb too
        else if (text.matches("^[a-z]+(al|ion|ive)\\b.*")) text = "pursue " + text;
        return who + " " + verb + " " + text + (d.due() != null && !text.contains(d.due()) ? " by " + d.due() : "") + ".";
    }

    static String closing(Plan p) {
        String host = p.host() == null ? p.parties().get(0) : p.host();
        String next = p.other(host);
        String capital = Countries.of(next).capital();
        Integer year = PartialDate.parse(p.date()).map(d -> d.year() + 1).orElse(null);
        List<String> heads = new ArrayList<>();
        for (String party : List.of(host, next)) {
            Plan.Delegate h = p.head(party);
            if (h != null) heads.add(person(h, party));
        }
        String subject = heads.isEmpty() ? "The delegations" : String.join(" and ", heads);
        return subject + " acknowledged the " + (p.acronym() == null ? "dialogue" : p.acronym())
                + " is a valuable format to advance bilateral cooperation and intend to convene the next "
                + shortName(p) + (capital == null ? "" : " in " + capital) + (year == null ? "" : " in " + year) + ".";
    }

    static String person(Plan.Delegate d, String party) {
        if (d == null) return "the " + Countries.of(party).demonym() + " delegation";
        return (d.title() == null ? "" : d.title() + " ") + d.name();
    }

    static String fullName(Plan p) {
        String host = p.host() == null ? p.parties().get(0) : p.host();
        List<String> order = new ArrayList<>();
        order.add(p.other(host));
        for (String c : p.parties()) if (!order.contains(c)) order.add(c);
        String names = String.join("-", order.stream().map(c -> Countries.of(c).name()).toList());
        return " " + names + " " + (p.name() == null ? "Dialogue" : p.name());
    }

    static String shortName(Plan p) {
        String host = p.host() == null ? p.parties().get(0) : p.host();
        List<String> order = new ArrayList<>();
        order.add(p.other(host));
        for (String c : p.parties()) if (!order.contains(c)) order.add(c);
        String names = String.join("-", order.stream().map(c -> c.equals("US") ? "U.S." : Countries.of(c).name()).toList());
        return names + " " + (p.acronym() != null ? p.acronym() : p.name() == null ? "Dialogue" : p.name());
    }

    static String ordinal(Integer n) {
        if (n == null) return "";
        int m100 = n % 100;
        String suffix = m100 >= 11 && m100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    /** "November 6, 2023", "November 2023" or "2023", as much as the date says; a text that is no date as it is. */
    static String longDate(String iso) {
        return PartialDate.parse(iso).map(d -> switch (d.precision()) {
            case YEAR -> d.toString();
            case MONTH -> month(d) + " " + d.year();
            case DAY -> month(d) + " " + d.earliest().getDayOfMonth() + ", " + d.year();
        }).orElse(iso);
    }

    static String month(PartialDate d) {
        return d.earliest().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String list(List<String> items) {
        if (items.size() == 1) return items.get(0);
        return String.join(", ", items.subList(0, items.size() - 1)) + ", and " + items.get(items.size() - 1);
    }

    private static String article(String word) {
        if (word.startsWith("U.")) return "a";
        return "AEIOU".indexOf(Character.toUpperCase(word.charAt(0))) >= 0 ? "an" : "a";
    }

    static String withArticle(String name) {
        return name.matches("^(United|Republic|Kingdom|Federal|Russian Federation|Netherlands|Philippines|Czech Republic).*")
                ? "the " + name : name;
    }

    private static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
