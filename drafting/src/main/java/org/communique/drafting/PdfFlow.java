package org.communique.drafting;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Text flowed onto A4 pages: wrapped paragraphs, headings kept with what follows, tables whose rows never split and
 * whose header repeats on each page, page numbers at the foot. Each cell and paragraph is written whole before the
 * next, so that text extraction reads it as one piece. Bold is the same font filled and stroked (PDFBox ships only the
 * regular weight).
 */
final class PdfFlow implements AutoCloseable {
    static final PDRectangle SIZE = PDRectangle.A4;
    static final float MARGIN = 56;
    static final float FOOT = 40;
    static final float WIDTH = SIZE.getWidth() - 2 * MARGIN;

    /** A stretch of text in one weight. */
    record Run(String text, boolean bold) {
        static List<Run> plain(String text) {
            return List.of(new Run(text, false));
        }
    }

    /** A place on a page kept empty, to be written once the rest is laid out (the contents). */
    record Reserved(PDPage page, float top) {}

    /** A heading of the contents, with the page it starts on. */
    record Entry(String title, int page) {}

    private final PDDocument doc;
    private final PdfFont font;
    private final List<Entry> entries = new ArrayList<>();
    private PDPage page;
    private PDPageContentStream cs;
    private float y;

    PdfFlow() throws IOException {
        this.doc = new PDDocument();
        this.font = PdfFont.embed(doc);
        newPage();
    }

    int pageNumber() {
        return doc.getNumberOfPages();
    }

    List<Entry> entries() {
        return entries;
    }

    void newPage() throws IOException {
        if (cs != null) cs.close();
        page = new PDPage(SIZE);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = SIZE.getHeight() - MARGIN;
    }

    void space(float points) {
        y -= points;
    }

    /** Starts a new page unless {@code points} still fit on this one. */
    void keep(float points) throws IOException {
        if (y - points < MARGIN + FOOT) newPage();
    }

    /** A heading, kept with about three lines of what follows; {@code listed} puts it in the contents. */
    void heading(String text, float size, boolean listed) throws IOException {
        if (y < SIZE.getHeight() - MARGIN - 1) space(size * 0.9f);
        keep(size * 1.4f + 3 * 14);
        if (listed) entries.add(new Entry(text, pageNumber()));
        paragraph(Run.plain(text), size, 0, 0, true);
        space(size * 0.3f);
    }

    /** A wrapped paragraph; {@code gray} 0 is black; {@code allBold} sets every run bold. */
    void paragraph(List<Run> runs, float size, float indent, float gray, boolean allBold) throws IOException {
        float leading = size * 1.3f;
        for (List<Run> line : wrap(runs, size, WIDTH - indent, allBold)) {
            keep(leading);
            y -= leading;
            line(cs, line, MARGIN + indent, y + leading * 0.25f, size, gray);
        }
    }

    /** A bulleted paragraph: the bullet in the margin of the indent. */
    void bullet(List<Run> runs, float size, float indent) throws IOException {
        float leading = size * 1.3f;
        keep(leading);
        // the bullet first, on the first line's baseline, so that extraction reads it before the text
        line(cs, Run.plain("\u2022"), MARGIN + indent - size, y - leading + leading * 0.25f, size, 0);
        paragraph(runs, size, indent, 0, false);
    }

    /** Keeps {@code points} of this page empty, for text written later with {@link #writeAt}. */
    Reserved reserve(float points) throws IOException {
        keep(points);
        Reserved r = new Reserved(page, y);
        y -= points;
        return r;
    }

    /** Writes entries (a title and a right-aligned number) into a reserved place, in two columns, down then across. */
    void writeAt(Reserved r, List<String[]> entries, float size) throws IOException {
        int rows = (entries.size() + 1) / 2;
        float gap = 24;
        float column = (WIDTH - gap) / 2;
        float leading = size * 1.4f;
        try (PDPageContentStream out = new PDPageContentStream(doc, r.page(), PDPageContentStream.AppendMode.APPEND, true)) {
            for (int i = 0; i < entries.size(); i++) {
                float x = MARGIN + (i / rows) * (column + gap);
                float baseline = r.top() - (i % rows + 1) * leading + leading * 0.25f;
                String number = PdfFont.printable(entries.get(i)[1]);
                line(out, Run.plain(PdfFont.printable(entries.get(i)[0])), x, baseline, size, 0);
                line(out, Run.plain(number), x + column - PdfFont.width(number, size), baseline, size, 0);
            }
        }
    }

    /** The height {@link #writeAt} takes for {@code entries} entries. */
    static float entriesHeight(int entries, float size) {
        return (entries + 1) / 2 * size * 1.4f;
    }

    /**
     * A table: column widths, a header row, and rows of cells. A row that does not fit goes to the next page, where the
     * header is set again.
     */
    void table(float[] widths, List<String> header, List<List<List<Run>>> rows, float size) throws IOException {
        float leading = size * 1.3f;
        float pad = 3;
        List<List<Run>> head = header.stream().map(Run::plain).toList();
        tableRow(widths, head, size, leading, pad, true);
        for (List<List<Run>> row : rows) {
            float height = rowHeight(widths, row, size, leading, pad, false);
            if (y - height < MARGIN + FOOT) {
                newPage();
                tableRow(widths, head, size, leading, pad, true);
            }
            tableRow(widths, row, size, leading, pad, false);
        }
    }

    private float rowHeight(float[] widths, List<List<Run>> row, float size, float leading, float pad, boolean bold) {
        int lines = 1;
        for (int c = 0; c < row.size(); c++) lines = Math.max(lines, wrap(row.get(c), size, widths[c] - 2 * pad, bold).size());
        return lines * leading + 2 * pad;
    }

    private void tableRow(float[] widths, List<List<Run>> row, float size, float leading, float pad, boolean header) throws IOException {
        float height = rowHeight(widths, row, size, leading, pad, header);
        float x = MARGIN;
        for (int c = 0; c < row.size(); c++) {
            float at = y - pad;
            for (List<Run> line : wrap(row.get(c), size, widths[c] - 2 * pad, header)) {
                at -= leading;
                line(cs, line, x + pad, at + leading * 0.25f, size, 0);
            }
            x += widths[c];
        }
        y -= height;
        cs.setStrokingColor(header ? 0.2f : 0.75f);
        cs.setLineWidth(header ? 0.8f : 0.4f);
        cs.moveTo(MARGIN, y);
        cs.lineTo(MARGIN + sum(widths), y);
        cs.stroke();
    }

    private static float sum(float[] widths) {
        float s = 0;
        for (float w : widths) s += w;
        return s;
    }

    /** Page numbers ("Page 2 of 7") and the book's name at the foot of every page. */
    void footers(String name) throws IOException {
        int total = doc.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            try (PDPageContentStream out = new PDPageContentStream(doc, doc.getPage(i), PDPageContentStream.AppendMode.APPEND, true)) {
                float at = MARGIN - 14;
                String left = PdfFont.printable(name);
                String right = "Page " + (i + 1) + " of " + total;
                line(out, Run.plain(left), MARGIN, at, 8, 0.4f);
                line(out, Run.plain(right), MARGIN + WIDTH - PdfFont.width(right, 8), at, 8, 0.4f);
            }
        }
    }

    byte[] save() throws IOException {
        cs.close();
        cs = null;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    @Override
    public void close() throws IOException {
        if (cs != null) cs.close();
        doc.close();
    }

    // ---------------------------------------------------------------- lines

    /** One line of runs at a baseline: runs of one weight are shown together, bold by fill and stroke. */
    private void line(PDPageContentStream out, List<Run> runs, float x, float baseline, float size, float gray) throws IOException {
        out.beginText();
        out.setFont(font.font, size);
        out.setNonStrokingColor(gray);
        out.setStrokingColor(gray);
        out.setLineWidth(size * 0.035f);
        out.newLineAtOffset(x, baseline);
        for (Run r : runs) {
            out.setRenderingMode(r.bold() ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
            font.show(out, r.text());
        }
        out.endText();
    }

    /**
     * The lines of a paragraph within {@code width}: breaks fall between words only; a word wider than the line (a long
     * address) is split where it must be. Runs that meet without a space ("open" and ". No") stay one word, and the
     * space before a word stays with the run before it.
     */
    static List<List<Run>> wrap(List<Run> runs, float size, float width, boolean allBold) {
        List<List<Run>> words = new ArrayList<>();
        boolean glue = false;
        for (Run r : runs) {
            String t = PdfFont.printable(r.text());
            boolean bold = allBold || r.bold();
            String[] parts = t.split(" ", -1);
            for (int i = 0; i < parts.length; i++) {
                if (parts[i].isEmpty()) {
                    glue = false;
                    continue;
                }
                if (glue && i == 0 && !words.isEmpty()) words.get(words.size() - 1).add(new Run(parts[i], bold));
                else words.add(new ArrayList<>(List.of(new Run(parts[i], bold))));
                glue = true;
            }
            if (t.endsWith(" ")) glue = false;
        }
        List<List<Run>> lines = new ArrayList<>();
        List<Run> line = new ArrayList<>();
        float used = 0;
        float space = PdfFont.width(" ", size);
        for (List<Run> word : words) {
            for (List<Run> piece : pieces(word, size, width)) {
                float w = 0;
                for (Run r : piece) w += PdfFont.width(r.text(), size);
                if (!line.isEmpty() && used + space + w > width) {
                    lines.add(line);
                    line = new ArrayList<>();
                    used = 0;
                }
                if (!line.isEmpty()) {
                    Run last = line.remove(line.size() - 1);
                    line.add(new Run(last.text() + " ", last.bold()));
                    used += space;
                }
                for (Run r : piece) {
                    Run last = line.isEmpty() ? null : line.get(line.size() - 1);
                    if (last != null && last.bold() == r.bold()) line.set(line.size() - 1, new Run(last.text() + r.text(), r.bold()));
                    else line.add(r);
                }
                used += w;
            }
        }
        if (!line.isEmpty()) lines.add(line);
        return lines;
    }

    /** A word as it fits: whole, or (wider than a line) cut into pieces that each fit. */
    private static List<List<Run>> pieces(List<Run> word, float size, float width) {
        float w = 0;
        for (Run r : word) w += PdfFont.width(r.text(), size);
        if (w <= width) return List.of(word);
        List<List<Run>> out = new ArrayList<>();
        for (Run r : word) for (String p : pieces(r.text(), size, width)) out.add(List.of(new Run(p, r.bold())));
        return out;
    }

    private static List<String> pieces(String word, float size, float width) {
        if (PdfFont.width(word, size) <= width) return List.of(word);
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < word.length(); ) {
            int c = word.codePointAt(i);
            i += Character.charCount(c);
            if (b.length() > 0 && PdfFont.width(b.toString() + new String(Character.toChars(c)), size) > width) {
                out.add(b.toString());
                b.setLength(0);
            }
            b.appendCodePoint(c);
        }
        if (b.length() > 0) out.add(b.toString());
        return out;
    }
}
