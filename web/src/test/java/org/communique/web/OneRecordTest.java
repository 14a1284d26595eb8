package org.communique.web;

import org.communique.model.Records;
import org.communique.store.CommitmentStatus;
import org.communique.store.CommitmentStore;
import org.communique.store.CorrectionStore;
import org.communique.store.Database;
import org.communique.store.RoundStore;
import org.communique.tracker.PeopleOverview;
import org.communique.tracker.Person;
import org.communique.tracker.Tracker;
import org.communique.testsupport.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13 on the web: one key per series on round pages, in round JSON, exports and the plans list; one person
 * model for the people pages and the people command; a round imported shows in its series, tracked, at once.
 * Series A (Turkmenistan-U.S., renamed "Enhanced" after its first round) and the 2023 U.S.-Kazakhstan round, read by
 * the reader; the server tracks them at start. And issue 15's one status: kept in one place, the same on every page.
 */
class OneRecordTest {
    static final List<String> A = List.of("series-a-1-2021.txt", "series-a-2-2022.txt", "series-a-3-2023.html");

    static Database db;
    static WebServer server;
    static long[] a = new long[3];
    static String token;

    @BeforeAll
    static void start() throws Exception {
        db = TestDatabases.fresh();
        RoundStore store = new RoundStore(db);
        for (int i = 0; i < A.size(); i++) a[i] = store.ingest(TestData.read(A.get(i))).roundId();
        store.ingest(TestData.read("kz-us-espd-2023.txt"));
        new Accounts(db).addUser("admin", "admin", null, TestData.PASSWORD);
        token = new Accounts(db).newToken("admin", "imports");
        server = TestData.serve(db); // tracks at start
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (db != null) db.close();
    }

    static byte[] statement(String name) throws Exception {
        return Files.readAllBytes(TestData.root().resolve("statements").resolve(name));
    }

    static Client anyone() {
        return new Client(server.port());
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(String json) {
        return (Map<String, Object>) Records.parse(json);
    }

    @Test
    void everyRoundOfASeriesGivesTheKeyOfItsSeriesPage() {
        for (long round : a) {
            assertThat(anyone().get("/rounds/" + round).body()).contains("href=\"/series/tm-us-espd\"");
            assertThat(object(anyone().get("/api/rounds/" + round).body()).get("series")).isEqualTo("tm-us-espd");
        }
        assertThat(anyone().get("/series/tm-us-espd").statusCode()).isEqualTo(200);
        String csv = anyone().get("/api/rounds?format=csv&dialogue=tm-us-espd").body();
        assertThat(csv.lines().skip(1).toList()).hasSize(3).allSatisfy(l -> assertThat(l).contains(",tm-us-espd,"));
        assertThat(anyone().get("/api/rounds?format=csv").body()).doesNotContain("tm-us-spd");
    }

    @Test
    void theSeriesPageMarksTheRenameOnItsTimeline() {
        String page = anyone().get("/series/tm-us-espd").body();
        assertThat(page).contains("Renamed: formerly Strategic Partnership Dialogue");
        assertThat(page.indexOf("Renamed: formerly")).isBetween(page.indexOf("id=\"round-" + a[0] + "\""),
                page.indexOf("id=\"round-" + a[1] + "\""));
        List<?> rounds = (List<?>) object(anyone().get("/api/series/tm-us-espd").body()).get("rounds");
        List<Object> renamed = new java.util.ArrayList<>();
        for (Object r : rounds) renamed.add(((Map<?, ?>) r).get("renamed_from"));
        assertThat(renamed).containsExactly(null, "Strategic Partnership Dialogue", null);
    }

    @Test
    void theKeyARoundsOwnStatementGivesLeadsToItsSeries() {
        HttpResponse<String> old = anyone().get("/series/tm-us-spd");
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.headers().firstValue("Location")).hasValue("/series/tm-us-espd");
        List<?> rounds = (List<?>) Records.parse(anyone().get("/api/rounds?dialogue=tm-us-spd").body());
        assertThat(rounds.stream().<Object>map(r -> ((Map<?, ?>) r).get("id")).toList()).contains(a[0], a[2]);
    }

    @Test
    void thePlansListOffersEachSeriesOnceUnderItsKey() {
        Client admin = anyone();
        assertThat(admin.signIn("admin", TestData.PASSWORD).statusCode()).isEqualTo(303);
        String plans = admin.get("/plans").body();
        assertThat(plans).contains("<option value=\"tm-us-espd\">").doesNotContain("tm-us-spd")
                .contains("<option value=\"kz-us-espd\">");
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePeoplePagesShowThePeopleThePeopleCommandShows() {
        List<Person> model = PeopleOverview.list(db);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> web = (List<Map<String, Object>>) Records.parse(anyone().get("/api/people").body());
        assertThat(web).extracting(p -> ((Number) p.get("id")).longValue())
                .containsExactlyInAnyOrderElementsOf(model.stream().map(Person::id).toList());
        Person orazov = model.stream().filter(p -> p.variants().size() > 1 && p.name().contains("Oraz")).findFirst().orElseThrow();
        Map<String, Object> page = object(anyone().get("/api/people/" + orazov.id()).body());
        assertThat(page.get("name")).isEqualTo(orazov.name());
        assertThat((List<Object>) page.get("names")).containsExactlyInAnyOrderElementsOf(List.copyOf(orazov.variants()));
        assertThat((List<?>) page.get("rounds")).hasSize(orazov.posts().size());
        assertThat(anyone().get("/people/" + orazov.id()).body()).contains("Also written");
    }

    @Test
    void aRoundImportedShowsInItsSeriesTrackedAtOnce() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + "/api/import?store=true"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofByteArray(statement("kz-us-espd-2024.txt"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        // no waiting: the answer to the import is sent once the round is tracked
        Map<String, Object> series = object(anyone().get("/api/series/kz-us-espd").body());
        assertThat((List<?>) series.get("rounds")).hasSize(2);
        assertThat(anyone().get("/api/commitments?dialogue=kz-us-espd&status=fulfilled").body())
                .contains("convene the next ESPD in Washington in 2024");
        Long untracked = db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM rounds WHERE NOT tracked").mapTo(Long.class).one());
        assertThat(untracked).isZero();
    }

    /** A commitment's status as the board, the API, both exports and the series page give it. */
    static Map<String, String> statusEverywhere(long commitment) {
        Client c = anyone();
        String board = c.get("/commitments?series=tm-us-espd").body();
        int row = board.indexOf("<tr id=\"commitment-" + commitment + "\">");
        assertThat(row).as("the board lists commitment " + commitment).isPositive();
        String onBoard = board.substring(row, board.indexOf("</tr>", row)).replaceAll("(?s).*class=\"status s-([a-z-]+)\".*", "$1");
        String csv = c.get("/commitments.csv?series=tm-us-espd").body().lines()
                .filter(l -> l.startsWith(commitment + ",")).findFirst().orElseThrow();
        return Map.of("board", onBoard,
                "api", statusIn(Records.parse(c.get("/api/commitments?dialogue=tm-us-espd").body()), commitment),
                "json export", statusIn(Records.parse(c.get("/commitments.json?series=tm-us-espd").body()), commitment),
                "csv export", CommitmentStatus.VALUES.stream().filter(v -> csv.contains("," + v + ",")).findFirst().orElse(csv),
                "series", statusIn(object(c.get("/api/series/tm-us-espd").body()).get("commitments"), commitment));
    }

    static String statusIn(Object list, long commitment) {
        return ((List<?>) list).stream().map(o -> (Map<?, ?>) o)
                .filter(m -> ((Number) m.get("id")).longValue() == commitment).map(m -> (String) m.get("status"))
                .findFirst().orElseThrow(() -> new AssertionError("commitment " + commitment + " is not in " + list));
    }

    static Map<String, String> everywhere(String status) {
        return Map.of("board", status, "api", status, "json export", status, "csv export", status, "series", status);
    }

    @Test
    void aStatusAPersonSetsShowsTheSameEverywhereAndTheTrackerLeavesIt() {
        long commitment = new CorrectionStore(db).commitmentId(a[0], 0).orElseThrow();
        Client script = anyone();
        script.bearer = token;
        assertThat(script.postBody("/api/rounds/" + a[0] + "/corrections", "application/json",
                "{\"fact\":\"commitment\",\"key\":\"0\",\"field\":\"status\",\"value\":\"withdrawn\",\"note\":\"dropped\"}")
                .statusCode()).isEqualTo(201);
        assertThat(statusEverywhere(commitment)).isEqualTo(everywhere("withdrawn"));
        assertThat(new CommitmentStore(db).statuses().get(commitment).decidedBy()).isEqualTo("admin");

        new Tracker(db).run(LocalDate.now()); // the tracker's own reading of it is never "withdrawn"
        assertThat(statusEverywhere(commitment)).isEqualTo(everywhere("withdrawn"));

        // a later decision on the command line is the status from then on, everywhere
        new CommitmentStore(db).setStatus(commitment, "superseded", "Dana", "replaced by a new agreement");
        assertThat(statusEverywhere(commitment)).isEqualTo(everywhere("superseded"));
    }
}
