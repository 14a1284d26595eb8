package org.communique.app;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.communique.testsupport.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** `communique plan` and `communique briefing` on the seed statement, in a real PostgreSQL. */
class DraftingCommandsTest {
    static final Path ROOT = CommandLineTest.root();

    @TempDir
    static Path data;
    static String url;

    private final Cli cli = new Cli(url);

    @BeforeAll
    static void start() {
        url = TestDatabases.freshUrl();
        new Cli(url).ok("ingest", ROOT.resolve("statements/kz-us-espd-2023.txt").toString());
    }

    @Test
    void plansTheNextRoundAndWritesItsBriefingBook() throws Exception {
        String planned = cli.ok("plan", "kz-us-espd", "--by", "ana");
        assertThat(planned).contains("#6 ESPD", "Washington (host US)", "head  Donald Lu",
                "carried KZ+US  continue consultations on sanctions policy")
                .doesNotContain("convene the next ESPD"); // the seed's plan for this round sets its place instead
        Matcher m = Pattern.compile("planned round (\\d+): .*, (\\d{4}-\\d{2}-\\d{2}), Washington").matcher(planned);
        assertThat(m.find()).as(planned).isTrue();
        // the seed met in November 2023: a year on is past, so the round comes by the usual interval after today
        assertThat(LocalDate.parse(m.group(2))).isAfter(LocalDate.now(java.time.ZoneOffset.UTC));
        assertThat(planned).contains("The series looks dormant: no round is stored since 2023-11-06");
        Path pdf = data.resolve("brief.pdf");
        cli.ok("briefing", m.group(1), "--out", pdf.toString(), "--party", "US");
        assertThat(cli.err()).as("PDFBox has nothing to warn about").doesNotContain("org.apache.pdfbox");
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            PDFTextStripper pageOne = new PDFTextStripper();
            pageOne.setEndPage(1);
            assertThat(pageOne.getText(doc)).contains("Briefing book for Donald Lu", "Head: Kairat Umarov",
                    "What was promised at the earlier rounds", "continue consultations on sanctions policy", "Page 1 of");
        }
    }

    @Test
    void refusesAnUnknownSeriesOrRound() {
        assertThat(cli.run("plan", "no-such-series", "--by", "ana")).isEqualTo(Main.REFUSED);
        assertThat(cli.err()).contains("there is no series no-such-series");
        assertThat(cli.run("briefing", "999", "--out", data.resolve("x.pdf").toString())).isEqualTo(Main.REFUSED);
        assertThat(cli.err()).contains("there is no planned round 999");
        assertThat(data.resolve("x.pdf")).doesNotExist();
    }
}
