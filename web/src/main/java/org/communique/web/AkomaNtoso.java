package org.communique.web;

import org.communique.model.Evidence;
import org.communique.model.PartialDate;
import org.communique.model.Participant;
import org.communique.model.RoundRecord;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A round as an Akoma Ntoso 3.0 {@code statement} document: the parties as {@code docProponent}s, the meeting's
 * {@code docDate}, {@code location} and {@code event}, each participant as a {@code person} with a {@code role},
 * all declared in the {@code references} block of {@code meta}, and the statement's body as paragraphs in which
 * the participants are marked where the reader found them.
 */
final class AkomaNtoso {
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t\\u00a0]*\\n\\s*");

    private AkomaNtoso() {}

    static String of(long roundId, String dialogueKey, RoundRecord r, String text) {
        AknDocument d = new AknDocument("statement", "jointStatement");
        Element statement = d.top;

        String date = r.round().date();
        String isoDate = fullDate(date);
        String country = (r.round().host() != null ? r.round().host() : r.dialogue().parties().isEmpty() ? "un"
                : r.dialogue().parties().get(0)).toLowerCase(Locale.ROOT);
        String round = AknDocument.slug(dialogueKey) + (r.round().ordinal() == null ? "" : "-" + r.round().ordinal());
        String work = "/akn/" + country + "/statement/jointStatement/" + isoDate + "/" + round;

        Element meta = d.child(statement, "meta");
        d.identification(meta, work, isoDate, "meeting",
                r.dialogue().parties().stream().map(p -> "#party-" + p.toLowerCase(Locale.ROOT)).toList(), country);

        Element refs = d.references(meta);
        for (String p : r.dialogue().parties()) {
            String code = p.toLowerCase(Locale.ROOT);
            d.reference(refs, "TLCOrganization", "party-" + code, "/ontology/organization/" + code, p);
        }
        Map<Participant, String[]> people = new LinkedHashMap<>();
        int n = 0;
        for (Participant p : r.participants()) {
            n++;
            String personId = "person-" + n;
            d.reference(refs, "TLCPerson", personId, "/ontology/person/" + AknDocument.slug(p.name()), p.name());
            String roleId = null;
            if (p.title() != null) {
                roleId = "role-" + n;
                d.reference(refs, "TLCRole", roleId, "/ontology/role/" + AknDocument.slug(p.title()), p.title());
            }
            people.put(p, new String[] {personId, roleId});
        }
        if (r.round().place() != null) {
            d.reference(refs, "TLCLocation", "location-meeting", "/ontology/location/" + AknDocument.slug(r.round().place()),
                    r.round().place());
        }
        String eventName = (r.dialogue().name() == null ? "Dialogue" : r.dialogue().name())
                + (r.round().ordinal() == null ? "" : ", round " + r.round().ordinal());
        d.reference(refs, "TLCEvent", "event-round", "/ontology/event/" + round, eventName);

        Element preface = d.child(statement, "preface");
        d.text(d.child(preface, "p", "class", "title"), "docTitle", r.source().title() != null ? r.source().title() : eventName);
        Element proponents = d.child(preface, "p");
        boolean first = true;
        for (String p : r.dialogue().parties()) {
            if (!first) d.append(proponents, " and ");
            first = false;
            d.text(proponents, "docProponent", p).setAttribute("refersTo", "#party-" + p.toLowerCase(Locale.ROOT));
        }
        Element when = d.child(preface, "p");
        d.text(when, "event", eventName).setAttribute("refersTo", "#event-round");
        d.append(when, ", ");
        d.text(when, "docDate", date == null ? "date not stated" : date).setAttribute("date", isoDate);
        if (r.round().place() != null) {
            d.append(when, ", ");
            d.text(when, "location", r.round().place()).setAttribute("refersTo", "#location-meeting");
        }
        for (Map.Entry<Participant, String[]> e : people.entrySet()) {
            Element line = d.child(preface, "p", "class", "participant");
            person(d, line, e.getValue(), e.getKey().name());
            if (e.getValue()[1] != null) {
                d.append(line, ", ");
                d.text(line, "role", e.getKey().title()).setAttribute("refersTo", "#" + e.getValue()[1]);
            }
            if (e.getKey().party() != null) d.append(line, " (" + e.getKey().party() + ")");
        }

        Element body = d.child(statement, "mainBody");
        List<int[]> spans = new ArrayList<>();
        List<String[]> spanIds = new ArrayList<>();
        for (Map.Entry<Participant, String[]> e : people.entrySet()) {
            for (Evidence ev : e.getKey().evidence()) {
                if (ev.end() <= text.length() && ev.end() > ev.start()) {
                    spans.add(new int[] {ev.start(), ev.end(), spanIds.size()});
                    spanIds.add(e.getValue());
                }
            }
        }
        spans.sort(Comparator.comparingInt((int[] a) -> a[0]).thenComparingInt(a -> -a[1]));
        int from = r.source().bodyEnd() > r.source().bodyStart() ? Math.min(r.source().bodyStart(), text.length()) : 0;
        int to = r.source().bodyEnd() > r.source().bodyStart() ? Math.min(r.source().bodyEnd(), text.length()) : text.length();
        Matcher pm = PARAGRAPH_BREAK.matcher(text).region(from, to);
        int start = from;
        int pn = 0;
        List<int[]> paragraphs = new ArrayList<>();
        while (pm.find()) {
            paragraphs.add(new int[] {start, pm.start()});
            start = pm.end();
        }
        paragraphs.add(new int[] {start, to});
        for (int[] p : paragraphs) {
            if (text.substring(p[0], p[1]).isBlank()) continue;
            Element para = d.child(body, "p", "eId", "para_" + (++pn));
            int at = p[0];
            for (int[] s : spans) {
                if (s[0] < at || s[1] > p[1]) continue; // outside this paragraph, or overlapping one already marked
                if (s[0] > at) d.append(para, text.substring(at, s[0]));
                person(d, para, spanIds.get(s[2]), text.substring(s[0], s[1]));
                at = s[1];
            }
            if (at < p[1]) d.append(para, text.substring(at, p[1]));
        }
        return d.write();
    }

    /** A {@code person} mark referring to its entry ({@code ids[0]}) and role ({@code ids[1]}, may be null). */
    private static void person(AknDocument d, Element parent, String[] ids, String text) {
        Element person = d.text(parent, "person", text);
        person.setAttribute("refersTo", "#" + ids[0]);
        if (ids[1] != null) person.setAttribute("as", "#" + ids[1]);
    }

    /** A date for the date attributes (xsd:date): a year or a month stated alone is taken at its first day. */
    static String fullDate(String date) {
        return PartialDate.parse(date).map(d -> d.earliest().toString()).orElse("0001-01-01");
    }
}
