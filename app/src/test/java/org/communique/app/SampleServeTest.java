package org.communique.app;

import org.communique.model.Records;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13's "Done when", as a new user meets it: {@code serve --sample} on a fresh data folder, run as its own process,
 * shows the U.S.-Kazakhstan series as the reader reads statements/ (numbered per name across the rename, plans and the
 * mechanism launched in 2021 fulfilled, descriptions and cut-off sentences off the board); stopped, the README's
 * {@code plan kz-us-espd --by ana} plans the 7th round after today, with labels, and {@code briefing} writes its book.
 */
class SampleServeTest {
    @TempDir
    Path dir;

    @SuppressWarnings("unchecked")
    static Map<String, Object> get(int port, String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return (Map<String, Object>) Records.parse(r.body());
    }

    static List<Object> field(List<?> rows, String name) {
        List<Object> out = new ArrayList<>();
        for (Object row : rows) out.add(((Map<?, ?>) row).get(name));
        return out;
    }

    static String run(String... args) {
        return new Cli().ok(args);
    }

    @Test
    void theReadmesPlanWorksOnAFreshServeSampleStore() throws Exception {
        Path data = dir.resolve("data");
        int port = ServerCrashTest.freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process serve = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve",
                "--sample", "--data", data.toString(), "--port", Integer.toString(port)).redirectErrorStream(true).start();
        try {
            ServerCrashTest.awaitServing(serve);
            Map<String, Object> series = get(port, "/api/series/kz-us-espd");
            List<?> rounds = (List<?>) series.get("rounds");
            assertThat(field(rounds, "date")).containsExactly("2015-11-02", "2020-12-08", "2021-12-15", "2022-12-05",
                    "2023-11-06", "2024-05-31");
            assertThat(field(rounds, "ordinal")).containsExactly(4L, 2L, 3L, 4L, 5L, 6L);
            assertThat(field(rounds, "ordinal_inferred")).containsExactly(false, true, true, true, false, false);
            assertThat(field(rounds, "renamed_from")).containsExactly(null, "Strategic Partnership Dialogue", null, null,
                    null, null);

            List<?> commitments = (List<?>) series.get("commitments");
            List<String> fulfilled = new ArrayList<>();
            for (Object c : commitments) {
                if ("fulfilled".equals(((Map<?, ?>) c).get("status"))) fulfilled.add((String) ((Map<?, ?>) c).get("text"));
            }
            assertThat(fulfilled).anySatisfy(t -> assertThat(t).contains("High-Level Dialogue on Democratic Reforms"))
                    .anySatisfy(t -> assertThat(t).contains("hold the next ESPD in 2023"))
                    .anySatisfy(t -> assertThat(t).contains("convene the next ESPD in Washington in 2024"));
            assertThat(field(commitments, "text")).as("a description and a sentence cut short are no commitments")
                    .noneMatch(t -> ((String) t).contains("far-reaching")).noneMatch(t -> ((String) t).endsWith(" on"));
        } finally {
            serve.destroy(); // SIGTERM: the server's shutdown hook stops PostgreSQL cleanly
            assertThat(serve.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }

        String plan = run("plan", "kz-us-espd", "--by", "ana", "--data", data.toString());
        assertThat(plan).contains("planned round 1: #7 ESPD  KZ-US", "Astana (host KZ)", "The series looks dormant",
                "head  Donald Lu", "Political and security issues", "carried");
        Matcher date = Pattern.compile("KZ-US, (\\d{4}-\\d{2}-\\d{2}),").matcher(plan);
        assertThat(date.find()).as(plan).isTrue();
        assertThat(LocalDate.parse(date.group(1))).isAfter(LocalDate.now(ZoneOffset.UTC));
        assertThat(plan).as("tracks and topics by their labels").doesNotContain("political-security", "human-dimension",
                "[economic", "[regional", "[multilateral").doesNotContainPattern("\\b(security|economy|human|regional|multilateral|"
                + "relations)\\.[a-z]");
        run("briefing", "1", "--out", dir.resolve("book.html").toString(), "--data", data.toString());
        assertThat(Files.readString(dir.resolve("book.html"))).contains("Briefing book for", "7th ESPD", "Donald Lu");
        run("briefing", "1", "--out", dir.resolve("book.pdf").toString(), "--party", "US", "--data", data.toString());
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(Files.readAllBytes(dir.resolve("book.pdf")))) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("Briefing book for Donald Lu: 7th ESPD",
                    "4th Strategic Partnership Dialogue", "Points to raise", "The counterpart delegation");
        }
    }
}
