package org.communique.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.communique.drafting.Actor;
import org.communique.drafting.Briefing;
import org.communique.drafting.Drafting;
import org.communique.drafting.DraftingException;
import org.communique.drafting.EditConflict;
import org.communique.drafting.Plan;
import org.communique.drafting.Planning;
import org.communique.model.Records;
import org.communique.store.SeriesRow;
import org.communique.store.SeriesStore;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Preparing the next round on the web: the plans, their delegations and agenda, the joint statement's
 * sections, versions and sign-off, the preview and publishing, the briefing book. Pages under /plans and
 * JSON under /api/plans; the drafting module decides who may do what and writes the audit log.
 */
final class Drafts {
    private final WebServer.Site site;
    private final Planning planning;
    private final Drafting drafting;
    private final Briefing briefing;

    Drafts(WebServer.Site site) {
        this.site = site;
        this.planning = new Planning(site.db);
        this.drafting = new Drafting(site.db, site.reader);
        this.briefing = new Briefing(site.db);
    }

    static int status(DraftingException e) {
        return switch (e.kind()) {
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case INVALID -> 400;
            case CONFLICT -> 409;
        };
    }

    static Actor actor(Context ctx) {
        Visitor v = WebServer.Site.visitorOf(ctx);
        if (v == null || !v.signedIn()) throw new Problem(401, "drafts are shown only to signed-in users they are shared with");
        return new Actor(v.name(), v.role(), v.party());
    }

    void routes(io.javalin.config.RoutesConfig r) {
        r.get("/plans", this::plansPage);
        r.post("/plans", this::createPage);
        r.get("/plans/{id}", this::planPage);
        r.post("/plans/{id}/round", this::roundForm);
        r.post("/plans/{id}/delegates", this::delegateForm);
        r.post("/plans/{id}/co-leads", this::coLeadForm);
        r.post("/plans/{id}/deliverables", this::deliverableForm);
        r.post("/plans/{id}/draft", this::composeForm);
        r.get("/plans/{id}/draft", this::draftPage);
        r.post("/plans/{id}/draft/sections", this::editForm);
        r.post("/plans/{id}/approve", this::approveForm);
        r.get("/plans/{id}/preview", this::previewPage);
        r.post("/plans/{id}/publish", this::publishForm);
        r.get("/plans/{id}/briefing", this::briefingHtml);
        r.get("/plans/{id}/briefing.pdf", this::briefingPdf);
        r.post("/plans/{id}/share", this::shareForm);

        r.get("/api/plans", this::apiPlans);
        r.post("/api/plans", this::apiCreate);
        r.get("/api/plans/{id}", this::apiPlan);
        r.post("/api/plans/{id}/delegates", this::apiDelegate);
        r.post("/api/plans/{id}/items", this::apiItem);
        r.post("/api/plans/{id}/co-leads", this::apiCoLead);
        r.post("/api/plans/{id}/deliverables", this::apiDeliverable);
        r.post("/api/plans/{id}/draft", this::apiCompose);
        r.get("/api/plans/{id}/draft", this::apiDraft);
        r.post("/api/plans/{id}/draft/sections/{key}", this::apiEdit);
        r.get("/api/plans/{id}/draft/versions", this::apiVersions);
        r.post("/api/plans/{id}/approvals", this::apiApprove);
        r.get("/api/plans/{id}/preview", this::apiPreview);
        r.post("/api/plans/{id}/publish", this::apiPublish);
        r.get("/api/plans/{id}/workflow.xml", this::apiWorkflow);
        r.get("/api/plans/{id}/briefing.pdf", this::briefingPdf);
        r.post("/api/series/{key}/shares", this::apiShare);
    }

    // ------------------------------------------------------------ pages

    void plansPage(Context ctx) {
        Actor a = actor(ctx);
        // one key per series, shown by its name and parties
        Map<String, String> names = site.roundList.series();
        List<Views.Choice> series = new SeriesStore(site.db).series().stream().map(SeriesRow::key)
                .map(k -> new Views.Choice(k, names.getOrDefault(k, k)))
                .sorted(java.util.Comparator.comparing(Views.Choice::label)).toList();
        site.render(ctx, "plans.jte", new DraftViews.Plans(site.page(ctx, "Planned rounds"), planning.plans(a), series));
    }

    void createPage(Context ctx) {
        Plan p = planning.planNext(required(ctx.formParam("series"), "series"), actor(ctx));
        ctx.redirect("/plans/" + p.id(), HttpStatus.SEE_OTHER);
    }

    void planPage(Context ctx) {
        Actor a = actor(ctx);
        long id = WebServer.Site.id(ctx, "planned round");
        Plan p = planning.plan(id, a);
        List<Planning.KnownPerson> known = new ArrayList<>();
        for (String party : p.parties()) known.addAll(planning.knownPeople(party));
        boolean drafted = drafting.draft(id, a).version() > 0;
        site.render(ctx, "plan.jte", new DraftViews.PlanPage(site.page(ctx, title(p)), p, known, drafted, ctx.queryParam("notice"),
                site.topicLabels()));
    }

    void roundForm(Context ctx) {
        long id = WebServer.Site.id(ctx, "planned round");
        planning.setRound(id, blank(ctx.formParam("date")), blank(ctx.formParam("place")), blank(ctx.formParam("host")),
                blank(ctx.formParam("status")), actor(ctx));
        back(ctx, "/plans/" + id, "The round is saved.");
    }

    void delegateForm(Context ctx) {
        long id = WebServer.Site.id(ctx, "planned round");
        String remove = ctx.formParam("remove");
        if (remove != null) planning.removeDelegate(id, Long.parseLong(remove), actor(ctx));
        else planning.addDelegate(id, ctx.formParam("party"), ctx.formParam("name"), ctx.formParam("title"),
                ctx.formParam("role"), actor(ctx));
        back(ctx, "/plans/" + id, "The delegation is saved.");
    }

    void coLeadForm(Context ctx) {
        long id = WebServer.Site.id(ctx, "planned round");
        planning.setCoLead(id, number(ctx.formParam("item"), "item"), ctx.formParam("party"), ctx.formParam("name"),
                ctx.formParam("account"), actor(ctx));
        back(ctx, "/plans/" + id, "The co-lead is saved.");
    }

    void deliverableForm(Context ctx) {
        long id = WebServer.Site.id(ctx, "planned round");
        String actors = blank(ctx.formParam("actors"));
        planning.addDeliverable(id, number(ctx.formParam("item"), "item"),
                actors == null ? List.of() : List.of(actors.split("[,+ ]+")), ctx.formParam("text"), blank(ctx.formParam("due")), actor(ctx));
        back(ctx, "/plans/" + id, "The deliverable is added.");
    }

    void composeForm(Context ctx) {
        long id = WebServer.Site.id(ctx, "planned round");
        drafting.compose(id, actor(ctx));
        ctx.redirect("/plans/" + id + "/draft", HttpStatus.SEE_OTHER);
    }

    void draftPage(Context ctx) {
        draftPage(ctx, null);
    }

    /** The draft page; with a refused save, that section shows the text saved meanwhile and keeps the editor's own. */
    private void draftPage(Context ctx, EditConflict conflict) {
        Actor a = actor(ctx);
        long id = WebServer.Site.id(ctx, "planned round");
        Plan p = planning.plan(id, a);
        Drafting.Draft d = drafting.draft(id, a);
        List<Drafting.Version> versions = drafting.versions(id, a);
        List<DraftViews.SectionRow> rows = new ArrayList<>();
        for (Drafting.Section s : d.sections()) {
            boolean may = !"published".equals(p.status()) && (a.isAdmin() || (s.track() == null
                    ? p.parties().stream().anyMatch(a::isEditorFor) : "editor".equals(a.role()) && s.editors().contains(a.name())));
            rows.add(new DraftViews.SectionRow(s, may));
        }
        List<String> approvable = p.parties().stream().filter(a::actsFor).toList();
        site.render(ctx, "draft.jte", new DraftViews.DraftPage(site.page(ctx, "Draft: " + title(p)), p, d, rows,
                reversed(versions), "published".equals(p.status()) ? List.of() : approvable,
                conflict == null ? ctx.queryParam("notice") : conflict.getMessage() + ".", conflict));
    }

    void editForm(Context ctx) {
        long id = WebServer.Site.id(ctx, "planned round");
        try {
            Drafting.Version v = drafting.edit(id, required(ctx.formParam("section"), "section"), base(ctx.formParam("base")),
                    ctx.formParam("text"), actor(ctx));
            back(ctx, "/plans/" + id + "/draft", "Saved as version " + v.number() + ".");
        } catch (EditConflict c) {
            draftPage(ctx, c);
            ctx.status(409);
        }
    }

    void approveForm(Context ctx) {
        long id = WebServer.Site.id(ctx, "planned round");
        String party = required(ctx.formParam("party"), "party");
        drafting.approve(id, party, (int) number(ctx.formParam("version"), "version"), actor(ctx));
        back(ctx, "/plans/" + id + "/draft", "Approved for " + party + ".");
    }

    void previewPage(Context ctx) {
        Actor a = actor(ctx);
        long id = WebServer.Site.id(ctx, "planned round");
        Plan p = planning.plan(id, a);
        Drafting.Preview preview = drafting.preview(id, a);
        Drafting.Draft d = drafting.draft(id, a);
        site.render(ctx, "preview.jte", new DraftViews.PreviewPage(site.page(ctx, "Before publishing: " + title(p)), p, d, preview));
    }

    void publishForm(Context ctx) {
        long id = WebServer.Site.id(ctx, "planned round");
        Drafting.Published done = drafting.publish(id, "yes".equals(ctx.formParam("confirm")), actor(ctx));
        site.trackIfNeeded(); // the published round shows in its series at once
        ctx.redirect("/rounds/" + done.roundId(), HttpStatus.SEE_OTHER);
    }

    void shareForm(Context ctx) {
        long id = WebServer.Site.id(ctx, "planned round");
        Plan p = planning.plan(id, actor(ctx));
        planning.share(p.seriesKey(), required(ctx.formParam("viewer"), "viewer"), actor(ctx));
        back(ctx, "/plans/" + id, "Shared.");
    }

    void briefingHtml(Context ctx) {
        long id = WebServer.Site.id(ctx, "planned round");
        Briefing.Book b = briefing.book(id, blank(ctx.queryParam("party")), actor(ctx));
        // a printable page of its own: its style sheet is inline, it runs no script
        ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
        ctx.html(briefing.html(b)).contentType(WebServer.HTML);
    }

    void briefingPdf(Context ctx) {
        long id = WebServer.Site.id(ctx, "planned round");
        Briefing.Book b = briefing.book(id, blank(ctx.queryParam("party")), actor(ctx));
        ctx.contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"briefing-" + id + "-" + b.forParty() + ".pdf\"")
                .result(briefing.pdf(b));
    }

    // ------------------------------------------------------------ JSON

    void apiPlans(Context ctx) {
        List<Object> out = new ArrayList<>();
        for (Planning.PlanSummary s : planning.plans(actor(ctx))) {
            out.add(map("id", s.id(), "series", s.seriesKey(), "acronym", s.acronym(), "ordinal", s.ordinal(), "date", s.date(),
                    "place", s.place(), "status", s.status()));
        }
        WebServer.Site.json(ctx, 200, out);
    }

    void apiCreate(Context ctx) {
        Map<String, Object> body = body(ctx);
        Plan p = planning.planNext(required(str(body, "series"), "series"), actor(ctx));
        WebServer.Site.json(ctx, 201, plan(p));
    }

    void apiPlan(Context ctx) {
        WebServer.Site.json(ctx, 200, plan(planning.plan(WebServer.Site.id(ctx, "planned round"), actor(ctx))));
    }

    void apiDelegate(Context ctx) {
        Map<String, Object> b = body(ctx);
        WebServer.Site.json(ctx, 200, plan(planning.addDelegate(WebServer.Site.id(ctx, "planned round"), str(b, "party"),
                str(b, "name"), str(b, "title"), str(b, "role") == null ? "member" : str(b, "role"), actor(ctx))));
    }

    void apiItem(Context ctx) {
        Map<String, Object> b = body(ctx);
        WebServer.Site.json(ctx, 200, plan(planning.addItem(WebServer.Site.id(ctx, "planned round"), str(b, "track"),
                str(b, "title"), strings(b.get("topics")), actor(ctx))));
    }

    void apiCoLead(Context ctx) {
        Map<String, Object> b = body(ctx);
        WebServer.Site.json(ctx, 200, plan(planning.setCoLead(WebServer.Site.id(ctx, "planned round"),
                number(str(b, "item"), "item"), str(b, "party"), str(b, "name"), str(b, "account"), actor(ctx))));
    }

    void apiDeliverable(Context ctx) {
        Map<String, Object> b = body(ctx);
        WebServer.Site.json(ctx, 200, plan(planning.addDeliverable(WebServer.Site.id(ctx, "planned round"),
                number(str(b, "item"), "item"), strings(b.get("actors")), str(b, "text"), str(b, "due"), actor(ctx))));
    }

    void apiCompose(Context ctx) {
        WebServer.Site.json(ctx, 200, draft(drafting.compose(WebServer.Site.id(ctx, "planned round"), actor(ctx))));
    }

    void apiDraft(Context ctx) {
        WebServer.Site.json(ctx, 200, draft(drafting.draft(WebServer.Site.id(ctx, "planned round"), actor(ctx))));
    }

    void apiEdit(Context ctx) {
        Map<String, Object> b = body(ctx);
        try {
            Drafting.Version v = drafting.edit(WebServer.Site.id(ctx, "planned round"), ctx.pathParam("key"), base(str(b, "base")),
                    str(b, "text"), actor(ctx));
            WebServer.Site.json(ctx, 200, version(v));
        } catch (EditConflict c) {
            ctx.status(409).contentType("application/problem+json").result(Problem.json(409, c.getMessage(), ctx.path(),
                    map("section", c.sectionKey(), "base", c.base(), "current_version", c.currentVersion(),
                            "yours", c.yours(), "current", c.current())));
        }
    }

    void apiVersions(Context ctx) {
        List<Object> out = new ArrayList<>();
        for (Drafting.Version v : drafting.versions(WebServer.Site.id(ctx, "planned round"), actor(ctx))) out.add(version(v));
        WebServer.Site.json(ctx, 200, out);
    }

    void apiApprove(Context ctx) {
        Map<String, Object> b = body(ctx);
        WebServer.Site.json(ctx, 200, draft(drafting.approve(WebServer.Site.id(ctx, "planned round"), str(b, "party"),
                (int) number(str(b, "version"), "version"), actor(ctx))));
    }

    void apiPreview(Context ctx) {
        Drafting.Preview p = drafting.preview(WebServer.Site.id(ctx, "planned round"), actor(ctx));
        WebServer.Site.json(ctx, 200, map("version", p.version(), "disagreements", disagreements(p.disagreements()),
                "record", p.record()));
    }

    void apiPublish(Context ctx) {
        Map<String, Object> b = body(ctx);
        Drafting.Published done = drafting.publish(WebServer.Site.id(ctx, "planned round"), Boolean.TRUE.equals(b.get("confirm")),
                actor(ctx));
        site.trackIfNeeded();
        WebServer.Site.json(ctx, 200, map("round", done.roundId(), "version", done.version(),
                "disagreements", disagreements(done.disagreements()), "already_known", done.alreadyKnown()));
    }

    void apiWorkflow(Context ctx) {
        ctx.contentType("application/akn+xml; charset=utf-8")
                .result(AknWorkflow.of(drafting.draft(WebServer.Site.id(ctx, "planned round"), actor(ctx))));
    }

    void apiShare(Context ctx) {
        Map<String, Object> b = body(ctx);
        planning.share(ctx.pathParam("key"), required(str(b, "viewer"), "viewer"), actor(ctx));
        WebServer.Site.json(ctx, 200, map("series", ctx.pathParam("key"), "viewer", str(b, "viewer")));
    }

    // ------------------------------------------------------------ helpers

    private static <T> List<T> reversed(List<T> list) {
        List<T> out = new ArrayList<>(list);
        java.util.Collections.reverse(out);
        return out;
    }

    static String title(Plan p) {
        return (p.ordinal() == null ? "" : "#" + p.ordinal() + " ") + (p.acronym() == null ? p.name() : p.acronym())
                + " " + String.join("–", p.parties()) + (p.date() == null ? "" : ", " + p.date());
    }

    private static void back(Context ctx, String path, String notice) {
        ctx.redirect(path + "?notice=" + URLEncoder.encode(notice, StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
    }

    private static Map<String, Object> body(Context ctx) {
        String raw = ctx.body();
        if (raw == null || raw.isBlank()) return Map.of();
        try {
            return Records.parseObject(raw);
        } catch (RuntimeException e) {
            throw new Problem(400, "the request body must be a JSON object");
        }
    }

    private static String str(Map<String, Object> b, String key) {
        Object v = b.get(key);
        return v == null ? null : v instanceof Double d && d == Math.rint(d) ? String.valueOf(d.longValue()) : v.toString();
    }

    private static List<String> strings(Object v) {
        if (v == null) return List.of();
        if (v instanceof List<?> l) return l.stream().map(String::valueOf).toList();
        return List.of(String.valueOf(v).split("[,+ ]+"));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String required(String s, String what) {
        if (s == null || s.isBlank()) throw new Problem(400, "say which " + what);
        return s.strip();
    }

    /** The version a save started from: every save names it, so that it never replaces a text its editor did not see. */
    private static int base(String s) {
        return (int) number(s, "version the text started from (base)");
    }

    private static long number(String s, String what) {
        try {
            return Long.parseLong(required(s, what).replaceAll("\\.0$", ""));
        } catch (NumberFormatException e) {
            throw new Problem(400, "the " + what + " is a number, not '" + s + "'");
        }
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

    static Map<String, Object> plan(Plan p) {
        List<Object> delegates = new ArrayList<>();
        for (Plan.Delegate d : p.delegates()) {
            delegates.add(map("id", d.id(), "party", d.party(), "name", d.name(), "title", d.title(), "role", d.role(),
                    "person", d.personId()));
        }
        List<Object> agenda = new ArrayList<>();
        for (Plan.AgendaItem i : p.agenda()) {
            List<Object> leads = new ArrayList<>();
            for (Plan.CoLead l : i.coLeads()) leads.add(map("party", l.party(), "name", l.name(), "account", l.account()));
            List<Object> ds = new ArrayList<>();
            for (Plan.Deliverable d : i.deliverables()) {
                ds.add(map("id", d.id(), "commitment", d.commitmentId(), "carried", d.carried(), "actors", d.actors(),
                        "text", d.text(), "due", d.due(), "added_by", d.addedBy()));
            }
            agenda.add(map("id", i.id(), "track", i.track(), "title", i.title(), "topics", i.topics(), "co_leads", leads,
                    "deliverables", ds));
        }
        return map("id", p.id(), "series", p.seriesKey(), "name", p.name(), "acronym", p.acronym(), "parties", p.parties(),
                "ordinal", p.ordinal(), "date", p.date(), "host", p.host(), "place", p.place(), "note", p.note(), "status", p.status(),
                "round", p.roundId(), "delegates", delegates, "agenda", agenda);
    }

    static Map<String, Object> draft(Drafting.Draft d) {
        List<Object> sections = new ArrayList<>();
        for (Drafting.Section s : d.sections()) {
            sections.add(map("key", s.key(), "heading", s.heading(), "track", s.track(), "text", s.text(), "editors", s.editors()));
        }
        List<Object> approvals = new ArrayList<>();
        for (Drafting.Approval a : d.approvals()) approvals.add(map("party", a.party(), "version", a.version(), "by", a.by(), "at", a.at()));
        List<Object> steps = new ArrayList<>();
        for (Drafting.Step s : d.steps()) steps.add(map("date", s.at(), "by", s.by(), "as", s.as(), "outcome", s.outcome(), "version", s.version()));
        return map("plan", d.planId(), "title", d.title(), "version", d.version(), "text", d.text(), "sections", sections,
                "approvals", approvals, "approved_by_all", d.approvedByAll(), "workflow", steps);
    }

    static Map<String, Object> version(Drafting.Version v) {
        return map("number", v.number(), "section", v.sectionKey(), "author", v.author(), "at", v.madeAt(), "diff", v.diff());
    }

    static List<Object> disagreements(List<Drafting.Disagreement> ds) {
        List<Object> out = new ArrayList<>();
        for (Drafting.Disagreement d : ds) out.add(map("field", d.field(), "planned", d.planned(), "read", d.read()));
        return out;
    }
}
