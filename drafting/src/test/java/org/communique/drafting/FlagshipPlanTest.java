package org.communique.drafting;

import org.communique.store.Database;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's example on the sample data: the 7th round of the U.S.-Kazakhstan ESPD, planned from the six rounds
 * of statements/ as the reader reads them, on a day two and a half years after the last of them.
 */
class FlagshipPlanTest {
    static final LocalDate TODAY = SampleSeries.TODAY;

    static Database db;
    static Plan plan;

    @BeforeAll
    static void planTheSeventhRound() {
        db = SampleSeries.db();
        plan = SampleSeries.planning().planNext("kz-us-espd", Actor.admin("ana"));
    }

    @Test
    void theSeventhRoundWhereTheSixthPlannedItAfterToday() {
        assertThat(plan.seriesKey()).isEqualTo("kz-us-espd");
        assertThat(plan.ordinal()).isEqualTo(7);
        assertThat(plan.place()).as("the sixth round's plan: Astana in 2025").isEqualTo("Astana");
        assertThat(plan.host()).isEqualTo("KZ");
        assertThat(LocalDate.parse(plan.date())).isAfter(TODAY).isEqualTo("2027-05-31");
        assertThat(plan.note()).startsWith("The series looks dormant: no round is stored since 2024-05-31")
                .contains("2025 in Astana");
    }

    @Test
    void theLastRoundsPlanForThisRoundIsNoAgendaItem() {
        assertThat(plan.deliverables()).extracting(Plan.Deliverable::text)
                .noneMatch(t -> t.contains("Astana in 2025")).noneMatch(t -> t.contains("next ESPD"))
                .isNotEmpty();
    }

    @Test
    void commitmentsGoUnderTheTrackOfTheirTopic() {
        assertThat(itemOf("advancing respect for human rights")).isEqualTo("human-dimension");
        assertThat(itemOf("infrastructure projects and transport routes")).isEqualTo("economic");
        assertThat(itemOf("border security, counterterrorism")).isEqualTo("political-security");
    }

    @Test
    void anOldKeyPlansTheSameSeries() {
        Plan again = SampleSeries.planning().planNext("kz-us-spd", Actor.admin("ana"));
        assertThat(again.seriesKey()).isEqualTo("kz-us-espd");
    }

    static String itemOf(String words) {
        for (Plan.AgendaItem item : plan.agenda()) {
            for (Plan.Deliverable d : item.deliverables()) if (d.text().contains(words)) return item.track();
        }
        throw new AssertionError("no deliverable '" + words + "' in " + plan.deliverables());
    }
}
