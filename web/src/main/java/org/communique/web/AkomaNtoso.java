package org.communique.web;

import org.communique.model.Evidence;
import org.communique.model.PartialDate;
import org.communique.model.Participant;
import org.communique.model.RoundRecord;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.StringWriter;
import java.text.Normalizer;
import java.time.LocalDate;
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
    static final String NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t\\u00a0]*\\n\\s*");

    private AkomaNtoso() {}

    static String of(long roundId, String dialogueKey, RoundRecord r, String text) {
        Document d;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            d = f.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        Element root = el(d, "akomaNtoso");
        d.appendChild(root);
        Element statement = el(d, "statement");
        statement.setAttribute("name", "jointStatement");
        root.appendChild(statement);

        String date = r.round().date();
        String isoDate = fullDate(date);
        String country = (r.round().host() != null ? r.round().host() : r.dialogue().parties().isEmpty() ? "un"
                : r.dialogue().parties().get(0)).toLowerCase(Locale.ROOT);
        String work = "/akn/" + country + "/statement/jointStatement/" + isoDate + "/" + slug(dialogueKey)
                + (r.round().ordinal() == null ? "" : "-" + r.round().ordinal());

        Element meta = child(statement, "meta");
        Element id = child(meta, "identification");
        id.setAttribute("source", "#communique");
        Element w = child(id, "FRBRWork");
        frbr(w, "FRBRthis", "value", work + "/!main");
        frbr(w, "FRBRuri", "value", work);
        Element wd = frbr(w, "FRBRdate", "date", isoDate);
        wd.setAttribute("name", "meeting");
        for (String p : r.dialogue().parties()) frbr(w, "FRBRauthor", "href", "#party-" + p.toLowerCase(Locale.ROOT));
        frbr(w, "FRBRcountry", "value", country);
        Element x = child(id, "FRBRExpression");
        frbr(x, "FRBRthis", "value", work + "/eng@/!main");
        frbr(x, "FRBRuri", "value", work + "/eng@");
        frbr(x, "FRBRdate", "date", isoDate).setAttribute("name", "meeting");
        frbr(x, "FRBRauthor", "href", "#communique");
        frbr(x, "FRBRlanguage", "language", "eng");
        Element m = child(id, "FRBRManifestation");
        frbr(m, "FRBRthis", "value", work + "/eng@/main.xml");
        frbr(m, "FRBRuri", "value", work + "/eng@.akn");
        frbr(m, "FRBRdate", "date", LocalDate.now().toString()).setAttribute("name", "generation");
        frbr(m, "FRBRauthor", "href", "#communique");

        Element refs = child(meta, "references");
        refs.setAttribute("source", "#communique");
        tlc(refs, "TLCOrganization", "communique", "/ontology/organization/communique", "Communiqué");
        for (String p : r.dialogue().parties()) {
            String code = p.toLowerCase(Locale.ROOT);
            tlc(refs, "TLCOrganization", "party-" + code, "/ontology/organization/" + code, p);
        }
        Map<Participant, String[]> people = new LinkedHashMap<>();
        int n = 0;
        for (Participant p : r.participants()) {
            n++;
            String personId = "person-" + n;
            tlc(refs, "TLCPerson", personId, "/ontology/person/" + slug(p.name()), p.name());
            String roleId = null;
            if (p.title() != null) {
                roleId = "role-" + n;
                tlc(refs, "TLCRole", roleId, "/ontology/role/" + slug(p.title()), p.title());
            }
            people.put(p, new String[] {personId, roleId});
        }
        if (r.round().place() != null) {
            tlc(refs, "TLCLocation", "location-meeting", "/ontology/location/" + slug(r.round().place()), r.round().place());
        }
        String eventName = (r.dialogue().name() == null ? "Dialogue" : r.dialogue().name())
                + (r.round().ordinal() == null ? "" : ", round " + r.round().ordinal());
        tlc(refs, "TLCEvent", "event-round", "/ontology/event/" + slug(dialogueKey)
                + (r.round().ordinal() == null ? "" : "-" + r.round().ordinal()), eventName);

        Element preface = child(statement, "preface");
        Element title = child(preface, "p");
        title.setAttribute("class", "title");
        child(title, "docTitle").setTextContent(clean(r.source().title() != null ? r.source().title() : eventName));
        Element proponents = child(preface, "p");
        boolean first = true;
        for (String p : r.dialogue().parties()) {
            if (!first) proponents.appendChild(d.createTextNode(" and "));
            first = false;
            Element dp = child(proponents, "docProponent");
            dp.setAttribute("refersTo", "#party-" + p.toLowerCase(Locale.ROOT));
            dp.setTextContent(p);
        }
        Element when = child(preface, "p");
        Element event = child(when, "event");
        event.setAttribute("refersTo", "#event-round");
        event.setTextContent(clean(eventName));
        when.appendChild(d.createTextNode(", "));
        Element docDate = child(when, "docDate");
        docDate.setAttribute("date", isoDate);
        docDate.setTextContent(date == null ? "date not stated" : date);
        if (r.round().place() != null) {
            when.appendChild(d.createTextNode(", "));
            Element loc = child(when, "location");
            loc.setAttribute("refersTo", "#location-meeting");
            loc.setTextContent(clean(r.round().place()));
        }
        for (Map.Entry<Participant, String[]> e : people.entrySet()) {
            Element line = child(preface, "p");
            line.setAttribute("class", "participant");
            Element person = child(line, "person");
            person.setAttribute("refersTo", "#" + e.getValue()[0]);
            if (e.getValue()[1] != null) person.setAttribute("as", "#" + e.getValue()[1]);
            person.setTextContent(clean(e.getKey().name()));
            if (e.getValue()[1] != null) {
                line.appendChild(d.createTextNode(", "));
                Element role = child(line, "role");
                role.setAttribute("refersTo", "#" + e.getValue()[1]);
                role.setTextContent(clean(e.getKey().title()));
            }
            if (e.getKey().party() != null) line.appendChild(d.createTextNode(" (" + e.getKey().party() + ")"));
        }

        Element body = child(statement, "mainBody");
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
            Element para = child(body, "p");
            para.setAttribute("eId", "para_" + (++pn));
            int at = p[0];
            for (int[] s : spans) {
                if (s[0] < at || s[1] > p[1]) continue; // outside this paragraph, or overlapping one already marked
                if (s[0] > at) para.appendChild(d.createTextNode(clean(text.substring(at, s[0]))));
                String[] ids = spanIds.get(s[2]);
                Element person = child(para, "person");
                person.setAttribute("refersTo", "#" + ids[0]);
                if (ids[1] != null) person.setAttribute("as", "#" + ids[1]);
                person.setTextContent(clean(text.substring(s[0], s[1])));
                at = s[1];
            }
            if (at < p[1]) para.appendChild(d.createTextNode(clean(text.substring(at, p[1]))));
        }
        return write(d);
    }

    private static String write(Document d) {
        try {
            var t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.INDENT, "no");
            StringWriter out = new StringWriter();
            t.transform(new DOMSource(d), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("the Akoma Ntoso document could not be written: " + e.getMessage(), e);
        }
    }

    private static Element el(Document d, String name) {
        return d.createElementNS(NS, name);
    }

    private static Element child(Element parent, String name) {
        Element e = el(parent.getOwnerDocument(), name);
        parent.appendChild(e);
        return e;
    }

    private static Element frbr(Element parent, String name, String attr, String value) {
        Element e = child(parent, name);
        e.setAttribute(attr, value);
        return e;
    }

    private static void tlc(Element refs, String name, String eId, String href, String showAs) {
        Element e = child(refs, name);
        e.setAttribute("eId", eId);
        e.setAttribute("href", href);
        e.setAttribute("showAs", clean(showAs));
    }

    /** A date for the date attributes (xsd:date): a year or a month stated alone is taken at its first day. */
    static String fullDate(String date) {
        return PartialDate.parse(date).map(d -> d.earliest().toString()).orElse("0001-01-01");
    }

    static String slug(String s) {
        if (s == null) return "unknown";
        String a = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return a.isEmpty() ? "unknown" : a;
    }

    /** Text without the control characters XML 1.0 cannot carry. */
    static String clean(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                if (c != 0xFFFE && c != 0xFFFF) b.append(c);
            }
        }
        return b.toString();
    }
}
