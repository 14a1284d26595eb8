package org.communique.web;

import org.communique.drafting.Drafting;
import org.communique.drafting.EditConflict;
import org.communique.drafting.Plan;
import org.communique.drafting.Planning;

import java.util.List;

/** What the drafting pages' templates are given. */
public final class DraftViews {
    private DraftViews() {}

    public record Plans(Views.Page page, List<Planning.PlanSummary> plans, List<String> series) {}

    public record PlanPage(Views.Page page, Plan plan, List<Planning.KnownPerson> known, boolean drafted, String notice) {
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

        public String topics(Plan.AgendaItem i) {
            return String.join(", ", i.topics());
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
