package org.communique.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.SameSite;
import io.javalin.json.JavalinJackson;
import org.communique.model.Records;
import org.communique.reader.Reader;
import org.communique.store.AccountStore;
import org.communique.store.CommitmentBoard;
import org.communique.store.CorrectionStore;
import org.communique.store.Database;
import org.communique.store.RecordIndex;
import org.communique.store.RoundList;
import org.communique.store.RoundStore;
import org.communique.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The record over HTTP: pages for people and JSON under /api/ for scripts, with accounts, sessions, CSRF
 * tokens and corrections. Statements are untrusted: every page is a jte template that escapes what it shows,
 * and the Content-Security-Policy allows no inline script or style.
 */
public final class WebServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    static final String SESSION_COOKIE = "cq_session";
    static final String CSRF_COOKIE = "cq_csrf";
    /** Pages say their charset, so no browser guesses another for a statement's text. */
    static final String HTML = "text/html; charset=utf-8";
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    /** What Jetty reads of a request's line and headers together, in KB (its default, stated where it is refused). */
    static final int HEADER_LIMIT_KB = 8;
    private static final Set<HandlerType> SAFE = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

    /**
     * How the server runs. {@code privateReading}: every page and API call needs a signed-in user.
     * {@code publicUrl}: the address people reach it at (behind a TLS proxy: https://...), or null.
     */
    public record Settings(String bind, int port, boolean privateReading, int signInsPerMinute, String publicUrl) {
        public static Settings of(String bind, int port) {
            return new Settings(bind, port, false, 10, null);
        }

        public Settings privately(boolean yes) {
            return new Settings(bind, port, yes, signInsPerMinute, publicUrl);
        }

        public Settings signInsPerMinute(int n) {
            return new Settings(bind, port, privateReading, n, publicUrl);
        }

        public Settings publicUrl(String url) {
            return new Settings(bind, port, privateReading, signInsPerMinute, url);
        }

        /** Whether people reach the server over TLS (a proxy in front of it), whatever the request to it says. */
        public boolean publiclyHttps() {
            return publicUrl != null && publicUrl.regionMatches(true, 0, "https://", 0, 8);
        }
    }

    private final Javalin app;
    private final Site site;

    private WebServer(Javalin app, Site site) {
        this.app = app;
        this.site = site;
    }

    /** How many times the search answers were emptied: for tests. */
    long searchCacheGeneration() {
        return site.searches.generation();
    }

    /** Whether an address to listen on is this machine's alone (loopback): any other is reachable from outside. */
    public static boolean isLoopback(String bind) {
        try {
            return java.net.InetAddress.getByName(bind).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    /** The most a request body may hold: a statement and a little more; a multipart upload of several. */
    static final long BODY_LIMIT = Reader.DEFAULT_MAX_BYTES + 1024 * 1024;
    static final long MULTIPART_LIMIT = 60L * 1024 * 1024;

    /** Starts serving the database's record; {@code port} 0 picks a free port. */
    public static WebServer start(Database db, Settings settings) {
        Site site = new Site(db, settings);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            // the API's JSON is written by the project's one mapping, as the command line's is
            config.jsonMapper(new JavalinJackson(Records.mapper(), false));
            config.http.maxRequestSize = BODY_LIMIT;
            config.jetty.multipartConfig.maxFileSize(20, SizeUnit.MB);
            config.jetty.multipartConfig.maxTotalRequestSize(MULTIPART_LIMIT / (1024 * 1024), SizeUnit.MB);
            config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            config.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(HEADER_LIMIT_KB * 1024));
            config.jetty.modifyServer(server -> server.setErrorHandler(
                    new JettyRefusals(request -> settings.publiclyHttps() || request.isSecure())));
            config.routes.before(site::before);
            config.routes.after(site::after);
            site.routes(config.routes);
            config.routes.exception(Problem.class, (e, ctx) -> site.problem(ctx, e.status, e.getMessage()));
            config.routes.exception(StoreException.class, (e, ctx) -> site.problem(ctx, 400, e.getMessage()));
            config.routes.exception(org.communique.drafting.DraftingException.class,
                    (e, ctx) -> site.problem(ctx, Drafts.status(e), e.getMessage()));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> site.problem(ctx, e.getStatus(),
                    e.getStatus() == 404 ? "there is no page at " + ctx.path() : e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                Problem refused = Problem.ofRequest(e);
                if (refused != null) {
                    site.problem(ctx, refused.status, refused.getMessage());
                    return;
                }
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                site.problem(ctx, 500, "the server failed to answer this request; the failure is logged");
            });
        });
        app.start(settings.bind(), settings.port());
        return new WebServer(app, site);
    }

    public int port() {
        return app.port();
    }

    /** The routes this server answers, as "METHOD /path" (path parameters as {name}). */
    public List<String> routes() {
        List<String> out = new ArrayList<>();
        for (var e : app.unsafe.internalRouter.allHttpHandlers()) {
            HandlerType m = e.endpoint.method;
            if (m == HandlerType.BEFORE || m == HandlerType.AFTER || m == HandlerType.BEFORE_MATCHED
                    || m == HandlerType.AFTER_MATCHED || m == HandlerType.HEAD) continue;
            out.add(m.name() + " " + e.endpoint.path);
        }
        return out;
    }

    @Override
    public void close() {
        app.stop();
    }

    /** Everything the handlers share: the stores, the reader, the templates and the rules of access. */
    static final class Site {
        final Database db;
        final Settings settings;
        final RoundStore rounds;
        final RecordIndex index;
        final CorrectionStore corrections;
        final Accounts accounts;
        final AccountStore accountStore;
        final Reader reader = new Reader();
        final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
        final SignInLimiter limiter;
        /** Attempts at one name from one address. */
        final SignInLimiter nameLimiter = new SignInLimiter(Accounts.ATTEMPTS_PER_NAME_A_MINUTE);
        final Imports imports = new Imports();
        final SearchCache searches;
        final Pages pages;
        final Api api;
        final Drafts drafts;
        final SeriesPages series;
        final RoundList roundList;
        final CommitmentBoard board;
        final RoundsPage roundsPage;
        final CommitmentsPage commitmentsPage;
        final ApiDocs apiDocs;

        Site(Database db, Settings settings) {
            this.db = db;
            this.settings = settings;
            this.searches = new SearchCache(!db.isEmbedded());
            this.rounds = new RoundStore(db);
            this.index = new RecordIndex(db);
            this.corrections = new CorrectionStore(db);
            this.accounts = new Accounts(db);
            this.accountStore = accounts.store();
            this.limiter = new SignInLimiter(settings.signInsPerMinute());
            this.pages = new Pages(this);
            this.api = new Api(this);
            this.drafts = new Drafts(this);
            this.series = new SeriesPages(this);
            this.roundList = new RoundList(db);
            this.board = new CommitmentBoard(db);
            this.roundsPage = new RoundsPage(this);
            this.commitmentsPage = new CommitmentsPage(this);
            this.apiDocs = new ApiDocs(this);
            accountStore.removeExpiredSessions();
            trackIfNeeded();
        }

        void routes(io.javalin.config.RoutesConfig r) {
            r.get("/assets/style.css", ctx -> asset(ctx, "style.css", "text/css; charset=utf-8"));
            r.get("/assets/app.js", ctx -> asset(ctx, "app.js", "text/javascript; charset=utf-8"));
            r.get("/assets/api-docs.js", ctx -> asset(ctx, "api-docs.js", "text/javascript; charset=utf-8"));
            r.get("/assets/swagger-ui/{version}/{file}", apiDocs::file);
            r.get("/", pages::home);
            r.get("/rounds", roundsPage::page);
            r.get("/rounds/{id}", pages::round);
            r.get("/commitments", commitmentsPage::page);
            r.get("/commitments.csv", commitmentsPage::csv);
            r.get("/commitments.json", commitmentsPage::json);
            r.post("/rounds/{id}/corrections", pages::correct);
            r.get("/series/{key}", series::page);
            r.post("/series/{key}/links/{id}", series::decideLink);
            r.post("/series/{key}/commitments/{id}/scores", series::score);
            r.post("/series/{key}/merge", series::merge);
            r.post("/series/{key}/move", series::move);
            r.get("/people", pages::people);
            r.get("/people/{id}", pages::person);
            r.get("/search", pages::search);
            r.get("/import", pages::importForm);
            r.post("/import/preview", pages::importPreview);
            r.post("/import/store", pages::importStore);
            r.get("/sign-in", pages::signInForm);
            r.post("/sign-in", pages::signIn);
            r.post("/sign-out", pages::signOut);
            r.get("/account", pages::account);
            r.post("/account/tokens", pages::newToken);
            r.post("/account/tokens/{id}/delete", pages::deleteToken);
            r.get("/admin/users", pages::users);
            r.post("/admin/users", pages::addUser);

            r.get("/api/openapi.json", api::openapi);
            r.get("/api/docs", apiDocs::page);
            r.get("/api/dialogues", api::dialogues);
            r.get("/api/series", series::list);
            r.get("/api/series/{key}", series::one);
            r.get("/api/rounds", api::rounds);
            r.get("/api/rounds/{id}", api::round);
            r.get("/api/rounds/{id}/akn.xml", api::akn);
            r.get("/api/rounds/{id}/corrections", api::corrections);
            r.post("/api/rounds/{id}/corrections", api::correct);
            r.get("/api/people", api::people);
            r.get("/api/people/{id}", api::person);
            r.get("/api/commitments", api::commitments);
            r.get("/api/search", api::search);
            r.post("/api/import", api::importStatements);
            r.get("/api/me", api::me);
            drafts.routes(r);
        }

        private final Map<String, byte[]> assets = new java.util.concurrent.ConcurrentHashMap<>();

        private void asset(Context ctx, String name, String type) {
            byte[] bytes = assets.computeIfAbsent(name, n -> {
                try (var in = WebServer.class.getResourceAsStream(n)) {
                    if (in == null) throw new IllegalStateException("the jar lacks " + n);
                    return in.readAllBytes();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            ctx.header("Cache-Control", "no-cache").contentType(type).result(bytes);
        }

        /**
         * Runs the tracker when some stored round is not tracked to the end (stored by an import or a publication, by
         * another program, or by a process killed while tracking), so that the pages show every round in its series
         * with its follow-through. What people decided stays.
         */
        void trackIfNeeded() {
            new org.communique.tracker.Tracker(db).catchUp(java.time.LocalDate.now(java.time.ZoneOffset.UTC));
        }

        // ------------------------------------------------------------ every request

        void after(Context ctx) {
            // once a write that was allowed is done; a refused request (a missing CSRF token, a bad form) wrote nothing
            if (!SAFE.contains(ctx.method()) && ctx.statusCode() < 400) searches.invalidate();
        }

        void before(Context ctx) {
            SecurityHeaders.apply(ctx::header, overTls(ctx));
            // a body longer than its limit is refused by its stated length, before a byte of it is read
            long length = ctx.req().getContentLengthLong();
            String type = ctx.contentType() == null ? "" : ctx.contentType();
            if (length > (type.startsWith("multipart/") ? MULTIPART_LIMIT : BODY_LIMIT)) throw Problem.tooLarge();
            Visitor v = visitor(ctx);
            ctx.attribute("visitor", v);
            boolean api = isApi(ctx);
            if (!SAFE.contains(ctx.method()) && !v.bearer()) {
                String sent = ctx.header("X-CSRF-Token");
                if (sent == null && isForm(ctx)) sent = ctx.formParam("csrf");
                if (!Secrets.same(sent, v.csrf())) {
                    throw new Problem(403, "the request's CSRF token is missing or wrong: reload the page and send the form"
                            + " again (scripts: send X-CSRF-Token, or use an API token)");
                }
            }
            refuseNul(ctx);
            // a write that may go ahead: a search during it keeps no answer
            if (!SAFE.contains(ctx.method())) searches.invalidate();
            if (settings.privateReading() && !v.signedIn() && !isPublic(ctx.path())) {
                if (api) throw new Problem(401, "reading this record requires signing in (or an API token)");
                ctx.redirect("/sign-in?next=" + URLEncoder.encode(ctx.path(), StandardCharsets.UTF_8));
                ctx.skipRemainingHandlers();
            }
        }

        /** No field takes a NUL character, and PostgreSQL text cannot hold one: refused in one sentence, not a 500. */
        private static void refuseNul(Context ctx) {
            String query = ctx.queryString();
            boolean nul = query != null && (query.contains("%00") || query.indexOf('\0') >= 0);
            if (!nul && "application/x-www-form-urlencoded".equals(mediaType(ctx))) {
                nul = ctx.formParamMap().values().stream().flatMap(java.util.List::stream).anyMatch(v -> v.indexOf('\0') >= 0);
            }
            if (!nul && "application/json".equals(mediaType(ctx))) {
                String body = ctx.body();
                nul = body.contains("\\u0000") || body.indexOf('\0') >= 0;
            }
            if (nul) throw new Problem(400, "a parameter of this request holds a NUL character, which no field accepts");
        }

        private static String mediaType(Context ctx) {
            String type = ctx.contentType();
            return type == null ? null : type.split(";")[0].strip().toLowerCase(java.util.Locale.ROOT);
        }

        private static boolean isForm(Context ctx) {
            String type = ctx.contentType();
            return type != null && (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data"));
        }

        private static boolean isPublic(String path) {
            return path.equals("/sign-in") || path.startsWith("/assets/") || path.equals("/api/openapi.json") || path.equals("/api/docs");
        }

        /** JSON under /api/, whose errors are problem+json; its reference page is a page like any other. */
        static boolean isApi(Context ctx) {
            return ctx.path().startsWith("/api/") && !ctx.path().equals("/api/docs");
        }

        private Visitor visitor(Context ctx) {
            String auth = ctx.header("Authorization");
            if (auth != null && !auth.isBlank()) {
                if (!auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
                    throw new Problem(401, "the Authorization header must be 'Bearer TOKEN' with an API token");
                }
                AccountStore.User u = accounts.userOfToken(auth.substring(7).strip())
                        .orElseThrow(() -> new Problem(401, "the API token is not known (or was revoked)"));
                return new Visitor(u, null, true, null);
            }
            String cookie = ctx.cookie(SESSION_COOKIE);
            if (cookie != null) {
                var s = accounts.session(cookie);
                if (s.isPresent()) return new Visitor(s.get().user(), s.get().csrf(), false, cookie);
                ctx.cookie(cookie(ctx, SESSION_COOKIE, "", 0)); // expired or unknown: forget it
            }
            String csrf = ctx.cookie(CSRF_COOKIE);
            if (csrf == null || !csrf.matches("[A-Za-z0-9_-]{43}")) {
                csrf = Secrets.random();
                ctx.cookie(cookie(ctx, CSRF_COOKIE, csrf, -1));
            }
            return Visitor.anonymous(csrf);
        }

        /** A cookie of the site: HttpOnly, SameSite=Lax, and Secure when people reach the site over TLS. */
        Cookie cookie(Context ctx, String name, String value, int maxAge) {
            return new Cookie(name, value, "/", maxAge, overTls(ctx), true, null, SameSite.LAX);
        }

        /** Over TLS: served over it here, or reached through a TLS proxy at an https:// public URL. */
        boolean overTls(Context ctx) {
            return settings.publiclyHttps() || ctx.req().isSecure();
        }

        static Visitor visitorOf(Context ctx) {
            return ctx.attribute("visitor");
        }

        /** Every topic's label by its code, for pages that hold codes (an act's topics, a commitment's, a plan's). */
        Map<String, String> topicLabels() {
            Map<String, String> out = new LinkedHashMap<>();
            corrections.topics().forEach((code, labelAndTrack) -> out.put(code, labelAndTrack[0]));
            return out;
        }

        Views.Page page(Context ctx, String title) {
            return new Views.Page(title, visitorOf(ctx), null, settings.privateReading(), ctx.path());
        }

        // ------------------------------------------------------------ access

        Visitor requireSignedIn(Context ctx) {
            Visitor v = visitorOf(ctx);
            if (!v.signedIn()) throw new Problem(401, "this needs you to sign in");
            return v;
        }

        Visitor requireEditor(Context ctx) {
            Visitor v = requireSignedIn(ctx);
            if (!v.mayEdit()) throw new Problem(403, "a viewer cannot change the record; an editor or admin can");
            return v;
        }

        Visitor requireAdmin(Context ctx) {
            Visitor v = requireSignedIn(ctx);
            if (!v.isAdmin()) throw new Problem(403, "only an admin may do this");
            return v;
        }

        static long id(Context ctx, String what) {
            String raw = ctx.pathParam("id");
            try {
                return Long.parseLong(raw);
            } catch (NumberFormatException e) {
                throw new Problem(400, "a " + what + " id is a number, not '" + raw + "'");
            }
        }

        /** Stores a person's correction (a commitment's status is that person's decision, with the audit log). */
        long correct(Visitor v, long roundId, org.communique.model.RoundRecord read, CorrectionStore.Change change) {
            Api.checkMayCorrect(v, read, change);
            return corrections.add(roundId, read, change, v.user().id());
        }

        // ------------------------------------------------------------ answers

        void render(Context ctx, String template, Object view) {
            StringOutput out = new StringOutput();
            templates.render(template, view, out);
            ctx.html(out.toString()).contentType(HTML);
        }

        static void json(Context ctx, int status, Object body) {
            ctx.status(status).json(body).contentType("application/json; charset=utf-8");
        }

        void problem(Context ctx, int status, String detail) {
            if (status == 401 && !isApi(ctx) && SAFE.contains(ctx.method())) {
                ctx.redirect("/sign-in?next=" + URLEncoder.encode(ctx.path(), StandardCharsets.UTF_8));
                return;
            }
            if (isApi(ctx) || visitorOf(ctx) == null || (visitorOf(ctx).bearer())) {
                ctx.status(status).contentType("application/problem+json").result(Problem.json(status, detail, ctx.path()));
                if (status == 401) ctx.header("WWW-Authenticate", "Bearer realm=\"communique\"");
                return;
            }
            ctx.status(status);
            render(ctx, "error.jte", new Views.Error(page(ctx, Problem.title(status)), status, Problem.title(status), detail));
            ctx.status(status);
        }
    }
}
