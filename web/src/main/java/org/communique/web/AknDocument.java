package org.communique.web;

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
import java.util.List;
import java.util.Locale;

/**
 * One Akoma Ntoso 3.0 document being built: a DOM tree in the Akoma Ntoso namespace, written out by the JDK's
 * transformer, which escapes every text and attribute. Both of our Akoma Ntoso exports (a round's statement and a
 * draft's sign-off workflow) are written through it.
 */
final class AknDocument {
    static final String NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    private final Document dom;
    /** The document element under {@code akomaNtoso}: {@code statement}, {@code doc}, ... */
    final Element top;

    /** {@code <akomaNtoso><TYPE name="NAME">}. */
    AknDocument(String type, String name) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            dom = f.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        Element root = dom.createElementNS(NS, "akomaNtoso");
        dom.appendChild(root);
        top = child(root, type);
        top.setAttribute("name", name);
    }

    /** A new element {@code name} at the end of {@code parent}. */
    Element child(Element parent, String name) {
        Element e = dom.createElementNS(NS, name);
        parent.appendChild(e);
        return e;
    }

    /** A new element {@code name} with one attribute. */
    Element child(Element parent, String name, String attribute, String value) {
        Element e = child(parent, name);
        e.setAttribute(attribute, clean(value));
        return e;
    }

    /** A new element {@code name} holding {@code text}. */
    Element text(Element parent, String name, String text) {
        Element e = child(parent, name);
        e.setTextContent(clean(text));
        return e;
    }

    /** Text at the end of {@code parent}. */
    void append(Element parent, String text) {
        parent.appendChild(dom.createTextNode(clean(text)));
    }

    /**
     * The {@code identification} block: the work at {@code work}, its English expression and its XML manifestation,
     * each dated {@code date} (an xsd:date) under {@code dateName}; the work by {@code authors} (hrefs), the rest by us.
     * {@code country} may be null.
     */
    void identification(Element meta, String work, String date, String dateName, List<String> authors, String country) {
        Element id = child(meta, "identification", "source", "#communique");
        Element w = child(id, "FRBRWork");
        child(w, "FRBRthis", "value", work + "/!main");
        child(w, "FRBRuri", "value", work);
        child(w, "FRBRdate", "date", date).setAttribute("name", dateName);
        for (String a : authors) child(w, "FRBRauthor", "href", a);
        if (country != null) child(w, "FRBRcountry", "value", country);
        Element x = child(id, "FRBRExpression");
        child(x, "FRBRthis", "value", work + "/eng@/!main");
        child(x, "FRBRuri", "value", work + "/eng@");
        child(x, "FRBRdate", "date", date).setAttribute("name", dateName);
        child(x, "FRBRauthor", "href", "#communique");
        child(x, "FRBRlanguage", "language", "eng");
        Element m = child(id, "FRBRManifestation");
        child(m, "FRBRthis", "value", work + "/eng@/main.xml");
        child(m, "FRBRuri", "value", work + "/eng@.akn");
        child(m, "FRBRdate", "date", java.time.LocalDate.now().toString()).setAttribute("name", "generation");
        child(m, "FRBRauthor", "href", "#communique");
    }

    /** The {@code references} block, with us as its source and first organization. */
    Element references(Element meta) {
        Element refs = child(meta, "references", "source", "#communique");
        reference(refs, "TLCOrganization", "communique", "/ontology/organization/communique", "Communiqué");
        return refs;
    }

    /** One {@code TLC...} entry of the references. */
    void reference(Element refs, String kind, String eId, String href, String showAs) {
        Element e = child(refs, kind, "eId", eId);
        e.setAttribute("href", href);
        e.setAttribute("showAs", clean(showAs));
    }

    String write() {
        try {
            var t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.INDENT, "no");
            StringWriter out = new StringWriter();
            t.transform(new DOMSource(dom), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("the Akoma Ntoso document could not be written: " + e.getMessage(), e);
        }
    }

    /** A name as a path segment or id: ASCII letters and digits, lower case, dashes between. */
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
