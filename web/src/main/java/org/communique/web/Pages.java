package org.communique.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import org.communique.model.Reading;
import org.communique.model.RoundRecord;
import org.communique.reader.UnreadableException;
import org.communique.store.CorrectionStore;
import org.communique.store.RecordIndex;
import org.communique.store.RoundStore;
import org.communique.store.StoreException;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The HTML pages: each handler gathers a view and renders its jte template. */
final class Pages {
    private final WebServer.Site site;

    Pages(WebServer.Site site) {
        this.site = site;
    }

    void home(Context ctx) {
        var series = SeriesViews.lines(site.db);
        long open = series.stream().mapToLong(SeriesViews.SeriesLine::openCommitments).sum();
        site.render(ctx, "home.jte", new Views.Home(site.page(ctx, "Home"), series, site.index.recentRounds(10),
                site.rounds.count("rounds"), open));
    }

    void round(Context ctx) {
        long id = WebServer.Site.id(ctx, "round");
        String notice = ctx.queryParam("corrected") != null ? "Your correction is saved; the reading as first made is kept beside it." : null;
        // the page's six lookups on one connection rather than six turns at the pool
        Object page = site.db.inOneConnection(() -> {
            RoundRecord read = site.rounds.record(id).orElseThrow(() -> new Problem(404, "there is no round " + id));
            var corrected = site.corrections.apply(id, read);
            var doc = site.index.document(id).orElseThrow(() -> new Problem(404, "there is no round " + id));
            String key = site.index.seriesKeyOf(id).orElse("");
            String title = (read.dialogue().name() == null ? "Round" : read.dialogue().name())
                    + (read.round().date() == null ? "" : ", " + read.round().date());
            return RoundViews.page(site.page(ctx, title), corrected, key, doc, site.index.peopleOf(id),
                    site.corrections.topics(), notice);
        });
        site.render(ctx, "round.jte", page);
    }

    void correct(Context ctx) {
        Visitor v = site.requireEditor(ctx);
        long id = WebServer.Site.id(ctx, "round");
        RoundRecord read = site.rounds.record(id).orElseThrow(() -> new Problem(404, "there is no round " + id));
        CorrectionStore.Change change = new CorrectionStore.Change(ctx.formParam("fact"), ctx.formParam("key"),
                ctx.formParam("field"), ctx.formParam("value"), ctx.formParam("note"));
        site.correct(v, id, read, change);
        ctx.redirect("/rounds/" + id + "?corrected=1", HttpStatus.SEE_OTHER);
    }

    void people(Context ctx) {
        site.render(ctx, "people.jte", new Views.People(site.page(ctx, "People"), site.index.people()));
    }

    /** Rounds on one page of a person: the busiest people attended a thousand. */
    static final int PERSON_PAGE = 100;

    void person(Context ctx) {
        long id = WebServer.Site.id(ctx, "person");
        String asked = ctx.queryParam("page");
        int page;
        try {
            page = asked == null ? 1 : Integer.parseInt(asked);
        } catch (NumberFormatException e) {
            throw new Problem(400, "page is a number from 1, not '" + asked + "'");
        }
        if (page < 1) throw new Problem(400, "page is a number from 1, not " + page);
        var p = site.index.personPage(id, page, PERSON_PAGE).orElseThrow(() -> new Problem(404, "there is no person " + id));
        if (p.person().id() != id) { // another spelling of a person: the person's own page
            ctx.redirect("/people/" + p.person().id() + (asked == null ? "" : "?page=" + p.page()), HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        site.render(ctx, "person.jte", new Views.Person(site.page(ctx, p.person().name()), p.person(), p.page(), p.pages(),
                p.total(), (p.page() - 1) * PERSON_PAGE));
    }

    static RecordIndex.Filter filter(Context ctx) {
        return new RecordIndex.Filter(ctx.queryParam("q"), ctx.queryParam("party"), ctx.queryParam("year"),
                ctx.queryParam("track"), ctx.queryParam("topic"), ctx.queryParam("status"), ctx.queryParam("dialogue"));
    }

    /** The filter as query parameters, each followed by '&'. */
    static String query(RecordIndex.Filter f) {
        StringBuilder b = new StringBuilder();
        param(b, "q", f.q());
        param(b, "party", f.party());
        param(b, "year", f.year());
        param(b, "track", f.track());
        param(b, "topic", f.topic());
        param(b, "status", f.status());
        param(b, "dialogue", f.dialogue());
        return b.toString();
    }

    private static void param(StringBuilder b, String name, String value) {
        if (value != null) b.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
    }

    private static RecordIndex.Filter with(RecordIndex.Filter f, String facet, String value) {
        return new RecordIndex.Filter(f.q(), facet.equals("party") ? value : f.party(), facet.equals("year") ? value : f.year(),
                facet.equals("track") ? value : f.track(), facet.equals("topic") ? value : f.topic(),
                facet.equals("status") ? value : f.status(), f.dialogue());
    }

    private static String valueOf(RecordIndex.Filter f, String facet) {
        return switch (facet) {
            case "party" -> f.party();
            case "year" -> f.year();
            case "track" -> f.track();
            case "topic" -> f.topic();
            case "status" -> f.status();
            default -> null;
        };
    }

    void search(Context ctx) {
        RecordIndex.Filter f = filter(ctx);
        var result = site.searches.get(f + "|100", () -> site.index.search(f, 100));
        List<Views.FacetGroup> groups = new ArrayList<>();
        Map<String, String> titles = Map.of("party", "Party", "year", "Year", "track", "Track", "topic", "Topic", "status",
                "Commitment status");
        for (var e : result.facets().entrySet()) {
            String facet = e.getKey();
            String selected = valueOf(f, facet);
            List<Views.FacetLink> links = new ArrayList<>();
            for (RecordIndex.Facet v : e.getValue()) {
                boolean on = v.value().equals(selected);
                String q = query(with(f, facet, on ? null : v.value()));
                String label = facet.equals("track") ? Words.track(v.value()) : v.label();
                links.add(new Views.FacetLink(label, v.count(), "/search" + (q.isEmpty() ? "" : "?" + q.substring(0, q.length() - 1)), on));
            }
            groups.add(new Views.FacetGroup(facet, titles.get(facet), links));
        }
        var choices = site.index.choices();
        String title = f.q() == null ? "Search" : "Search: " + f.q();
        Views.Page page = new Views.Page(title, WebServer.Site.visitorOf(ctx), f.q(), site.settings.privateReading(), ctx.path());
        site.render(ctx, "search.jte", new Views.Search(page, f, result, groups, query(f), Views.Choice.of(choices.get("party")),
                Views.Choice.of(choices.get("year")), trackChoices(choices.get("track")), Views.Choice.of(choices.get("topic")),
                CorrectionStore.STATUSES));
    }

    private static List<Views.Choice> trackChoices(List<RecordIndex.Facet> tracks) {
        return tracks.stream().map(t -> new Views.Choice(t.value(), Words.track(t.value()))).toList();
    }

    // ------------------------------------------------------------ import

    void importForm(Context ctx) {
        site.requireEditor(ctx);
        site.render(ctx, "import.jte", new Views.Import(site.page(ctx, "Import"), null, null));
    }

    /** Reads the uploaded files and the pasted text, without storing anything. */
    List<Imports.Item> readAll(List<UploadedFile> files, String text) {
        List<Imports.Item> items = new ArrayList<>();
        for (UploadedFile f : files) {
            if (f.size() == 0 && (f.filename() == null || f.filename().isBlank())) continue;
            String name = f.filename() == null ? "upload" : f.filename().replaceAll("[\\\\/]", "_");
            try (InputStream in = f.content()) {
                byte[] bytes = in.readNBytes((int) org.communique.reader.Reader.DEFAULT_MAX_BYTES + 1);
                if (bytes.length > org.communique.reader.Reader.DEFAULT_MAX_BYTES) {
                    items.add(new Imports.Item(name, null, "it is larger than the 20 MB limit for one statement"));
                    continue;
                }
                items.add(Imports.Item.read(name, site.reader.read(bytes, name)));
            } catch (UnreadableException e) {
                items.add(new Imports.Item(name, null, e.getMessage()));
            } catch (IOException e) {
                items.add(new Imports.Item(name, null, "the upload could not be read (" + e.getMessage() + ")"));
            }
        }
        if (text != null && !text.isBlank()) {
            try {
                items.add(Imports.Item.read(null, site.reader.read(text)));
            } catch (UnreadableException e) {
                items.add(new Imports.Item(null, null, e.getMessage()));
            }
        }
        return items;
    }

    void importPreview(Context ctx) {
        Visitor v = site.requireEditor(ctx);
        String text = ctx.formParam("text");
        List<Imports.Item> items = readAll(ctx.uploadedFiles("files"), text);
        if (items.isEmpty()) {
            ctx.status(400);
            site.render(ctx, "import.jte", new Views.Import(site.page(ctx, "Import"), "Choose a file or paste a statement.", text));
            ctx.status(400);
            return;
        }
        String pending = site.imports.keep(v.user().id(), items);
        List<Views.Preview> previews = new ArrayList<>();
        boolean any = false;
        for (Imports.Item i : items) {
            if (i.reading() == null) {
                previews.add(new Views.Preview(i.fileName(), null, null, null, i.refusal()));
            } else {
                any = true;
                String sha = i.reading().document().sha256();
                previews.add(new Views.Preview(i.fileName(), sha, site.index.roundOfDocument(sha).orElse(null),
                        i.reading().record(), null));
            }
        }
        site.render(ctx, "import-preview.jte", new Views.ImportPreview(site.page(ctx, "Import: check"), pending, previews, any));
    }

    void importStore(Context ctx) {
        Visitor v = site.requireEditor(ctx);
        List<Imports.Item> items = site.imports.take(ctx.formParam("pending"), v.user().id());
        if (items == null) throw new Problem(409, "this preview has expired or was stored already: read the statements again");
        List<Views.Stored> stored = new ArrayList<>();
        for (Imports.Item i : items) {
            if (i.reading() == null) continue;
            Reading reading = i.reading();
            RoundStore.Ingested result = site.rounds.ingest(reading);
            stored.add(new Views.Stored(i.fileName(), result.roundId(), result.outcome() == RoundStore.Outcome.NEW_ROUND));
        }
        site.trackIfNeeded();
        if (stored.size() == 1) {
            ctx.redirect("/rounds/" + stored.get(0).roundId(), HttpStatus.SEE_OTHER);
            return;
        }
        site.render(ctx, "import-done.jte", new Views.ImportDone(site.page(ctx, "Stored"), stored));
    }

    // ------------------------------------------------------------ accounts

    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\") || next.contains("\n")
                || next.contains("\r") || next.startsWith("/sign-in")) {
            return "/";
        }
        return next;
    }

    void signInForm(Context ctx) {
        site.render(ctx, "sign-in.jte", new Views.SignIn(site.page(ctx, "Sign in"), safeNext(ctx.queryParam("next")), null, null));
    }

    void signIn(Context ctx) {
        String name = ctx.formParam("name");
        String next = safeNext(ctx.formParam("next"));
        long wait = Math.max(site.limiter.attempt(ctx.ip()),
                site.nameLimiter.attempt(ctx.ip() + "\n" + (name == null ? "" : name.strip().toLowerCase(java.util.Locale.ROOT))));
        if (wait > 0) {
            ctx.header("Retry-After", Long.toString(wait));
            signInRefused(ctx, 429, next, name, "Too many sign-in attempts from your address: wait " + wait + " seconds.");
            return;
        }
        Accounts.SignIn result = site.accounts.signIn(name, ctx.formParam("password"));
        if (result.user() == null) {
            signInRefused(ctx, 401, next, name, capital(result.refusal()) + ".");
            return;
        }
        // a new session id at every sign-in: an id planted before it (session fixation) is worth nothing
        String old = ctx.cookie(WebServer.SESSION_COOKIE);
        site.accounts.endSession(old);
        String id = site.accounts.newSession(result.user());
        ctx.cookie(site.cookie(ctx, WebServer.SESSION_COOKIE, id, (int) Accounts.SESSION_LIFE.toSeconds()));
        ctx.redirect(next, HttpStatus.SEE_OTHER);
    }

    private void signInRefused(Context ctx, int status, String next, String name, String error) {
        site.render(ctx, "sign-in.jte", new Views.SignIn(site.page(ctx, "Sign in"), next, error, name));
        ctx.status(status);
    }

    private static String capital(String s) {
        return s == null || s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    void signOut(Context ctx) {
        site.accounts.endSession(ctx.cookie(WebServer.SESSION_COOKIE));
        ctx.cookie(site.cookie(ctx, WebServer.SESSION_COOKIE, "", 0));
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    void account(Context ctx) {
        Visitor v = site.requireSignedIn(ctx);
        site.render(ctx, "account.jte", new Views.Account(site.page(ctx, v.name()), site.accountStore.tokens(v.user().id()), null));
    }

    void newToken(Context ctx) {
        Visitor v = site.requireSignedIn(ctx);
        String label = ctx.formParam("label");
        if (label == null || label.isBlank() || label.length() > 100) throw new Problem(400, "a token needs a label of at most 100 characters");
        String token = site.accounts.newToken(v.name(), label);
        ctx.header("Cache-Control", "no-store");
        site.render(ctx, "account.jte", new Views.Account(site.page(ctx, v.name()), site.accountStore.tokens(v.user().id()), token));
    }

    void deleteToken(Context ctx) {
        Visitor v = site.requireSignedIn(ctx);
        long id = WebServer.Site.id(ctx, "token");
        if (!site.accountStore.removeToken(v.user().id(), id)) throw new Problem(404, "you have no token " + id);
        ctx.redirect("/account", HttpStatus.SEE_OTHER);
    }

    void users(Context ctx) {
        site.requireAdmin(ctx);
        site.render(ctx, "users.jte", new Views.Users(site.page(ctx, "Users"), site.accountStore.users(), null, null));
    }

    void addUser(Context ctx) {
        site.requireAdmin(ctx);
        String name = ctx.formParam("name");
        try {
            site.accounts.addUser(name, ctx.formParam("role"), ctx.formParam("party"), ctx.formParam("password"));
        } catch (StoreException e) {
            ctx.status(400);
            site.render(ctx, "users.jte", new Views.Users(site.page(ctx, "Users"), site.accountStore.users(), capital(e.getMessage()) + ".", null));
            ctx.status(400);
            return;
        }
        site.render(ctx, "users.jte", new Views.Users(site.page(ctx, "Users"), site.accountStore.users(), null, "Added " + name + "."));
    }
}
