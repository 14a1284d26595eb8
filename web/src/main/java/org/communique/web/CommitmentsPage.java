package org.communique.web;

import io.javalin.http.Context;
import org.communique.store.CommitmentBoard;
import org.communique.store.CommitmentStatus;
import org.communique.store.Paged;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * /commitments: the commitments of every series on one board, narrowed by status, party, series, due year and
 * topic, a page at a time; /commitments.csv and /commitments.json hold the same rows and columns for the same filters.
 */
final class CommitmentsPage {
    static final int PAGE = 50;
    /** Rows in one export at most: past that the filters must narrow it, and the refusal says so. */
    static final int EXPORT_MOST = 10_000;
    /** The columns of both exports, in the order the board shows them. */
    static final List<String> COLUMNS = List.of("id", "by", "commitment", "status", "due", "topics", "made_at", "made_on",
            "round", "series", "follow_through", "signs");

    private final WebServer.Site site;

    CommitmentsPage(WebServer.Site site) {
        this.site = site;
    }

    static CommitmentBoard.Filter filter(Context ctx) {
        return new CommitmentBoard.Filter(Filters.status(ctx), Filters.party(ctx), Filters.series(ctx), Filters.year(ctx, "due"),
                Filters.topic(ctx));
    }

    /** The address of the board (or an export: {@code path}) with these filters, on page {@code page}. */
    static String url(String path, CommitmentBoard.Filter f, Integer page) {
        return new Link(path).with("status", f.status()).with("party", f.party()).with("series", f.series())
                .with("due", f.due()).with("topic", f.topic()).with("page", page == null || page == 1 ? null : page).toString();
    }

    void page(Context ctx) {
        CommitmentBoard.Filter f = filter(ctx);
        int asked = Filters.page(ctx);
        Views.Board view = site.db.inOneConnection(() -> {
            Paged<CommitmentBoard.Item> items = Filters.checkPage(asked, site.board.page(f, asked, PAGE));
            Map<String, String> labels = site.topicLabels();
            List<Views.StatusTab> tabs = new ArrayList<>();
            site.board.statusCounts(f).forEach((status, n) -> tabs.add(new Views.StatusTab(Words.status(status), n,
                    url("/commitments", f.withStatus(status.equals(f.status()) ? null : status), null), status.equals(f.status()))));
            var choices = site.board.choices();
            return new Views.Board(site.page(ctx, "Commitments"), f, rows(items.items(), labels), items.total(),
                    Views.Pager.of(items, PAGE, p -> url("/commitments", f, p)), tabs,
                    url("/commitments.csv", f, null), url("/commitments.json", f, null), CommitmentStatus.VALUES.stream()
                    .map(s -> new Views.Choice(s, Words.status(s))).toList(), Views.Choice.of(choices.get("party")),
                    Views.Choice.of(choices.get("series")), Views.Choice.of(choices.get("due")), Views.Choice.of(choices.get("topic")));
        });
        site.render(ctx, "commitments.jte", view);
    }

    void csv(Context ctx) {
        Csv csv = new Csv(COLUMNS);
        for (Map<String, Object> row : exported(ctx)) csv.row(row);
        csv.send(ctx, "commitments");
    }

    void json(Context ctx) {
        List<Map<String, Object>> rows = exported(ctx);
        ctx.header("Content-Disposition", "attachment; filename=\"commitments.json\"");
        WebServer.Site.json(ctx, 200, rows);
    }

    /** Every row the board's filters select (all its pages), as the exports write them. */
    private List<Map<String, Object>> exported(Context ctx) {
        CommitmentBoard.Filter f = filter(ctx);
        return site.db.inOneConnection(() -> {
            long total = site.board.count(f);
            if (total > EXPORT_MOST) {
                throw new Problem(400, "these filters select " + total + " commitments, and one export holds at most "
                        + EXPORT_MOST + ": narrow them (a status, a party, a series or a year)");
            }
            List<Map<String, Object>> out = new ArrayList<>();
            for (Views.BoardRow r : rows(site.board.all(f, EXPORT_MOST), site.topicLabels())) out.add(r.export());
            return out;
        });
    }

    private static List<Views.BoardRow> rows(List<CommitmentBoard.Item> items, Map<String, String> labels) {
        List<Views.BoardRow> rows = new ArrayList<>();
        for (CommitmentBoard.Item i : items) {
            String madeAt = Words.withParties(i.dialogue(), i.parties()) + (i.ordinal() == null ? "" : ", round " + i.ordinal());
            List<String> topics = i.topics().stream().map(code -> labels.getOrDefault(code, code)).toList();
            String commitment = (i.trigger() == null ? "" : i.trigger() + " ") + i.text();
            rows.add(new Views.BoardRow(i.id(), i.roundId(), i.position(), i.seriesKey(), String.join(", ", i.actors()), commitment,
                    i.status(), i.due(), String.join("; ", topics), madeAt, i.madeOn(),
                    FollowThroughWords.explanation(i.statusReason(), labels), i.evidence()));
        }
        return rows;
    }
}
