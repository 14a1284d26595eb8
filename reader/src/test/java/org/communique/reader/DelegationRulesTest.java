package org.communique.reader;

import org.communique.model.Participant;
import org.communique.model.RoundRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** Who speaks for whom and who led, each rule on a statement written for it. */
class DelegationRulesTest {
    private final Reader reader = new Reader();

    private RoundRecord read(String text) throws Exception {
        return reader.read(text.getBytes(StandardCharsets.UTF_8), "t.txt").record();
    }

    @Test
    void aCountryWordHoldsForTheTitlesListedAfterItAndTheOthersAreTheOtherSide() throws Exception {
        RoundRecord r = read("Brazil and Japan held the 2+2 Ministerial Dialogue in Brasilia on 3 May 2024. Defence "
                + "Minister Jose Mucio and Foreign Minister Mauro Vieira met Japanese Minister of Defense Minoru Kihara "
                + "and Minister for Foreign Affairs Yoko Kamikawa.");
        assertThat(r.participants()).extracting(Participant::name, Participant::party, Participant::role)
                .containsExactlyInAnyOrder(
                        tuple("Jose Mucio", "BR", Participant.Role.HEAD),
                        tuple("Mauro Vieira", "BR", Participant.Role.HEAD),
                        tuple("Minoru Kihara", "JP", Participant.Role.HEAD),
                        tuple("Yoko Kamikawa", "JP", Participant.Role.HEAD));
    }

    @Test
    void leadersWhoHoldTheRoundLeadItAndLeadersNamedInPassingAreMentioned() throws Exception {
        RoundRecord r = read("Chancellor Olaf Scholz and Prime Minister Mark Rutte held the first German-Dutch "
                + "Intergovernmental Consultations in Berlin on 4 April 2024. They recalled that King Willem-Alexander "
                + "had visited Germany.");
        assertThat(r.participants()).filteredOn(p -> p.name().equals("Olaf Scholz")).singleElement()
                .satisfies(p -> assertThat(p.role()).isEqualTo(Participant.Role.HEAD));
        assertThat(r.participants()).filteredOn(p -> p.name().equals("Mark Rutte")).singleElement()
                .satisfies(p -> assertThat(p.role()).isEqualTo(Participant.Role.HEAD));
    }

    @Test
    void aTitleNamingTheCountryInFullIsFollowedByTheName() throws Exception {
        RoundRecord r = read("Kazakhstan and China held the Strategic Dialogue in Astana on 3 May 2024. The Minister of "
                + "Foreign Affairs of the People\u2019s Republic of China, Wang Yi, made an official visit.");
        assertThat(r.participants()).extracting(Participant::name, Participant::party).contains(tuple("Wang Yi", "CN"));
    }
}
