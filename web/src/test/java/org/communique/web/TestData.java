package org.communique.web;

import gg.jte.html.escape.Escape;
import gg.jte.output.StringOutput;
import org.communique.model.Commitment;
import org.communique.model.Dialogue;
import org.communique.model.Document;
import org.communique.model.Evidence;
import org.communique.model.Participant;
import org.communique.model.Reading;
import org.communique.model.Round;
import org.communique.model.RoundRecord;
import org.communique.model.Source;
import org.communique.model.TopicFound;
import org.communique.reader.Reader;
import org.communique.store.Database;
import org.communique.store.RoundStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The statements and accounts the web tests share: some of the project's own statements and a hostile one. */
final class TestData {
    static final String PASSWORD = "a long test password";
    static final List<String> SAMPLES = List.of("series-a-1-2021.txt", "series-a-2-2022.txt", "series-a-3-2023.html",
            "au-jp-med-2023.txt", "series-c-1-2021.txt");
    static final String XSS = "<script>alert(1)</script>";
    static final String IMG = "<img src=x onerror=alert(2)>";

    final Map<String, Long> rounds = new LinkedHashMap<>();
    final Map<String, Reading> readings = new LinkedHashMap<>();
    long hostileRound;

    /** Text as the pages' templates (jte) write it, to look for in a page. */
    static String inPage(String text) {
        StringOutput out = new StringOutput();
        Escape.htmlContent(text, out);
        return out.toString();
    }

    static Path root() {
        String r = System.getProperty("communique.root");
        Path p = (r == null ? Path.of("") : Path.of(r)).toAbsolutePath().normalize();
        // run from the web module alone, the root is one folder up
        while (p != null && !Files.isDirectory(p.resolve("statements"))) p = p.getParent();
        if (p == null) throw new IllegalStateException("the repository's statements/ folder is not found");
        return p;
    }

    /** One of the project's statements (statements/NAME), as the reader reads it. */
    static Reading read(String name) throws Exception {
        return new Reader().read(Files.readAllBytes(root().resolve("statements").resolve(name)), name);
    }

    static TestData load(Database db) throws Exception {
        TestData t = new TestData();
        RoundStore store = new RoundStore(db);
        for (String name : SAMPLES) {
            Reading reading = read(name);
            t.readings.put(name, reading);
            t.rounds.put(name, store.ingest(reading).roundId());
        }
        t.hostileRound = store.ingest(hostile()).roundId();
        addUsers(db, "US", "KZ");
        return t;
    }

    /** The accounts the tests sign in as: admin, viewer, and an editor per party ("us-editor" for US), one password. */
    static void addUsers(Database db, String... editorParties) {
        Accounts accounts = new Accounts(db);
        accounts.addUser("admin", "admin", null, PASSWORD);
        for (String party : editorParties) accounts.addUser(party.toLowerCase(Locale.ROOT) + "-editor", "editor", party, PASSWORD);
        accounts.addUser("viewer", "viewer", null, PASSWORD);
    }

    /** A server over {@code db} on a free port, with sign-ins limited only loosely so that tests can sign in often. */
    static WebServer serve(Database db) {
        return WebServer.start(db, WebServer.Settings.of("127.0.0.1", 0).signInsPerMinute(1000));
    }

    /** A statement whose every field carries markup that would run if a page let it through. */
    static Reading hostile() {
        String text = "Joint statement " + XSS + "\n\nThe delegations met in Astana. " + IMG + " led the KZ side as "
                + "<b onmouseover=alert(3)>Minister</b>. The sides agreed to <svg onload=alert(4)> meet again.";
        int p = text.indexOf(IMG);
        int c = text.indexOf("agreed to");
        Evidence person = Evidence.of(text, p, p + IMG.length());
        Evidence commitment = Evidence.of(text, c, text.length() - 1);
        RoundRecord r = new RoundRecord(
                new Source("hostile-sha", "text/plain", "Publisher " + XSS, "Title " + IMG, null, 0, text.length()),
                new Dialogue("Dialogue " + XSS, "X" + IMG, List.of("KZ", "US")),
                new Round(2, "2024-05-01", "Astana " + XSS, "KZ"),
                List.of(new Participant(IMG, "<b onmouseover=alert(3)>Minister</b>", "KZ", Participant.Role.HEAD, List.of(person))),
                List.of(new TopicFound("test.hostile", "Topic " + XSS, "track " + IMG, List.of(person))),
                List.of(),
                List.of(new Commitment(List.of("KZ", "US"), "<svg onload=alert(4)> meet again", "agreed to", "firm", "2025",
                        "Place " + XSS, commitment)),
                null, List.of(), List.of("warning " + XSS));
        return new Reading(new Document("hostile-sha", "text/plain", "hostile " + XSS + ".txt", "javascript:alert(5)", text), r);
    }
}
