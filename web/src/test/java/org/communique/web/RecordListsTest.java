package org.communique.web;

import org.communique.model.Commitment;
import org.communique.model.Dialogue;
import org.communique.model.Document;
import org.communique.model.Evidence;
import org.communique.model.Reading;
import org.communique.model.Records;
import org.communique.model.Round;
import org.communique.model.RoundRecord;
import org.communique.model.Source;
import org.communique.model.TopicFound;
import org.communique.store.Database;
import org.communique.store.RecordIndex;
import org.communique.store.RoundStore;
import org.communique.store.SeriesStore;
import org.communique.tracker.CommitmentOverview;
import org.communique.testsupport.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The list pages over HTTP: /rounds and the /commitments board with their filters, pages and exports, the API
 * reference, and the words they use (labels, not codes; plurals; a dialogue's parties beside its name). The
 * expectations are worked out from the statements as read, or through the store's other queries, never typed in.
 */
class RecordListsTest {
    static final List<String> STATEMENTS = List.of("series-a-1-2021.txt", "series-a-2-2022.txt", "series-a-3-2023.html",
            "series-c-1-2021.txt", "series-c-2-2022.txt", "eg-us-sd-2021.html", "qa-us-sd-2024.html", "fr-in-sd-2024.txt",
            "kz-us-espd-2023.txt", "au-jp-med-2023.txt");
    /** Made-up rounds of one dialogue, enough for both lists to run to more than one page. */
    static final int MADE_UP = 55;
    static final Pattern ROW = Pattern.compile("<tr id=\"(round|commitment)-(\\d+)\"");

    static Database db;
    static WebServer server;
    static final Map<String, Reading> readings = new LinkedHashMap<>();
    static final Map<Long, Reading> byRound = new LinkedHashMap<>();

    @BeforeAll
    static void start() throws Exception {
        db = TestDatabases.fresh();
        RoundStore store = new RoundStore(db);
        for (String name : STATEMENTS) {
            Reading r = TestData.read(name);
            readings.put(name, r);
            byRound.put(store.ingest(r).roundId(), r);
        }
        for (int i = 1; i <= MADE_UP; i++) {
            Reading r = madeUp(i);
            byRound.put(store.ingest(r).roundId(), r);
        }
        byRound.put(store.ingest(TestData.hostile()).roundId(), TestData.hostile());
        new Accounts(db).addUser("us-editor", "editor", "US", TestData.PASSWORD);
        server = TestData.serve(db);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (db != null) db.close();
    }

    /** Round {@code i} of the made-up Harbour Talks: one commitment on harbours, due the year after. */
    static Reading madeUp(int i) {
        LocalDate day = LocalDate.of(1990, 1, 1).plusMonths(i);
        String text = "Harbour Talks, round " + i + ". The sides agreed to dredge the harbour by " + (day.getYear() + 1) + ".";
        int c = text.indexOf("dredge");
        int t = text.indexOf("harbour by");
        Evidence commitment = Evidence.of(text, c, text.length() - 1);
        Evidence topic = Evidence.of(text, t, t + "harbour".length());
        String sha = String.format("made-up-%03d", i);
        RoundRecord r = new RoundRecord(new Source(sha, "text/plain", "Harbour office", "Round " + i, null, 0, text.length()),
                new Dialogue("Harbour Talks", null, List.of("XA", "XB")), new Round(i, day.toString(), "Porto Verde", "XA"),
                List.of(), List.of(new TopicFound("test.harbours", "Harbours", "economic", List.of(topic))), List.of(),
                List.of(new Commitment(List.of("XA", "XB"), "dredge the harbour by " + (day.getYear() + 1), "agreed to", "firm",
                        Integer.toString(day.getYear() + 1), null, commitment)),
                null, List.of(), List.of());
        return new Reading(new Document(sha, "text/plain", sha + ".txt", null, text), r);
    }

    static Client anyone() {
        return new Client(server.port());
    }

    static HttpResponse<String> get(String path) {
        return anyone().get(path);
    }

    /** The ids of the rows a list page shows, in order. */
    static List<Long> rows(String html) {
        List<Long> out = new ArrayList<>();
        Matcher m = ROW.matcher(html);
        while (m.find()) out.add(Long.parseLong(m.group(2)));
        return out;
    }

    /** Every row of a list, following its pages from the first. */
    static List<Long> allRows(String path) {
        List<Long> out = new ArrayList<>();
        for (int page = 1; ; page++) {
            HttpResponse<String> r = get(path + (path.contains("?") ? "&" : "?") + "page=" + page);
            if (r.statusCode() == 400 && page > 1) return out;
            assertThat(r.statusCode()).as(path + " page " + page).isEqualTo(200);
            out.addAll(rows(r.body()));
        }
    }

    static String date(Reading r) {
        return r.record().round().date();
    }

    // ------------------------------------------------------------ /rounds

    @Test
    void everyRoundIsListedOnceTheLatestMeetingFirstAcrossPages() {
        String first = get("/rounds").body();
        assertThat(rows(first)).hasSize(RoundsPage.PAGE);
        assertThat(first).contains(Words.count(byRound.size(), "round")).contains("rel=\"next\"");
        List<Long> all = allRows("/rounds");
        assertThat(all).containsExactlyInAnyOrderElementsOf(byRound.keySet());
        List<String> dates = all.stream().map(id -> date(byRound.get(id))).toList();
        List<String> sorted = new ArrayList<>(dates);
        sorted.sort(Comparator.nullsLast(Comparator.<String>reverseOrder()));
        assertThat(dates).isEqualTo(sorted);
        // past the last page: one sentence, not an empty page or a 500
        HttpResponse<String> past = get("/rounds?page=" + (all.size() / RoundsPage.PAGE + 2));
        assertThat(past.statusCode()).isEqualTo(400);
        assertThat(past.body()).contains("it has 2 pages");
    }

    @Test
    void roundsFilterByPartyYearTopicAndSeries() {
        for (String party : List.of("PL", "US", "TM")) {
            Set<Long> expected = new HashSet<>();
            byRound.forEach((id, r) -> {
                if (r.record().dialogue().parties().contains(party)) expected.add(id);
            });
            assertThat(allRows("/rounds?party=" + party.toLowerCase())).as(party).containsExactlyInAnyOrderElementsOf(expected);
        }
        Set<Long> in2022 = new HashSet<>();
        byRound.forEach((id, r) -> {
            if (date(r) != null && date(r).startsWith("2022")) in2022.add(id);
        });
        assertThat(allRows("/rounds?year=2022")).containsExactlyInAnyOrderElementsOf(in2022);

        String topic = readings.get("series-a-1-2021.txt").record().topics().get(0).code();
        Set<Long> onTopic = new HashSet<>();
        byRound.forEach((id, r) -> {
            if (r.record().topics().stream().anyMatch(t -> t.code().equals(topic))) onTopic.add(id);
        });
        assertThat(allRows("/rounds?topic=" + topic)).containsExactlyInAnyOrderElementsOf(onTopic);

        var placements = new SeriesStore(db).placements();
        long a1 = roundOf("series-a-1-2021.txt");
        String series = placements.get(a1).seriesKey();
        Set<Long> inSeries = new HashSet<>();
        placements.forEach((id, p) -> {
            if (p.seriesKey().equals(series)) inSeries.add(id);
        });
        assertThat(inSeries).hasSizeGreaterThanOrEqualTo(3);
        assertThat(allRows("/rounds?series=" + series)).containsExactlyInAnyOrderElementsOf(inSeries);
        // filters combine, and one that matches nothing says so
        assertThat(allRows("/rounds?series=" + series + "&year=2022")).containsExactly(roundOf("series-a-2-2022.txt"));
        assertThat(get("/rounds?party=ZZ").body()).contains("No round matches these filters").contains("0 rounds");
    }

    static long roundOf(String name) {
        return byRound.entrySet().stream().filter(e -> e.getValue() == readings.get(name)).findFirst().orElseThrow().getKey();
    }

    @Test
    void roundsThatShareANameShowTheirParties() {
        String page = get("/rounds?year=2021").body();
        // two "Strategic Dialogue"s met in 2021: Egypt's and Poland's with the U.S.
        assertThat(page).contains(Words.withParties(readings.get("eg-us-sd-2021.html").record().dialogue().name(), List.of("EG", "US")))
                .contains(Words.withParties(readings.get("series-c-1-2021.txt").record().dialogue().name(), List.of("PL", "US")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            /rounds?party=USA                    | party is a two-letter code
            /rounds?year=20x2                    | year is a year such as 2024
            /rounds?topic=%3Cscript%3E           | topic is a topic's code
            /rounds?series=No%20Such%20Key       | series is a series key
            /rounds?page=0                       | page is a number from 1
            /rounds?page=99999999999999999999    | page is a number from 1
            /rounds?page=999999                  | there is no page 999999
            /rounds?party=U%00S                  | NUL character
            /commitments?status=done             | status is one of open, fulfilled
            /commitments?due=soon                | due is a year such as 2024
            /commitments?page=-3                 | page is a number from 1
            /commitments.csv?party=1             | party is a two-letter code
            /commitments.json?topic=a%00b        | NUL character
            """)
    void badListParametersGetOneSentenceAndA400(String path, String sentence) {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(400);
        assertThat(r.body()).as(path).contains(sentence).doesNotContain("Exception");
    }

    // ------------------------------------------------------------ /commitments

    static RecordIndex.Filter only(String party, String status) {
        return new RecordIndex.Filter(null, party, null, null, null, status, null);
    }

    @Test
    void theBoardListsEveryCommitmentAndFiltersByStatusAndParty() {
        RecordIndex index = new RecordIndex(db);
        assertThat(allRows("/commitments")).containsExactlyInAnyOrderElementsOf(
                index.commitments(RecordIndex.Filter.NONE).stream().map(RecordIndex.CommitmentLine::id).toList());
        for (String status : List.of("open", "overdue", "fulfilled")) {
            List<Long> expected = index.commitments(only(null, status)).stream().map(RecordIndex.CommitmentLine::id).toList();
            assertThat(allRows("/commitments?status=" + status)).as(status).containsExactlyInAnyOrderElementsOf(expected);
            // the status tab says the same number
            assertThat(get("/commitments").body()).contains(Words.status(status) + ": " + expected.size());
        }
        List<Long> tm = index.commitments(only("TM", null)).stream().map(RecordIndex.CommitmentLine::id).toList();
        assertThat(tm).isNotEmpty();
        assertThat(allRows("/commitments?party=TM")).containsExactlyInAnyOrderElementsOf(tm);
        List<Long> openUs = index.commitments(only("US", "open")).stream().map(RecordIndex.CommitmentLine::id).toList();
        assertThat(allRows("/commitments?party=US&status=open")).containsExactlyInAnyOrderElementsOf(openUs);
    }

    @Test
    void theBoardFiltersBySeriesDueYearAndTheTopicACommitmentNames() {
        String series = new SeriesStore(db).placements().get(roundOf("series-a-1-2021.txt")).seriesKey();
        List<Long> ofSeries = CommitmentOverview.list(db, series, null).stream().map(c -> c.id()).toList();
        assertThat(ofSeries).isNotEmpty();
        assertThat(allRows("/commitments?series=" + series)).containsExactlyInAnyOrderElementsOf(ofSeries);

        // due in 1995: the made-up rounds of 1994 (their commitments are due the year after)
        long due1995 = byRound.values().stream().flatMap(r -> r.record().commitments().stream())
                .filter(c -> "1995".equals(c.due())).count();
        assertThat(due1995).isPositive();
        assertThat(allRows("/commitments?due=1995")).hasSize((int) due1995);

        // a topic selects the commitments whose own sentence names it, not every commitment of its round
        Reading a1 = readings.get("series-a-1-2021.txt");
        long named = 0;
        String code = null;
        for (TopicFound t : a1.record().topics()) {
            long n = a1.record().commitments().stream().filter(c -> c.evidence() != null
                    && t.evidence().stream().anyMatch(e -> e.start() < c.evidence().end() && c.evidence().start() < e.end())).count();
            if (n > 0 && n < a1.record().commitments().size()) {
                code = t.code();
                named = n;
                break;
            }
        }
        assertThat(code).as("a topic that some but not all of the round's commitments name").isNotNull();
        String html = get("/commitments?series=" + series + "&topic=" + code + "&due=").body();
        long fromA1 = rows(html).stream().filter(id -> new RecordIndex(db).commitments(RecordIndex.Filter.NONE).stream()
                .anyMatch(c -> c.id() == id && c.roundId() == roundOf("series-a-1-2021.txt"))).count();
        assertThat(fromA1).isEqualTo(named);
    }

    @Test
    void theBoardsExportsHoldExactlyItsRowsAndColumns() {
        String filter = "party=US&status=open";
        List<Long> shown = allRows("/commitments?" + filter);
        assertThat(shown).isNotEmpty();
        String board = get("/commitments?" + filter).body();
        assertThat(board).contains("href=\"/commitments.csv?status=open&amp;party=US\"")
                .contains("href=\"/commitments.json?status=open&amp;party=US\"");

        HttpResponse<String> csv = get("/commitments.csv?" + filter);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("commitments.csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).isEqualTo(String.join(",", CommitmentsPage.COLUMNS));
        List<Long> csvIds = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) csvIds.add(Long.parseLong(lines[i].substring(0, lines[i].indexOf(','))));
        assertThat(csvIds).isEqualTo(shown);

        List<?> json = (List<?>) Records.parse(get("/commitments.json?" + filter).body());
        assertThat(json.stream().map(o -> ((Number) ((Map<?, ?>) o).get("id")).longValue()).toList()).isEqualTo(shown);
        Map<?, ?> first = (Map<?, ?>) json.get(0);
        assertThat(first.keySet().stream().map(Object::toString).toList()).containsExactlyElementsOf(CommitmentsPage.COLUMNS);
        assertThat(first.get("by").toString()).contains("US");
        assertThat(first.get("status")).isEqualTo("open");
        // what the board's first row shows is what the export's first row holds
        assertThat(board).contains(TestData.inPage(first.get("commitment").toString())).contains(TestData.inPage(first.get("made_at").toString()));
    }

    @Test
    void theBoardEscapesWhatAStatementSaysAndLabelsItsTopics() {
        String html = get("/commitments?party=KZ").body();
        assertThat(html).doesNotContain("<svg onload").contains("&lt;svg onload=alert(4)&gt;");
        long due1991 = byRound.values().stream().flatMap(r -> r.record().commitments().stream()).filter(c -> "1991".equals(c.due())).count();
        String harbours = get("/commitments?topic=test.harbours&due=1991").body();
        assertThat(harbours).contains("<td class=\"topics\">Harbours</td>").doesNotContain(">test.harbours<")
                .contains("Harbour Talks (XA–XB), round 1</a>").contains(Words.count(due1991, "commitment") + ", the latest");
    }

    // ------------------------------------------------------------ labels and words

    @Test
    void aRoundPageNamesTopicsAndTracksByTheirLabels() {
        long id = roundOf("series-a-3-2023.html");
        String page = get("/rounds/" + id).body();
        String acts = page.substring(page.indexOf("<section id=\"acts\""), page.indexOf("</section>", page.indexOf("<section id=\"acts\"")));
        Reading r = byRound.get(id);
        assertThat(r.record().acts().stream().mapToInt(a -> a.topics().size()).sum()).isPositive();
        for (TopicFound t : r.record().topics()) {
            assertThat(acts).as(t.code()).doesNotContain(t.code());
        }
        String someActTopic = r.record().acts().stream().flatMap(a -> a.topics().stream()).findFirst().orElseThrow();
        String label = r.record().topics().stream().filter(t -> t.code().equals(someActTopic)).findFirst().orElseThrow().label();
        assertThat(acts).contains(TestData.inPage(label));
        assertThat(page).contains("<h3>Political and security</h3>").doesNotContain("<h3>political-security</h3>");
        assertThat(page).contains("href=\"/rounds?series=");
    }

    @Test
    void aPlanPageNamesItsAgendasTopicsByTheirLabels() {
        Client editor = anyone();
        assertThat(editor.signIn("us-editor", TestData.PASSWORD).statusCode()).isEqualTo(303);
        String key = new SeriesStore(db).placements().get(roundOf("kz-us-espd-2023.txt")).seriesKey();
        String plans = editor.get("/plans").body();
        // the series to plan are named with their parties, not by key alone
        assertThat(plans).containsPattern("<option value=\"" + Pattern.quote(key) + "\">[^<]+\\(KZ–US\\)</option>");
        HttpResponse<String> made = editor.post("/plans", Map.of("csrf", Client.csrf(plans), "series", key));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(303);
        String path = made.headers().firstValue("Location").orElseThrow();
        String page = editor.get(path).body();
        Map<String, Object> plan = Records.parseObject(editor.get("/api" + path).body());
        List<String> codes = new ArrayList<>();
        for (Object item : (List<?>) plan.get("agenda")) for (Object c : (List<?>) ((Map<?, ?>) item).get("topics")) codes.add(c.toString());
        assertThat(codes).isNotEmpty();
        Map<String, String> labels = new LinkedHashMap<>();
        new org.communique.store.CorrectionStore(db).topics().forEach((code, lt) -> labels.put(code, lt[0]));
        for (String code : codes) {
            assertThat(page).as(code).doesNotContain(code).contains(TestData.inPage(labels.get(code)));
        }
    }

    @Test
    void countsSayOneRoundNotOneRounds() {
        assertThat(Words.count(1, "round")).isEqualTo("1 round");
        assertThat(Words.count(2, "round")).isEqualTo("2 rounds");
        assertThat(Words.count(1, "person")).isEqualTo("1 person");
        assertThat(Words.count(0, "person")).isEqualTo("0 people");
        assertThat(Words.count(3, "open commitment")).isEqualTo("3 open commitments");
        assertThat(Words.count(2, "party")).isEqualTo("2 parties");
        // a series of one round: the hostile statement's dialogue met once
        String key = new SeriesStore(db).placements().values().stream().filter(p -> new SeriesStore(db).placements().values().stream()
                .filter(q -> q.seriesKey().equals(p.seriesKey())).count() == 1).findFirst().orElseThrow().seriesKey();
        String series = get("/series/" + key).body();
        assertThat(series).contains("· 1 round ·").doesNotContain("1 rounds");
        assertThat(get("/rounds?series=" + key).body()).contains("1 round,").doesNotContain("1 rounds");
    }

    @Test
    void theSeriesBoardSaysWhatEachSignOfFollowThroughIsInPlainWords() {
        String key = new SeriesStore(db).placements().get(roundOf("series-a-1-2021.txt")).seriesKey();
        String html = get("/series/" + key).body();
        String board = html.substring(html.indexOf("<section id=\"board\""), html.indexOf("</section>", html.indexOf("<section id=\"board\"")));
        assertThat(board).contains("Round held as planned").contains("Found by the tracker")
                .doesNotContainPattern("link \\d+:").doesNotContain("on the commitment's topic").doesNotContain("round of " + key);
        assertThat(board).containsPattern("(strong|fair|weak) sign");
    }

    // ------------------------------------------------------------ the API reference

    @Test
    void theApiReferenceIsServedFromHereWithinTheContentSecurityPolicy() {
        HttpResponse<String> docs = get("/api/docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.headers().firstValue("Content-Security-Policy").orElse("")).isEqualTo(WebServer.CSP);
        Matcher scripts = Pattern.compile("<script src=\"([^\"]+)\"").matcher(docs.body());
        List<String> sources = new ArrayList<>();
        while (scripts.find()) sources.add(scripts.group(1));
        assertThat(sources).anyMatch(s -> s.endsWith("swagger-ui-bundle.js")).allMatch(s -> s.startsWith("/"));
        assertThat(docs.body()).doesNotContain("<script>").contains("data-spec=\"/api/openapi.json\"");
        for (String src : sources) {
            HttpResponse<String> js = get(src);
            assertThat(js.statusCode()).as(src).isEqualTo(200);
            assertThat(js.headers().firstValue("Content-Type").orElse("")).startsWith("text/javascript");
        }
        String bundle = sources.stream().filter(s -> s.endsWith("swagger-ui-bundle.js")).findFirst().orElseThrow();
        assertThat(get(bundle).headers().firstValue("Cache-Control").orElse("")).contains("immutable");
        assertThat(get(bundle.replace("swagger-ui-bundle.js", "index.html")).statusCode()).isEqualTo(404);
        assertThat(get(bundle.replaceAll("/\\d[^/]*/", "/0.0.0/")).statusCode()).isEqualTo(404);
        // the page footer leads there
        assertThat(get("/").body()).contains("<a href=\"/api/docs\">API</a>");
    }
}
