package org.communique.web;

import java.util.Map;
import org.communique.model.Dialogue;
import org.communique.model.Document;
import org.communique.model.Evidence;
import org.communique.model.Participant;
import org.communique.model.Reading;
import org.communique.model.Records;
import org.communique.model.Round;
import org.communique.model.RoundRecord;
import org.communique.model.Source;
import org.communique.store.Database;
import org.communique.store.RoundStore;
import org.communique.testsupport.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WebServerTest {
    static Database db;
    static WebServer server;
    static long roundId;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        db = TestDatabases.fresh();
        RoundStore store = new RoundStore(db);
        String text = "<script>alert(1)</script> met in Astana.";
        Evidence e = Evidence.of(text, 0, 10);
        RoundRecord r = new RoundRecord(new Source("ee", "text/plain", null, null, null, 0, text.length()),
                new Dialogue("Dialogue <script>alert(1)</script>", null, List.of("KZ", "US")),
                new Round(2, "2024-05-01", "Astana", "KZ"),
                List.of(new Participant("<img src=x onerror=alert(1)>", "Minister", "KZ", Participant.Role.HEAD, List.of(e))),
                List.of(), List.of(), List.of(), null, List.of(), List.of());
        roundId = store.ingest(new Reading(new Document("ee", "text/plain", "x.txt", null, text), r)).roundId();
        server = WebServer.start(db, WebServer.Settings.of("127.0.0.1", 0));
    }

    @AfterAll
    static void stop() {
        server.close();
        db.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pagesEscapeWhatStatementsSay() throws Exception {
        for (String path : List.of("/", "/rounds/" + roundId)) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).doesNotContain("<script>alert").doesNotContain("<img src=x")
                    .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).contains("frame-ancestors 'none'");
        }
    }

    @Test
    void theStyleSheetIsServedFromHereAndNothingIsInline() throws Exception {
        HttpResponse<String> css = get("/assets/style.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.body()).contains("font-family");
        // scripts only from this server's files: no inline script, no inline style
        assertThat(get("/").body()).doesNotContain("<style").doesNotContain("<script>").doesNotContain("style=")
                .doesNotContain("http://").doesNotContain("https://");
    }

    @Test
    void theApiGivesTheRecordAndProblemsForBadIds() throws Exception {
        HttpResponse<String> list = get("/api/rounds");
        List<?> rounds = (List<?>) Records.parse(list.body());
        assertThat(rounds.stream().<Object>map(r -> ((Map<?, ?>) r).get("date")).toList()).contains("2024-05-01");
        HttpResponse<String> one = get("/api/rounds/" + roundId);
        assertThat(one.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        Map<?, ?> round = (Map<?, ?>) Records.parseObject(one.body()).get("round");
        assertThat(round.get("ordinal")).isEqualTo(2L);
        assertThat(round.get("date")).isEqualTo("2024-05-01");
        // written by the project's mapper (through Javalin), which keeps markup out of JSON
        assertThat(one.body()).doesNotContain("<script>").contains("Dialogue \\u003cscript\\u003e");
        HttpResponse<String> bad = get("/api/rounds/abc");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(get("/api/rounds/999999").statusCode()).isEqualTo(404);
    }
}
