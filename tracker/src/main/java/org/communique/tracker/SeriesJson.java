package org.communique.tracker;

import org.communique.store.TopicRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One series: its rounds in order, the topics of each round, its commitments and what changed between consecutive
 * rounds (openapi.json: Series). The tracker's JSON views ({@code SeriesJson}, {@code CommitmentJson},
 * {@code ChangeJson}, {@code DiffJson}, {@code PersonJson}) are records that the project's one mapper
 * ({@code org.communique.model.Records}) writes, so the command line's {@code --json} and the web API give the same objects.
 */
public record SeriesJson(String key, String name, String acronym, List<String> parties, String cadence, Integer cadenceMonths,
                         String rotation, List<Round> rounds, List<Topic> topics, List<CommitmentJson> commitments,
                         List<ChangeJson> changes) {

    /** A round on the series' timeline; {@code renamedFrom} marks a rename, {@code ordinalNote} a numbering that does not add up. */
    public record Round(long id, Integer ordinal, boolean ordinalInferred, String ordinalNote, String date, String place,
                        String host, String name, String renamedFrom, List<String> heads, String placedBy) {}

    /** A topic and the rounds (ids, in order) that discussed it. */
    public record Topic(String code, String label, String track, List<Long> rounds) {}

    public static SeriesJson of(SeriesDetail d) {
        Series s = d.series();
        List<Round> rounds = new ArrayList<>();
        for (Series.SeriesRound r : s.rounds()) {
            rounds.add(new Round(r.id(), r.ordinal(), r.ordinalInferred(), r.ordinalNote(), r.date(), r.place(), r.host(),
                    r.name(), r.renamedFrom(), d.heads().getOrDefault(r.id(), List.of()), r.placedBy()));
        }
        return new SeriesJson(s.key(), s.name(), s.acronym(), s.parties(), s.cadence() == null ? null : s.cadence().words(),
                s.cadence() == null ? null : s.cadence().months(), s.hosts() == null ? null : s.hosts().pattern(), rounds,
                topics(d.topics()), CommitmentJson.of(d.commitments()), d.diffs().stream().map(ChangeJson::of).toList());
    }

    /** By code; each with its label and track as first stored. */
    private static List<Topic> topics(List<TopicRow> rows) {
        Map<String, Topic> byCode = new TreeMap<>();
        for (TopicRow t : rows) {
            Topic topic = byCode.computeIfAbsent(t.code(), k -> new Topic(t.code(), t.label(), t.track(), new ArrayList<>()));
            if (!topic.rounds().contains(t.roundId())) topic.rounds().add(t.roundId());
        }
        return List.copyOf(byCode.values());
    }
}
