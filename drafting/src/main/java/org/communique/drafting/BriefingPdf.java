package org.communique.drafting;

import org.communique.drafting.PdfFlow.Run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The book as a PDF: page one with the title, the contents, the round, both delegations and the table of promises;
 * then a section per agenda item and the counterpart delegation; page numbers at the foot.
 */
final class BriefingPdf {
    private static final float BODY = 10;
    private static final float SMALL = 9;
    private static final float[] COLUMNS = {22, 108, 32, 261, 60};

    private BriefingPdf() {}

    static byte[] of(Briefing.Book b) {
        try (PdfFlow f = new PdfFlow()) {
            Plan p = b.plan();
            f.paragraph(Run.plain(BriefingFront.title(b)), 16, 0, 0, true);
            f.space(6);
            int entries = b.items().size() + 3;
            f.paragraph(Run.plain("Contents"), SMALL, 0, 0, true);
            PdfFlow.Reserved contents = f.reserve(PdfFlow.entriesHeight(entries, SMALL) + 4);

            f.heading(BriefingFront.ROUND, 13, true);
            f.paragraph(List.of(new Run(BriefingFront.round(p), true)), BODY, 0, 0, false);
            f.paragraph(Run.plain(BriefingFront.when(p)), BODY, 0, 0, false);
            if (p.note() != null) f.paragraph(Run.plain(p.note()), SMALL, 0, 0.35f, false);
            f.space(4);
            for (String party : BriefingFront.parties(b)) {
                List<String> d = BriefingFront.delegation(p, party);
                f.paragraph(List.of(new Run(d.get(0), true)), BODY, 0, 0, false);
                for (String line : d.subList(1, d.size())) f.paragraph(Run.plain(line), BODY, 12, 0, false);
                f.space(2);
            }

            f.heading(BriefingFront.PROMISES, 13, true);
            f.paragraph(Run.plain(BriefingFront.tally(b)), BODY, 0, 0, false);
            f.space(4);
            if (!b.promises().isEmpty()) {
                List<List<List<Run>>> rows = new ArrayList<>();
                for (Briefing.Promise c : b.promises()) {
                    List<String> cells = BriefingFront.row(p, c);
                    List<List<Run>> row = new ArrayList<>();
                    for (int i = 0; i < cells.size(); i++) {
                        boolean stands = i == cells.size() - 1 && "overdue".equals(c.status());
                        row.add(List.of(new Run(cells.get(i), stands)));
                    }
                    rows.add(row);
                }
                f.table(COLUMNS, BriefingFront.TABLE, rows, SMALL);
            }

            for (Briefing.ItemBrief i : b.items()) item(f, p, i);
            counterparts(f, b);

            List<String[]> toc = new ArrayList<>();
            for (PdfFlow.Entry e : f.entries()) toc.add(new String[]{e.title(), String.valueOf(e.page())});
            f.writeAt(contents, toc, SMALL);
            f.footers(BriefingFront.title(b));
            return f.save();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void item(PdfFlow f, Plan p, Briefing.ItemBrief i) throws IOException {
        f.heading(i.item().title(), 13, true);
        if (!i.item().coLeads().isEmpty()) {
            f.paragraph(Run.plain("Working group co-leads: " + String.join("; ",
                    i.item().coLeads().stream().map(l -> l.name() + " (" + l.party() + ")").toList())), SMALL, 0, 0.35f, false);
        }
        if (i.history().isEmpty() && i.promises().isEmpty() && i.points().isEmpty()) {
            f.paragraph(Run.plain("Nothing on record for this item yet."), BODY, 0, 0, false);
            return;
        }
        if (!i.history().isEmpty()) {
            f.heading("History in brief", 11, false);
            for (Briefing.Past past : i.history()) {
                f.bullet(List.of(new Run(past.round(), true), new Run(": " + BriefingFront.pastLine(past), false)), BODY, 12);
                if (past.quote() != null) f.paragraph(Run.plain("\u201c" + past.quote() + "\u201d"), SMALL, 12, 0.3f, false);
                f.space(3);
            }
        }
        if (!i.promises().isEmpty()) {
            f.heading(BriefingFront.CARRIED, 11, false);
            for (Briefing.Promise c : i.promises()) {
                f.bullet(List.of(new Run(BriefingFront.promiseHead(p, c), true), new Run(". " + BriefingFront.since(c), false)), BODY, 12);
                for (Briefing.Sign s : c.signs()) {
                    if (s.quote() != null) f.paragraph(Run.plain("\u201c" + s.quote() + "\u201d"), SMALL, 12, 0.3f, false);
                }
                f.space(3);
            }
        }
        if (!i.points().isEmpty()) {
            f.heading("Points to raise", 11, false);
            for (String point : i.points()) {
                f.bullet(Run.plain(point), BODY, 12);
                f.space(2);
            }
        }
    }

    private static void counterparts(PdfFlow f, Briefing.Book b) throws IOException {
        f.heading(BriefingFront.COUNTERPARTS, 13, true);
        if (b.counterparts().isEmpty()) f.paragraph(Run.plain("No one is named yet."), BODY, 0, 0, false);
        for (Briefing.Counterpart c : b.counterparts()) {
            f.paragraph(List.of(new Run(c.name(), true), new Run((c.title() == null ? "" : ", " + c.title())
                    + ("head".equals(c.role()) ? " (head of delegation)" : " (member)"), false)), BODY, 0, 0, false);
            if (!c.posts().isEmpty()) f.paragraph(Run.plain("Posts on record: " + String.join("; ", c.posts()) + "."), SMALL, 12, 0, false);
            if (c.rounds().isEmpty()) f.paragraph(Run.plain("No earlier round on record."), SMALL, 12, 0, false);
            for (String r : c.rounds()) f.bullet(Run.plain(r), SMALL, 24);
            f.space(6);
        }
    }
}
