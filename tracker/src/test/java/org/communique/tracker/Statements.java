package org.communique.tracker;

import org.communique.model.Act;
import org.communique.model.Commitment;
import org.communique.model.Document;
import org.communique.model.Evidence;
import org.communique.model.Participant;
import org.communique.model.Reading;
import org.communique.model.Records;
import org.communique.model.Reference;
import org.communique.model.RoundRecord;
import org.communique.model.Source;
import org.communique.model.TopicFound;
import org.communique.reader.Reader;
import org.communique.reader.UnreadableException;
import org.communique.store.Database;
import org.communique.store.RoundStore;
import org.communique.testsupport.TestDatabases;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The statements the tests store: the project's own (statements/NAME.{txt,html} with the record of
 * NAME.gold.json, so that the tracker is tested on what the statements say, whatever the reader makes
 * of them today) and the fixtures of this module (fixtures/NAME.txt with NAME.json). Each is stored as the app stores
 * it, as decoded text with the sentences the reader split: the facts are the gold record's, the text and its
 * sentences the reader's.
 */
final class Statements {
    static final Path ROOT = root();
    private static final Reader READER = new Reader();

    /** The project's three Turkmenistan-United States ESPD rounds (statements/). */
    static final String[] SERIES_A = {"series-a-1-2021", "series-a-2-2022", "series-a-3-2023"};
    /** The project's series B (statements/), two rounds. */
    static final String[] SERIES_B = {"series-b-1-2022", "series-b-2-2023"};
    /** The project's series C (statements/), two rounds. */
    static final String[] SERIES_C = {"series-c-1-2021", "series-c-2-2022"};
    /** This module's Chile-New Zealand dialogue, three rounds, and their Trade Council, another series. */
    static final String[] CL_NZ = {"fixture:cl-nz-spd-1-2021", "fixture:cl-nz-spd-2-2022", "fixture:cl-nz-spd-3-2023",
            "fixture:cl-nz-tc-2022"};

    private Statements() {}

    static Path root() {
        String r = System.getProperty("communique.root");
        return r == null ? Path.of("..").toAbsolutePath().normalize() : Path.of(r);
    }

    /** Stores each named statement; returns the round ids in the same order. */
    static List<Long> store(Database db, String... names) {
        RoundStore store = new RoundStore(db);
        List<Long> ids = new ArrayList<>();
        for (String name : names) ids.add(store.ingest(reading(name)).roundId());
        return ids;
    }

    /** A fresh database with each series of statements stored in turn, then tracked as of {@code asOf}. */
    static Database tracked(LocalDate asOf, String[]... series) {
        Database db = TestDatabases.fresh();
        for (String[] names : series) store(db, names);
        new Tracker(db).run(asOf);
        return db;
    }

    /** "series-a-1-2021" (statements/) or "fixture:cl-nz-spd-1-2021". */
    /** The commitment of round {@code round} whose text holds {@code words}, as the overview shows it. */
    static CommitmentView commitment(Database db, long round, String words) {
        return CommitmentOverview.list(db, null, null).stream()
                .filter(v -> v.roundId() == round && v.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no commitment '" + words + "' at round " + round));
    }

    static Reading reading(String name) {
        try {
            if (name.startsWith("fixture:")) {
                String base = name.substring("fixture:".length());
                byte[] bytes = resource("/fixtures/" + base + ".txt");
                return reading(bytes, base + ".txt", new String(resource("/fixtures/" + base + ".json"), StandardCharsets.UTF_8));
            }
            Path gold = ROOT.resolve("statements/" + name + ".gold.json");
            Path text = Files.exists(ROOT.resolve("statements/" + name + ".txt"))
                    ? ROOT.resolve("statements/" + name + ".txt") : ROOT.resolve("statements/" + name + ".html");
            return reading(Files.readAllBytes(text), text.getFileName().toString(), Files.readString(gold));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reading reading(byte[] bytes, String fileName, String json) {
        Reading read;
        try {
            read = READER.read(bytes, fileName);
        } catch (UnreadableException e) {
            throw new IllegalStateException(fileName + ": " + e.getMessage(), e);
        }
        String text = read.document().text();
        String sha = sha256(bytes);
        String type = read.document().mediaType();
        RoundRecord r = Records.record(json);
        Source source = new Source(sha, type, r.source().publisher(), r.source().title(), r.source().published(), 0, text.length(),
                read.record().source().sentences());
        List<Participant> people = new ArrayList<>();
        for (Participant p : r.participants()) {
            people.add(new Participant(p.name(), p.title(), p.party(), p.role(), locate(p.evidence(), text)));
        }
        List<TopicFound> topics = new ArrayList<>();
        for (TopicFound t : r.topics()) {
            // gold records name topics by label only: a code made of the label keeps them apart
            String code = t.code() != null ? t.code() : "gold." + t.label().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
            topics.add(new TopicFound(code, t.label(), t.track() == null ? "gold" : t.track(), locate(t.evidence(), text)));
        }
        List<Act> acts = new ArrayList<>();
        for (Act a : r.acts()) acts.add(new Act(a.actors(), a.verb(), a.kind(), a.topics(), locate(a.evidence(), text)));
        List<Commitment> commitments = new ArrayList<>();
        for (Commitment c : r.commitments()) {
            commitments.add(new Commitment(c.actors(), c.text(), c.trigger(), c.strength(), c.due(), c.place(),
                    locate(c.evidence(), text), c.cutOff()));
        }
        List<Reference> refs = new ArrayList<>();
        for (Reference ref : r.references()) refs.add(new Reference(ref.name(), ref.kind(), locate(ref.evidence(), text)));
        RoundRecord record = new RoundRecord(source, r.dialogue(), r.round(), people, topics, acts, commitments,
                r.nextRound(), refs, r.warnings());
        return new Reading(new Document(sha, type, fileName, null, text), record);
    }

    /** Fixtures give evidence by its words only; the offsets are found in the text. */
    private static Evidence locate(Evidence e, String text) {
        if (e == null || e.quote() == null) return null;
        int at = text.indexOf(e.quote());
        if (at < 0) return null;
        return new Evidence(at, at + e.quote().length(), e.quote());
    }

    private static List<Evidence> locate(List<Evidence> list, String text) {
        List<Evidence> out = new ArrayList<>();
        for (Evidence e : list) {
            Evidence found = locate(e, text);
            if (found != null) out.add(found);
        }
        return out;
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = Statements.class.getResourceAsStream(path)) {
            if (in == null) throw new IOException("no test resource " + path);
            return in.readAllBytes();
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
