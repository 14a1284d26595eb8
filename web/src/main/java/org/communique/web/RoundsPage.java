package org.communique.web;

import io.javalin.http.Context;
import org.communique.store.Paged;
import org.communique.store.RoundList;

/** /rounds: every stored round, the latest meeting first, narrowed by series, party, year and topic, a page at a time. */
final class RoundsPage {
    static final int PAGE = 50;

    private final WebServer.Site site;

    RoundsPage(WebServer.Site site) {
        this.site = site;
    }

    static RoundList.Filter filter(Context ctx) {
        return new RoundList.Filter(Filters.series(ctx), Filters.party(ctx), Filters.year(ctx, "year"), Filters.topic(ctx));
    }

    /** The list's address with these filters, on page {@code page} (the first page is the bare address). */
    static String url(RoundList.Filter f, Integer page) {
        return new Link("/rounds").with("series", f.series()).with("party", f.party()).with("year", f.year())
                .with("topic", f.topic()).with("page", page == null || page == 1 ? null : page).toString();
    }

    void page(Context ctx) {
        RoundList.Filter f = filter(ctx);
        int asked = Filters.page(ctx);
        Views.RoundsList view = site.db.inOneConnection(() -> {
            Paged<RoundList.Line> rounds = Filters.checkPage(asked, site.roundList.page(f, asked, PAGE));
            var choices = site.index.choices();
            return new Views.RoundsList(site.page(ctx, "Rounds"), f, rounds, Views.Pager.of(rounds, PAGE, p -> url(f, p)),
                    Views.Choice.of(site.roundList.series()), Views.Choice.of(choices.get("party")),
                    Views.Choice.of(choices.get("year")), Views.Choice.of(choices.get("topic")));
        });
        site.render(ctx, "rounds.jte", view);
    }
}
