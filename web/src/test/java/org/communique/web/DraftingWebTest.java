package org.communique.web;

import org.communique.model.Records;
import org.communique.store.AuditLog;
import org.communique.store.Database;
import org.communique.store.RoundStore;
import org.communique.testsupport.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Planning, drafting, sign-off and publishing over HTTP: the pages' forms and the JSON API, with who may do what. */
class DraftingWebTest {
    static Database db;
    static WebServer server;
    static String series;

    @BeforeAll
    static void start() throws Exception {
        db = TestDatabases.fresh();
        new RoundStore(db).ingest(TestData.read("kz-us-espd-2023.txt"));
        series = db.jdbi().withHandle(h -> h.createQuery("SELECT DISTINCT dialogue_key FROM rounds").mapTo(String.class).one());
        TestData.addUsers(db, "US", "KZ");
        server = TestData.serve(db);
    }

    @AfterAll
    static void stop() {
        server.close();
        db.close();
    }

    static Client as(String user) {
        Client c = new Client(server.port());
        assertThat(c.signIn(user, TestData.PASSWORD).statusCode()).isEqualTo(303);
        return c;
    }

    static HttpResponse<String> api(Client c, String path, Object body) {
        String token = Client.csrf(c.get("/plans").body());
        return c.postBody(path, "application/json", Records.write(body), "X-CSRF-Token", token);
    }

    static String csrf(Client c) {
        return Client.csrf(c.get("/plans").body());
    }

    @Test
    void planDraftEditApproveAndPublishThroughTheWeb() {
        Client us = as("us-editor");
        Client kz = as("kz-editor");
        String token = csrf(us);
        HttpResponse<String> created = us.post("/plans", Map.of("csrf", token, "series", series));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
        String planPath = created.headers().firstValue("Location").orElseThrow();
        long id = Long.parseLong(planPath.replaceAll("\\D", ""));
        String page = us.get(planPath).body();
        assertThat(page).contains("Donald Lu", "Kairat Umarov", "Washington", "continue consultations on sanctions policy",
                "name=\"csrf\"");
        // issue 13: the agenda names its tracks and topics by their labels, not their codes
        assertThat(page).contains("<small>Political and security</small>", "Topics: ")
                .doesNotContainPattern("Topics: [^<]*\\b(security|economy|human|regional|multilateral|relations)\\.[a-z]")
                .doesNotContainPattern("<small>[a-z]+-[a-z]+</small>");

        Map<String, Object> plan = Records.parseObject(us.get("/api/plans/" + id).body());
        assertThat(plan.get("ordinal")).isEqualTo(6L);
        assertThat(plan.get("place")).isEqualTo("Washington");

        // forbidden: another party's delegation, no CSRF token, a viewer not shared with, anonymous
        HttpResponse<String> other = api(kz, "/api/plans/" + id + "/delegates", Map.of("party", "US", "name", "X Y"));
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(other.body()).contains("editors act only for their own party");
        assertThat(us.post("/plans/" + id + "/draft", Map.of()).statusCode()).isEqualTo(403);
        Client viewer = as("viewer");
        assertThat(viewer.get("/api/plans/" + id).statusCode()).isEqualTo(403);
        assertThat(new Client(server.port()).get("/api/plans/" + id).statusCode()).isEqualTo(401);

        assertThat(us.post("/plans/" + id + "/draft", Map.of("csrf", token)).statusCode()).isEqualTo(303);
        String draft = us.get("/plans/" + id + "/draft").body();
        assertThat(draft).contains("Version <span id=\"version\">1</span>", "<textarea");
        // KZ approves version 1, then the US editor edits the opening: the approval is void
        String kzToken = csrf(kz);
        assertThat(kz.post("/plans/" + id + "/approve", Map.of("csrf", kzToken, "party", "KZ", "version", "1")).statusCode()).isEqualTo(303);
        assertThat(kz.post("/plans/" + id + "/approve", Map.of("csrf", kzToken, "party", "US", "version", "1")).statusCode()).isEqualTo(403);
        Map<String, Object> d = Records.parseObject(us.get("/api/plans/" + id + "/draft").body());
        @SuppressWarnings("unchecked")
        String opening = (String) ((Map<String, Object>) ((List<Object>) d.get("sections")).get(0)).get("text");
        HttpResponse<String> edited = us.post("/plans/" + id + "/draft/sections", Map.of("csrf", token, "section", "opening",
                "base", "1", "text", opening.replace("mutually beneficial cooperation", "mutually beneficial and practical cooperation")));
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(303);
        Map<String, Object> afterEdit = Records.parseObject(us.get("/api/plans/" + id + "/draft").body());
        assertThat(afterEdit.get("version")).isEqualTo(2L);
        assertThat((List<?>) afterEdit.get("approvals")).isEmpty();
        assertThat(us.get("/api/plans/" + id + "/draft/versions").body()).contains("+++ v2", "practical cooperation");

        assertThat(api(kz, "/api/plans/" + id + "/approvals", Map.of("party", "KZ", "version", 2)).statusCode()).isEqualTo(200);
        assertThat(api(us, "/api/plans/" + id + "/publish", Map.of()).statusCode()).isEqualTo(409);
        assertThat(us.post("/plans/" + id + "/approve", Map.of("csrf", token, "party", "US", "version", "2")).statusCode()).isEqualTo(303);

        String preview = us.get("/plans/" + id + "/preview").body();
        assertThat(preview).contains("agrees with the plan", "Donald Lu", "id=\"publish\"");
        HttpResponse<String> published = us.post("/plans/" + id + "/publish", Map.of("csrf", token));
        assertThat(published.statusCode()).as(published.body()).isEqualTo(303);
        assertThat(published.headers().firstValue("Location").orElse("")).startsWith("/rounds/");
        // issue 13: the published round is in its series, tracked, as soon as the answer comes
        long round = Long.parseLong(published.headers().firstValue("Location").orElseThrow().replaceAll("\\D", ""));
        List<Object> inSeries = new java.util.ArrayList<>();
        for (Object r : (List<?>) Records.parseObject(us.get("/api/series/" + series).body()).get("rounds")) {
            inSeries.add(((Map<?, ?>) r).get("id"));
        }
        assertThat(inSeries).contains(round);
        long untracked = db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM rounds WHERE NOT tracked")
                .mapTo(Long.class).one());
        assertThat(untracked).isZero();
        assertThat(us.get("/api/plans/" + id + "/workflow.xml").body()).contains("<workflow", "outcome=\"published\"", "outcome=\"voided\"");
        HttpResponse<String> pdf = kz.get("/api/plans/" + id + "/briefing.pdf?party=KZ");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(kz.get("/plans/" + id + "/briefing?party=KZ").body()).contains("Briefing book for Kairat Umarov");
        assertThat(new AuditLog(db).entries()).extracting(e -> e.action()).contains("drafting.draft.publish");

        // shared with the viewer: now visible, still read-only
        assertThat(api(us, "/api/series/" + series + "/shares", Map.of("viewer", "viewer")).statusCode()).isEqualTo(200);
        assertThat(viewer.get("/api/plans/" + id).statusCode()).isEqualTo(200);
        HttpResponse<String> refused = api(viewer, "/api/plans/" + id + "/approvals", Map.of("party", "US", "version", 2));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("may not approve for US");
    }

    @Test
    void aSaveOnAnOlderTextOfAChangedSectionIsAConflictWithBothTexts() {
        Client us = as("us-editor");
        Client kz = as("kz-editor");
        String usToken = csrf(us);
        String kzToken = csrf(kz);
        String planPath = us.post("/plans", Map.of("csrf", usToken, "series", series)).headers().firstValue("Location").orElseThrow();
        long id = Long.parseLong(planPath.replaceAll("\\D", ""));
        assertThat(us.post("/plans/" + id + "/draft", Map.of("csrf", usToken)).statusCode()).isEqualTo(303);

        // both open the draft; the form carries the version its text is
        String usPage = us.get("/plans/" + id + "/draft").body();
        String kzPage = kz.get("/plans/" + id + "/draft").body();
        assertThat(usPage).contains("name=\"base\" value=\"1\"");
        assertThat(kzPage).contains("name=\"base\" value=\"1\"");
        String opening = opening(us, id);
        String usText = opening + " The delegations also discussed water.";
        String kzText = opening + " The delegations also discussed energy.";
        assertThat(us.post("/plans/" + id + "/draft/sections", Map.of("csrf", usToken, "section", "opening", "base", "1",
                "text", usText)).statusCode()).isEqualTo(303);

        // the second save, made on version 1, does not replace the first: 409, both texts shown, nothing lost
        HttpResponse<String> refused = kz.post("/plans/" + id + "/draft/sections", Map.of("csrf", kzToken, "section", "opening",
                "base", "1", "text", kzText));
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(refused.body()).contains("was changed by us-editor in version 2", "discussed water", "discussed energy",
                "name=\"base\" value=\"2\"");
        assertThat(opening(us, id)).isEqualTo(usText);

        // the same over the API, with both texts in the problem
        HttpResponse<String> api = api(kz, "/api/plans/" + id + "/draft/sections/opening", Map.of("base", 1, "text", kzText));
        assertThat(api.statusCode()).isEqualTo(409);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        Map<String, Object> problem = Records.parseObject(api.body());
        assertThat(problem).containsEntry("yours", kzText).containsEntry("current", usText).containsEntry("current_version", 2L)
                .containsEntry("base", 1L).containsEntry("section", "opening");
        assertThat((String) problem.get("detail")).contains("version 2");
        // a save that names no base is refused; one on the current version goes through
        HttpResponse<String> noBase = api(kz, "/api/plans/" + id + "/draft/sections/opening", Map.of("text", kzText));
        assertThat(noBase.statusCode()).isEqualTo(400);
        assertThat(noBase.body()).contains("version the text started from");
        assertThat(api(kz, "/api/plans/" + id + "/draft/sections/opening", Map.of("base", 2, "text", usText + " And energy."))
                .statusCode()).isEqualTo(200);
        assertThat(opening(us, id)).isEqualTo(usText + " And energy.");
    }

    @SuppressWarnings("unchecked")
    static String opening(Client c, long plan) {
        Map<String, Object> d = Records.parseObject(c.get("/api/plans/" + plan + "/draft").body());
        return (String) ((Map<String, Object>) ((List<Object>) d.get("sections")).get(0)).get("text");
    }
}
