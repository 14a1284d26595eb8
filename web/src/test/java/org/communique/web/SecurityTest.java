package org.communique.web;

import org.communique.model.Records;
import org.communique.store.Database;
import org.communique.testsupport.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Statements are untrusted and the record is shared: escaping, CSRF, roles, parties, sessions, rate limits, lockout. */
class SecurityTest {
    static Database db;
    static TestData t;
    static WebServer server;
    static WebServer strict;     // few sign-ins a minute
    static WebServer closed;     // reading needs signing in

    @BeforeAll
    static void start() throws Exception {
        db = TestDatabases.fresh();
        t = TestData.load(db);
        server = TestData.serve(db);
        strict = WebServer.start(db, WebServer.Settings.of("127.0.0.1", 0).signInsPerMinute(3));
        closed = WebServer.start(db, WebServer.Settings.of("127.0.0.1", 0).privately(true).signInsPerMinute(1000));
    }

    @AfterAll
    static void stop() {
        server.close();
        strict.close();
        closed.close();
        db.close();
    }

    private static Client as(String user) {
        Client c = new Client(server.port());
        if (user != null) assertThat(c.signIn(user, TestData.PASSWORD).statusCode()).isEqualTo(303);
        return c;
    }

    // ------------------------------------------------------------ escaping

    @Test
    void everyPageEscapesWhatAStatementSays() {
        Client admin = as("admin");
        long person = Long.parseLong(admin.get("/rounds/" + t.hostileRound).body().replaceAll("(?s).*href=\"/people/(\\d+)\".*", "$1"));
        String series = "/series/" + java.net.URLEncoder.encode(new org.communique.store.SeriesStore(db).placements()
                .get(t.hostileRound).seriesKey(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        for (String path : List.of("/", "/rounds/" + t.hostileRound, series, "/people", "/people/" + person, "/search",
                "/search?q=delegations", "/search?q=" + "%3Cscript%3E", "/search?topic=test.hostile", "/people/999999",
                "/search?party=%3Cscript%3Ealert(1)%3C/script%3E")) {
            HttpResponse<String> r = admin.get(path);
            assertThat(r.statusCode()).as(path).isIn(200, 404);
            assertThat(r.body()).as(path)
                    .doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("<svg onload")
                    .doesNotContain("<b onmouseover").doesNotContain("javascript:alert");
            assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'")
                    .doesNotContain("unsafe-inline");
        }
        String round = admin.get("/rounds/" + t.hostileRound).body();
        assertThat(round).contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("&lt;img src=x onerror=alert(2)&gt;")
                .contains("&lt;svg onload=alert(4)&gt;");
        // the only scripts are the site's own file
        assertThat(round.split("<script", -1)).hasSize(2);
        assertThat(round).contains("<script src=\"/assets/app.js\" defer></script>").doesNotContain("style=");
    }

    @Test
    void theJsonApiEscapesMarkupToo() {
        HttpResponse<String> r = as(null).get("/api/rounds/" + t.hostileRound);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(r.body()).doesNotContain("<script>").contains("\\u003cscript\\u003e");
        HttpResponse<String> xml = as(null).get("/api/rounds/" + t.hostileRound + "/akn.xml");
        assertThat(xml.body()).doesNotContain("<script>").contains("&lt;script&gt;");
    }

    // ------------------------------------------------------------ CSRF

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefused() {
        Client editor = as("us-editor");
        long round = t.rounds.get("series-a-2-2022.txt");
        String name = usParticipant("series-a-2-2022.txt");
        Map<String, String> form = Map.of("fact", "participant", "key", name, "field", "title", "value", "Forged");
        HttpResponse<String> forged = editor.post("/rounds/" + round + "/corrections", form);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("CSRF");
        HttpResponse<String> wrong = editor.post("/rounds/" + round + "/corrections",
                Map.of("csrf", "not-the-token", "fact", "participant", "key", name, "field", "title", "value", "Forged"));
        assertThat(wrong.statusCode()).isEqualTo(403);
        // nor may a script post JSON on the strength of the session cookie alone
        HttpResponse<String> json = editor.postBody("/api/rounds/" + round + "/corrections", "application/json",
                "{\"fact\":\"participant\",\"key\":\"" + name + "\",\"field\":\"title\",\"value\":\"Forged\"}");
        assertThat(json.statusCode()).isEqualTo(403);
        assertThat(json.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(as(null).get("/api/rounds/" + round).body()).doesNotContain("Forged");
        // and the sign-in form itself needs its token
        Client stranger = new Client(server.port());
        assertThat(stranger.post("/sign-in", Map.of("name", "admin", "password", TestData.PASSWORD)).statusCode()).isEqualTo(403);
        assertThat(stranger.cookies).doesNotContainKey(WebServer.SESSION_COOKIE);
    }

    // ------------------------------------------------------------ roles and parties

    static String usParticipant(String sample) {
        return t.readings.get(sample).record().participants().stream().filter(p -> "US".equals(p.party())).findFirst()
                .orElseThrow().name();
    }

    static String participantOf(String sample, String party) {
        return t.readings.get(sample).record().participants().stream().filter(p -> party.equals(p.party())).findFirst()
                .orElseThrow().name();
    }

    private static HttpResponse<String> correct(Client c, long round, String fact, String key, String field, String value) {
        String token = Client.csrf(c.get("/rounds/" + round).body());
        return c.post("/rounds/" + round + "/corrections", Map.of("csrf", token, "fact", fact, "key", key, "field", field,
                "value", value));
    }

    @Test
    void aViewerChangesNothing() {
        Client viewer = as("viewer");
        long round = t.rounds.get("series-a-2-2022.txt");
        String page = viewer.get("/rounds/" + round).body();
        assertThat(page).doesNotContain("Correct the title").doesNotContain("/corrections\"");
        assertThat(correct(viewer, round, "participant", usParticipant("series-a-2-2022.txt"), "title", "Viewer's").statusCode())
                .isEqualTo(403);
        assertThat(viewer.get("/import").statusCode()).isEqualTo(403);
        String token = Client.csrf(viewer.get("/").body());
        assertThat(viewer.postBody("/api/import", "text/plain", "The sides met.", "X-CSRF-Token", token).statusCode()).isEqualTo(403);
        assertThat(viewer.get("/admin/users").statusCode()).isEqualTo(403);
        assertThat(as(null).get("/api/rounds/" + round).body()).doesNotContain("Viewer's");
        // and nobody signed in is sent to sign in
        Client nobody = as(null);
        HttpResponse<String> importPage = nobody.get("/import");
        assertThat(importPage.statusCode()).isEqualTo(302);
        assertThat(importPage.headers().firstValue("Location").orElse("")).startsWith("/sign-in");
    }

    @Test
    void anEditorCorrectsOnlyTheirOwnParty() {
        Client us = as("us-editor");
        long round = t.rounds.get("series-a-2-2022.txt");
        String tm = participantOf("series-a-2-2022.txt", "TM");
        HttpResponse<String> other = correct(us, round, "participant", tm, "title", "Not yours");
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).contains("may correct only the facts of US");
        // a KZ editor has no say in a TM-US round at all
        Client kz = as("kz-editor");
        assertThat(correct(kz, round, "participant", usParticipant("series-a-2-2022.txt"), "title", "Not yours either").statusCode())
                .isEqualTo(403);
        assertThat(correct(kz, round, "commitment", "0", "status", "fulfilled").statusCode()).isEqualTo(403);
        // the page offers forms only for the editor's own facts
        String page = us.get("/rounds/" + round).body();
        assertThat(page).contains("Correct the title");
        assertThat(as(null).get("/api/rounds/" + round).body()).doesNotContain("Not yours");
    }

    @Test
    void aScriptWithAnApiTokenActsWithItsUsersRole() {
        long round = t.rounds.get("series-a-3-2023.html");
        String us = usParticipant("series-a-3-2023.html");
        Client script = new Client(server.port());
        script.bearer = new Accounts(db).newToken("us-editor", "test script");
        String body = "{\"fact\":\"participant\",\"key\":\"" + us + "\",\"field\":\"title\",\"value\":\"Title set by a script\"}";
        HttpResponse<String> made = script.postBody("/api/rounds/" + round + "/corrections", "application/json", body);
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        assertThat(Records.parseObject(made.body())).containsEntry("by", "us-editor");
        String tm = participantOf("series-a-3-2023.html", "TM");
        assertThat(script.postBody("/api/rounds/" + round + "/corrections", "application/json",
                body.replace(us, tm)).statusCode()).isEqualTo(403);
        Client viewerScript = new Client(server.port());
        viewerScript.bearer = new Accounts(db).newToken("viewer", "reader");
        assertThat(viewerScript.postBody("/api/rounds/" + round + "/corrections", "application/json", body).statusCode()).isEqualTo(403);
        Client forger = new Client(server.port());
        forger.bearer = "cq_not-a-real-token";
        HttpResponse<String> bad = forger.get("/api/rounds");
        assertThat(bad.statusCode()).isEqualTo(401);
        assertThat((String) Records.parseObject(bad.body()).get("detail")).startsWith("the API token is not known");
    }

    // ------------------------------------------------------------ sessions

    @Test
    void signingInGivesANewSessionIdAndAPlantedOneIsWorthNothing() {
        Client victim = new Client(server.port());
        victim.get("/sign-in");
        victim.cookies.put(WebServer.SESSION_COOKIE, "planted-by-an-attacker-0000000000000000000");
        HttpResponse<String> in = victim.signIn("us-editor", TestData.PASSWORD);
        assertThat(in.statusCode()).isEqualTo(303);
        String session = victim.cookies.get(WebServer.SESSION_COOKIE);
        assertThat(session).isNotNull().isNotEqualTo("planted-by-an-attacker-0000000000000000000");
        String cookie = Client.setCookies(in).stream().filter(c -> c.startsWith(WebServer.SESSION_COOKIE + "=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").contains("Path=/");
        // signing in again replaces the session, and the old one no longer works
        HttpResponse<String> again = victim.signIn("us-editor", TestData.PASSWORD);
        assertThat(again.statusCode()).isEqualTo(303);
        assertThat(victim.cookies.get(WebServer.SESSION_COOKIE)).isNotEqualTo(session);
        Client thief = new Client(server.port());
        thief.cookies.put(WebServer.SESSION_COOKIE, session);
        assertThat(thief.get("/").body()).doesNotContain("us-editor");
        // signing out ends the session
        String token = Client.csrf(victim.get("/").body());
        String current = victim.cookies.get(WebServer.SESSION_COOKIE);
        assertThat(victim.post("/sign-out", Map.of("csrf", token)).statusCode()).isEqualTo(303);
        Client replay = new Client(server.port());
        replay.cookies.put(WebServer.SESSION_COOKIE, current);
        assertThat(replay.get("/account").statusCode()).isEqualTo(302);
    }

    @Test
    void signInsAreLimitedPerAddress() {
        Client c = new Client(strict.port());
        int limited = 0;
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> r = c.signIn("nobody-" + i, "wrong password");
            if (r.statusCode() == 429) {
                limited++;
                assertThat(r.headers().firstValue("Retry-After")).isPresent();
                assertThat(r.body()).contains("Too many sign-in attempts");
            } else {
                assertThat(r.statusCode()).isEqualTo(401);
            }
        }
        assertThat(limited).isEqualTo(2);
    }

    @Test
    void aUserNameIsOneWhateverItsCase() {
        Accounts accounts = new Accounts(db);
        accounts.addUser("Casey", "viewer", null, TestData.PASSWORD);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.addUser("CASEY", "admin", null, TestData.PASSWORD))
                .hasMessageContaining("there is already a user named CASEY");
    }

    @Test
    void failedSignInsLockNoAccountAndTellNoNameApart() {
        new Accounts(db).addUser("unlucky", "viewer", null, TestData.PASSWORD);
        // a guesser at one name from one address is slowed after a few tries ...
        Client guesser = new Client(server.port());
        int refused = 0;
        String answer = null;
        for (int i = 0; i < Accounts.ATTEMPTS_PER_NAME_A_MINUTE + 2; i++) {
            HttpResponse<String> r = guesser.signIn("unlucky", "not the password");
            if (r.statusCode() == 429) {
                refused++;
                continue;
            }
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(r.body()).contains("Wrong name or password");
            answer = errorOf(r.body());
        }
        assertThat(refused).isEqualTo(2);
        // ... a name that does not exist gets the very same answer ...
        assertThat(errorOf(new Client(server.port()).signIn("no-such-user", "not the password").body())).isEqualTo(answer);
        // ... and the owner, from another address, still signs in: nothing an outsider does locks the account
        assertThat(new Accounts(db).signIn("unlucky", TestData.PASSWORD).user()).isNotNull();
    }

    private static String errorOf(String html) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("class=\"problem\"[^>]*>([^<]*)<").matcher(html);
        return m.find() ? m.group(1) : null;
    }

    @Test
    void passwordsAreStoredAsArgon2Hashes() {
        String hash = db.jdbi().withHandle(h -> h.createQuery("SELECT password_hash FROM users WHERE name = 'admin'")
                .mapTo(String.class).one());
        assertThat(hash).startsWith("$argon2id$").doesNotContain(TestData.PASSWORD);
        long plainTokens = db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM api_tokens WHERE token_hash LIKE 'cq_%'")
                .mapTo(Long.class).one());
        assertThat(plainTokens).isZero();
    }

    // ------------------------------------------------------------ private reading

    @Test
    void aPrivateServerShowsNothingBeforeSignIn() {
        Client c = new Client(closed.port());
        HttpResponse<String> home = c.get("/");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location").orElse("")).isEqualTo("/sign-in?next=%2F");
        HttpResponse<String> api = c.get("/api/rounds");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(c.get("/assets/style.css").statusCode()).isEqualTo(200);
        assertThat(c.signIn("viewer", TestData.PASSWORD).statusCode()).isEqualTo(303);
        assertThat(c.get("/").statusCode()).isEqualTo(200);
        assertThat(c.get("/api/rounds").statusCode()).isEqualTo(200);
    }

    @Test
    void signInSendsOnlyToPagesOfThisSite() {
        assertThat(Pages.safeNext("//evil.example/")).isEqualTo("/");
        assertThat(Pages.safeNext("https://evil.example/")).isEqualTo("/");
        assertThat(Pages.safeNext("/\\evil.example")).isEqualTo("/");
        assertThat(Pages.safeNext("/rounds/3")).isEqualTo("/rounds/3");
    }

    @Test
    void cookiesAreSecureAndHstsIsSentOnlyWhenTheSiteIsReachedOverTls() throws Exception {
        // plain HTTP on this machine: a Secure cookie would never come back, HSTS would be ignored
        Client plain = as("admin");
        HttpResponse<String> page = plain.get("/");
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(Client.setCookies(new Client(server.port()).get("/sign-in"))).isNotEmpty()
                .allSatisfy(c -> assertThat(c.toLowerCase()).doesNotContain("secure"));

        // behind a TLS proxy, as 'serve --public-url https://...' says
        try (WebServer proxied = WebServer.start(db, WebServer.Settings.of("127.0.0.1", 0).signInsPerMinute(1000)
                .publicUrl("https://record.example.org"))) {
            Client c = new Client(proxied.port());
            List<String> cookies = new java.util.ArrayList<>(Client.setCookies(c.get("/sign-in")));
            String token = Client.csrf(c.get("/sign-in").body());
            cookies.addAll(Client.setCookies(c.post("/sign-in", Map.of("csrf", token, "name", "admin",
                    "password", TestData.PASSWORD, "next", "/"))));
            assertThat(cookies).anyMatch(x -> x.startsWith(WebServer.SESSION_COOKIE + "="))
                    .anyMatch(x -> x.startsWith(WebServer.CSRF_COOKIE + "="))
                    .allSatisfy(x -> assertThat(x).containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly"));
            for (String path : List.of("/", "/api/rounds", "/no-such-page")) {
                assertThat(c.get(path).headers().firstValue("Strict-Transport-Security")).as(path).contains(SecurityHeaders.HSTS);
            }
            // Jetty's own refusal too: headers over its limit
            HttpResponse<String> refused = c.get("/api/rounds?" + "x".repeat(WebServer.HEADER_LIMIT_KB * 1024));
            assertThat(refused.statusCode()).isEqualTo(414);
            assertThat(refused.headers().firstValue("Strict-Transport-Security")).contains(SecurityHeaders.HSTS);
        }
    }
}
