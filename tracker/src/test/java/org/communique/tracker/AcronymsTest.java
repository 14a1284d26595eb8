package org.communique.tracker;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A mechanism named later by an acronym alone: spelled from its initials, or given in brackets in an earlier text. */
class AcronymsTest {
    static Mechanism committed(String sentence) {
        List<Mechanism> all = Mechanism.all(sentence);
        assertThat(all).as(sentence).isNotEmpty();
        return all.get(0);
    }

    static Acronyms of(String commitment, String... dialogues) {
        Acronyms a = new Acronyms(committed(commitment), List.of(dialogues));
        a.learn(commitment);
        return a;
    }

    @Test
    void theInitialsOfTheNameNameItAndTheWordsBeforeGiveTheMeeting() {
        Acronyms a = of("The sides agreed to begin preparations for the inaugural meeting of a High-Level Dialogue on"
                + " Democratic Reforms in early 2022.", "ESPD");
        Optional<Mechanism> third = a.mentionIn("Both delegations praised the work of the third HLDDR, held in Astana in May.");
        assertThat(third).get().satisfies(m -> {
            assertThat(m.ordinal()).isEqualTo(3);
            assertThat(m.name()).isEqualTo("HLDDR");
        });
        assertThat(a.mentionIn("The second meeting of the HLD-DR took stock of the electoral reform.")).get()
                .extracting(Mechanism::ordinal).isEqualTo(2);
        assertThat(a.mentionIn("The HLDDR's next meeting is planned for the autumn.")).get()
                .extracting(Mechanism::ordinal).isNull();
    }

    @Test
    void anAcronymWithItsWordsJoinedByAHyphenNamesTheMechanismItSpells() {
        Acronyms a = of("Both sides decided to launch an Enhanced Strategic Partnership Dialogue on Human Rights.", "ESPD");
        assertThat(a.mentionIn("The delegations took note of the third ESPD-HR, which met in Washington in March.")).get()
                .extracting(Mechanism::ordinal).isEqualTo(3);
        // the dialogue's own acronym is the dialogue, never the mechanism
        assertThat(a.mentionIn("The next ESPD will take place in Astana.")).isEmpty();
    }

    @Test
    void aLongerNameLaterSpellsTheAcronymsAfterItsPrefix() {
        Mechanism later = committed("the third annual United States-Kazakhstan High-Level Dialogue on Human Rights and"
                + " Democratic Reforms");
        assertThat(Acronyms.spelled(later)).contains("HLDHRDR", "USKHLDHRDR", "HDHRDR").doesNotContain("HRDR");
    }

    @Test
    void anAcronymInBracketsAfterTheFullNameInAnEarlierStatementNamesItFromThenOn() {
        Acronyms a = of("The ministers agreed to set up a Joint Task Force on Digital Public Services in 2021.");
        String later = "Ministers welcomed the report of the second DigiTF meeting.";
        assertThat(a.mentionIn(later)).as("not its initials: known only once a text gives it").isEmpty();
        a.learn("The Joint Task Force on Digital Public Services (DigiTF) met twice in 2021, in Tallinn and in Helsinki.");
        assertThat(a.all()).contains("DIGITF");
        assertThat(a.mentionIn(later)).get().extracting(Mechanism::ordinal).isEqualTo(2);
        // a bracket after something else gives it nothing
        a.learn("The Partnership for Global Infrastructure and Investment (PGII) was discussed.");
        assertThat(a.all()).doesNotContain("PGII");
    }

    @Test
    void anAcronymOfTheNameBeforeTheKindWordNamesItOnlyWithThatKindOfWord() {
        Acronyms a = of("The ministers agreed to convene the first Central Asia and United States (C5+1) Ministerial"
                + " Meeting in Samarkand in November.");
        assertThat(a.mentionIn("They reviewed the results of the second C5+1 ministerial, held in Washington in August."))
                .get().satisfies(m -> {
                    assertThat(m.ordinal()).isEqualTo(2);
                    assertThat(m.name()).isEqualTo("C5+1 ministerial");
                });
        assertThat(a.mentionIn("The sides will work together in the C5+1 Security Working Group.")).isEmpty();
        assertThat(a.mentionIn("They praised the C5+1 format as a channel for regional cooperation.")).isEmpty();
    }

    @Test
    void aCapitalisedWordIsNoAcronym() {
        Acronyms a = of("The two governments will hold an inaugural Dialogue on Energy Security in 2022.");
        assertThat(a.all()).contains("DES");
        assertThat(a.mentionIn("The delegation then travelled to Des Moines.")).isEmpty();
        assertThat(a.mentionIn("The first DES met in Warsaw in June.")).isPresent();
    }

    @Test
    void theStoresPatternFindsEachWayOfWritingTheAcronym() {
        Pattern p = Pattern.compile("(?i)" + Acronyms.pattern(List.of("ESPDHR", "C5+1")));
        assertThat(p.matcher("the third ESPD-HR met").find()).isTrue();
        assertThat(p.matcher("(C5+1)").find()).isTrue();
        assertThat(p.matcher("the E.S.P.D.H.R. met").find()).isTrue();
        assertThat(p.matcher("the ESPDHRX met").find()).isFalse();
        assertThat(Acronyms.pattern(List.of())).isNull();
    }
}
