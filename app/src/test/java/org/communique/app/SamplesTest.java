package org.communique.app;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.communique.reader.Reader;
import org.communique.store.Database;
import org.communique.store.RoundStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The sample data of `serve --sample`: all of it readable, stored once however often it is loaded. */
class SamplesTest {
    @Test
    void everySampleIsStoredOnceEvenWhenLoadedTwice(@TempDir Path data) {
        try (Database db = Database.embedded(data)) {
            int samples = Samples.names().size();
            assertThat(samples).isGreaterThanOrEqualTo(25);
            Samples.Tally first = Samples.ingest(db, new Reader());
            Samples.Tally second = Samples.ingest(db, new Reader());
            assertThat(first.added()).isEqualTo(samples);
            assertThat(second.added()).isZero();
            assertThat(second.known()).isEqualTo(samples);
            assertThat(new RoundStore(db).count("rounds")).isEqualTo(samples);
        }
    }

    /** The README's example on the store `serve --sample` leaves: the 7th round of the U.S.-Kazakhstan ESPD and its book. */
    @Test
    void theReadmesPlanWorksOnTheSampleStore(@TempDir Path data) throws Exception {
        try (Database db = Database.embedded(data)) {
            Samples.ingest(db, new Reader()); // what serve --sample stores; the server tracks at start, plan here
        }
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.run("plan", "kz-us-espd", "--by", "ana", "--data", data.toString())).isZero();
            assertThat(Main.run("briefing", "1", "--out", data.resolve("book.html").toString(), "--data", data.toString())).isZero();
            assertThat(Main.run("briefing", "1", "--out", data.resolve("book.pdf").toString(), "--party", "US", "--data", data.toString())).isZero();
        } finally {
            System.setOut(old);
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("planned round 1: #7 ESPD  KZ-US", "Astana (host KZ)", "The series looks dormant",
                "head  Donald Lu", "Political and security issues", "carried");
        assertThat(Files.readString(data.resolve("book.html"))).contains("Briefing book for", "7th ESPD", "Donald Lu");
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(data.resolve("book.pdf")))) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Briefing book for Donald Lu: 7th ESPD",
                    "4th Strategic Partnership Dialogue", "Points to raise", "The counterpart delegation");
        }
    }
}
