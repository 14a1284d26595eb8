package org.communique.web;

import org.communique.model.Participant;
import org.communique.model.Reading;
import org.communique.model.Records;
import org.communique.store.Database;
import org.communique.store.RoundStore;
import org.communique.testsupport.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The pages and the API over the project's own statements: what a desk officer and a script see. */
class WebApplicationTest {
    static Database db;
    static TestData t;
    static WebServer server;

    @BeforeAll
    static void start() throws Exception {
        db = TestDatabases.fresh();
        t = TestData.load(db);
        server = TestData.serve(db);
    }

    @AfterAll
    static void stop() {
        server.close();
        db.close();
    }

    static Client anyone() {
        return new Client(server.port());
    }

    static Client as(String user) {
        Client c = anyone();
        assertThat(c.signIn(user, TestData.PASSWORD).statusCode()).isEqualTo(303);
        return c;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(HttpResponse<String> r) {
        return (Map<String, Object>) Records.parse(r.body());
    }

    @SuppressWarnings("unchecked")
    static List<Object> array(HttpResponse<String> r) {
        return (List<Object>) Records.parse(r.body());
    }

    /** What storing the one statement of an import did ("new", "already known"). */
    private static Object outcome(String importAnswer) {
        return ((Map<?, ?>) ((List<?>) Records.parseObject(importAnswer).get("statements")).get(0)).get("outcome");
    }

    // ------------------------------------------------------------ pages

    @Test
    void theHomePageListsDialoguesAndRecentRounds() {
        String home = anyone().get("/").body();
        assertThat(home).contains("Enhanced Strategic Partnership Dialogue").contains("TM–US").contains("Ministerial Economic Dialogue")
                .contains("Recent rounds").contains("action=\"/search\"").contains("open commitments");
    }

    @Test
    void theRoundPageMarksEveryFactWhereItStands() {
        long round = t.rounds.get("au-jp-med-2023.txt");
        var record = t.readings.get("au-jp-med-2023.txt").record();
        String page = anyone().get("/rounds/" + round).body();
        // every commitment is in the side list and marked in the text, with its words as the hover title
        for (int i = 0; i < record.commitments().size(); i++) {
            assertThat(page).contains("data-show=\"c" + i + "\"");
            assertThat(page).containsPattern("data-facts=\"[^\"]*\\bc" + i + "\\b");
        }
        for (int i = 0; i < record.participants().size(); i++) {
            if (!record.participants().get(i).evidence().isEmpty()) {
                assertThat(page).as(record.participants().get(i).toString()).containsPattern("data-facts=\"[^\"]*\\bp" + i + "\\b");
            }
        }
        // the statement is cut where the reader cut it (not into paragraphs, as a store from before V10 would be)
        var reading = t.readings.get("au-jp-med-2023.txt");
        String text = reading.document().text();
        int shown = page.split("<span class=\"sentence\">", -1).length - 1;
        int read = StatementText.of(text, record.source().bodyStart(), record.source().bodyEnd(), record.source().sentences(),
                List.of()).paragraphs().stream().mapToInt(p -> p.sentences().size()).sum();
        int paragraphs = StatementText.of(text, record.source().bodyStart(), record.source().bodyEnd(), List.of(), List.of())
                .paragraphs().size();
        assertThat(record.source().sentences()).isNotEmpty();
        assertThat(shown).isEqualTo(read).isGreaterThan(paragraphs);
        assertThat(page).contains("Commitment (AU, JP): ").contains("class=\"sentence\"")
                .contains("<h2>Delegations</h2>").contains("<h2>Topics by track</h2>").contains("<h2>Acts</h2>")
                .contains("<h2>Commitments</h2>").contains("<h2>Next round</h2>").contains("Adelaide")
                .contains("<h2>References</h2>").contains("SHA-256").contains(record.source().sha256());
        if (record.source().publisher() != null) assertThat(page).contains(record.source().publisher());
    }

    @Test
    void thePersonPageListsTheRoundsAttendedWithTheirTitles() {
        String name = t.readings.get("series-a-2-2022.txt").record().participants().get(0).name();
        List<Object> people = array(anyone().get("/api/people"));
        Map<?, ?> person = people.stream().map(o -> (Map<?, ?>) o).filter(p -> p.get("name").equals(name)).findFirst().orElseThrow();
        String page = anyone().get("/people/" + person.get("id")).body();
        assertThat(page).contains(name).contains("Title held").contains("Strategic Partnership Dialogue");
        assertThat(anyone().get("/people").body()).contains(name);
        assertThat(anyone().get("/people/99999").statusCode()).isEqualTo(404);
        // a page past the last shows the last; a page that is not a number is one sentence
        assertThat(anyone().get("/people/" + person.get("id") + "?page=7").body()).contains(name).doesNotContain("Later rounds");
        assertThat(anyone().get("/people/" + person.get("id") + "?page=x").statusCode()).isEqualTo(400);
        assertThat(anyone().get("/people/" + person.get("id") + "?page=0").statusCode()).isEqualTo(400);
    }

    @Test
    void searchFindsStatementsAndCommitmentsWithFacets() {
        HttpResponse<String> all = anyone().get("/api/search?q=minerals");
        Map<String, Object> r = object(all);
        Map<?, ?> rounds = (Map<?, ?>) r.get("rounds");
        assertThat(((Number) rounds.get("count")).longValue()).isGreaterThanOrEqualTo(1);
        Map<?, ?> facets = (Map<?, ?>) r.get("facets");
        assertThat(new ArrayList<Object>(facets.keySet())).containsExactly("party", "year", "track", "topic", "status");
        Map<String, Object> au = object(anyone().get("/api/search?q=minerals&party=JP&year=2023"));
        assertThat(((Number) ((Map<?, ?>) au.get("rounds")).get("count")).longValue()).isEqualTo(1);
        Map<String, Object> none = object(anyone().get("/api/search?q=minerals&party=TM"));
        assertThat(((Number) ((Map<?, ?>) none.get("rounds")).get("count")).longValue()).isZero();
        String page = anyone().get("/search?q=minerals&party=JP").body();
        assertThat(page).contains("id=\"result-count\"").contains("1 statement").contains("<mark>minerals</mark>")
                .contains("class=\"selected\"").contains("/api/commitments?q=minerals&amp;party=JP&amp;format=csv");
    }

    @Test
    void filteredRoundsAndCommitmentsExportAsCsvAndJson() {
        HttpResponse<String> csv = anyone().get("/api/rounds?party=TM&format=csv");
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("rounds.csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("id,series,dialogue,parties,ordinal,date,place,host,publisher,file");
        assertThat(lines).hasSize(4);
        assertThat(array(anyone().get("/api/rounds?party=TM&year=2022"))).hasSize(1);
        HttpResponse<String> commitments = anyone().get("/api/commitments?party=AU&format=csv");
        assertThat(commitments.body().lines().findFirst().orElse("")).startsWith("id,round,position,series");
        assertThat(commitments.body().lines().count()).isGreaterThan(1);
        List<Object> json = array(anyone().get("/api/commitments?party=AU&status=open"));
        assertThat(json).isNotEmpty().allSatisfy(o -> assertThat(((Map<?, ?>) o).get("actors").toString()).contains("AU"));
        assertThat(anyone().get("/api/rounds?format=xls").statusCode()).isEqualTo(400);
    }

    @Test
    void theApiGivesDialoguesAndTheRecordInItsFormat() {
        List<Object> dialogues = array(anyone().get("/api/dialogues"));
        assertThat(dialogues).isNotEmpty();
        assertThat(new ArrayList<Object>(((Map<?, ?>) dialogues.get(0)).keySet())).contains("key", "parties", "rounds", "last_round", "open_commitments");
        long round = t.rounds.get("au-jp-med-2023.txt");
        Map<String, Object> record = object(anyone().get("/api/rounds/" + round));
        assertThat(record.keySet()).contains("source", "dialogue", "round", "participants", "topics", "acts", "commitments",
                "next_round", "references", "corrections");
        Map<?, ?> c = (Map<?, ?>) ((List<?>) record.get("commitments")).get(0);
        assertThat(new ArrayList<Object>(c.keySet())).contains("actors", "text", "trigger", "due", "place", "evidence", "status");
        assertThat(((Map<?, ?>) record.get("source")).get("sha256")).isEqualTo(t.readings.get("au-jp-med-2023.txt").document().sha256());
    }

    @Test
    void errorsAreProblemsWithADetail() {
        for (String path : List.of("/api/rounds/abc", "/api/rounds/999999", "/api/no-such-thing", "/api/people/x")) {
            HttpResponse<String> r = anyone().get(path);
            assertThat(r.statusCode()).as(path).isIn(400, 404);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("application/problem+json");
            assertThat(object(r).get("detail").toString()).as(path).isNotBlank();
        }
        HttpResponse<String> page = anyone().get("/rounds/999999");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("there is no round 999999").contains("<html");
    }

    @Test
    void aRoundIsAnAkomaNtosoStatement() throws Exception {
        long round = t.rounds.get("series-a-2-2022.txt");
        HttpResponse<String> r = anyone().get("/api/rounds/" + round + "/akn.xml");
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/akn+xml");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        org.w3c.dom.Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
        Element root = doc.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("akomaNtoso");
        assertThat(root.getNamespaceURI()).isEqualTo(AknDocument.NS);
        assertThat(root.getElementsByTagNameNS(AknDocument.NS, "statement").getLength()).isEqualTo(1);
        var record = t.readings.get("series-a-2-2022.txt").record();
        NodeList dates = root.getElementsByTagNameNS(AknDocument.NS, "docDate");
        assertThat(((Element) dates.item(0)).getAttribute("date")).isEqualTo(record.round().date());
        assertThat(root.getElementsByTagNameNS(AknDocument.NS, "docProponent").getLength()).isEqualTo(2);
        Element refs = (Element) root.getElementsByTagNameNS(AknDocument.NS, "references").item(0);
        assertThat(refs.getParentNode().getLocalName()).isEqualTo("meta");
        assertThat(refs.getElementsByTagNameNS(AknDocument.NS, "TLCPerson").getLength()).isEqualTo(record.participants().size());
        assertThat(refs.getElementsByTagNameNS(AknDocument.NS, "TLCRole").getLength()).isGreaterThan(0);
        assertThat(((Element) refs.getElementsByTagNameNS(AknDocument.NS, "TLCLocation").item(0)).getAttribute("showAs"))
                .isEqualTo(record.round().place());
        assertThat(refs.getElementsByTagNameNS(AknDocument.NS, "TLCEvent").getLength()).isEqualTo(1);
        for (String inline : List.of("person", "role", "location", "event")) {
            assertThat(root.getElementsByTagNameNS(AknDocument.NS, inline).getLength()).as(inline).isGreaterThan(0);
        }
        Element mainBody = (Element) root.getElementsByTagNameNS(AknDocument.NS, "mainBody").item(0);
        assertThat(mainBody.getElementsByTagNameNS(AknDocument.NS, "person").getLength()).isGreaterThan(0);
    }

    // ------------------------------------------------------------ the OpenAPI document and the routes

    @Test
    void everyApiRouteIsInTheOpenApiDocumentAndViceVersa() {
        Map<String, Object> doc = object(anyone().get("/api/openapi.json"));
        assertThat(doc.get("openapi")).isEqualTo("3.1.0");
        TreeSet<String> documented = new TreeSet<>();
        ((Map<?, ?>) doc.get("paths")).forEach((path, ops) -> ((Map<?, ?>) ops).keySet()
                .forEach(method -> documented.add(method.toString().toUpperCase() + " " + path)));
        TreeSet<String> served = new TreeSet<>();
        // /api/docs is the document's own reading page, not a call it describes
        for (String route : server.routes()) {
            if (route.split(" ")[1].startsWith("/api/") && !route.equals("GET /api/docs")) served.add(route);
        }
        assertThat(served).isNotEmpty();
        assertThat(documented).isEqualTo(served);
        // every other route is a page or an asset
        for (String route : server.routes()) {
            assertThat(route.split(" ")[1]).matches("/api/.*|/|/rounds|/rounds/.*|/commitments(\\.csv|\\.json)?|/series/.*|/people.*|/search|/import.*|/sign-(in|out)|/account.*|/admin/users|/assets/.*|/plans.*");
        }
    }

    // ------------------------------------------------------------ import

    @Test
    void importShowsTheRecordBeforeStoringIt() throws Exception {
        Client editor = as("us-editor");
        String form = editor.get("/import").body();
        assertThat(form).contains("enctype=\"multipart/form-data\"").contains("<textarea");
        String text = Files.readString(TestData.root().resolve("statements/tj-us-abc-2022.txt"));
        String token = Client.csrf(form);
        long before = new RoundStore(db).count("rounds");
        HttpResponse<String> preview = editor.postBody("/import/preview", "multipart/form-data; boundary=XyZ",
                multipart("XyZ", Map.of("csrf", token, "text", text)));
        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        assertThat(preview.body()).contains("What the reader found").contains("Annual Bilateral Consultations").contains("TJ–US")
                .contains("name=\"pending\"");
        assertThat(new RoundStore(db).count("rounds")).isEqualTo(before);
        String pending = preview.body().replaceAll("(?s).*name=\"pending\" value=\"([^\"]+)\".*", "$1");
        HttpResponse<String> stored = editor.post("/import/store", Map.of("csrf", token, "pending", pending));
        assertThat(stored.statusCode()).isEqualTo(303);
        assertThat(stored.headers().firstValue("Location").orElse("")).startsWith("/rounds/");
        assertThat(new RoundStore(db).count("rounds")).isEqualTo(before + 1);
        // the same preview cannot be stored twice
        assertThat(editor.post("/import/store", Map.of("csrf", token, "pending", pending)).statusCode()).isEqualTo(409);
    }

    @Test
    void theImportApiReadsAndOnRequestStores() throws Exception {
        Client script = anyone();
        script.bearer = new Accounts(db).newToken("admin", "import test");
        byte[] bytes = Files.readAllBytes(TestData.root().resolve("statements/us-vn-psdd-2019.txt"));
        String text = new String(bytes, StandardCharsets.UTF_8);
        HttpResponse<String> read = script.postBody("/api/import?name=us-vn-psdd-2019.txt", "text/plain", text);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        Map<String, Object> readBody = Records.parseObject(read.body());
        assertThat(readBody).containsEntry("stored", false);
        Map<?, ?> statement = (Map<?, ?>) ((List<?>) readBody.get("statements")).get(0);
        assertThat(statement.containsKey("known_round")).isTrue();
        assertThat(statement.get("known_round")).isNull();
        assertThat(((Map<?, ?>) ((Map<?, ?>) statement.get("record")).get("dialogue")).get("parties")).isEqualTo(List.of("US", "VN"));
        HttpResponse<String> stored = script.postBody("/api/import?store=true&name=us-vn-psdd-2019.txt", "text/plain", text);
        assertThat(stored.statusCode()).isEqualTo(201);
        assertThat(outcome(stored.body())).isEqualTo("new");
        assertThat(outcome(script.postBody("/api/import?store=true", "text/plain", text).body())).isEqualTo("already known");
        HttpResponse<String> empty = script.postBody("/api/import", "text/plain", "");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(script.postBody("/api/import", "application/json", "{}").statusCode()).isEqualTo(415);
    }

    static String multipart(String boundary, Map<String, String> fields) {
        StringBuilder b = new StringBuilder();
        fields.forEach((k, v) -> b.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(k)
                .append("\"\r\n\r\n").append(v).append("\r\n"));
        b.append("--").append(boundary).append("--\r\n");
        return b.toString();
    }

    // ------------------------------------------------------------ corrections

    @Test
    void aCorrectionIsShownEverywhereAndTheReadingIsKept() throws Exception {
        String sample = "series-a-1-2021.txt";
        long round = t.rounds.get(sample);
        Reading reading = t.readings.get(sample);
        Participant us = firstParticipantOf(reading, "US");
        Client editor = as("us-editor");
        String token = Client.csrf(editor.get("/rounds/" + round).body());
        HttpResponse<String> done = editor.post("/rounds/" + round + "/corrections", Map.of("csrf", token, "fact", "participant",
                "key", us.name(), "field", "title", "value", "Corrected Title of the Envoy", "note", "per the embassy"));
        assertThat(done.statusCode()).isEqualTo(303);
        String page = editor.get("/rounds/" + round + "?corrected=1").body();
        assertThat(page).contains("Corrected Title of the Envoy").contains("corrected by us-editor").contains("per the embassy");
        Map<String, Object> api = object(anyone().get("/api/rounds/" + round));
        Map<?, ?> p = ((List<?>) api.get("participants")).stream().map(o -> (Map<?, ?>) o)
                .filter(x -> x.get("name").equals(us.name())).findFirst().orElseThrow();
        assertThat(p.get("title")).isEqualTo("Corrected Title of the Envoy");
        assertThat(p.get("title_as_read")).isEqualTo(us.title());
        assertThat(((List<?>) api.get("corrections"))).hasSize(1);
        // the person page shows it too
        long person = new org.communique.store.RecordIndex(db).personIdIn(round, us.name()).orElseThrow();
        assertThat(anyone().get("/people/" + person).body()).contains("Corrected Title of the Envoy");
        // the reading itself is untouched
        String stored = db.jdbi().withHandle(h -> h.createQuery("SELECT record::text FROM rounds WHERE id = :id")
                .bind("id", round).mapTo(String.class).one());
        assertThat(stored).doesNotContain("Corrected Title of the Envoy").contains(us.title());
        // a commitment's status, and its facet in search
        String status = editor.post("/rounds/" + round + "/corrections", Map.of("csrf", token, "fact", "commitment", "key",
                Integer.toString(firstCommitmentOf(reading, "US")), "field", "status", "value", "fulfilled")).headers()
                .firstValue("Location").orElse("");
        assertThat(status).startsWith("/rounds/" + round);
        assertThat(array(anyone().get("/api/commitments?status=fulfilled"))).isNotEmpty()
                .allSatisfy(c -> assertThat(((Map<?, ?>) c).get("status")).isEqualTo("fulfilled"));
        // a topic: changed by an admin, removed from search facets where it was
        Client admin = as("admin");
        String code = reading.record().topics().get(0).code();
        String adminToken = Client.csrf(admin.get("/rounds/" + round).body());
        assertThat(admin.post("/rounds/" + round + "/corrections", Map.of("csrf", adminToken, "fact", "topic", "key", code,
                "field", "topic", "value", "")).statusCode()).isEqualTo(303);
        Map<String, Object> after = object(anyone().get("/api/rounds/" + round));
        assertThat(((List<?>) after.get("topics")).stream().map(o -> (Object) ((Map<?, ?>) o).get("code")).toList()).doesNotContain(code);
        assertThat(array(anyone().get("/api/rounds?topic=" + code))).noneMatch(o -> ((Map<?, ?>) o).get("id").equals(round));
    }

    static Participant firstParticipantOf(Reading reading, String party) {
        return reading.record().participants().stream().filter(p -> party.equals(p.party())).findFirst().orElseThrow();
    }

    static int firstCommitmentOf(Reading reading, String party) {
        var list = reading.record().commitments();
        for (int i = 0; i < list.size(); i++) if (list.get(i).actors().contains(party)) return i;
        throw new AssertionError("no commitment of " + party);
    }

    @Test
    void readingAStatementAgainNeverOverwritesACorrection() throws Exception {
        String sample = "series-c-1-2021.txt";
        Reading reading = t.readings.get(sample);
        long round = t.rounds.get(sample);
        Participant us = firstParticipantOf(reading, "US");
        Client script = anyone();
        script.bearer = new Accounts(db).newToken("us-editor", "reingest test");
        assertThat(script.postBody("/api/rounds/" + round + "/corrections", "application/json",
                "{\"fact\":\"participant\",\"key\":\"" + us.name() + "\",\"field\":\"title\",\"value\":\"Kept Title\"}").statusCode())
                .isEqualTo(201);
        RoundStore store = new RoundStore(db);
        // the same file again: already known, the correction holds
        assertThat(store.ingest(reading).outcome()).isEqualTo(RoundStore.Outcome.ALREADY_KNOWN);
        assertThat(anyone().get("/api/rounds/" + round).body()).contains("Kept Title");
        // read anew into a fresh round (the old rows gone): the correction, kept by the statement's hash, still holds
        db.jdbi().useHandle(h -> h.execute("DELETE FROM documents WHERE sha256 = ?", reading.document().sha256()));
        long again = store.ingest(TestData.read(sample)).roundId();
        assertThat(again).isNotEqualTo(round);
        t.rounds.put(sample, again);
        assertThat(anyone().get("/api/rounds/" + again).body()).contains("Kept Title");
        assertThat(anyone().get("/rounds/" + again).body()).contains("Kept Title").contains("corrected by us-editor");
    }

    @Test
    void theAssetsAreServedHere() {
        HttpResponse<String> js = anyone().get("/assets/app.js");
        assertThat(js.statusCode()).isEqualTo(200);
        assertThat(js.headers().firstValue("Content-Type").orElse("")).startsWith("text/javascript");
        assertThat(js.body()).contains("data-show");
        try (InputStream in = WebServer.class.getResourceAsStream("style.css")) {
            assertThat(in).isNotNull();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        for (String page : List.of("/", "/search", "/people", "/sign-in", "/rounds/" + t.rounds.get("au-jp-med-2023.txt"))) {
            assertThat(anyone().get(page).body()).as(page).doesNotContain("http://").doesNotContain("https://").doesNotContain("<style");
        }
    }

    @Test
    void anAdminAddsUsersAndAnyoneSignedInMakesTokens() {
        Client admin = as("admin");
        String token = Client.csrf(admin.get("/admin/users").body());
        HttpResponse<String> added = admin.post("/admin/users", Map.of("csrf", token, "name", "new-viewer", "role", "viewer",
                "party", "", "password", "another long password"));
        assertThat(added.body()).contains("Added new-viewer");
        assertThat(admin.post("/admin/users", Map.of("csrf", token, "name", "short", "role", "viewer", "party", "",
                "password", "short")).statusCode()).isEqualTo(400);
        Client viewer = anyone();
        assertThat(viewer.signIn("new-viewer", "another long password").statusCode()).isEqualTo(303);
        String vt = Client.csrf(viewer.get("/account").body());
        HttpResponse<String> made = viewer.post("/account/tokens", Map.of("csrf", vt, "label", "my script"));
        String apiToken = made.body().replaceAll("(?s).*id=\"new-token\">([^<]+)<.*", "$1");
        assertThat(apiToken).startsWith("cq_");
        Client script = anyone();
        script.bearer = apiToken;
        assertThat(object(script.get("/api/me"))).containsEntry("name", "new-viewer").containsEntry("role", "viewer");
    }
}
