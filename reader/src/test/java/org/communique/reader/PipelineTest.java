package org.communique.reader;

import org.communique.model.RoundRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The stages' contracts: the order checked when a reader is built, and a failed stage skipping what needs it. */
class PipelineTest {
    private static final String STATEMENT = "U.S. Secretary of State Antony Blinken and Minister of Foreign Affairs of "
            + "Kazakhstan Murat Nurtleu met in Astana on 12 March 2024 for the Strategic Partnership Dialogue. "
            + "They agreed to expand trade in critical minerals.";

    private static List<Stage> standard() {
        return new Reader().stages();
    }

    /** A stage that fails every time, standing in for one stage of the pipeline with its contract. */
    private static final class Failing extends Stage {
        Failing(Stage real) {
            super(real.needs(), real.adds());
        }

        @Override
        public void annotate(Doc doc) {
            throw new IllegalStateException("broken on purpose");
        }
    }

    @Test
    void everyStandardStageFindsWhatItNeedsBeforeIt() {
        Reader.checkOrder(standard());
        assertThat(standard()).allSatisfy(s -> assertThat(s.adds()).isNotEmpty());
    }

    @Test
    void aStageBeforeWhatItNeedsIsRefusedWhenTheReaderIsBuilt() {
        List<Stage> stages = new ArrayList<>(standard());
        Stage people = stages.stream().filter(s -> s instanceof PersonTagger).findFirst().orElseThrow();
        stages.remove(people);
        stages.add(0, people);
        assertThatThrownBy(() -> new Reader(1 << 20, Duration.ofSeconds(10), stages))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("PersonTagger needs ");
    }

    @Test
    void aFailedStageSkipsTheStagesThatNeedItWithOneWarningEach() throws Exception {
        List<Stage> stages = new ArrayList<>(standard());
        int i = 0;
        while (!(stages.get(i) instanceof PersonTagger)) i++;
        stages.set(i, new Failing(stages.get(i)));
        RoundRecord r = new Reader(1 << 20, Duration.ofSeconds(10), stages).read(STATEMENT).record();

        assertThat(r.warnings()).filteredOn(w -> w.contains("failed")).containsExactly(
                "Failing failed: java.lang.IllegalStateException: broken on purpose");
        // everything downstream of the people is skipped, naming what it lacked and who failed to add it
        assertThat(r.warnings()).contains("RoundTagger skipped: it needs people, which Failing did not add",
                "Delegations skipped: it needs people, which Failing did not add");
        assertThat(r.warnings()).anyMatch(w -> w.startsWith("CommitmentTagger skipped: it needs "));
        assertThat(r.warnings()).anyMatch(w -> w.startsWith("TopicTagger skipped: it needs people"));
        // what does not need the people is still read
        assertThat(r.dialogue().parties()).containsExactly("KZ", "US");
        assertThat(r.dialogue().name()).isNotNull();
        assertThat(r.participants()).isEmpty();
        assertThat(r.warnings()).noneMatch(w -> w.contains("NullPointerException"));
    }

    @Test
    void theStandardPipelineReadsWithoutFailingOrSkipping() throws Exception {
        RoundRecord r = new Reader().read(STATEMENT).record();
        assertThat(r.warnings()).noneMatch(w -> w.contains(" failed: ") || w.contains(" skipped: "));
        assertThat(r.participants()).extracting(p -> p.party()).containsExactlyInAnyOrder("US", "KZ");
    }
}
