package org.communique.drafting;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.communique.store.Database;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The briefing book for a head of delegation: per agenda item, the history of its topics across past
 * rounds with quotes, the open commitments with their evidence, and the counterpart delegation with the
 * rounds each member attended. One printable HTML page and a PDF of the same content.
 */
public final class Briefing {
    private final Jdbi jdbi;

    public Briefing(Database db) {
        this.jdbi = db.jdbi();
    }

    public record Book(Plan plan, String forParty, List<ItemBrief> items, List<Counterpart> counterparts) {}

    public record ItemBrief(Plan.AgendaItem item, List<TopicHistory> history, List<CommitmentBrief> commitments) {}

    public record TopicHistory(String topic, String label, List<Mention> mentions) {}

    public record Mention(long roundId, Integer ordinal, String date, String place, String quote) {}

    public record CommitmentBrief(Plan.Deliverable deliverable, String madeOn, String status, List<String> evidence) {}

    public record Counterpart(String name, String title, String role, List<String> rounds) {}

    /** The book for {@code party}'s head (null: the host's guest, i.e. the first party). */
    public Book book(long planId, String party, Actor by) {
        return jdbi.withHandle(h -> {
            Plan p = Planning.load(h, planId);
            Planning.mayView(h, p, by);
            String forParty = party == null ? p.parties().get(0) : party;
            if (!p.parties().contains(forParty)) throw DraftingException.invalid(forParty + " is not a party of " + p.seriesKey());
            List<Long> rounds = seriesRounds(h, p);
            List<ItemBrief> items = new ArrayList<>();
            for (Plan.AgendaItem item : p.agenda()) {
                List<TopicHistory> history = new ArrayList<>();
                for (String topic : item.topics()) history.add(new TopicHistory(topic, Topics.label(topic), mentions(h, rounds, topic)));
                List<CommitmentBrief> cs = new ArrayList<>();
                for (Plan.Deliverable d : item.deliverables()) cs.add(commitment(h, d));
                items.add(new ItemBrief(item, history, cs));
            }
            List<Counterpart> counterparts = new ArrayList<>();
            for (Plan.Delegate d : p.delegates()) {
                if (d.party().equals(forParty)) continue;
                List<String> attended = d.personId() == null ? List.of() : h.createQuery("""
                                SELECT COALESCE(r.ordinal::text || ' ', '') || COALESCE(r.name, 'round') || ', ' || COALESCE(r.date, '?')
                                       || COALESCE(', ' || r.place, '') || ' (' || a.role || ')'
                                  FROM attendance a JOIN rounds r ON r.id = a.round_id
                                 WHERE a.person_id = :p OR a.person_id IN (SELECT person_id FROM person_aliases WHERE same_as = :p)
                                 ORDER BY r.date""")
                        .bind("p", d.personId()).mapTo(String.class).list();
                counterparts.add(new Counterpart(d.name(), d.title(), d.role(), attended));
            }
            return new Book(p, forParty, items, counterparts);
        });
    }

    private static List<Long> seriesRounds(Handle h, Plan p) {
        return Planning.series(h, p.seriesKey()).map(s -> s.rounds().stream().map(Planning.PastRound::id).toList()).orElse(List.of());
    }

    private static List<Mention> mentions(Handle h, List<Long> rounds, String topic) {
        if (rounds.isEmpty()) return List.of();
        return h.createQuery("""
                        SELECT r.id, COALESCE(rs.ordinal, r.ordinal) AS ordinal, r.date, r.place,
                               (SELECT e.quote FROM evidence e WHERE e.fact = 'topic' AND e.fact_id = rt.id ORDER BY e.start_offset LIMIT 1) AS quote,
                               (SELECT substring(d.text FROM greatest(1, e.start_offset - 120) FOR (e.end_offset - e.start_offset) + 240)
                                  FROM evidence e JOIN documents d ON d.id = e.document_id
                                 WHERE e.fact = 'topic' AND e.fact_id = rt.id ORDER BY e.start_offset LIMIT 1) AS context
                          FROM round_topics rt JOIN rounds r ON r.id = rt.round_id
                          LEFT JOIN round_series rs ON rs.round_id = r.id -- the series' ordinals, inferred ones too
                         WHERE rt.round_id IN (<rounds>) AND rt.topic_code = :t ORDER BY r.date""")
                .bindList("rounds", rounds).bind("t", topic)
                .map((rs, ctx) -> new Mention(rs.getLong("id"), (Integer) rs.getObject("ordinal"), rs.getString("date"),
                        rs.getString("place"), sentence(rs.getString("context"), rs.getString("quote"))))
                .list();
    }

    /** The sentence around a quote, cut at sentence ends. */
    static String sentence(String context, String quote) {
        if (context == null) return quote;
        if (quote == null) return context.strip();
        int at = context.indexOf(quote);
        if (at < 0) return quote;
        int start = Math.max(context.lastIndexOf(". ", at) + 2, Math.max(context.lastIndexOf('\n', at) + 1, 0));
        if (context.lastIndexOf(". ", at) < 0 && context.lastIndexOf('\n', at) < 0) start = 0;
        int end = context.indexOf(". ", at + quote.length());
        int nl = context.indexOf('\n', at + quote.length());
        if (end < 0 || (nl >= 0 && nl < end)) end = nl < 0 ? context.length() : nl;
        else end = end + 1;
        return (start > 0 ? "" : "...") + context.substring(start, end).strip();
    }

    private static CommitmentBrief commitment(Handle h, Plan.Deliverable d) {
        if (d.commitmentId() == null) return new CommitmentBrief(d, null, "new", List.of());
        String madeOn = h.createQuery("""
                        SELECT COALESCE(r.ordinal::text || ' ', '') || COALESCE(r.name, 'round') || ', ' || COALESCE(r.date, '?')
                          FROM commitments c JOIN rounds r ON r.id = c.round_id WHERE c.id = :c""")
                .bind("c", d.commitmentId()).mapTo(String.class).findOne().orElse(null);
        String status = h.createQuery("SELECT status FROM commitment_status_now WHERE commitment_id = :c")
                .bind("c", d.commitmentId()).mapTo(String.class).findOne().orElse("open");
        List<String> evidence = new ArrayList<>();
        h.createQuery("SELECT quote FROM evidence WHERE fact = 'commitment' AND fact_id = :c ORDER BY start_offset")
                .bind("c", d.commitmentId()).mapTo(String.class).forEach(q -> evidence.add("stated: \u201c" + q + "\u201d"));
        h.createQuery("""
                        SELECT COALESCE(seen_on, '?') || ': ' || explanation || COALESCE(' \u2014 \u201c' || quote || '\u201d', '')
                          FROM follow_through WHERE commitment_id = :c AND state <> 'rejected' ORDER BY seen_on""")
                .bind("c", d.commitmentId()).mapTo(String.class).forEach(evidence::add);
        return new CommitmentBrief(d, madeOn, status, evidence);
    }

    // ---------------------------------------------------------------- HTML

    public String html(Book b) {
        Plan p = b.plan();
        StringBuilder o = new StringBuilder();
        o.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(esc(heading(b)))
                .append("</title><style>body{font:11pt Georgia,serif;max-width:48em;margin:2em auto}h1{font-size:16pt}"
                        + "h2{font-size:13pt;border-bottom:1px solid #999}h3{font-size:11pt}blockquote{margin:.3em 1.5em;color:#333}"
                        + "@media print{h2{page-break-before:auto}}</style></head><body>\n");
        o.append("<h1>").append(esc(heading(b))).append("</h1>\n");
        o.append("<p>").append(esc(summary(p))).append("</p>\n");
        for (ItemBrief i : b.items()) {
            o.append("<h2>").append(esc(i.item().title())).append("</h2>\n");
            if (!i.item().coLeads().isEmpty()) {
                o.append("<p>Working group co-leads: ").append(esc(String.join("; ",
                        i.item().coLeads().stream().map(l -> l.name() + " (" + l.party() + ")").toList()))).append("</p>\n");
            }
            o.append("<h3>History of the topics</h3>\n");
            for (TopicHistory t : i.history()) {
                o.append("<p><b>").append(esc(t.label())).append("</b>").append(t.mentions().isEmpty() ? ": not discussed before" : "")
                        .append("</p>\n");
                for (Mention m : t.mentions()) {
                    o.append("<blockquote>").append(esc(roundName(m))).append(": \u201c").append(esc(m.quote())).append("\u201d</blockquote>\n");
                }
            }
            o.append("<h3>Commitments</h3>\n");
            if (i.commitments().isEmpty()) o.append("<p>None carried over.</p>\n");
            o.append("<ul>\n");
            for (CommitmentBrief c : i.commitments()) {
                o.append("<li>").append(esc(String.join(" and ", c.deliverable().actors()))).append(": ")
                        .append(esc(c.deliverable().text())).append(" <i>(").append(esc(c.status()))
                        .append(c.madeOn() == null ? "" : ", made at the " + esc(c.madeOn())).append(")</i>");
                if (!c.evidence().isEmpty()) {
                    o.append("<ul>");
                    for (String e : c.evidence()) o.append("<li>").append(esc(e)).append("</li>");
                    o.append("</ul>");
                }
                o.append("</li>\n");
            }
            o.append("</ul>\n");
        }
        o.append("<h2>The counterpart delegation</h2>\n<ul>\n");
        for (Counterpart c : b.counterparts()) {
            o.append("<li><b>").append(esc(c.name())).append("</b>").append(c.title() == null ? "" : ", " + esc(c.title()))
                    .append(" (").append(esc(c.role())).append(")");
            o.append(c.rounds().isEmpty() ? "; no earlier round on record" : "; attended: " + esc(String.join("; ", c.rounds())));
            o.append("</li>\n");
        }
        o.append("</ul>\n</body></html>\n");
        return o.toString();
    }

    static String heading(Book b) {
        Plan p = b.plan();
        Plan.Delegate head = p.head(b.forParty());
        return "Briefing book" + (head == null ? " for the " + b.forParty() + " delegation" : " for " + head.name())
                + ": " + Statement.ordinal(p.ordinal()) + " " + (p.acronym() != null ? p.acronym() : p.name());
    }

    static String summary(Plan p) {
        StringBuilder s = new StringBuilder();
        s.append(p.name() == null ? "Dialogue" : p.name()).append(", ").append(p.date() == null ? "date to be set" : Statement.longDate(p.date()))
                .append(", ").append(p.place() == null ? "place to be set" : p.place()).append(". Heads of delegation: ");
        List<String> heads = new ArrayList<>();
        for (String party : p.parties()) {
            Plan.Delegate d = p.head(party);
            heads.add(party + " " + (d == null ? "to be named" : d.name() + (d.title() == null ? "" : ", " + d.title())));
        }
        return s.append(String.join("; ", heads)).append('.').toString();
    }

    private static String roundName(Mention m) {
        return (m.ordinal() == null ? "" : Statement.ordinal(m.ordinal()) + " round, ") + (m.date() == null ? "?" : m.date())
                + (m.place() == null ? "" : ", " + m.place());
    }

    static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    // ---------------------------------------------------------------- PDF

    /** The same content as a PDF: simple text layout in Times, wrapped to the page, A4. */
    public byte[] pdf(Book b) {
        List<String[]> lines = new ArrayList<>(); // {style, text}
        Plan p = b.plan();
        lines.add(new String[]{"h1", heading(b)});
        lines.add(new String[]{"p", summary(p)});
        for (ItemBrief i : b.items()) {
            lines.add(new String[]{"h2", i.item().title()});
            if (!i.item().coLeads().isEmpty()) {
                lines.add(new String[]{"p", "Working group co-leads: " + String.join("; ",
                        i.item().coLeads().stream().map(l -> l.name() + " (" + l.party() + ")").toList())});
            }
            lines.add(new String[]{"h3", "History of the topics"});
            for (TopicHistory t : i.history()) {
                lines.add(new String[]{"b", t.label() + (t.mentions().isEmpty() ? ": not discussed before" : "")});
                for (Mention m : t.mentions()) lines.add(new String[]{"q", roundName(m) + ": \u201c" + m.quote() + "\u201d"});
            }
            lines.add(new String[]{"h3", "Commitments"});
            if (i.commitments().isEmpty()) lines.add(new String[]{"p", "None carried over."});
            for (CommitmentBrief c : i.commitments()) {
                lines.add(new String[]{"p", "- " + String.join(" and ", c.deliverable().actors()) + ": " + c.deliverable().text()
                        + " (" + c.status() + (c.madeOn() == null ? "" : ", made at the " + c.madeOn()) + ")"});
                for (String e : c.evidence()) lines.add(new String[]{"q", e});
            }
        }
        lines.add(new String[]{"h2", "The counterpart delegation"});
        for (Counterpart c : b.counterparts()) {
            lines.add(new String[]{"p", "- " + c.name() + (c.title() == null ? "" : ", " + c.title()) + " (" + c.role() + ")"
                    + (c.rounds().isEmpty() ? "; no earlier round on record" : "; attended: " + String.join("; ", c.rounds()))});
        }
        return layout(lines);
    }

    private static byte[] layout(List<String[]> lines) {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
            PDType1Font italic = new PDType1Font(Standard14Fonts.FontName.TIMES_ITALIC);
            PDRectangle size = PDRectangle.A4;
            float margin = 56;
            float width = size.getWidth() - 2 * margin;
            Page page = new Page(doc, size, margin);
            for (String[] l : lines) {
                String style = l[0];
                PDType1Font font = switch (style) {
                    case "h1", "h2", "h3", "b" -> bold;
                    case "q" -> italic;
                    default -> regular;
                };
                float fontSize = switch (style) {
                    case "h1" -> 16;
                    case "h2" -> 13;
                    default -> 11;
                };
                float indent = "q".equals(style) ? 18 : 0;
                if (style.startsWith("h")) page.space(fontSize * 0.8f);
                for (String w : wrap(winAnsi(l[1]), font, fontSize, width - indent)) {
                    page.line(w, font, fontSize, indent);
                }
                page.space(3);
            }
            page.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page being written, that turns over when full. */
    private static final class Page {
        private final PDDocument doc;
        private final PDRectangle size;
        private final float margin;
        private PDPageContentStream stream;
        private float y;

        Page(PDDocument doc, PDRectangle size, float margin) throws IOException {
            this.doc = doc;
            this.size = size;
            this.margin = margin;
            next();
        }

        private void next() throws IOException {
            if (stream != null) stream.close();
            PDPage page = new PDPage(size);
            doc.addPage(page);
            stream = new PDPageContentStream(doc, page);
            y = size.getHeight() - margin;
        }

        void space(float points) {
            y -= points;
        }

        void line(String text, PDType1Font font, float fontSize, float indent) throws IOException {
            float leading = fontSize * 1.3f;
            if (y - leading < margin) next();
            y -= leading;
            stream.beginText();
            stream.setFont(font, fontSize);
            stream.newLineAtOffset(margin + indent, y);
            stream.showText(text);
            stream.endText();
        }

        void close() throws IOException {
            stream.close();
        }
    }

    static List<String> wrap(String text, PDType1Font font, float fontSize, float width) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (word.isEmpty()) continue;
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * fontSize > width && line.length() > 0) {
                out.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (line.length() > 0) out.add(line.toString());
        return out;
    }

    /** Text the standard fonts can show: accents kept where WinAnsi has them, others folded or replaced. */
    static String winAnsi(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c < 0x80 || (c >= 0xA0 && c <= 0xFF) || "\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u20ac".indexOf(c) >= 0) {
                out.append(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
            } else {
                String folded = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
                out.append(folded.length() == 1 && folded.charAt(0) < 0x80 ? folded : "?");
            }
        }
        return out.toString();
    }
}
