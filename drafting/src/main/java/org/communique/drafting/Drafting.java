package org.communique.drafting;

import org.communique.model.Commitment;
import org.communique.model.Participant;
import org.communique.model.Reading;
import org.communique.model.RoundRecord;
import org.communique.reader.Reader;
import org.communique.reader.UnreadableException;
import org.communique.store.Database;
import org.communique.store.RoundStore;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The joint statement of a planned round: composed from the plan, edited section by section by the working
 * groups' co-leads (every save a version with its author and a diff), approved by each party, and published
 * once every party approved the same version and the text reads back into the round that was planned.
 */
public final class Drafting {
    private final Database db;
    private final Jdbi jdbi;
    private final Reader reader;

    public Drafting(Database db) {
        this(db, new Reader());
    }

    public Drafting(Database db, Reader reader) {
        this.db = db;
        this.jdbi = db.jdbi();
        this.reader = reader;
    }

    /** One section as it stands and who may edit it. */
    public record Section(String key, int position, String heading, String track, String text, List<String> editors) {}

    /** One saved version of the whole text. */
    public record Version(int number, String sectionKey, String author, String madeAt, String text, String diff) {}

    /** An approval in force. */
    public record Approval(String party, int version, String by, String at) {}

    /** One step of the sign-off history (Akoma Ntoso workflow step). */
    public record Step(String at, String by, String as, String outcome, Integer version) {}

    /** The draft as it stands. */
    public record Draft(long planId, String title, List<Section> sections, int version, String text,
                        List<Approval> approvals, List<Step> steps, boolean approvedByAll) {}

    /** Where the published text and the plan disagree: the field, what was planned, what the text reads as. */
    public record Disagreement(String field, String planned, String read) {}

    /** What publishing would store: the reading of the current text and its disagreements with the plan. */
    public record Preview(int version, String text, RoundRecord record, List<Disagreement> disagreements) {}

    /** The outcome of publishing: the stored round. */
    public record Published(long roundId, int version, List<Disagreement> disagreements, boolean alreadyKnown) {}

    // ---------------------------------------------------------------- composing

    /** Composes the first draft from the plan (once; a second call returns the draft as it is). */
    public Draft compose(long planId, Actor by) {
        return jdbi.inTransaction(h -> {
            Plan p = Planning.load(h, planId);
            Planning.mayView(h, p, by);
            if (!by.isAdmin() && p.parties().stream().noneMatch(by::isEditorFor)) {
                throw DraftingException.forbidden(by.name() + " may not draft the statement: only an admin or an editor of "
                        + String.join(" or ", p.parties()) + " may");
            }
            if (count(h, "SELECT count(*) FROM draft_sections WHERE plan_id = ?", planId) > 0) return draft(h, p);
            for (Statement.Section s : Statement.compose(p)) {
                h.execute("INSERT INTO draft_sections (plan_id, key, position, heading, track, text) VALUES (?, ?, ?, ?, ?, ?)",
                        planId, s.key(), s.position(), s.heading(), s.track(), s.text());
            }
            String text = fullText(h, p);
            h.execute("INSERT INTO draft_versions (plan_id, number, section_key, author, text, diff) VALUES (?, 1, NULL, ?, ?, ?)",
                    planId, by.name(), text, LineDiff.unified("", text, "/dev/null", "v1"));
            step(h, planId, by, "drafted", 1);
            Planning.audit(h, by, "draft.compose", Map.of("plan", planId, "version", 1));
            return draft(h, p);
        });
    }

    /** The draft, if {@code by} may see it. */
    public Draft draft(long planId, Actor by) {
        return jdbi.withHandle(h -> {
            Plan p = Planning.load(h, planId);
            Planning.mayView(h, p, by);
            return draft(h, p);
        });
    }

    private Draft draft(Handle h, Plan p) {
        List<Section> sections = h.createQuery("""
                        SELECT key, position, heading, track, text FROM draft_sections WHERE plan_id = :p ORDER BY position""")
                .bind("p", p.id())
                .map((rs, ctx) -> new Section(rs.getString("key"), rs.getInt("position"), rs.getString("heading"),
                        rs.getString("track"), rs.getString("text"), editors(p, rs.getString("track"))))
                .list();
        int version = latest(h, p.id());
        List<Approval> approvals = approvals(h, p.id());
        boolean all = version > 0 && p.parties().stream().allMatch(party -> approvals.stream()
                .anyMatch(a -> a.party().equals(party) && a.version() == version));
        return new Draft(p.id(), Statement.title(p), sections, version, sections.isEmpty() ? "" : fullText(h, p),
                approvals, steps(h, p.id()), all);
    }

    /** The accounts that may edit a section: the co-leads' accounts of its track (opening and closing: any party's editor). */
    static List<String> editors(Plan p, String track) {
        if (track == null) return List.of();
        Set<String> out = new TreeSet<>();
        for (Plan.AgendaItem i : p.agenda()) {
            if (!i.track().equals(track)) continue;
            for (Plan.CoLead l : i.coLeads()) if (l.account() != null) out.add(l.account());
        }
        return List.copyOf(out);
    }

    private static String fullText(Handle h, Plan p) {
        List<Statement.Section> sections = h.createQuery("""
                        SELECT key, position, heading, track, text FROM draft_sections WHERE plan_id = :p ORDER BY position""")
                .bind("p", p.id())
                .map((rs, ctx) -> new Statement.Section(rs.getString("key"), rs.getInt("position"), rs.getString("heading"),
                        rs.getString("track"), rs.getString("text")))
                .list();
        return Statement.text(p, sections);
    }

    // ---------------------------------------------------------------- editing

    /**
     * Saves a section's new text as the next version. {@code base} is the version the text started from: when
     * someone changed this section after it, the save is refused with both texts ({@link EditConflict}); changes
     * to other sections since do not overlap and stay. Saves to one plan are serialised (its row is locked), so
     * each gets its own number and sees the one before. A track's section is edited by its working groups'
     * co-leads (their accounts) or an admin; the opening and closing by an admin or an editor of a party.
     * Any approval given before is void.
     */
    public Version edit(long planId, String sectionKey, int base, String newText, Actor by) {
        return jdbi.inTransaction(h -> {
            h.execute("SELECT id FROM plans WHERE id = ? FOR UPDATE", planId);
            Plan p = Planning.load(h, planId);
            Planning.mayView(h, p, by);
            if ("published".equals(p.status())) throw DraftingException.conflict("round " + planId + " is published; its statement no longer changes");
            Section s = draft(h, p).sections().stream().filter(x -> x.key().equals(sectionKey)).findFirst()
                    .orElseThrow(() -> DraftingException.notFound("there is no section " + sectionKey + " in the draft of round " + planId));
            if (!by.isAdmin()) {
                if (s.track() == null) {
                    if (p.parties().stream().noneMatch(by::isEditorFor)) {
                        throw DraftingException.forbidden(by.name() + " may not edit the " + s.heading().toLowerCase(Locale.ROOT));
                    }
                } else if (!s.editors().contains(by.name()) || !"editor".equals(by.role())) {
                    throw DraftingException.forbidden(by.name() + " may not edit \"" + s.heading()
                            + "\": only the co-leads of its working groups may");
                }
            }
            if (newText == null || newText.isBlank()) throw DraftingException.invalid("a section cannot be empty");
            String clean = newText.replace("\r\n", "\n").strip();
            int latest = latest(h, planId);
            if (base < 1 || base > latest) {
                throw DraftingException.invalid("there is no version " + base + " of the draft of round " + planId
                        + " to start from (the current one is " + latest + ")");
            }
            if (!clean.equals(s.text())) {
                var changed = h.createQuery("""
                                SELECT number, author FROM draft_versions
                                 WHERE plan_id = :p AND section_key = :key AND number > :base ORDER BY number DESC LIMIT 1""")
                        .bind("p", planId).bind("key", sectionKey).bind("base", base)
                        .map((rs, ctx) -> new EditConflict(s.heading(), sectionKey, base, latest, rs.getString("author"),
                                rs.getInt("number"), clean, s.text()))
                        .findOne();
                if (changed.isPresent()) throw changed.get();
            }
            String before = fullText(h, p);
            h.execute("UPDATE draft_sections SET text = ? WHERE plan_id = ? AND key = ?", clean, planId, sectionKey);
            String after = fullText(h, p);
            if (after.equals(before)) throw DraftingException.invalid("the section is unchanged");
            int number = latest + 1;
            String diff = LineDiff.unified(before, after, "v" + (number - 1), "v" + number);
            h.execute("INSERT INTO draft_versions (plan_id, number, section_key, author, text, diff) VALUES (?, ?, ?, ?, ?, ?)",
                    planId, number, sectionKey, by.name(), after, diff);
            step(h, planId, by, "edited", number);
            List<Approval> voided = approvals(h, planId);
            if (!voided.isEmpty()) {
                h.execute("DELETE FROM approvals WHERE plan_id = ?", planId);
                for (Approval a : voided) {
                    h.execute("INSERT INTO signoff_steps (plan_id, by_name, as_role, outcome, version) VALUES (?, ?, ?, 'voided', ?)",
                            planId, a.by(), "approver for " + a.party(), a.version());
                }
            }
            Planning.audit(h, by, "draft.edit", Planning.details("plan", planId, "section", sectionKey, "version", number,
                    "voided", voided.stream().map(Approval::party).toList()));
            return versions(h, planId).get(number - 1);
        });
    }

    /** Every version, oldest first. */
    public List<Version> versions(long planId, Actor by) {
        return jdbi.withHandle(h -> {
            Planning.mayView(h, Planning.load(h, planId), by);
            return versions(h, planId);
        });
    }

    private static List<Version> versions(Handle h, long planId) {
        return h.createQuery("""
                        SELECT number, section_key, author, to_char(made_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS at,
                               text, diff FROM draft_versions WHERE plan_id = :p ORDER BY number""")
                .bind("p", planId)
                .map((rs, ctx) -> new Version(rs.getInt("number"), rs.getString("section_key"), rs.getString("author"),
                        rs.getString("at"), rs.getString("text"), rs.getString("diff")))
                .list();
    }

    // ---------------------------------------------------------------- sign-off

    /** Approves the current version for {@code party}: its editor, or an admin. */
    public Draft approve(long planId, String party, int version, Actor by) {
        return jdbi.inTransaction(h -> {
            Plan p = Planning.load(h, planId);
            Planning.mayView(h, p, by);
            if (!p.parties().contains(party)) throw DraftingException.invalid(party + " is not a party of " + p.seriesKey());
            if (!by.actsFor(party)) {
                throw DraftingException.forbidden(by.name() + " may not approve for " + party + ": only its editors or an admin may");
            }
            int latest = latest(h, planId);
            if (latest == 0) throw DraftingException.conflict("round " + planId + " has no draft yet");
            if (version != latest) {
                throw DraftingException.conflict("version " + version + " is not the current text (version " + latest + " is)");
            }
            h.execute("""
                            INSERT INTO approvals (plan_id, party, version, by_name) VALUES (?, ?, ?, ?)
                            ON CONFLICT (plan_id, party) DO UPDATE SET version = EXCLUDED.version, by_name = EXCLUDED.by_name, at = now()""",
                    planId, party, version, by.name());
            h.execute("INSERT INTO signoff_steps (plan_id, by_name, as_role, outcome, version) VALUES (?, ?, ?, 'approved', ?)",
                    planId, by.name(), "approver for " + party, version);
            Planning.audit(h, by, "draft.approve", Map.of("plan", planId, "party", party, "version", version));
            return draft(h, p);
        });
    }

    private static List<Approval> approvals(Handle h, long planId) {
        return h.createQuery("""
                        SELECT party, version, by_name, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS at
                          FROM approvals WHERE plan_id = :p ORDER BY party""")
                .bind("p", planId)
                .map((rs, ctx) -> new Approval(rs.getString("party"), rs.getInt("version"), rs.getString("by_name"), rs.getString("at")))
                .list();
    }

    private static List<Step> steps(Handle h, long planId) {
        return h.createQuery("""
                        SELECT to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS at, by_name, as_role, outcome, version
                          FROM signoff_steps WHERE plan_id = :p ORDER BY id""")
                .bind("p", planId)
                .map((rs, ctx) -> new Step(rs.getString("at"), rs.getString("by_name"), rs.getString("as_role"),
                        rs.getString("outcome"), (Integer) rs.getObject("version")))
                .list();
    }

    private static void step(Handle h, long planId, Actor by, String outcome, int version) {
        String as = by.isAdmin() ? "admin" : by.role() + (by.party() == null ? "" : " for " + by.party());
        h.execute("INSERT INTO signoff_steps (plan_id, by_name, as_role, outcome, version) VALUES (?, ?, ?, ?, ?)",
                planId, by.name(), as, outcome, version);
    }

    // ---------------------------------------------------------------- publishing

    /** Reads the current text as the reader would once published, and lists where it disagrees with the plan. */
    public Preview preview(long planId, Actor by) {
        Plan p = new Planning(db).plan(planId, by);
        Draft d = draft(planId, by);
        if (d.version() == 0) throw DraftingException.conflict("round " + planId + " has no draft yet");
        Reading r = read(p, d);
        return new Preview(d.version(), d.text(), r.record(), compare(p, r.record()));
    }

    private Reading read(Plan p, Draft d) {
        try {
            return reader.read(d.text().getBytes(StandardCharsets.UTF_8), fileName(p, d.version()));
        } catch (UnreadableException e) {
            throw DraftingException.invalid("the statement cannot be read: " + e.getMessage());
        }
    }

    static String fileName(Plan p, int version) {
        return p.seriesKey() + "-" + (p.ordinal() == null ? "next" : p.ordinal()) + "-v" + version + ".txt";
    }

    /**
     * Publishes the current version: only when every party approved it, and, where the text disagrees with
     * the plan, only with {@code confirmDisagreements}. Stores the document and its round.
     */
    public Published publish(long planId, boolean confirmDisagreements, Actor by) {
        Plan p = new Planning(db).plan(planId, by);
        if (!by.isAdmin() && p.parties().stream().noneMatch(by::isEditorFor)) {
            throw DraftingException.forbidden(by.name() + " may not publish: only an admin or an editor of "
                    + String.join(" or ", p.parties()) + " may");
        }
        if ("published".equals(p.status())) throw DraftingException.conflict("round " + planId + " is already published");
        Draft d = draft(planId, by);
        if (!d.approvedByAll()) {
            List<String> missing = p.parties().stream().filter(party -> d.approvals().stream()
                    .noneMatch(a -> a.party().equals(party) && a.version() == d.version())).toList();
            throw DraftingException.conflict("version " + d.version() + " is not approved by " + String.join(" and ", missing)
                    + "; every party must approve the same version before it is published");
        }
        Reading reading = read(p, d);
        List<Disagreement> disagreements = compare(p, reading.record());
        if (!disagreements.isEmpty() && !confirmDisagreements) {
            throw DraftingException.conflict("the text disagrees with the plan in " + disagreements.size()
                    + " place(s) (see the preview); confirm to publish anyway");
        }
        RoundStore.Ingested stored = new RoundStore(db).ingest(reading);
        jdbi.useTransaction(h -> {
            int changed = h.execute("UPDATE plans SET status = 'published', round_id = ? WHERE id = ? AND status <> 'published'",
                    stored.roundId(), planId);
            if (changed == 0) throw DraftingException.conflict("round " + planId + " is already published");
            step(h, planId, by, "published", d.version());
            Planning.audit(h, by, "draft.publish", Planning.details("plan", planId, "version", d.version(), "round", stored.roundId(),
                    "disagreements", disagreements.size()));
        });
        return new Published(stored.roundId(), d.version(), disagreements,
                stored.outcome() == RoundStore.Outcome.ALREADY_KNOWN);
    }

    /** Where the round record read from the text disagrees with the plan: date, place, heads, commitments. */
    static List<Disagreement> compare(Plan p, RoundRecord r) {
        List<Disagreement> out = new ArrayList<>();
        if (p.date() != null && !p.date().equals(r.round().date())) out.add(new Disagreement("date", p.date(), r.round().date()));
        if (p.place() != null && !p.place().equalsIgnoreCase(String.valueOf(r.round().place()))) {
            out.add(new Disagreement("place", p.place(), r.round().place()));
        }
        if (p.ordinal() != null && !p.ordinal().equals(r.round().ordinal())) {
            out.add(new Disagreement("ordinal", String.valueOf(p.ordinal()), r.round().ordinal() == null ? null : String.valueOf(r.round().ordinal())));
        }
        for (String party : p.parties()) {
            Plan.Delegate head = p.head(party);
            String read = r.participants().stream().filter(x -> x.role() == Participant.Role.HEAD && party.equals(x.party()))
                    .map(Participant::name).findFirst().orElse(null);
            String planned = head == null ? null : head.name();
            if (planned != null && (read == null || !norm(read).equals(norm(planned)))) {
                out.add(new Disagreement("head of the " + party + " delegation", planned, read));
            }
        }
        List<String> readTexts = new ArrayList<>();
        for (Commitment c : r.commitments()) if (!NextRoundPlans.inWords(c.text())) readTexts.add(norm(c.text()));
        List<String> matched = new ArrayList<>();
        for (Plan.Deliverable d : p.deliverables()) {
            String want = norm(d.text());
            String hit = readTexts.stream().filter(t -> t.contains(want) || want.contains(t)).findFirst().orElse(null);
            if (hit == null) out.add(new Disagreement("commitment", d.text(), null));
            else matched.add(hit);
        }
        for (Commitment c : r.commitments()) {
            String t = norm(c.text());
            if (!NextRoundPlans.inWords(c.text()) && !matched.contains(t)) out.add(new Disagreement("commitment", null, c.text()));
        }
        return out;
    }

    static String norm(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[^\\p{L}\\p{N}']+", " ").strip();
    }

    private static int latest(Handle h, long planId) {
        return h.createQuery("SELECT COALESCE(max(number), 0) FROM draft_versions WHERE plan_id = :p")
                .bind("p", planId).mapTo(Integer.class).one();
    }

    private static long count(Handle h, String sql, Object arg) {
        return h.select(sql, arg).mapTo(Long.class).one();
    }
}
