package org.communique.web;

import org.communique.drafting.Drafting;
import org.w3c.dom.Element;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A draft's sign-off history as an Akoma Ntoso {@code doc} whose {@code workflow} has one {@code step} per event
 * (date, by, as, outcome, the version it concerns), each person and role declared in the {@code references}.
 */
final class AknWorkflow {
    private AknWorkflow() {}

    static String of(Drafting.Draft draft) {
        AknDocument d = new AknDocument("doc", "jointStatement");
        List<Drafting.Step> steps = draft.steps();
        Element meta = d.child(d.top, "meta");
        String planned = steps.isEmpty() ? "1970-01-01" : day(steps.get(0));
        d.identification(meta, "/akn/statement/plan-" + draft.planId(), planned, "planned", List.of("#communique"), null);

        Map<String, String> people = new LinkedHashMap<>();
        Map<String, String> roles = new LinkedHashMap<>();
        for (Drafting.Step s : steps) {
            people.putIfAbsent(s.by(), "p-" + AknDocument.slug(s.by()));
            roles.putIfAbsent(s.as(), "r-" + AknDocument.slug(s.as()));
        }
        Element workflow = d.child(meta, "workflow", "source", "#communique");
        for (Drafting.Step s : steps) {
            Element step = d.child(workflow, "step", "date", day(s));
            step.setAttribute("by", "#" + people.get(s.by()));
            step.setAttribute("as", "#" + roles.get(s.as()));
            step.setAttribute("outcome", s.outcome());
            step.setAttribute("refersTo", "#v" + (s.version() == null ? "" : s.version()));
        }
        Element refs = d.references(meta);
        people.forEach((name, id) -> d.reference(refs, "TLCPerson", id, "/ontology/person/" + AknDocument.slug(name), name));
        roles.forEach((name, id) -> d.reference(refs, "TLCRole", id, "/ontology/role/" + AknDocument.slug(name), name));

        d.text(d.child(d.top, "mainBody"), "p", draft.title());
        return d.write();
    }

    /** The day of a step's time (an ISO timestamp). */
    private static String day(Drafting.Step s) {
        return s.at().substring(0, 10);
    }
}
