package org.communique.drafting;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.KerningSubtable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The book's typeface: Liberation Sans, the TrueType font that ships inside PDFBox's own jar (SIL Open Font License
 * 1.1, stated in that jar's LICENSE), so nothing is fetched at run time. It is embedded as a subset of a Type 0 font,
 * which maps each glyph back to its character, so text extraction gives whole words; lines are measured with the
 * font's own advance widths and its kerning pairs, and shown with the same kerning.
 */
final class PdfFont {
    private static final String RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final Metrics METRICS = Metrics.load();

    final PDType0Font font;

    private PdfFont(PDType0Font font) {
        this.font = font;
    }

    /** The font embedded in {@code doc} (each document gets its own subset). */
    static PdfFont embed(PDDocument doc) throws IOException {
        return new PdfFont(PDType0Font.load(doc, new RandomAccessReadBuffer(METRICS.bytes), true, false));
    }

    /**
     * What the font can show: white space as plain spaces, a letter the font lacks as its letter without accents,
     * anything else as a question mark (a glyph the font does not have would stop the writing).
     */
    static String printable(String s) {
        if (s == null) return "";
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isISOControl(c) || c == 0xA0) out.append(' ');
            else if (METRICS.glyph(c) != 0) out.appendCodePoint(c);
            else {
                String base = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
                out.append(!base.isEmpty() && base.codePoints().allMatch(b -> METRICS.glyph(b) != 0) ? base : "?");
            }
        });
        return out.toString();
    }

    /** The width of printable text at {@code size} points, kerning included. */
    static float width(String s, float size) {
        float units = 0;
        int prev = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            int g = METRICS.glyph(c);
            units += METRICS.advance(g) + (prev == 0 ? 0 : METRICS.kern(prev, g));
            prev = g;
        }
        return units * METRICS.perMille / 1000f * size;
    }

    /** Shows printable text at the current text position, with the kerning {@link #width} measured. */
    void show(PDPageContentStream cs, String s) throws IOException {
        List<Object> parts = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int prev = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            int g = METRICS.glyph(c);
            int k = prev == 0 ? 0 : METRICS.kern(prev, g);
            if (k != 0) {
                parts.add(run.toString());
                run.setLength(0);
                parts.add(-k * METRICS.perMille); // in a TJ array a positive number moves the next glyph left
            }
            run.appendCodePoint(c);
            prev = g;
        }
        parts.add(run.toString());
        cs.showTextWithPositioning(parts.toArray());
    }

    /**
     * The font's glyphs, widths and kerning, read once: the tables are parsed eagerly here, so that pages rendered at
     * the same time on several threads only read them.
     */
    private static final class Metrics {
        final byte[] bytes;
        final float perMille;
        private final CmapLookup cmap;
        private final int[] advances;
        private final KerningSubtable kerning;

        private Metrics(byte[] bytes, TrueTypeFont ttf) throws IOException {
            this.bytes = bytes;
            this.perMille = 1000f / ttf.getUnitsPerEm();
            this.cmap = ttf.getUnicodeCmapLookup();
            int glyphs = ttf.getNumberOfGlyphs();
            this.advances = new int[glyphs];
            for (int g = 0; g < glyphs; g++) advances[g] = ttf.getAdvanceWidth(g);
            this.kerning = ttf.getKerning() == null ? null : ttf.getKerning().getHorizontalKerningSubtable();
            if (kerning != null) kerning.getKerning(0, 0);
        }

        static Metrics load() {
            try (InputStream in = PdfFont.class.getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException("PDFBox's jar no longer holds " + RESOURCE);
                byte[] bytes = in.readAllBytes();
                try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
                    return new Metrics(bytes, ttf);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        int glyph(int codePoint) {
            return cmap.getGlyphId(codePoint);
        }

        int advance(int glyph) {
            return glyph >= 0 && glyph < advances.length ? advances[glyph] : 0;
        }

        int kern(int left, int right) {
            return kerning == null ? 0 : kerning.getKerning(left, right);
        }
    }
}
