package org.communique.reader;

import org.communique.model.RoundRecord;
import org.communique.model.TopicFound;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** What the parties discussed, each rule on a statement written for it. */
class TopicRulesTest {
    private final Reader reader = new Reader();

    private RoundRecord read(String text) throws Exception {
        return reader.read(text.getBytes(StandardCharsets.UTF_8), "t.txt").record();
    }

    @Test
    void aSituationInAThirdCountryIsASubject() throws Exception {
        RoundRecord r = read("Egypt and Kenya held their Strategic Dialogue in Cairo on 5 May 2024. The ministers "
                + "discussed the humanitarian situation in Sudan and trade in tea. They thanked Ethiopia for hosting them.");
        assertThat(r.topics()).extracting(TopicFound::label).contains("Sudan").doesNotContain("Ethiopia", "Egypt", "Kenya");
    }

    @Test
    void subjectsNamedInOneWordCount() throws Exception {
        RoundRecord r = read("Poland and Korea held the Strategic Dialogue in Seoul on 5 May 2024 and discussed energy, "
                + "defence and investment.");
        assertThat(r.topics()).extracting(TopicFound::code).contains("economy.energy", "security.defense-cooperation",
                "economy.trade-investment");
    }

    @Test
    void theDialoguesOwnNameIsNoSubject() throws Exception {
        RoundRecord r = read("Peru and Korea held the Strategic Partnership Dialogue in Lima on 5 May 2024 on fisheries.");
        assertThat(r.topics()).extracting(TopicFound::code).doesNotContain("relations.partnership");
    }
}
