package org.communique.tracker;

import org.communique.store.Database;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule names the schema accepts for a follow-through link are exactly those the tracker's rules emit. */
class FollowThroughRulesTest {
    @Test
    void theSchemaAcceptsTheRulesTheTrackerHasAndNoOther() {
        Database db = TestDatabases.fresh();
        String check = db.jdbi().withHandle(h -> h.createQuery("""
                        SELECT pg_get_constraintdef(k.oid) FROM pg_constraint k
                         WHERE k.conrelid = 'follow_through'::regclass AND k.conname = 'follow_through_rule_check'""")
                .mapTo(String.class).one());
        Set<String> accepted = new TreeSet<>();
        Matcher m = Pattern.compile("'([^']*)'").matcher(check);
        while (m.find()) accepted.add(m.group(1));
        assertThat(accepted).isEqualTo(new TreeSet<>(Set.of(NextRoundRule.NAME, MechanismRule.NAME, TopicRule.NAME)));
    }
}
