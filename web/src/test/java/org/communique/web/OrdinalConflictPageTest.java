package org.communique.web;

import org.communique.model.Dialogue;
import org.communique.model.Document;
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

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: stated ordinals that cannot both be right are shown, never resolved. Two rounds of one dialogue, the
 * earlier saying it is the sixth and the later the fifth, and a third that states none: the series page flags both
 * stated ones, its JSON gives the notes, and the third stays unnumbered.
 */
class OrdinalConflictPageTest {
    static Database db;
    static WebServer server;

    static Reading round(Integer ordinal, String date, String place, String text) throws Exception {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        RoundRecord r = new RoundRecord(new Source(sha, "text/plain", "Test", null, null, 0, text.length()),
                new Dialogue("Strategic Dialogue", null, List.of("CL", "PE")), new Round(ordinal, date, place, null),
                List.of(), List.of(), List.of(), List.of(), null, List.of(), List.of());
        return new Reading(new Document(sha, "text/plain", date + ".txt", null, text), r);
    }

    @BeforeAll
    static void start() throws Exception {
        db = TestDatabases.fresh();
        RoundStore store = new RoundStore(db);
        store.ingest(round(6, "2021-05-04", "Lima", "Chile and Peru held the sixth round of their Strategic Dialogue in Lima."));
        store.ingest(round(5, "2022-05-10", "Santiago", "Chile and Peru held the fifth round of their Strategic Dialogue in Santiago."));
        store.ingest(round(null, "2023-05-09", "Lima", "Chile and Peru met again for their Strategic Dialogue in Lima."));
        server = WebServer.start(db, WebServer.Settings.of("127.0.0.1", 0)); // tracks at start
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (db != null) db.close();
    }

    @Test
    void bothStatedOrdinalsAreFlaggedAndNothingIsNumberedFromThem() {
        Client anyone = new Client(server.port());
        String page = anyone.get("/series/cl-pe-sd").body();
        assertThat(page).contains("class=\"conflict\"")
                .contains("stated #6, but the round of 2022-05-10 under the same name states #5")
                .contains("stated #5, but the earlier round of 2021-05-04 under the same name states #6");

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rounds = (List<Map<String, Object>>) Records.parseObject(anyone.get("/api/series/cl-pe-sd").body())
                .get("rounds");
        List<Object> ordinals = new ArrayList<>();
        List<Object> notes = new ArrayList<>();
        for (Map<String, Object> r : rounds) {
            ordinals.add(r.get("ordinal"));
            notes.add(r.get("ordinal_note"));
        }
        assertThat(ordinals).containsExactly(6L, 5L, null);
        assertThat(notes.get(0)).asString().startsWith("stated #6, but");
        assertThat(notes.get(1)).asString().startsWith("stated #5, but");
        assertThat(notes.get(2)).isNull();
    }
}
