package org.communique.reader;

import org.communique.model.PartialDate;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The record's JSON against RECORD-FORMAT.md: the fixed field names, their types and the allowed values. */
final class RecordShape {
    private static final Set<String> ROLES = Set.of("head", "member", "mentioned");

    private RecordShape() {}

    @SuppressWarnings("unchecked")
    static void check(Map<String, Object> r) {
        assertThat(r).containsKeys("source", "dialogue", "round", "participants", "topics", "acts", "commitments",
                "next_round", "references");
        Map<String, Object> source = (Map<String, Object>) r.get("source");
        assertThat(List.copyOf(source.keySet())).containsExactly("sha256", "media_type", "publisher", "title", "published", "body",
                "sentences");
        for (Object o : (List<Object>) source.get("sentences")) assertThat((Map<String, Object>) o).containsOnlyKeys("start", "end");
        assertThat((String) source.get("sha256")).matches("[0-9a-f]{64}");
        Map<String, Object> dialogue = (Map<String, Object>) r.get("dialogue");
        assertThat(dialogue).containsKeys("name", "acronym", "parties");
        List<String> parties = (List<String>) dialogue.get("parties");
        assertThat(parties).isSorted().allMatch(p -> p.matches("[A-Z]{2}"));
        Map<String, Object> round = (Map<String, Object>) r.get("round");
        assertThat(round).containsKeys("ordinal", "date", "place", "host");
        // a date the model reads as it is written: yyyy, yyyy-mm or a day that exists
        if (round.get("date") != null) isPartialDate((String) round.get("date"));
        for (Object o : (List<Object>) r.get("participants")) {
            Map<String, Object> p = (Map<String, Object>) o;
            assertThat(p).containsKeys("name", "title", "party", "role", "evidence");
            assertThat(ROLES).contains((String) p.get("role"));
        }
        for (Object o : (List<Object>) r.get("topics")) assertThat((Map<String, Object>) o).containsKeys("code", "label", "track", "evidence");
        for (Object o : (List<Object>) r.get("acts")) assertThat((Map<String, Object>) o).containsKeys("actors", "verb", "kind", "topics", "evidence");
        for (Object o : (List<Object>) r.get("commitments")) {
            Map<String, Object> c = (Map<String, Object>) o;
            assertThat(c).containsKeys("actors", "text", "trigger", "due", "place", "evidence");
            // the guideline's due: a year, or a month where the text names one ("in August this year")
            if (c.get("due") != null) isPartialDate((String) c.get("due"));
        }
        if (r.get("next_round") != null) {
            Map<String, Object> next = (Map<String, Object>) r.get("next_round");
            assertThat(next).containsKeys("place", "due");
            if (next.get("due") != null) isPartialDate((String) next.get("due"));
        }
        for (Object o : (List<Object>) r.get("references")) assertThat((Map<String, Object>) o).containsKeys("name", "kind", "evidence");
    }

    private static void isPartialDate(String text) {
        assertThat(PartialDate.parse(text).map(PartialDate::toString)).as(text).contains(text);
    }
}
