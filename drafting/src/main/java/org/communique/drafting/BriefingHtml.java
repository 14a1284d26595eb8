package org.communique.drafting;

import org.jsoup.nodes.Entities;

import java.util.List;

/** The book as one printable HTML page, with the same content and order as the PDF; it runs no script. */
final class BriefingHtml {
    private static final String STYLE = "body{font:11pt/1.4 'Liberation Sans',Arial,sans-serif;max-width:50em;margin:2em auto}"
            + "h1{font-size:16pt}h2{font-size:13pt;border-bottom:1px solid #999;margin-top:1.6em}h3{font-size:11pt}"
            + "table{border-collapse:collapse;font-size:9.5pt}th,td{text-align:left;vertical-align:top;padding:3px 5px;"
            + "border-bottom:1px solid #ccc}th{border-bottom:2px solid #333}blockquote{margin:.2em 1.5em;color:#444}"
            + ".note,.small{font-size:9.5pt;color:#555}.overdue{font-weight:bold}"
            + "@media print{.item:first-of-type{page-break-before:always}}";

    private BriefingHtml() {}

    static String of(Briefing.Book b) {
        Plan p = b.plan();
        StringBuilder o = new StringBuilder();
        o.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(esc(BriefingFront.title(b)))
                .append("</title><style>").append(STYLE).append("</style></head><body>\n");
        o.append("<h1>").append(esc(BriefingFront.title(b))).append("</h1>\n");
        contents(o, b);

        o.append("<h2 id=\"round\">").append(esc(BriefingFront.ROUND)).append("</h2>\n");
        o.append("<p><b>").append(esc(BriefingFront.round(p))).append("</b><br>").append(esc(BriefingFront.when(p))).append("</p>\n");
        if (p.note() != null) o.append("<p class=\"note\">").append(esc(p.note())).append("</p>\n");
        for (String party : BriefingFront.parties(b)) {
            List<String> d = BriefingFront.delegation(p, party);
            o.append("<p><b>").append(esc(d.get(0))).append("</b>");
            for (String line : d.subList(1, d.size())) o.append("<br>").append(esc(line));
            o.append("</p>\n");
        }

        o.append("<h2 id=\"promises\">").append(esc(BriefingFront.PROMISES)).append("</h2>\n");
        o.append("<p>").append(esc(BriefingFront.tally(b))).append("</p>\n");
        if (!b.promises().isEmpty()) {
            o.append("<table><tr>");
            for (String h : BriefingFront.TABLE) o.append("<th>").append(esc(h)).append("</th>");
            o.append("</tr>\n");
            for (Briefing.Promise c : b.promises()) {
                o.append("<tr id=\"promise-").append(c.number()).append("\">");
                List<String> cells = BriefingFront.row(p, c);
                for (int i = 0; i < cells.size(); i++) {
                    boolean overdue = i == cells.size() - 1 && "overdue".equals(c.status());
                    o.append(overdue ? "<td class=\"overdue\">" : "<td>").append(esc(cells.get(i))).append("</td>");
                }
                o.append("</tr>\n");
            }
            o.append("</table>\n");
        }

        for (int n = 0; n < b.items().size(); n++) item(o, p, b.items().get(n), n);

        o.append("<h2 id=\"counterparts\">").append(esc(BriefingFront.COUNTERPARTS)).append("</h2>\n");
        if (b.counterparts().isEmpty()) o.append("<p>No one is named yet.</p>\n");
        for (Briefing.Counterpart c : b.counterparts()) {
            o.append("<p><b>").append(esc(c.name())).append("</b>").append(c.title() == null ? "" : ", " + esc(c.title()))
                    .append("head".equals(c.role()) ? " (head of delegation)" : " (member)");
            if (!c.posts().isEmpty()) o.append("<br><span class=\"small\">Posts on record: ").append(esc(String.join("; ", c.posts()))).append(".</span>");
            if (c.rounds().isEmpty()) o.append("<br><span class=\"small\">No earlier round on record.</span>");
            o.append("</p>\n");
            if (!c.rounds().isEmpty()) {
                o.append("<ul class=\"small\">");
                for (String r : c.rounds()) o.append("<li>").append(esc(r)).append("</li>");
                o.append("</ul>\n");
            }
        }
        return o.append("</body></html>\n").toString();
    }

    private static void contents(StringBuilder o, Briefing.Book b) {
        o.append("<nav><b>Contents</b><ol>");
        o.append("<li><a href=\"#round\">").append(esc(BriefingFront.ROUND)).append("</a></li>");
        o.append("<li><a href=\"#promises\">").append(esc(BriefingFront.PROMISES)).append("</a></li>");
        for (int n = 0; n < b.items().size(); n++) {
            o.append("<li><a href=\"#item-").append(n + 1).append("\">").append(esc(b.items().get(n).item().title())).append("</a></li>");
        }
        o.append("<li><a href=\"#counterparts\">").append(esc(BriefingFront.COUNTERPARTS)).append("</a></li></ol></nav>\n");
    }

    private static void item(StringBuilder o, Plan p, Briefing.ItemBrief i, int n) {
        o.append("<section class=\"item\"><h2 id=\"item-").append(n + 1).append("\">").append(esc(i.item().title())).append("</h2>\n");
        if (!i.item().coLeads().isEmpty()) {
            o.append("<p class=\"note\">Working group co-leads: ").append(esc(String.join("; ",
                    i.item().coLeads().stream().map(l -> l.name() + " (" + l.party() + ")").toList()))).append("</p>\n");
        }
        if (i.history().isEmpty() && i.promises().isEmpty() && i.points().isEmpty()) {
            o.append("<p>Nothing on record for this item yet.</p></section>\n");
            return;
        }
        if (!i.history().isEmpty()) {
            o.append("<h3>History in brief</h3>\n<ul>\n");
            for (Briefing.Past past : i.history()) {
                o.append("<li><b>").append(esc(past.round())).append("</b>: ").append(esc(BriefingFront.pastLine(past)));
                if (past.quote() != null) o.append("<blockquote>\u201c").append(esc(past.quote())).append("\u201d</blockquote>");
                o.append("</li>\n");
            }
            o.append("</ul>\n");
        }
        if (!i.promises().isEmpty()) {
            o.append("<h3>" + esc(BriefingFront.CARRIED) + "</h3>\n<ul>\n");
            for (Briefing.Promise c : i.promises()) {
                o.append("<li><a href=\"#promise-").append(c.number()).append("\"><b>").append(esc(BriefingFront.promiseHead(p, c)))
                        .append("</b></a>. ").append(esc(BriefingFront.since(c)));
                for (Briefing.Sign s : c.signs()) {
                    if (s.quote() != null) o.append("<blockquote>\u201c").append(esc(s.quote())).append("\u201d</blockquote>");
                }
                o.append("</li>\n");
            }
            o.append("</ul>\n");
        }
        if (!i.points().isEmpty()) {
            o.append("<h3>Points to raise</h3>\n<ul>\n");
            for (String point : i.points()) o.append("<li>").append(esc(point)).append("</li>\n");
            o.append("</ul>\n");
        }
        o.append("</section>\n");
    }

    /** Text into HTML by jsoup's escaper, the project's one; null as nothing. */
    static String esc(String s) {
        return s == null ? "" : Entities.escape(s);
    }
}
