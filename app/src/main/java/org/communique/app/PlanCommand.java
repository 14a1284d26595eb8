package org.communique.app;

import org.communique.drafting.Actor;
import org.communique.drafting.DraftingException;
import org.communique.drafting.Plan;
import org.communique.drafting.Planning;
import org.communique.store.CorrectionStore;
import org.communique.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.Map;

@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Plan the next round of a series: ordinal, date, host and place from the series, delegations from"
                + " its last round, an agenda by track, and its open commitments carried onto the agenda.")
final class PlanCommand extends TrackedCommand {
    @Parameters(paramLabel = "SERIES", description = "the series key, as `communique series` lists it")
    String series;

    @Option(names = "--by", required = true, paramLabel = "NAME", description = "who plans it (kept in the audit log)")
    String by;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "the date, instead of the one suggested")
    String date;

    @Option(names = "--place", paramLabel = "CITY", description = "the place, instead of the one suggested")
    String place;

    @Override
    int run(Database db) {
        Actor actor = Actor.admin(by);
        Planning planning = new Planning(db);
        try {
            Plan p = planning.planNext(series, actor);
            if (date != null || place != null) p = planning.setRound(p.id(), date, place, null, null, actor);
            print(p, new CorrectionStore(db).topics());
            return Main.OK;
        } catch (DraftingException e) {
            System.err.println("communique: " + e.getMessage());
            return Main.REFUSED;
        }
    }

    /** {@code topics}: the stored topics by code, as {label, track}; a plan is read by its labels, not its codes. */
    static void print(Plan p, Map<String, String[]> topics) {
        System.out.println("planned round " + p.id() + ": " + (p.ordinal() == null ? "" : "#" + p.ordinal() + " ")
                + (p.acronym() == null ? p.name() : p.acronym()) + "  " + String.join("-", p.parties()) + ", "
                + (p.date() == null ? "date to be set" : p.date()) + ", " + (p.place() == null ? "place to be set" : p.place())
                + (p.host() == null ? "" : " (host " + p.host() + ")") + ", " + p.status());
        if (p.note() != null) System.out.println(p.note());
        System.out.println("\nDelegations");
        for (Plan.Delegate d : p.delegates()) {
            System.out.println("  " + d.party() + "  " + d.role() + "  " + d.name() + (d.title() == null ? "" : ", " + d.title()));
        }
        System.out.println("\nAgenda");
        for (Plan.AgendaItem i : p.agenda()) {
            List<String> labels = i.topics().stream().map(code -> topics.containsKey(code) ? topics.get(code)[0] : code).toList();
            System.out.println("  " + i.id() + "  " + i.title() + "  [" + String.join(", ", labels) + "]");
            for (Plan.Deliverable d : i.deliverables()) {
                System.out.println("      " + (d.carried() ? "carried " : "new     ") + String.join("+", d.actors()) + "  " + d.text());
            }
        }
    }
}
