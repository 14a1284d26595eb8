package org.communique.tracker;

import org.communique.store.CommitmentRow;
import org.communique.store.TrackedRound;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which commitments launch or continue a mechanism: a ministerial meeting is one, unless it is the dialogue itself. */
class MechanismRuleTest {
    static TrackedRound round(String name) {
        return new TrackedRound(1, 1, name, null, List.of("IN", "JP"), 3, "2024-08-20", "New Delhi", "IN", null, null);
    }

    static CommitmentRow commitment(String text) {
        return new CommitmentRow(1, 1, List.of("IN", "JP"), text, "agreed to", "firm", null, null, null);
    }

    @Test
    void aMinisterialMeetingIsAMechanism() {
        assertThat(MechanismRule.of(commitment("convene the first Central Asia and United States (C5+1) Ministerial Meeting"),
                round("Strategic Dialogue"))).get().extracting(Mechanism::kind).isEqualTo("ministerial");
        // "ministerial-level" says who meets, not what
        assertThat(MechanismRule.of(commitment("hold ministerial-level talks on Quad cooperation"), round("Strategic Dialogue")))
                .isEmpty();
    }

    @Test
    void theDialogueItselfIsNoMechanismWhateverItsKind() {
        TrackedRound twoPlusTwo = round("2+2 Foreign and Defence Ministerial Meeting");
        assertThat(MechanismRule.of(commitment("hold the next 2+2 Ministerial Meeting in Tokyo"), twoPlusTwo)).isEmpty();
        assertThat(MechanismRule.of(commitment("hold the next Strategic Dialogue in Tokyo"), round("Strategic Dialogue")))
                .isEmpty();
        assertThat(MechanismRule.of(commitment("launch a 2+2 Working Group on maritime domain awareness"), twoPlusTwo))
                .get().extracting(Mechanism::kind).isEqualTo("group");
    }
}
