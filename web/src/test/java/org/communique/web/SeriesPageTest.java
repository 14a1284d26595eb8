package org.communique.web;

import org.communique.model.Records;
import org.communique.store.AuditEntry;
import org.communique.store.AuditLog;
import org.communique.store.CommitmentStore;
import org.communique.store.Database;
import org.communique.store.RoundStore;
import org.communique.store.SeriesStore;
import org.communique.store.TopicRow;
import org.communique.tracker.CommitmentOverview;
import org.communique.tracker.CommitmentView;
import org.communique.tracker.Tracker;
import org.communique.testsupport.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The series pages over the project's own statements (series A: Turkmenistan–U.S., three rounds; series C:
 * Poland–U.S., two rounds), read by the reader into a real embedded PostgreSQL and tracked: the timeline, the
 * heatmap, the commitments board with its evidence, the changes between rounds, the JSON; and who may decide what.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeriesPageTest {
    static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);
    static final List<String> A = List.of("series-a-1-2021.txt", "series-a-2-2022.txt", "series-a-3-2023.html");
    static final List<String> C = List.of("series-c-1-2021.txt", "series-c-2-2022.txt");

    static Database db;
    static WebServer server;
    static final Map<String, Long> rounds = new LinkedHashMap<>();
    static String a;
    static String c;

    @BeforeAll
    static void start() throws Exception {
        db = TestDatabases.fresh();
        RoundStore store = new RoundStore(db);
        for (String name : concat(A, C)) rounds.put(name, store.ingest(TestData.read(name)).roundId());
        new Tracker(db).run(AS_OF);
        var placements = new SeriesStore(db).placements();
        a = placements.get(rounds.get(A.get(0))).seriesKey();
        c = placements.get(rounds.get(C.get(0))).seriesKey();
        TestData.addUsers(db, "US", "PL");
        server = TestData.serve(db);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (db != null) db.close();
    }

    private static List<String> concat(List<String> x, List<String> y) {
        List<String> out = new java.util.ArrayList<>(x);
        out.addAll(y);
        return out;
    }

    static final Map<String, Client> signedIn = new java.util.HashMap<>();

    /** A browser signed in as {@code user} (null: nobody); each user signs in once, since hashing a password is slow. */
    static Client as(String user) {
        if (user == null) return new Client(server.port());
        return signedIn.computeIfAbsent(user, u -> {
            Client client = new Client(server.port());
            assertThat(client.signIn(u, TestData.PASSWORD).statusCode()).isEqualTo(303);
            return client;
        });
    }

    static String section(String html, String id) {
        int at = html.indexOf("<section id=\"" + id + "\"");
        assertThat(at).as("section " + id).isGreaterThanOrEqualTo(0);
        return html.substring(at, html.indexOf("</section>", at));
    }

    static int count(String s, String what) {
        return s.split(Pattern.quote(what), -1).length - 1;
    }

    static CommitmentView commitment(String series, String words) {
        return CommitmentOverview.list(db, series, null).stream().filter(v -> v.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no commitment '" + words + "' in " + series));
    }

    /** A card of the board, from its opening tag to the next card (or the end of the board). */
    static String card(String board, long commitment) {
        int at = board.indexOf("<li id=\"commitment-" + commitment + "\"");
        assertThat(at).as("card of commitment " + commitment).isGreaterThanOrEqualTo(0);
        int next = board.indexOf("<li id=\"commitment-", at + 10);
        return board.substring(at, next < 0 ? board.length() : next);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(HttpResponse<String> r) {
        return (Map<String, Object>) Records.parse(r.body());
    }

    // ------------------------------------------------------------ reading

    @Test
    @Order(1)
    void theHomePageListsTheTrackersSeries() {
        String home = as(null).get("/").body();
        assertThat(home).contains("href=\"/series/" + a + "\"").contains("href=\"/series/" + c + "\"").contains("TM–US")
                .contains("PL–US");
        String row = home.substring(home.indexOf("href=\"/series/" + a + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("<td class=\"num\">3</td>").contains("/rounds/" + rounds.get(A.get(2)));
    }

    @Test
    @Order(2)
    void theTimelineShowsTheThreeRoundsInOrder() {
        HttpResponse<String> r = as(null).get("/series/" + a);
        assertThat(r.statusCode()).isEqualTo(200);
        String timeline = section(r.body(), "timeline");
        assertThat(count(timeline, "class=\"timeline-round\"")).isEqualTo(3);
        int first = timeline.indexOf("round-" + rounds.get(A.get(0)));
        int second = timeline.indexOf("round-" + rounds.get(A.get(1)));
        int third = timeline.indexOf("round-" + rounds.get(A.get(2)));
        assertThat(first).isPositive().isLessThan(second);
        assertThat(second).isLessThan(third);
        assertThat(timeline).contains("2021-10-19").contains("2022-05-31").contains("2023-06-12").contains("Ashgabat")
                .contains("Washington").contains("Heads of delegation");
        // no form for a visitor who is not signed in
        assertThat(r.body()).doesNotContain("/links/").doesNotContain("/merge\"");
    }

    @Test
    @Order(3)
    void theHeatmapMarksTheTopicsEachRoundDiscussed() {
        String heat = section(as(null).get("/series/" + a).body(), "heatmap");
        assertThat(count(heat, "class=\"round-col\"")).isEqualTo(3);
        assertThat(heat).contains("<tbody class=\"track\">").doesNotContain("style=");
        Set<String> discussed = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (TopicRow t : new CommitmentStore(db).topics()) {
            if (A.stream().anyMatch(n -> rounds.get(n) == t.roundId())) {
                discussed.add(t.roundId() + "/" + t.code());
                codes.add(t.code());
            }
        }
        assertThat(discussed).isNotEmpty();
        assertThat(count(heat, "class=\"cell on\"")).isEqualTo(discussed.size());
        assertThat(count(heat, "<tr data-topic=")).isEqualTo(codes.size());
        assertThat(count(heat, "class=\"cell on\"") + count(heat, "class=\"cell off\"")).isEqualTo(3 * codes.size());
    }

    @Test
    @Order(4)
    void theBoardShowsTheFulfilledPlanWithItsEvidence() {
        String html = as(null).get("/series/" + a).body();
        String board = section(html, "board");
        CommitmentView plan = commitment(a, "second round");
        assertThat(plan.status()).isEqualTo("fulfilled");
        int group = board.indexOf("<ul class=\"board\" data-status=\"fulfilled\"");
        int nextGroup = board.indexOf("<ul class=\"board\"", group + 10);
        int card = board.indexOf("<li id=\"commitment-" + plan.id() + "\"");
        assertThat(group).isPositive().isLessThan(card);
        if (nextGroup > 0) assertThat(card).isLessThan(nextGroup);
        // the evidence in plain words; the rule and the confidence stay for scripts and the tooltip
        assertThat(card(board, plan.id())).contains("second round").contains("data-rule=\"next-round\"")
                .contains("Round held as planned").contains("Found by the tracker")
                .contains("/rounds/" + rounds.get(A.get(1)))
                .contains(String.format(java.util.Locale.ROOT, "%.2f", plan.timeline().get(0).confidence()))
                .contains(TestData.inPage(FollowThroughWords.explanation(plan.timeline().get(0).explanation(), Map.of())))
                .doesNotContain(" of " + a + " met");
        assertThat(board).contains("data-status=\"overdue\"").contains("Open").contains("Overdue");
        assertThat(board).contains(TestData.inPage(commitment(a, "fourth").text()));
        assertThat(commitment(a, "fourth").status()).isEqualTo("overdue");
    }

    @Test
    @Order(5)
    void whatChangedBetweenConsecutiveRounds() {
        String changes = section(as(null).get("/series/" + a).body(), "changes");
        assertThat(count(changes, "<article class=\"change\"")).isEqualTo(2);
        long r1 = rounds.get(A.get(0));
        long r2 = rounds.get(A.get(1));
        long r3 = rounds.get(A.get(2));
        String first = changes.substring(changes.indexOf("id=\"change-" + r1 + "-" + r2 + "\""),
                changes.indexOf("id=\"change-" + r2 + "-" + r3 + "\""));
        String fulfilled = first.substring(first.indexOf("<dd class=\"fulfilled\">"), first.indexOf("<dt>Still open"));
        assertThat(fulfilled).contains("second round");
        assertThat(first).contains("<dd class=\"made\">").contains("Topics added").contains("Topics dropped");
        var diff = org.communique.tracker.RoundDiff.between(db, r1, r2);
        for (String t : diff.topicsAdded()) assertThat(first.substring(first.indexOf("class=\"added\""))).contains(TestData.inPage(t));
        assertThat(count(first.substring(first.indexOf("<dd class=\"made\">"), first.indexOf("<dt>Fulfilled")), "<li>"))
                .isEqualTo(diff.newCommitments().size());
    }

    @Test
    @Order(6)
    void theSeriesAsJson() {
        Client anyone = as(null);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list = (List<Map<String, Object>>) Records.parse(anyone.get("/api/series").body());
        Map<String, Object> line = list.stream().filter(m -> a.equals(m.get("key"))).findFirst().orElseThrow();
        assertThat(((Number) line.get("rounds")).intValue()).isEqualTo(3);
        assertThat(line.get("parties")).isEqualTo(List.of("TM", "US"));
        Map<String, Object> one = object(anyone.get("/api/series/" + a));
        List<?> rs = (List<?>) one.get("rounds");
        assertThat(rs).hasSize(3);
        assertThat(rs.stream().map(x -> ((Number) ((Map<?, ?>) x).get("id")).longValue()).toList())
                .containsExactly(rounds.get(A.get(0)), rounds.get(A.get(1)), rounds.get(A.get(2)));
        assertThat((List<?>) one.get("changes")).hasSize(2);
        assertThat((List<?>) one.get("topics")).isNotEmpty();
        assertThat((List<?>) one.get("commitments")).hasSize(CommitmentOverview.list(db, a, null).size());
        HttpResponse<String> missing = anyone.get("/api/series/no-such-series");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(anyone.get("/series/no-such-series").statusCode()).isEqualTo(404);
    }

    // ------------------------------------------------------------ deciding

    static long proposedLink(String series, String party) {
        return CommitmentOverview.list(db, series, null).stream()
                .filter(v -> party == null || v.actors().contains(party))
                .flatMap(v -> v.timeline().stream()).filter(f -> "proposed".equals(f.state()))
                .findFirst().orElseThrow(() -> new AssertionError("no proposed link in " + series)).id();
    }

    static String linkState(long link) {
        return new CommitmentStore(db).followThrough().stream().filter(f -> f.id() == link).findFirst().orElseThrow().state();
    }

    @Test
    @Order(10)
    void anEditorConfirmsAndRejectsLinksAndTheTrackerKeepsTheDecision() {
        Client editor = as("us-editor");
        String page = editor.get("/series/" + a).body();
        assertThat(page).contains("name=\"decision\" value=\"confirm\"");
        String token = Client.csrf(page);
        CommitmentView plan = commitment(a, "second round");
        long link = plan.timeline().get(0).id();
        HttpResponse<String> r = editor.post("/series/" + a + "/links/" + link, Map.of("csrf", token, "decision", "confirm"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location").orElse("")).startsWith("/series/" + a + "?done=confirmed");
        assertThat(linkState(link)).isEqualTo("confirmed");
        long other = proposedLink(a, "US");
        assertThat(editor.post("/series/" + a + "/links/" + other, Map.of("csrf", token, "decision", "reject")).statusCode())
                .isEqualTo(303);
        assertThat(linkState(other)).isEqualTo("rejected");
        new Tracker(db).run(AS_OF);
        assertThat(linkState(link)).isEqualTo("confirmed");
        assertThat(linkState(other)).isEqualTo("rejected");
        List<AuditEntry> log = new AuditLog(db).entries();
        assertThat(log).anySatisfy(e -> {
            assertThat(e.who()).isEqualTo("us-editor");
            assertThat(e.action()).isEqualTo("link.confirm");
            assertThat(e.details()).contains(Long.toString(link));
            assertThat(e.at()).isNotBlank();
        });
        assertThat(log).anySatisfy(e -> assertThat(e.action()).isEqualTo("link.reject"));
        String after = editor.get("/series/" + a + "?done=confirmed").body();
        assertThat(after).contains("The link is confirmed").contains("confirmed by us-editor");
    }

    @Test
    @Order(11)
    void anEditorScoresForTheirOwnPartyOnlyAndAnAdminForAny() {
        CommitmentView plan = commitment(a, "second round");
        Client editor = as("us-editor");
        String token = Client.csrf(editor.get("/series/" + a).body());
        String path = "/series/" + a + "/commitments/" + plan.id() + "/scores";
        HttpResponse<String> ok = editor.post(path, Map.of("csrf", token, "party", "US", "score", "+1", "reason", "met in Washington"));
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(303);
        HttpResponse<String> other = editor.post(path, Map.of("csrf", token, "party", "TM", "score", "1", "reason", "not mine"));
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).contains("may score commitments only for US");
        Client admin = as("admin");
        String adminToken = Client.csrf(admin.get("/series/" + a).body());
        assertThat(admin.post(path, Map.of("csrf", adminToken, "party", "TM", "score", "0", "reason", "hosted late")).statusCode())
                .isEqualTo(303);
        assertThat(admin.post(path, Map.of("csrf", adminToken, "party", "TM", "score", "2", "reason", "x")).statusCode())
                .isEqualTo(400);
        assertThat(admin.post(path, Map.of("csrf", adminToken, "party", "TM", "score", "1", "reason", " ")).statusCode())
                .isEqualTo(400);
        var scores = commitment(a, "second round").scores();
        assertThat(scores).hasSize(2);
        assertThat(scores).anySatisfy(s -> {
            assertThat(s.party()).isEqualTo("US");
            assertThat(s.score()).isEqualTo(1);
            assertThat(s.scoredBy()).isEqualTo("us-editor");
        });
        assertThat(new AuditLog(db).entries()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("commitment.score");
            assertThat(e.who()).isEqualTo("admin");
        });
        String card = card(section(editor.get("/series/" + a).body(), "board"), plan.id());
        assertThat(card).contains("US +1").contains("met in Washington").contains("TM 0");
    }

    @Test
    @Order(12)
    void viewersEditorsOfOtherPartiesAndForgedFormsAreRefused() {
        CommitmentView plan = CommitmentOverview.list(db, a, null).stream()
                .filter(v -> v.actors().contains("US") && v.scores().isEmpty()).findFirst().orElseThrow();
        long link = proposedLink(a, null);
        String before = linkState(link);
        String score = "/series/" + a + "/commitments/" + plan.id() + "/scores";
        Client viewer = as("viewer");
        String page = viewer.get("/series/" + a).body();
        assertThat(page).doesNotContain("name=\"decision\"").doesNotContain("/scores\"").doesNotContain("/merge\"");
        String token = Client.csrf(page);
        assertThat(viewer.post("/series/" + a + "/links/" + link, Map.of("csrf", token, "decision", "confirm")).statusCode())
                .isEqualTo(403);
        assertThat(viewer.post(score, Map.of("csrf", token, "party", "US", "score", "1", "reason", "x")).statusCode()).isEqualTo(403);
        assertThat(viewer.post("/series/" + a + "/merge", Map.of("csrf", token, "into", c)).statusCode()).isEqualTo(403);
        assertThat(viewer.post("/series/" + a + "/move", Map.of("csrf", token, "round", Long.toString(rounds.get(A.get(0))),
                "into", c)).statusCode()).isEqualTo(403);

        Client pl = as("pl-editor");
        String plToken = Client.csrf(pl.get("/series/" + a).body());
        HttpResponse<String> notTheirs = pl.post("/series/" + a + "/links/" + link, Map.of("csrf", plToken, "decision", "reject"));
        assertThat(notTheirs.statusCode()).isEqualTo(403);
        assertThat(pl.post(score, Map.of("csrf", plToken, "party", "PL", "score", "1", "reason", "x")).statusCode()).isEqualTo(400);
        assertThat(pl.post(score, Map.of("csrf", plToken, "party", "US", "score", "1", "reason", "x")).statusCode()).isEqualTo(403);
        assertThat(pl.post("/series/" + a + "/merge", Map.of("csrf", plToken, "into", c)).statusCode()).isEqualTo(403);

        Client editor = as("us-editor");
        editor.get("/series/" + a);
        HttpResponse<String> forged = editor.post("/series/" + a + "/links/" + link, Map.of("decision", "confirm"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("CSRF");
        assertThat(editor.post(score, Map.of("csrf", "x".repeat(43), "party", "US", "score", "1", "reason", "x")).statusCode())
                .isEqualTo(403);
        Client admin = as("admin");
        admin.get("/series/" + a);
        assertThat(admin.post("/series/" + a + "/merge", Map.of("into", c)).statusCode()).isEqualTo(403);

        assertThat(linkState(link)).isEqualTo(before);
        assertThat(CommitmentOverview.list(db, a, null).stream().filter(v -> v.id() == plan.id()).findFirst().orElseThrow()
                .scores()).isEmpty();
        assertThat(new SeriesStore(db).find(a)).isPresent();
        assertThat(new SeriesStore(db).placements().get(rounds.get(A.get(0))).seriesKey()).isEqualTo(a);
    }

    @Test
    @Order(20)
    void anAdminMovesARoundAndMergesTwoSeries() {
        Client admin = as("admin");
        String page = admin.get("/series/" + c).body();
        assertThat(page).contains("action=\"/series/" + c + "/merge\"").contains("action=\"/series/" + c + "/move\"");
        String token = Client.csrf(page);
        long moved = rounds.get(C.get(1));
        HttpResponse<String> move = admin.post("/series/" + c + "/move",
                Map.of("csrf", token, "round", Long.toString(moved), "into", "pl-us-test", "create", "on"));
        assertThat(move.statusCode()).as(move.body()).isEqualTo(303);
        assertThat(move.headers().firstValue("Location").orElse("")).startsWith("/series/pl-us-test?done=moved");
        new Tracker(db).run(AS_OF);
        assertThat(new SeriesStore(db).placements().get(moved).seriesKey()).isEqualTo("pl-us-test");
        assertThat(admin.get("/series/pl-us-test").body()).contains("placed here by admin");

        HttpResponse<String> merge = admin.post("/series/pl-us-test/merge", Map.of("csrf", token, "into", c));
        assertThat(merge.statusCode()).as(merge.body()).isEqualTo(303);
        assertThat(merge.headers().firstValue("Location").orElse("")).startsWith("/series/" + c + "?done=merged");
        new Tracker(db).run(AS_OF);
        assertThat(new SeriesStore(db).placements().get(moved).seriesKey()).isEqualTo(c);
        assertThat(admin.get("/series/pl-us-test").statusCode()).isEqualTo(301);
        assertThat(count(section(admin.get("/series/" + c).body(), "timeline"), "class=\"timeline-round\"")).isEqualTo(2);
        List<AuditEntry> log = new AuditLog(db).entries();
        assertThat(log).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("series.move");
            assertThat(e.who()).isEqualTo("admin");
        });
        assertThat(log).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("series.merge");
            assertThat(e.details()).contains("pl-us-test");
        });
        // a page that any statement's words reach escapes them
        assertThat(admin.get("/series/" + a).body()).doesNotContain("<script>alert");
    }
}
