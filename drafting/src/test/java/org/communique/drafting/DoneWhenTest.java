package org.communique.drafting;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.communique.model.Participant;
import org.communique.model.RoundRecord;
import org.communique.reader.Reader;
import org.communique.store.AuditEntry;
import org.communique.store.AuditLog;
import org.communique.store.Database;
import org.communique.store.RoundStore;
import org.communique.tracker.Tracker;
import org.communique.testsupport.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The "done when": plan the round after the seed's 5th ESPD, carry its open commitments, draft,
 * edit (voiding an approval), approve for both parties, publish, and read the statement back into the plan.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DoneWhenTest {
    static final Path SEED = seed();
    static Database db;
    static Planning planning;
    static Drafting drafting;
    static final Actor ADMIN = Actor.admin("ana");
    static final Actor KZ = Actor.editor("aigerim", "KZ");
    static final Actor US = Actor.editor("ed", "US");
    static final Actor KZ_OTHER = Actor.editor("bolat", "KZ");
    static final Actor VIEWER = Actor.viewer("vic");
    static final Actor SHARED = Actor.viewer("sam");
    static long planId;

    /** The project's own statement of the 5th U.S.-Kazakhstan ESPD (Astana, 2023). */
    static Path seed() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path s = p.resolve("statements/kz-us-espd-2023.txt");
            if (Files.exists(s)) return s;
        }
        throw new IllegalStateException("the repository's statements/kz-us-espd-2023.txt is not found");
    }

    @BeforeAll
    static void ingestTheSeed() throws Exception {
        db = TestDatabases.fresh();
        new RoundStore(db).ingest(new Reader().read(Files.readAllBytes(SEED), SEED.getFileName().toString()));
        new Tracker(db).run(LocalDate.of(2024, 6, 1));
        // planned on the day the seed's round was a few months old, as the issue that asked for planning did
        planning = new Planning(db, java.time.Clock.fixed(java.time.Instant.parse("2024-06-01T00:00:00Z"), java.time.ZoneOffset.UTC));
        drafting = new Drafting(db);
    }

    @Test
    @Order(1)
    void plansTheSixthRoundInWashingtonWithTheSeedsOpenCommitments() {
        Plan p = planning.planNext("kz-us-espd", KZ);
        planId = p.id();
        assertThat(p.ordinal()).isEqualTo(6);
        assertThat(p.host()).isEqualTo("US");
        assertThat(p.place()).isEqualTo("Washington");
        assertThat(p.date()).isEqualTo("2024-11-06");
        assertThat(p.status()).isEqualTo("planned");
        assertThat(p.head("KZ").name()).isEqualTo("Kairat Umarov");
        assertThat(p.head("US").name()).isEqualTo("Donald Lu");
        assertThat(p.head("US").title()).contains("Assistant Secretary");
        assertThat(p.agenda()).extracting(Plan.AgendaItem::track).contains("political-security", "economic", "human-dimension");
        // the seed's open commitments as the reader read them; the plan for this very round is not carried
        assertThat(p.deliverables()).extracting(Plan.Deliverable::text).containsExactlyInAnyOrder(
                "keep working toward permanent normal trade relations", "continue consultations on sanctions policy",
                "carry out President Kassym-Jomart Tokayev's reform program in full",
                "practical cooperation built on mutual interests and shared values",
                "developing sustainable transport routes across the region, with the Partnership for Global Infrastructure "
                        + "and Investment (PGI) as one possible vehicle");
        assertThat(p.deliverables()).allSatisfy(d -> assertThat(d.itemId()).isNotNull());
        Plan.AgendaItem economic = p.agenda().stream().filter(i -> i.track().equals("economic")).findFirst().orElseThrow();
        assertThat(economic.deliverables()).extracting(Plan.Deliverable::text)
                .contains("keep working toward permanent normal trade relations");

        // co-leads: one per party for the economic working group; a new deliverable
        planning.setCoLead(planId, economic.id(), "KZ", "Arman Isetov", "aigerim", KZ);
        planning.setCoLead(planId, economic.id(), "US", "Eric Meyer", "ed", US);
        Plan after = planning.addDeliverable(planId, economic.id(), List.of("KZ", "US"),
                "launch a working group on critical minerals", null, US);
        assertThat(after.deliverables()).hasSize(6);
        assertThat(planning.knownPeople("US")).extracting(Planning.KnownPerson::name).contains("Donald Lu");
    }

    @Test
    @Order(2)
    void draftsEditsApprovesAndPublishesAStatementThatReadsBackAsPlanned() throws Exception {
        Drafting.Draft d = drafting.compose(planId, US);
        assertThat(d.version()).isEqualTo(1);
        assertThat(d.text()).contains("welcomed", "in Washington", "6th", "(ESPD)",
                "The delegations intend to continue consultations on sanctions policy.",
                "agreed to launch a working group on critical minerals",
                "intend to convene the next Kazakhstan-U.S. ESPD in Astana in 2025");
        Drafting.Preview preview = drafting.preview(planId, KZ);
        assertThat(preview.disagreements()).as(preview.text()).isEmpty();

        // KZ approves version 1; the US co-lead edits the economic section: the approval is void
        drafting.approve(planId, "KZ", 1, KZ);
        Drafting.Section economic = d.sections().stream().filter(s -> "economic".equals(s.track())).findFirst().orElseThrow();
        assertThat(economic.editors()).containsExactly("aigerim", "ed");
        Drafting.Version v2 = drafting.edit(planId, economic.key(), 1,
                economic.text().replace("The delegations discussed economic issues", "The delegations discussed priority economic issues"), US);
        assertThat(v2.number()).isEqualTo(2);
        assertThat(v2.author()).isEqualTo("ed");
        assertThat(v2.diff()).contains("--- v1", "+++ v2", "-The delegations discussed economic issues",
                "+The delegations discussed priority economic issues");
        Drafting.Draft afterEdit = drafting.draft(planId, KZ);
        assertThat(afterEdit.approvals()).isEmpty();
        assertThat(afterEdit.steps()).extracting(Drafting.Step::outcome).containsExactly("drafted", "approved", "edited", "voided");
        assertThatThrownBy(() -> drafting.approve(planId, "KZ", 1, KZ)).hasMessageContaining("not the current text");

        drafting.approve(planId, "KZ", 2, KZ);
        assertThatThrownBy(() -> drafting.publish(planId, false, KZ)).hasMessageContaining("not approved by US");
        drafting.approve(planId, "US", 2, US);
        assertThat(drafting.draft(planId, US).approvedByAll()).isTrue();

        Drafting.Published published = drafting.publish(planId, false, US);
        assertThat(published.disagreements()).isEmpty();
        assertThat(published.version()).isEqualTo(2);
        RoundRecord r = new RoundStore(db).record(published.roundId()).orElseThrow();
        assertThat(r.round().date()).isEqualTo("2024-11-06");
        assertThat(r.round().place()).isEqualTo("Washington");
        assertThat(r.round().ordinal()).isEqualTo(6);
        assertThat(r.participants()).filteredOn(x -> x.role() == Participant.Role.HEAD)
                .extracting(Participant::name).containsExactlyInAnyOrder("Kairat Umarov", "Donald Lu");
        assertThat(r.commitments()).extracting(c -> c.text()).contains("continue consultations on sanctions policy",
                "launch a working group on critical minerals");
        assertThat(planning.plan(planId, ADMIN).status()).isEqualTo("published");
        assertThatThrownBy(() -> drafting.edit(planId, economic.key(), 2, "x", US)).hasMessageContaining("published");

        // the sign-off history (the web writes it as an Akoma Ntoso workflow)
        assertThat(drafting.draft(planId, ADMIN).steps()).extracting(Drafting.Step::outcome)
                .contains("approved", "voided", "published");
        assertThat(drafting.draft(planId, ADMIN).steps()).extracting(Drafting.Step::by).contains("ed");

        List<String> actions = new AuditLog(db).entries().stream().map(AuditEntry::action).toList();
        assertThat(actions).contains("drafting.plan.create", "drafting.plan.colead", "drafting.plan.deliverable.add",
                "drafting.draft.compose", "drafting.draft.edit", "drafting.draft.approve", "drafting.draft.publish");
    }

    @Test
    @Order(3)
    void theBriefingBookRendersToHtmlAndPdf() throws Exception {
        Briefing briefing = new Briefing(db);
        Briefing.Book book = briefing.book(planId, "KZ", KZ);
        assertThat(book.counterparts()).extracting(Briefing.Counterpart::name).contains("Donald Lu");
        assertThat(book.counterparts().get(0).rounds()).isNotEmpty();
        String html = briefing.html(book);
        assertThat(html).contains("Briefing book for Kairat Umarov", "Donald Lu", "sanctions", "Astana");
        byte[] pdf = briefing.pdf(book);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Kairat Umarov", "Donald Lu", "The counterpart delegation");
        }
    }

    @Test
    @Order(4)
    void eachForbiddenActionIsRefused() {
        Plan p = planning.planNext("kz-us-espd", ADMIN);
        long id = p.id();
        long item = p.agenda().get(0).id();
        // editors act only for their own party
        assertThatThrownBy(() -> planning.addDelegate(id, "US", "Someone Else", null, "member", KZ))
                .isInstanceOf(DraftingException.class).hasMessageContaining("only for their own party");
        assertThatThrownBy(() -> planning.setCoLead(id, item, "US", "X Y", "aigerim", KZ))
                .hasMessageContaining("editors act only for their own party");
        planning.addDelegate(id, "KZ", "Roman Vassilenko", "Deputy Foreign Minister", "member", KZ);
        // viewers see drafts only when the series is shared with them, and change nothing
        assertThatThrownBy(() -> planning.plan(id, VIEWER)).hasMessageContaining("not shared with vic");
        assertThatThrownBy(() -> planning.planNext("kz-us-espd", VIEWER)).isInstanceOf(DraftingException.class);
        planning.share("kz-us-espd", "sam", US);
        assertThat(planning.plan(id, SHARED).id()).isEqualTo(id);
        assertThatThrownBy(() -> planning.addDelegate(id, "US", "Z", null, "member", SHARED)).hasMessageContaining("may not");
        assertThatThrownBy(() -> drafting.compose(id, SHARED)).hasMessageContaining("may not draft");
        assertThatThrownBy(() -> planning.plan(id, null)).hasMessageContaining("anonymous");
        // sections are edited by their working groups' co-leads only
        planning.setCoLead(id, item, "KZ", "Arman Isetov", "aigerim", KZ);
        Drafting.Draft d = drafting.compose(id, ADMIN);
        Drafting.Section first = d.sections().stream().filter(s -> s.track() != null && s.editors().contains("aigerim"))
                .findFirst().orElseThrow();
        assertThatThrownBy(() -> drafting.edit(id, first.key(), 1, "The delegations met.", KZ_OTHER))
                .hasMessageContaining("only the co-leads");
        assertThatThrownBy(() -> drafting.edit(id, first.key(), 1, "The delegations met.", US))
                .hasMessageContaining("only the co-leads");
        drafting.edit(id, first.key(), 1, first.text() + " They met.", KZ);
        // only a party's editors (or an admin) approve for it
        assertThatThrownBy(() -> drafting.approve(id, "US", 2, KZ)).hasMessageContaining("may not approve for US");
        assertThatThrownBy(() -> drafting.approve(id, "KZ", 2, SHARED)).hasMessageContaining("may not approve");
        assertThatThrownBy(() -> drafting.publish(id, false, SHARED)).hasMessageContaining("may not publish");
        // publishing with disagreements needs confirmation: the plan moves to December, the text still says November
        planning.setRound(id, "2024-12-01", null, null, null, ADMIN);
        drafting.approve(id, "KZ", 2, KZ);
        drafting.approve(id, "US", 2, ADMIN);
        Drafting.Preview preview = drafting.preview(id, ADMIN);
        assertThat(preview.disagreements()).extracting(Drafting.Disagreement::field).containsExactly("date");
        assertThatThrownBy(() -> drafting.publish(id, false, ADMIN)).hasMessageContaining("confirm to publish anyway");
    }
}
