package org.communique.tracker;

import org.communique.store.Database;
import org.communique.store.PersonAlias;
import org.communique.store.PersonName;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** One person across rounds despite spellings and titles; two people who share a surname stay two. */
class PeopleTest {
    static Database db;

    @BeforeAll
    static void storeAndTrack() {
        db = Statements.tracked(LocalDate.of(2025, 6, 1), Statements.SERIES_A);
    }

    static Person person(String name) {
        return PeopleOverview.list(db).stream().filter(p -> p.variants().contains(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no person named " + name));
    }

    @Test
    void transliterationVariantsAreOnePersonWithPostsOverTime() {
        Person head = person("Bahtiyar Orazow");
        assertThat(head.variants()).containsExactlyInAnyOrder("Bakhtiyar Orazov", "Bahtiyar Orazow");
        assertThat(head.name()).isEqualTo("Bakhtiyar Orazov"); // the spelling seen most often
        assertThat(head.posts()).extracting(Person.Post::date, Person.Post::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple("2021-10-19", "Deputy Minister of Foreign Affairs of Turkmenistan"),
                org.assertj.core.groups.Tuple.tuple("2022-05-31", "First Deputy Minister of Foreign Affairs of Turkmenistan"),
                org.assertj.core.groups.Tuple.tuple("2023-06-12", "First Deputy Foreign Minister"));
        assertThat(head.posts()).extracting(Person.Post::series).containsOnly("tm-us-espd");
        assertThat(person("Alexander Petrosyan").variants()).containsExactlyInAnyOrder("Aleksandr Petrosyan", "Alexander Petrosyan");
    }

    @Test
    void aSharedSurnameWithAnotherGivenNameIsAnotherPerson() {
        assertThat(person("Meret Orazov").variants()).containsExactly("Meret Orazov");
        assertThat(person("Serdar Berdimuhamedov").variants()).containsExactly("Serdar Berdimuhamedov");
        assertThat(person("Gurbanguly Berdimuhamedov").variants()).containsExactly("Gurbanguly Berdimuhamedov");
    }

    @Test
    void namesMatchDespiteSpellingInitialsAndMiddleNames() {
        assertThat(SamePerson.why("D. Davaasuren", "Dashdorj Davaasuren")).startsWith("an initial");
        assertThat(SamePerson.why("Nikolay Ivanov", "Nikolai Ivanoff")).startsWith("a spelling variant");
        assertThat(SamePerson.why("Daniel R. Kessler", "Daniel Kessler")).isNotNull();
        assertThat(SamePerson.why("Ambassador Ibrahim Yusuf", "Ibrahim Yusuf")).isNotNull();
        assertThat(SamePerson.why("Khalid bin Ahmed Al Khalifa", "Salman bin Hamad Al Khalifa")).isNull();
        assertThat(SamePerson.why("Meret Orazov", "Bakhtiyar Orazov")).isNull();
        assertThat(SamePerson.why("D. Davaasuren", "Bat-Erdene Davaasuren")).isNull();
        assertThat(SamePerson.why("Anna Smith", "Anna Smyth")).isNotNull(); // y and i spell one sound
        assertThat(SamePerson.why("Mark Brown", "Mark Braun")).isNull();
    }

    @Test
    void anInitialCannotJoinTwoDifferentPeople() {
        Map<Long, PersonAlias> aliases = PeopleFinder.aliases(List.of(new PersonName(1, "Batyr Orazov", List.of("TM"), 1),
                new PersonName(2, "B. Orazov", List.of("TM"), 1), new PersonName(3, "Bakhtiyar Orazov", List.of("TM"), 1)));
        assertThat(aliases).hasSize(1); // "B. Orazov" joins one of them, never both into one person
        assertThat(aliases.values().iterator().next().personId()).isEqualTo(2);
    }

    @Test
    void aBareSurnameJoinsOnlyTheOnePersonWhoBearsIt() {
        Map<Long, PersonAlias> one = PeopleFinder.aliases(List.of(new PersonName(1, "Donald Lu", List.of("US"), 2),
                new PersonName(2, "Lu", List.of("US"), 1)));
        assertThat(one).containsOnlyKeys(2L);
        assertThat(one.get(2L).sameAs()).isEqualTo(1);
        Map<Long, PersonAlias> two = PeopleFinder.aliases(List.of(new PersonName(1, "Bakhtiyar Orazov", List.of("TM"), 2),
                new PersonName(2, "Meret Orazov", List.of("TM"), 1), new PersonName(3, "Orazov", List.of("TM"), 1)));
        assertThat(two).isEmpty();
    }
}
