package org.communique.web;

import io.javalin.http.Context;
import org.communique.model.Records;
import org.communique.model.RoundRecord;
import org.communique.store.CorrectionStore;
import org.communique.store.RecordIndex;
import org.communique.store.RoundStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON under /api/: the data of every page, exports, imports and corrections. Errors are application/problem+json. */
final class Api {
    private final WebServer.Site site;
    private final byte[] openapi;

    Api(WebServer.Site site) {
        this.site = site;
        try (InputStream in = Api.class.getResourceAsStream("openapi.json")) {
            if (in == null) throw new IllegalStateException("the jar lacks openapi.json");
            this.openapi = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void openapi(Context ctx) {
        ctx.contentType("application/json; charset=utf-8").result(openapi);
    }

    void me(Context ctx) {
        Visitor v = WebServer.Site.visitorOf(ctx);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("signed_in", v.signedIn());
        m.put("name", v.name());
        m.put("role", v.role());
        m.put("party", v.party());
        m.put("csrf", v.bearer() ? null : v.csrf());
        WebServer.Site.json(ctx, 200, m);
    }

    /** A dialogue in the list of them (openapi.json: Dialogue). */
    record DialogueJson(long id, String key, String name, String acronym, List<String> parties, int rounds,
                        SeriesViews.LastRound lastRound, long openCommitments) {}

    void dialogues(Context ctx) {
        WebServer.Site.json(ctx, 200, site.index.dialogues().stream().map(d -> new DialogueJson(d.id(), d.key(), d.name(),
                d.acronym(), d.parties(), d.rounds(), d.lastRoundId() == null ? null
                : new SeriesViews.LastRound(d.lastRoundId(), d.lastOrdinal(), d.lastDate(), d.lastPlace()),
                d.openCommitments())).toList());
    }

    private static String format(Context ctx) {
        String f = ctx.queryParam("format");
        if (f == null || f.isBlank() || f.equals("json")) return "json";
        if (f.equals("csv")) return "csv";
        throw new Problem(400, "format is json or csv, not '" + f + "'");
    }

    private static Map<String, Object> roundLine(RecordIndex.RoundLine r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("series", r.dialogueKey());
        m.put("dialogue", r.dialogue());
        m.put("parties", r.parties());
        m.put("ordinal", r.ordinal());
        m.put("date", r.date());
        m.put("place", r.place());
        m.put("host", r.host());
        m.put("publisher", r.publisher());
        m.put("file", r.fileName());
        if (r.snippet() != null) m.put("snippet", Snippets.plain(r.snippet()));
        return m;
    }

    private static final List<String> ROUND_COLUMNS = List.of("id", "series", "dialogue", "parties", "ordinal", "date", "place",
            "host", "publisher", "file");

    void rounds(Context ctx) {
        String format = format(ctx);
        List<Map<String, Object>> rounds = site.index.rounds(Pages.filter(ctx)).stream().map(Api::roundLine).toList();
        export(ctx, format, "rounds", ROUND_COLUMNS, rounds);
    }

    /** The lines as CSV of these columns or as JSON, as ?format= asks; asked for by name, either is a download NAME.csv or NAME.json. */
    private static void export(Context ctx, String format, String name, List<String> columns, List<Map<String, Object>> lines) {
        if (format.equals("csv")) {
            Csv csv = new Csv(columns);
            for (Map<String, Object> line : lines) csv.row(line);
            csv.send(ctx, name);
            return;
        }
        jsonDownload(ctx, name, lines);
    }

    /** JSON, sent as the download NAME.json when ?format= asked for it by name. */
    private static void jsonDownload(Context ctx, String name, Object value) {
        if (ctx.queryParam("format") != null) ctx.header("Content-Disposition", "attachment; filename=\"" + name + ".json\"");
        WebServer.Site.json(ctx, 200, value);
    }

    private CorrectionStore.CorrectedRound corrected(long id) {
        RoundRecord read = site.rounds.record(id).orElseThrow(() -> new Problem(404, "there is no round " + id));
        return site.corrections.apply(id, read);
    }

    void round(Context ctx) {
        long id = WebServer.Site.id(ctx, "round");
        var cr = corrected(id);
        WebServer.Site.json(ctx, 200, RoundViews.json(cr, site.index.seriesKeyOf(id).orElse(null)));
    }

    void akn(Context ctx) {
        long id = WebServer.Site.id(ctx, "round");
        var cr = corrected(id);
        var doc = site.index.document(id).orElseThrow(() -> new Problem(404, "there is no round " + id));
        String xml = AkomaNtoso.of(id, site.index.seriesKeyOf(id).orElse("dialogue"), cr.record(), doc.text());
        ctx.contentType("application/akn+xml; charset=utf-8").result(xml);
    }

    void corrections(Context ctx) {
        long id = WebServer.Site.id(ctx, "round");
        var cr = corrected(id);
        WebServer.Site.json(ctx, 200, RoundViews.corrections(cr.history()));
    }

    static void checkMayCorrect(Visitor v, RoundRecord read, CorrectionStore.Change change) {
        if (!v.mayEdit()) throw new Problem(403, "a viewer cannot change the record; an editor or admin can");
        if (!java.util.Set.of("participant", "topic", "commitment").contains(String.valueOf(change.fact()))) {
            throw new Problem(400, "a correction is of a participant, a topic or a commitment (fact), not '" + change.fact() + "'");
        }
        if (change.key() == null || change.key().isBlank()) throw new Problem(400, "a correction names its fact (key)");
        if (!Permissions.mayCorrect(v, read, change.fact(), change.key())) {
            throw new Problem(403, "an editor for " + v.party() + " may correct only the facts of " + v.party()
                    + " (its people, commitments it made, topics of its rounds), and this " + change.fact()
                    + " is not one of them");
        }
    }

    void correct(Context ctx) {
        Visitor v = site.requireEditor(ctx);
        long id = WebServer.Site.id(ctx, "round");
        RoundRecord read = site.rounds.record(id).orElseThrow(() -> new Problem(404, "there is no round " + id));
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
        if (!type.startsWith("application/json") && !type.matches("application/[a-z0-9.+-]*\\+json.*")) {
            throw new Problem(415, "a correction is sent as application/json: {fact, key, field, value, note}");
        }
        Map<String, Object> body;
        try {
            body = Records.parseObject(ctx.body());
        } catch (IllegalArgumentException e) {
            throw new Problem(400, "the body must be a JSON object {fact, key, field, value, note}: " + e.getMessage());
        }
        CorrectionStore.Change change = new CorrectionStore.Change(str(body.get("fact")), str(body.get("key")),
                str(body.get("field")), str(body.get("value")), str(body.get("note")));
        long cid = site.correct(v, id, read, change);
        var cr = site.corrections.apply(id, read);
        RoundViews.CorrectionJson made = RoundViews.corrections(cr.history()).stream().filter(c -> c.id() == cid).findFirst()
                .orElse(null);
        ctx.header("Location", "/api/rounds/" + id);
        WebServer.Site.json(ctx, 201, made);
    }

    private static String str(Object o) {
        return o == null ? null : o instanceof Number n ? Long.toString(n.longValue()) : o.toString();
    }

    /** A person in the list of them (openapi.json: PersonLine). */
    record PersonLineJson(long id, String name, List<String> parties, int rounds, String latestTitle) {}

    void people(Context ctx) {
        WebServer.Site.json(ctx, 200, site.index.people().stream().map(p -> new PersonLineJson(p.id(), p.name(), p.parties(),
                p.rounds(), p.lastTitle())).toList());
    }

    /** A person with the rounds they attended (openapi.json: Person). */
    record PersonJson(long id, String name, List<String> names, List<AttendanceJson> rounds) {}

    record AttendanceJson(long round, String dialogue, Integer ordinal, String date, String place, String party, String role,
                          String title, boolean titleCorrected) {}

    void person(Context ctx) {
        long id = WebServer.Site.id(ctx, "person");
        var p = site.index.person(id).orElseThrow(() -> new Problem(404, "there is no person " + id));
        WebServer.Site.json(ctx, 200, new PersonJson(p.id(), p.name(), p.names(), p.rounds().stream().map(a -> new AttendanceJson(
                a.roundId(), a.dialogue(), a.ordinal(), a.date(), a.place(), a.party(), a.role(), a.title(), a.titleCorrected()))
                .toList()));
    }

    /** A commitment in a list or an export (openapi.json: CommitmentLine). */
    record CommitmentJson(long id, long round, int position, String series, String dialogue, String date, List<String> actors,
                          String trigger, String text, String due, String place, String status) {}

    /** A commitment's line as both exports take it: the JSON object's fields, by name. */
    private static Map<String, Object> commitmentLine(RecordIndex.CommitmentLine c) {
        return Records.toMap(new CommitmentJson(c.id(), c.roundId(), c.position(), c.dialogueKey(), c.dialogue(), c.date(),
                c.actors(), c.trigger(), c.text(), c.due(), c.place(), c.status()));
    }

    private static final List<String> COMMITMENT_COLUMNS = List.of("id", "round", "position", "series", "dialogue", "date",
            "actors", "trigger", "text", "due", "place", "status");

    void commitments(Context ctx) {
        String format = format(ctx);
        List<Map<String, Object>> list = site.index.commitments(Pages.filter(ctx)).stream().map(Api::commitmentLine).toList();
        export(ctx, format, "commitments", COMMITMENT_COLUMNS, list);
    }

    /** How many a search found, and the first of them (openapi.json: SearchResult); count first, as documented. */
    record Found(long count, List<Map<String, Object>> items) {}

    /** What a search asked for: its words and facets, null where not given. */
    record QueryJson(String q, String party, String year, String track, String topic, String status, String dialogue) {}

    void search(Context ctx) {
        String format = format(ctx);
        RecordIndex.Filter f = Pages.filter(ctx);
        int limit = 100;
        String l = ctx.queryParam("limit");
        if (l != null) {
            try {
                limit = Integer.parseInt(l);
            } catch (NumberFormatException e) {
                throw new Problem(400, "limit is a number from 1 to 1000, not '" + l + "'");
            }
            if (limit < 1 || limit > 1000) throw new Problem(400, "limit is a number from 1 to 1000, not " + limit);
        }
        int most = limit;
        var result = site.searches.get(f + "|" + most, () -> site.index.search(f, most));
        if (format.equals("csv")) {
            Csv csv = new Csv(List.of("kind", "round", "commitment", "series", "dialogue", "date", "text", "status"));
            for (RecordIndex.RoundLine r : result.rounds()) {
                csv.row(java.util.Arrays.asList("statement", r.id(), null, r.dialogueKey(), r.dialogue(), r.date(),
                        Snippets.plain(r.snippet()), null));
            }
            for (RecordIndex.CommitmentLine c : result.commitments()) {
                csv.row(java.util.Arrays.asList("commitment", c.roundId(), c.id(), c.dialogueKey(), c.dialogue(), c.date(),
                        c.trigger() + " " + c.text(), c.status()));
            }
            csv.send(ctx, "search");
            return;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("query", new QueryJson(f.q(), f.party(), f.year(), f.track(), f.topic(), f.status(), f.dialogue()));
        m.put("rounds", new Found(result.roundCount(), result.rounds().stream().map(Api::roundLine).toList()));
        m.put("commitments", new Found(result.commitmentCount(), result.commitments().stream().map(Api::commitmentLine).toList()));
        Map<String, Object> facets = new LinkedHashMap<>();
        result.facets().forEach((name, values) -> facets.put(name, values.stream().map(v -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("value", v.value());
            x.put("label", v.label());
            x.put("count", v.count());
            return x;
        }).toList()));
        m.put("facets", facets);
        jsonDownload(ctx, "search", m);
    }

    /** What an import read, and stored if asked (openapi.json: ImportResult). */
    record Imported(boolean stored, List<Object> statements) {}

    /** A statement as the body (text/plain, text/html or application/pdf) or files in multipart/form-data; stored only with store=true. */
    void importStatements(Context ctx) {
        Visitor v = site.requireEditor(ctx);
        String storeParam = ctx.queryParam("store");
        boolean store = "true".equals(storeParam);
        if (storeParam != null && !store && !"false".equals(storeParam)) throw new Problem(400, "store is true or false");
        List<Imports.Item> items;
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        if (type.startsWith("multipart/form-data")) {
            items = site.pages.readAll(ctx.uploadedFiles("files"), ctx.formParam("text"));
        } else if (type.startsWith("text/plain") || type.startsWith("text/html") || type.startsWith("application/pdf")) {
            String name = ctx.queryParam("name");
            if (name == null) name = type.startsWith("text/html") ? "statement.html" : type.startsWith("application/pdf") ? "statement.pdf" : "statement.txt";
            byte[] bytes = ctx.bodyAsBytes();
            if (bytes.length == 0) throw new Problem(400, "the body is empty: send the statement's text or file");
            items = new ArrayList<>();
            try {
                items.add(Imports.Item.read(name, site.reader.read(bytes, name)));
            } catch (org.communique.reader.UnreadableException e) {
                items.add(new Imports.Item(name, null, e.getMessage()));
            }
        } else {
            throw new Problem(415, "send the statement as text/plain, text/html or application/pdf, or files in multipart/form-data"
                    + " (field 'files')");
        }
        if (items.isEmpty()) throw new Problem(400, "no statement was sent: add files (field 'files') or text (field 'text')");
        List<Object> out = new ArrayList<>();
        boolean anyRead = false;
        for (Imports.Item i : items) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", i.fileName());
            if (i.reading() == null) {
                m.put("refused", i.refusal());
            } else {
                anyRead = true;
                m.put("sha256", i.reading().document().sha256());
                if (store) {
                    RoundStore.Ingested result = site.rounds.ingest(i.reading());
                    m.put("outcome", result.outcome() == RoundStore.Outcome.NEW_ROUND ? "new" : "already known");
                    m.put("round", result.roundId());
                } else {
                    m.put("known_round", site.index.roundOfDocument(i.reading().document().sha256()).orElse(null));
                }
                m.put("record", i.reading().record());
            }
            out.add(m);
        }
        if (!anyRead && items.size() == 1) throw new Problem(422, "the statement was refused: " + items.get(0).refusal());
        if (store) site.trackIfNeeded();
        WebServer.Site.json(ctx, store ? 201 : 200, new Imported(store, out));
    }
}
