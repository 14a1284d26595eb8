package org.communique.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import org.communique.model.Json;
import org.communique.model.Participant;
import org.communique.model.RecordJson;
import org.communique.model.RoundRecord;
import org.communique.store.RoundStore;
import org.communique.store.RoundSummary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The record over HTTP: the stored rounds as pages and as JSON under /api/. */
public final class WebServer implements AutoCloseable {
    // served from here rather than inline, so the Content-Security-Policy can forbid inline styles and scripts
    private static final byte[] STYLE = resource("style.css");

    private final Javalin app;

    private WebServer(Javalin app) {
        this.app = app;
    }

    /** Starts serving; {@code port} 0 picks a free port. */
    public static WebServer start(RoundStore store, String bind, int port) {
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get("/", ctx -> home(ctx, store));
            config.routes.get("/assets/style.css", ctx -> ctx.contentType("text/css; charset=utf-8").result(STYLE));
            config.routes.get("/rounds/{id}", ctx -> roundPage(ctx, store));
            config.routes.get("/api/rounds", ctx -> json(ctx, 200, roundsJson(store.rounds())));
            config.routes.get("/api/rounds/{id}", ctx -> {
                Optional<RoundRecord> r = round(ctx, store);
                if (r.isPresent()) json(ctx, 200, RecordJson.toMap(r.get()));
            });
            config.routes.before(ctx -> {
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'");
            });
        });
        app.start(bind, port);
        return new WebServer(app);
    }

    private static byte[] resource(String name) {
        try (var in = WebServer.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("the jar lacks " + name);
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    private static Optional<RoundRecord> round(Context ctx, RoundStore store) {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            problem(ctx, 400, "a round id is a number, not '" + ctx.pathParam("id") + "'");
            return Optional.empty();
        }
        Optional<RoundRecord> r = store.record(id);
        if (r.isEmpty()) problem(ctx, 404, "there is no round " + id);
        return r;
    }

    private static void json(Context ctx, int status, Object body) {
        ctx.status(status).contentType("application/json; charset=utf-8").result(Json.write(body));
    }

    private static void problem(Context ctx, int status, String detail) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("status", status);
        p.put("title", status == 404 ? "Not Found" : "Bad Request");
        p.put("detail", detail);
        ctx.status(status).contentType("application/problem+json").result(Json.write(p));
    }

    private static List<Object> roundsJson(List<RoundSummary> rounds) {
        List<Object> out = new ArrayList<>();
        for (RoundSummary r : rounds) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id());
            m.put("series", r.dialogueKey());
            m.put("dialogue", r.dialogueName());
            m.put("parties", r.parties());
            m.put("ordinal", r.ordinal());
            m.put("date", r.date());
            m.put("place", r.place());
            m.put("host", r.host());
            out.add(m);
        }
        return out;
    }

    private static void home(Context ctx, RoundStore store) {
        StringBuilder b = page("Communiqué");
        b.append("<h1>Communiqué</h1><p>The record of strategic dialogues.</p><table><tr><th>Date</th><th>Dialogue</th>"
                + "<th>Parties</th><th>Round</th><th>Place</th></tr>");
        for (RoundSummary r : store.rounds()) {
            b.append("<tr><td>").append(Html.escape(r.date())).append("</td><td><a href=\"/rounds/").append(r.id()).append("\">")
                    .append(Html.escape(r.dialogueName() == null ? "(unnamed dialogue)" : r.dialogueName())).append("</a></td><td>")
                    .append(Html.escape(String.join("–", r.parties()))).append("</td><td>")
                    .append(r.ordinal() == null ? "" : r.ordinal()).append("</td><td>").append(Html.escape(r.place())).append("</td></tr>");
        }
        b.append("</table></body></html>");
        ctx.html(b.toString());
    }

    private static void roundPage(Context ctx, RoundStore store) {
        Optional<RoundRecord> found = round(ctx, store);
        if (found.isEmpty()) return;
        RoundRecord r = found.get();
        StringBuilder b = page(r.dialogue().name() == null ? "Round" : r.dialogue().name());
        b.append("<p><a href=\"/\">All rounds</a></p><h1>").append(Html.escape(r.dialogue().name())).append("</h1><p>")
                .append(Html.escape(String.join("–", r.dialogue().parties()))).append(" · round ")
                .append(r.round().ordinal() == null ? "?" : r.round().ordinal()).append(" · ")
                .append(Html.escape(r.round().date())).append(" · ").append(Html.escape(r.round().place())).append("</p>");
        b.append("<h2>Delegations</h2><ul>");
        for (Participant p : r.participants()) {
            b.append("<li>").append(Html.escape(p.name())).append(" — ").append(Html.escape(p.title()))
                    .append(" (").append(Html.escape(p.party())).append(", ").append(p.role().code()).append(")</li>");
        }
        b.append("</ul><h2>Commitments</h2><ul>");
        r.commitments().forEach(c -> b.append("<li>").append(Html.escape(String.join(", ", c.actors()))).append(": ")
                .append(Html.escape(c.trigger())).append(' ').append(Html.escape(c.text())).append("</li>"));
        b.append("</ul><h2>Topics</h2><ul>");
        r.topics().forEach(t -> b.append("<li>").append(Html.escape(t.label())).append(" <small>")
                .append(Html.escape(t.track())).append("</small></li>"));
        b.append("</ul></body></html>");
        ctx.html(b.toString());
    }

    private static StringBuilder page(String title) {
        return new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(Html.escape(title)).append("</title><link rel=\"stylesheet\" href=\"/assets/style.css\"></head><body>");
    }
}
