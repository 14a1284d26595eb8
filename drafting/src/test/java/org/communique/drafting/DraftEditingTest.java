package org.communique.drafting;

import org.communique.reader.Reader;
import org.communique.store.Database;
import org.communique.store.RoundStore;
import org.communique.tracker.Tracker;
import org.communique.testsupport.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two people editing one draft (issue 14): a save names the version it started from; one made on an older text
 * of a section changed since is refused with both texts, never silently replacing it; saves at once are serialised.
 */
class DraftEditingTest {
    static final Actor ANA = Actor.admin("ana");
    static final Actor BEA = Actor.admin("bea");
    static Database db;
    Drafting drafting;
    long planId;
    List<Drafting.Section> sections;

    @BeforeEach
    void draft() throws Exception {
        if (db == null) {
            db = TestDatabases.fresh();
            new RoundStore(db).ingest(new Reader().read(Files.readAllBytes(DoneWhenTest.SEED), DoneWhenTest.SEED.getFileName().toString()));
            new Tracker(db).run(LocalDate.of(2024, 6, 1));
        }
        drafting = new Drafting(db);
        planId = new Planning(db).planNext("kz-us-espd", ANA).id();
        Drafting.Draft d = drafting.compose(planId, ANA);
        assertThat(d.version()).isEqualTo(1);
        sections = d.sections();
        assertThat(sections.size()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aSaveOnAnOlderTextOfAChangedSectionIsRefusedWithBothTexts() {
        Drafting.Section opening = sections.get(0);
        String anas = opening.text() + " Ana's sentence.";
        String beas = opening.text() + " Bea's sentence.";
        // both opened version 1; Ana saves first
        assertThat(drafting.edit(planId, opening.key(), 1, anas, ANA).number()).isEqualTo(2);
        assertThatThrownBy(() -> drafting.edit(planId, opening.key(), 1, beas, BEA))
                .isInstanceOfSatisfying(EditConflict.class, c -> {
                    assertThat(c.kind()).isEqualTo(DraftingException.Kind.CONFLICT);
                    assertThat(c.sectionKey()).isEqualTo(opening.key());
                    assertThat(c.base()).isEqualTo(1);
                    assertThat(c.currentVersion()).isEqualTo(2);
                    assertThat(c.yours()).isEqualTo(beas);
                    assertThat(c.current()).isEqualTo(anas);
                    assertThat(c.getMessage()).contains("ana", "version 2", "version 1").doesNotContain("\n");
                });
        assertThat(section(opening.key()).text()).isEqualTo(anas);
        assertThat(drafting.draft(planId, ANA).version()).isEqualTo(2);

        // a change to another section made on version 1 does not overlap Ana's: it is saved
        Drafting.Section other = sections.get(1);
        assertThat(drafting.edit(planId, other.key(), 1, other.text() + " Bea's other sentence.", BEA).number()).isEqualTo(3);
        assertThat(section(opening.key()).text()).isEqualTo(anas);
        // on the current text Bea's save goes through
        assertThat(drafting.edit(planId, opening.key(), 3, anas + " Bea's sentence.", BEA).number()).isEqualTo(4);
        // a version that does not exist is no base
        assertThatThrownBy(() -> drafting.edit(planId, opening.key(), 9, "x", BEA)).isInstanceOf(DraftingException.class)
                .hasMessageContaining("version 9");
    }

    @Test
    void savesAtOnceAreSerialisedPerPlanAndNumberedOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(sections.size());
        try {
            for (int round = 0; round < 5; round++) {
                int base = drafting.draft(planId, ANA).version();
                // every section at once, each from the current version: none overlaps another, all are saved
                CyclicBarrier together = new CyclicBarrier(sections.size());
                List<Future<Drafting.Version>> saves = new ArrayList<>();
                for (Drafting.Section s : sections) {
                    String text = section(s.key()).text() + " Round " + round + ".";
                    saves.add(pool.submit(() -> {
                        together.await();
                        return drafting.edit(planId, s.key(), base, text, ANA);
                    }));
                }
                List<Integer> numbers = new ArrayList<>();
                for (Future<Drafting.Version> f : saves) numbers.add(f.get(60, TimeUnit.SECONDS).number());
                assertThat(numbers).doesNotHaveDuplicates().allSatisfy(n -> assertThat(n).isBetween(base + 1, base + sections.size()));

                // one section from one base, several at once: one save, the others refused
                Drafting.Section first = sections.get(0);
                int now = drafting.draft(planId, ANA).version();
                CyclicBarrier again = new CyclicBarrier(sections.size());
                List<Future<Drafting.Version>> rivals = new ArrayList<>();
                for (int i = 0; i < sections.size(); i++) {
                    String text = section(first.key()).text() + " Rival " + round + "-" + i + ".";
                    Callable<Drafting.Version> save = () -> {
                        again.await();
                        return drafting.edit(planId, first.key(), now, text, BEA);
                    };
                    rivals.add(pool.submit(save));
                }
                int saved = 0;
                for (Future<Drafting.Version> f : rivals) {
                    try {
                        f.get(60, TimeUnit.SECONDS);
                        saved++;
                    } catch (java.util.concurrent.ExecutionException e) {
                        assertThat(e.getCause()).isInstanceOf(EditConflict.class);
                    }
                }
                assertThat(saved).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
        List<Drafting.Version> versions = drafting.versions(planId, ANA);
        for (int i = 0; i < versions.size(); i++) assertThat(versions.get(i).number()).isEqualTo(i + 1);
        // each version's diff is against the one before it: the texts chain
        for (int i = 1; i < versions.size(); i++) {
            assertThat(versions.get(i).diff()).contains("--- v" + i, "+++ v" + (i + 1));
        }
    }

    private Drafting.Section section(String key) {
        return drafting.draft(planId, ANA).sections().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }
}
