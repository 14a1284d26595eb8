package org.communique.web;

import org.communique.model.Json;
import org.communique.reader.Reader;
import org.communique.store.CommitmentStatus;
import org.communique.store.CommitmentStore;
import org.communique.store.CorrectionStore;
import org.communique.store.Database;
import org.communique.store.RoundStore;
import org.communique.tracker.Tracker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: a commitment's status is kept in one place, so a status a person sets (a correction on the web, or a
 * decision on the command line) shows the same on the board, in the API, in the exports and on the series page,
 * and the tracker leaves it.
 */
class OneStatusTest {
    static final List<String> A = List.of("series-a-1-2021.txt", "series-a-2-2022.txt", "series-a-3-2023.html");

    @TempDir
    static Path data;
    static Database db;
    static WebServer server;
    static long round;
    static long commitment;
    static String token;

    @BeforeAll
    static void start() throws Exception {
        db = Database.embedded(data);
        RoundStore store = new RoundStore(db);
        Reader reader = new Reader();
        for (String name : A) {
            long id = store.ingest(reader.read(Files.readAllBytes(TestData.root().resolve("statements").resolve(name)), name)).roundId();
            if (round == 0) round = id;
        }
        new Accounts(db).addUser("admin", "admin", null, TestData.PASSWORD);
        token = new Accounts(db).newToken("admin", "statuses");
        server = WebServer.start(db, WebServer.Settings.of("127.0.0.1", 0).signInsPerMinute(1000)); // tracks at start
        commitment = new CorrectionStore(db).commitmentId(round, 0).orElseThrow();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (db != null) db.close();
    }

    static Client anyone() {
        return new Client(server.port());
    }

    /** The commitment's status as the board, the API, both exports and the series page give it. */
    static Map<String, Object> everywhere() {
        Client c = anyone();
        String board = c.get("/commitments?series=tm-us-espd").body();
        int row = board.indexOf("<tr id=\"commitment-" + commitment + "\">");
        assertThat(row).as("the board lists the commitment").isPositive();
        String onBoard = board.substring(row, board.indexOf("</tr>", row)).replaceAll("(?s).*class=\"status s-([a-z-]+)\".*", "$1");
        String csv = c.get("/commitments.csv?series=tm-us-espd").body().lines()
                .filter(l -> l.startsWith(commitment + ",")).findFirst().orElseThrow();
        String inCsv = CommitmentStatus.VALUES.stream().filter(v -> csv.contains("," + v + ",")).findFirst().orElse(csv);
        return Map.of("board", onBoard,
                "api", status(Json.parse(c.get("/api/commitments?dialogue=tm-us-espd").body())),
                "export", status(Json.parse(c.get("/commitments.json?series=tm-us-espd").body())),
                "csv", inCsv,
                "series", status(((Map<?, ?>) Json.parse(c.get("/api/series/tm-us-espd").body())).get("commitments")));
    }

    /** The status of the commitment in a list of objects with an id and a status. */
    static String status(Object list) {
        return ((List<?>) list).stream().map(o -> (Map<?, ?>) o)
                .filter(m -> ((Number) m.get("id")).longValue() == commitment).map(m -> (String) m.get("status"))
                .findFirst().orElseThrow(() -> new AssertionError("commitment " + commitment + " is not in " + list));
    }

    static Map<String, Object> all(String status) {
        return Map.of("board", status, "api", status, "export", status, "csv", status, "series", status);
    }

    @Test
    void aStatusAPersonSetsShowsTheSameEverywhereAndTheTrackerLeavesIt() {
        Client script = anyone();
        script.bearer = token;
        assertThat(script.postBody("/api/rounds/" + round + "/corrections", "application/json",
                "{\"fact\":\"commitment\",\"key\":\"0\",\"field\":\"status\",\"value\":\"withdrawn\",\"note\":\"dropped\"}")
                .statusCode()).isEqualTo(201);
        assertThat(everywhere()).isEqualTo(all("withdrawn"));
        assertThat(new CommitmentStore(db).statuses().get(commitment).decidedBy()).isEqualTo("admin");

        new Tracker(db).run(LocalDate.of(2030, 1, 1)); // long past every due date: the tracker would say overdue
        assertThat(everywhere()).isEqualTo(all("withdrawn"));

        // a later decision on the command line is the status from then on, everywhere
        new CommitmentStore(db).setStatus(commitment, "superseded", "Dana", "replaced by a new agreement");
        assertThat(everywhere()).isEqualTo(all("superseded"));
    }
}
