package org.communique.reader;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Raw bytes to text: PDF through PDFBox, HTML through jsoup, plain text as UTF-8, UTF-16 or Windows-1252. */
final class Decoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final long maxBytes;

    Decoder(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    Decoded decode(byte[] bytes, String fileName) throws UnreadableException {
        String name = fileName == null ? "the input" : fileName;
        if (bytes.length > maxBytes) {
            throw new UnreadableException(name + " is larger than the " + (maxBytes / (1024 * 1024)) + " MB limit for one statement");
        }
        if (isBlank(bytes)) throw new UnreadableException(name + " is empty");
        if (startsWith(bytes, "%PDF-")) return pdf(bytes, name);
        List<String> warnings = new ArrayList<>();
        String text = text(bytes, name, warnings);
        if (text.isBlank()) throw new UnreadableException(name + " has no text");
        if (isHtml(text, fileName)) {
            HtmlText html = HtmlText.of(text);
            if (html.text().isBlank()) throw new UnreadableException(name + " is an HTML page with no text");
            warnings.addAll(html.warnings());
            return new Decoded(html.text(), "text/html", html.title(), html.siteName(), warnings);
        }
        return new Decoded(text, "text/plain", null, null, warnings);
    }

    private static String text(byte[] b, String name, List<String> warnings) throws UnreadableException {
        if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        }
        if (looksLikeUtf16WithoutBom(b)) {
            boolean bigEndian = b[0] == 0;
            warnings.add("decoded as UTF-16 without a byte order mark");
            return new String(b, bigEndian ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE);
        }
        if (isBinary(b)) throw new UnreadableException(name + " is a binary file, not a text, HTML or PDF statement");
        int offset = b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, offset, b.length - offset)).toString();
        } catch (CharacterCodingException notUtf8) {
            try {
                String s = WINDOWS_1252.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(b)).toString();
                warnings.add("not UTF-8: decoded as Windows-1252");
                return s;
            } catch (CharacterCodingException neither) {
                throw new UnreadableException(name + " is neither UTF-8 nor Windows-1252 text");
            }
        }
    }

    private static Decoded pdf(byte[] bytes, String name) throws UnreadableException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            if (pdf.isEncrypted()) throw new UnreadableException(name + " is an encrypted PDF");
            PDFTextStripper stripper = new PDFTextStripper();
            String text = unwrap(stripper.getText(pdf));
            if (text.isBlank()) {
                throw new UnreadableException(name + " is a PDF with no text layer (a scanned image needs OCR first)");
            }
            String title = pdf.getDocumentInformation() == null ? null : pdf.getDocumentInformation().getTitle();
            return new Decoded(text, "application/pdf", title, null, List.of());
        } catch (InvalidPasswordException e) {
            throw new UnreadableException(name + " is an encrypted PDF");
        } catch (IOException e) {
            throw new UnreadableException(name + " is a damaged PDF (" + e.getMessage() + ")");
        }
    }

    /**
     * A PDF breaks lines where the page ends, not where sentences do: a line that does not end a sentence runs on
     * into the next, unless a blank line (a paragraph) follows.
     */
    static String unwrap(String text) {
        String t = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\n' && i > 0 && i + 1 < t.length() && t.charAt(i + 1) != '\n' && t.charAt(i - 1) != '\n') {
                char before = t.charAt(i - 1);
                boolean ends = before == '.' || before == ':' || before == '!' || before == '?' || before == ';';
                if (!ends) {
                    if (before == '-' && i > 1 && Character.isLetter(t.charAt(i - 2))) {
                        out.setLength(out.length() - 1); // a word hyphenated at the line's end
                    } else {
                        out.append(' ');
                    }
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isHtml(String text, String fileName) {
        if (fileName != null) {
            String f = fileName.toLowerCase(Locale.ROOT);
            if (f.endsWith(".html") || f.endsWith(".htm") || f.endsWith(".xhtml")) return true;
            if (f.endsWith(".txt")) return false;
        }
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        String head = text.substring(i, Math.min(text.length(), i + 200)).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml")
                || (head.startsWith("<") && text.toLowerCase(Locale.ROOT).contains("<body"));
    }

    private static boolean isBlank(byte[] b) {
        for (byte x : b) {
            int c = x & 0xff;
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0b && c != 0) return false;
        }
        return true;
    }

    private static boolean startsWith(byte[] b, String magic) {
        if (b.length < magic.length()) return false;
        for (int i = 0; i < magic.length(); i++) if (b[i] != magic.charAt(i)) return false;
        return true;
    }

    /** Known binary formats by their magic numbers, or many NUL and control bytes in the first 8 KB. */
    private static boolean isBinary(byte[] b) {
        int[][] magics = {{0x89, 'P', 'N', 'G'}, {0xff, 0xd8, 0xff}, {'G', 'I', 'F', '8'}, {'P', 'K', 3, 4},
                {0x1f, 0x8b}, {0x7f, 'E', 'L', 'F'}, {'B', 'Z', 'h'}, {0xd0, 0xcf, 0x11, 0xe0}};
        for (int[] m : magics) {
            if (b.length < m.length) continue;
            boolean same = true;
            for (int i = 0; i < m.length; i++) same &= (b[i] & 0xff) == m[i];
            if (same) return true;
        }
        int n = Math.min(b.length, 8192);
        int odd = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')) odd++;
        }
        return odd > n / 100 + 2;
    }

    /** UTF-16 text without a BOM shows as a NUL in every other byte of ASCII-range text. */
    private static boolean looksLikeUtf16WithoutBom(byte[] b) {
        int n = Math.min(b.length, 4096) & ~1;
        if (n < 8) return false;
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) evenNul++;
            if (b[i + 1] == 0) oddNul++;
        }
        int pairs = n / 2;
        return (evenNul > pairs * 0.4 && oddNul == 0) || (oddNul > pairs * 0.4 && evenNul == 0);
    }
}
