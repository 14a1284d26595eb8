package org.communique.drafting;

import org.communique.tracker.FollowThroughRules;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one reading of a follow-through link's rule and confidence, which the briefing book and the pages share. */
class FollowThroughSignsTest {
    @Test
    void everyRuleTheTrackerRunsHasItsOwnWords() {
        for (String rule : FollowThroughRules.names()) {
            for (double confidence : new double[] {0.4, 0.6, 0.8, 0.95}) {
                assertThat(FollowThroughSigns.phrase(rule, confidence)).as(rule).isNotEqualTo(rule.replace('-', ' '));
                assertThat(FollowThroughSigns.headline(rule, confidence)).as(rule)
                        .isNotEqualToIgnoringCase(rule.replace('-', ' '));
            }
        }
        assertThat(FollowThroughSigns.phrase("some-rule", 0.9)).isEqualTo("some rule");
        assertThat(FollowThroughSigns.headline("some-rule", 0.9)).isEqualTo("Some rule");
    }

    @Test
    void theConfidenceDecidesWhatAMechanismOrTopicLinkShows() {
        assertThat(FollowThroughSigns.phrase("mechanism", 0.8)).isEqualTo("a later statement reports it met");
        assertThat(FollowThroughSigns.headline("mechanism", 0.8)).isEqualTo("Reported meeting in a later statement");
        assertThat(FollowThroughSigns.phrase("mechanism", 0.75)).isEqualTo("named in a later statement");
        assertThat(FollowThroughSigns.headline("mechanism", 0.75)).isEqualTo("Named in a later statement");
        assertThat(FollowThroughSigns.phrase("topic", 0.6)).isEqualTo("acted on again");
        assertThat(FollowThroughSigns.headline("topic", 0.6)).isEqualTo("Acted on again at a later round");
        assertThat(FollowThroughSigns.phrase("topic", 0.4)).isEqualTo("its topic came up again");
        assertThat(FollowThroughSigns.headline("topic", 0.4)).isEqualTo("Only talked about again at a later round");
        assertThat(FollowThroughSigns.phrase("next-round", 0.7)).isEqualTo("the round met as planned");
        assertThat(FollowThroughSigns.headline("next-round", 0.7)).isEqualTo("Round held as planned");
    }

    @Test
    void howMuchASignShows() {
        assertThat(FollowThroughSigns.strength(0.95)).isEqualTo("strong sign");
        assertThat(FollowThroughSigns.strength(0.8)).isEqualTo("strong sign");
        assertThat(FollowThroughSigns.strength(0.7)).isEqualTo("fair sign");
        assertThat(FollowThroughSigns.strength(0.6)).isEqualTo("fair sign");
        assertThat(FollowThroughSigns.strength(0.4)).isEqualTo("weak sign");
    }
}
