package org.communique.reader;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.communique.model.RoundRecord;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Statements published as PDF, made here with PDFBox. */
class PdfInputTest {
    private static byte[] pdf(boolean encrypted, String... lines) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            if (lines.length > 0) {
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    s.beginText();
                    s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                    s.newLineAtOffset(50, 700);
                    for (String line : lines) {
                        s.showText(line);
                        s.newLineAtOffset(0, -16);
                    }
                    s.endText();
                }
            }
            if (encrypted) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void readsTheTextOfAPdf() throws Exception {
        byte[] bytes = pdf(false, "Joint Statement", "",
                "Vietnam and the United States held the eleventh Political, Security and Defense Dialogue",
                "in Washington on October 8, 2019, and agreed to expand maritime security cooperation.");
        RoundRecord r = new Reader().read(bytes, "s.pdf").record();
        assertThat(r.source().mediaType()).isEqualTo("application/pdf");
        assertThat(r.round().date()).isEqualTo("2019-10-08");
        assertThat(r.round().place()).isEqualTo("Washington");
        assertThat(r.dialogue().parties()).containsExactly("US", "VN");
    }

    @Test
    void refusesEncryptedAndImageOnlyPdfs() throws Exception {
        assertThatThrownBy(() -> new Reader().read(pdf(true, "secret"), "e.pdf")).hasMessage("e.pdf is an encrypted PDF");
        assertThatThrownBy(() -> new Reader().read(pdf(false), "i.pdf")).hasMessageContaining("no text layer");
    }
}
