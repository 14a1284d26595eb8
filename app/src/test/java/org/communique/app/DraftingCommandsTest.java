package org.communique.app;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.communique.store.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** `communique plan` and `communique briefing` on the seed statement, in a real PostgreSQL. */
class DraftingCommandsTest {
    static final Path ROOT = CommandLineTest.root();

    @TempDir
    static Path data;
    static Database server;
    static String url;

    @BeforeAll
    static void start() throws Exception {
        server = Database.embedded(data);
        try (Connection c = server.dataSource().getConnection()) {
            c.createStatement().execute("CREATE DATABASE drafting_commands");
            url = c.getMetaData().getURL().replaceFirst("/[^/?]*(\\?.*)?$", "/drafting_commands");
        }
        assertThat(run("ingest", ROOT.resolve("statements/kz-us-espd-2023.txt").toString())[0]).isEqualTo("0");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String[] run(String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--db";
        all[args.length + 1] = url;
        all[args.length + 2] = "--db-user";
        all[args.length + 3] = "postgres";
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run(all);
            return new String[]{String.valueOf(code), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void plansTheNextRoundAndWritesItsBriefingBook() throws Exception {
        String[] planned = run("plan", "kz-us-espd", "--by", "ana");
        assertThat(planned[0]).as(planned[2]).isEqualTo("0");
        assertThat(planned[1]).contains("#6 ESPD", "Washington (host US)", "head  Donald Lu",
                "carried KZ+US  continue consultations on sanctions policy")
                .doesNotContain("convene the next ESPD"); // the seed's plan for this round sets its place instead
        Matcher m = Pattern.compile("planned round (\\d+): .*, (\\d{4}-\\d{2}-\\d{2}), Washington").matcher(planned[1]);
        assertThat(m.find()).as(planned[1]).isTrue();
        // the seed met in November 2023: a year on is past, so the round comes by the usual interval after today
        assertThat(LocalDate.parse(m.group(2))).isAfter(LocalDate.now(java.time.ZoneOffset.UTC));
        assertThat(planned[1]).contains("The series looks dormant: no round is stored since 2023-11-06");
        Path pdf = data.resolve("brief.pdf");
        String[] briefing = run("briefing", m.group(1), "--out", pdf.toString(), "--party", "US");
        assertThat(briefing[0]).as(briefing[2]).isEqualTo("0");
        assertThat(briefing[2]).as("PDFBox has nothing to warn about").doesNotContain("org.apache.pdfbox");
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            PDFTextStripper pageOne = new PDFTextStripper();
            pageOne.setEndPage(1);
            assertThat(pageOne.getText(doc)).contains("Briefing book for Donald Lu", "Head: Kairat Umarov",
                    "What was promised at the earlier rounds", "continue consultations on sanctions policy", "Page 1 of");
        }
    }

    @Test
    void refusesAnUnknownSeriesOrRound() {
        String[] r = run("plan", "no-such-series", "--by", "ana");
        assertThat(r[0]).isEqualTo("1");
        assertThat(r[2]).contains("there is no series no-such-series");
        String[] b = run("briefing", "999", "--out", data.resolve("x.pdf").toString());
        assertThat(b[0]).isEqualTo("1");
        assertThat(b[2]).contains("there is no planned round 999");
        assertThat(data.resolve("x.pdf")).doesNotExist();
    }
}
