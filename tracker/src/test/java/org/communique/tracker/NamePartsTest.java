package org.communique.tracker;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Forms of address, particles and letters after a name are read from the words the reader uses too. */
class NamePartsTest {
    @Test
    void formsOfAddressBeforeANameAreNotGivenNames() {
        assertThat(NameParts.parse("H.E. Dr. Amina Yusuf")).isEqualTo(new NameParts(List.of("amina"), "yusuf"));
        assertThat(NameParts.parse("The Hon. Penny Wong")).isEqualTo(new NameParts(List.of("penny"), "wong"));
        assertThat(NameParts.parse("HRH Prince Faisal bin Farhan"))
                .isEqualTo(new NameParts(List.of("faisal"), "bin farhan"));
        assertThat(NameParts.parse("Alhaji Musa Bello")).isEqualTo(new NameParts(List.of("musa"), "bello"));
    }

    @Test
    void suffixesAndPostNominalsAfterANameAreNotTheSurname() {
        assertThat(NameParts.parse("Jeremy Hunt MP").surname()).isEqualTo("hunt");
        assertThat(NameParts.parse("Sir Tim Barrow KCMG").surname()).isEqualTo("barrow");
        assertThat(NameParts.parse("John Smith Jr.").surname()).isEqualTo("smith");
    }

    @Test
    void theArticleIsKeptWhereNoFormOfAddressFollowsIt() {
        assertThat(NameParts.parse("Theresa Thea").given()).containsExactly("theresa");
        assertThat(NameParts.parse("Honorable").surname()).isEqualTo("honorable");
    }
}
