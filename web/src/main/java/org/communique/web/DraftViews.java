package org.communique.web;

import org.communique.drafting.Drafting;
import org.communique.drafting.EditConflict;
import org.communique.drafting.Plan;
import org.communique.drafting.Planning;

import java.util.List;
import java.util.Map;

/** What the drafting pages' templates are given. */
public final class DraftViews {
    private DraftViews() {}

    /** {@code series}: each series (or dialogue) key a round may be planned for, with the name and parties people know it by. */
    public record Plans(Views.Page page, List<Planning.PlanSummary> plans, List<Views.Choice> series) {
        /** A plan's series as people tell it from the others. */
        public String seriesName(String key) {
            return series.stream().filter(c -> c.value().equals(key)).map(Views.Choice::label).findFirst().orElse(key);
        }
    }

    public record PlanPage(Views.Page page, Plan plan, List<Planning.KnownPerson> known, boolean drafted, String notice,
                           Map<String, String> topicLabels) {
        public boolean mayActFor(String party) {
            Visitor v = page.visitor();
            return v.isAdmin() || ("editor".equals(v.role()) && party.equals(v.party()));
        }

        public String heading() {
            return "Round " + (plan.ordinal() == null ? "" : plan.ordinal() + " ") + "of the " + plan.name()
                    + (plan.acronym() == null ? "" : " (" + plan.acronym() + ")");
        }

        public boolean mayPlan() {
            return plan.parties().stream().anyMatch(this::mayActFor) && !"published".equals(plan.status());
        }

        /** The item's topics by their labels, not their codes. */
        public String topics(Plan.AgendaItem i) {
            return String.join(", ", i.topics().stream().map(code -> topicLabels.getOrDefault(code, code)).toList());
        }

        public String track(Plan.AgendaItem i) {
            return Words.track(i.track());
        }

        public String coLeads(Plan.AgendaItem i) {
            return String.join("; ", i.coLeads().stream().map(l -> l.name() + " (" + l.party()
                    + (l.account() == null ? "" : ", account " + l.account()) + ")").toList());
        }
    }

    public record SectionRow(Drafting.Section section, boolean mayEdit) {}

    /** {@code conflict}: a save just refused, or null. */
    public record DraftPage(Views.Page page, Plan plan, Drafting.Draft draft, List<SectionRow> sections,
                            List<Drafting.Version> versions, List<String> approvable, String notice, EditConflict conflict) {
        /** Whether this section's save was just refused. */
        public boolean refused(SectionRow row) {
            return conflict != null && conflict.sectionKey().equals(row.section().key());
        }

        /** What the section's form holds: the refused text, not lost, or the section as it stands. */
        public String formText(SectionRow row) {
            return refused(row) ? conflict.yours() : row.section().text();
        }

        public String approvals() {
            if (draft.approvals().isEmpty()) return "none in force";
            return String.join("; ", draft.approvals().stream().map(a -> a.party() + " by " + a.by() + " (version " + a.version() + ")").toList());
        }
    }

    public record PreviewPage(Views.Page page, Plan plan, Drafting.Draft draft, Drafting.Preview preview) {}
}
