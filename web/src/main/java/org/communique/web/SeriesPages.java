package org.communique.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.communique.store.CommitmentStore;
import org.communique.store.FollowThrough;
import org.communique.store.SeriesRow;
import org.communique.store.SeriesStore;
import org.communique.tracker.CommitmentOverview;
import org.communique.tracker.CommitmentView;
import org.communique.tracker.SeriesDetail;
import org.communique.tracker.SeriesJson;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The series pages and their decisions: a person confirms or rejects a follow-through link, scores a commitment
 * for a party, merges two series or moves a round. Every decision goes through the store's own methods, which
 * write it to the audit log with who and when; the tracker leaves such decisions as they are.
 */
final class SeriesPages {
    private static final Map<String, String> NOTICES = Map.of(
            "confirmed", "The link is confirmed: it counts as evidence from now on.",
            "rejected", "The link is rejected: it no longer counts, and the tracker will not propose it again.",
            "scored", "The score is saved.",
            "merged", "The series are merged; the old key still leads here.",
            "moved", "The round is moved; the tracker will leave it there.");

    private final WebServer.Site site;

    SeriesPages(WebServer.Site site) {
        this.site = site;
    }

    private static String key(Context ctx) {
        return ctx.pathParam("key");
    }

    private SeriesDetail load(String key) {
        return SeriesDetail.load(site.db, key).orElseThrow(() -> new Problem(404, "there is no series " + key));
    }

    // ------------------------------------------------------------ reading

    void page(Context ctx) {
        String key = key(ctx);
        SeriesDetail l = load(key);
        if (!l.series().key().equals(key)) { // an old key of a merged series
            ctx.redirect("/series/" + enc(l.series().key()), HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        Visitor v = WebServer.Site.visitorOf(ctx);
        List<String> others = v.isAdmin() ? new SeriesStore(site.db).series().stream().map(SeriesRow::key)
                .filter(k -> !k.equals(key)).toList() : List.of();
        String done = ctx.queryParam("done");
        String name = l.series().name() == null ? l.series().key() : l.series().name();
        site.render(ctx, "series.jte", SeriesViews.page(site.page(ctx, name), l, v, others,
                done == null ? null : NOTICES.get(done)));
    }

    void list(Context ctx) {
        WebServer.Site.json(ctx, 200, SeriesViews.lines(site.db).stream().map(SeriesViews.LineJson::of).toList());
    }

    void one(Context ctx) {
        WebServer.Site.json(ctx, 200, SeriesJson.of(load(key(ctx))));
    }

    // ------------------------------------------------------------ decisions

    /** The commitment of this series with that id, or 404. */
    private CommitmentView commitment(String key, long id) {
        return CommitmentOverview.list(site.db, key, null).stream().filter(c -> c.id() == id).findFirst()
                .orElseThrow(() -> new Problem(404, "series " + key + " has no commitment " + id));
    }

    void decideLink(Context ctx) {
        Visitor v = site.requireEditor(ctx);
        String key = key(ctx);
        long link = WebServer.Site.id(ctx, "link");
        String decision = ctx.formParam("decision");
        if (!"confirm".equals(decision) && !"reject".equals(decision)) {
            throw new Problem(400, "a link is confirmed or rejected (decision=confirm|reject), not '" + decision + "'");
        }
        CommitmentView c = CommitmentOverview.list(site.db, key, null).stream()
                .filter(x -> x.timeline().stream().anyMatch(f -> f.id() == link)).findFirst()
                .orElseThrow(() -> new Problem(404, "series " + key + " has no follow-through link " + link));
        if (!SeriesViews.mayDecide(v, c)) {
            throw new Problem(403, "an editor for " + v.party() + " may confirm or reject only the links of commitments "
                    + v.party() + " made, and commitment " + c.id() + " is " + String.join(", ", c.actors()) + "'s");
        }
        CommitmentStore store = new CommitmentStore(site.db);
        FollowThrough f = "confirm".equals(decision) ? store.confirm(link, v.name()) : store.reject(link, v.name());
        back(ctx, key, f.state(), "commitment-" + c.id());
    }

    void score(Context ctx) {
        Visitor v = site.requireEditor(ctx);
        String key = key(ctx);
        long id = WebServer.Site.id(ctx, "commitment");
        CommitmentView c = commitment(key, id);
        String party = ctx.formParam("party") == null ? "" : ctx.formParam("party").strip().toUpperCase(java.util.Locale.ROOT);
        if (!v.isAdmin() && !party.equals(v.party())) {
            throw new Problem(403, "an editor for " + v.party() + " may score commitments only for " + v.party()
                    + ", not for " + (party.isEmpty() ? "another party" : party));
        }
        String raw = ctx.formParam("score") == null ? "" : ctx.formParam("score").strip();
        int score;
        try {
            score = Integer.parseInt(raw.startsWith("+") ? raw.substring(1) : raw);
        } catch (NumberFormatException e) {
            throw new Problem(400, "a score is -1, 0 or +1, not '" + raw + "'");
        }
        new CommitmentStore(site.db).score(c.id(), party, score, ctx.formParam("reason"), v.name());
        back(ctx, key, "scored", "commitment-" + c.id());
    }

    void merge(Context ctx) {
        Visitor v = site.requireAdmin(ctx);
        String key = key(ctx);
        String into = ctx.formParam("into");
        if (into == null || into.isBlank()) throw new Problem(400, "say which series this one is merged into (into)");
        SeriesRow target = new SeriesStore(site.db).merge(key, into.strip(), v.name());
        back(ctx, target.key(), "merged", null);
    }

    void move(Context ctx) {
        Visitor v = site.requireAdmin(ctx);
        String key = key(ctx);
        String into = ctx.formParam("into");
        String round = ctx.formParam("round");
        if (into == null || into.isBlank()) throw new Problem(400, "say which series the round goes to (into)");
        long roundId;
        try {
            roundId = Long.parseLong(round == null ? "" : round.strip());
        } catch (NumberFormatException e) {
            throw new Problem(400, "a round id is a number, not '" + round + "'");
        }
        SeriesDetail l = load(key);
        if (l.series().rounds().stream().noneMatch(r -> r.id() == roundId)) {
            throw new Problem(404, "series " + key + " has no round " + roundId);
        }
        SeriesRow target = new SeriesStore(site.db).move(roundId, into.strip(), v.name(), "on".equals(ctx.formParam("create"))
                || "true".equals(ctx.formParam("create")));
        back(ctx, target.key(), "moved", "round-" + roundId);
    }

    private static void back(Context ctx, String key, String done, String anchor) {
        ctx.redirect("/series/" + enc(key) + "?done=" + done + (anchor == null ? "" : "#" + anchor), HttpStatus.SEE_OTHER);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
