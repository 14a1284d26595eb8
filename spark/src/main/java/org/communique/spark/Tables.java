package org.communique.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.communique.model.Commitment;
import org.communique.model.Document;
import org.communique.model.Evidence;
import org.communique.model.Participant;
import org.communique.model.Reading;
import org.communique.model.Records;
import org.communique.model.Reference;
import org.communique.model.RoundRecord;
import org.communique.model.TopicFound;

import java.util.ArrayList;
import java.util.List;

/**
 * One row per statement, with its participants, topics, commitments, references and evidence nested in arrays;
 * the Parquet tables are this row's scalar columns ({@code rounds}) and its arrays laid flat, each with
 * {@code doc_id} (the SHA-256 of the statement's bytes) to join on.
 */
final class Tables {
    private Tables() {}

    static final List<String> NAMES = List.of("rounds", "participants", "topics", "commitments", "references", "evidence");

    private static final DataType S = DataTypes.StringType;
    private static final DataType I = DataTypes.IntegerType;
    private static final ArrayType STRINGS = DataTypes.createArrayType(S, false);

    static final StructType PARTICIPANT = struct(f("position", I), f("name", S), f("title", S), f("party", S), f("role", S));
    static final StructType TOPIC = struct(f("position", I), f("code", S), f("label", S), f("track", S));
    static final StructType COMMITMENT = struct(f("position", I), f("actors", STRINGS), f("text", S), f("trigger", S),
            f("strength", S), f("due", S), f("place", S), f("quote", S));
    static final StructType REFERENCE = struct(f("position", I), f("name", S), f("kind", S));
    static final StructType EVIDENCE = struct(f("fact", S), f("fact_position", I), f("start", I), f("end", I), f("quote", S));

    /** The scalar columns: everything {@code rounds} holds. */
    static final List<String> ROUND_COLUMNS = List.of("doc_id", "file_name", "source_url", "media_type", "publisher",
            "title", "published", "dialogue", "acronym", "parties", "ordinal", "date", "place", "host", "next_place",
            "next_due", "record");

    static final StructType STATEMENT = struct(
            f("doc_id", S), f("file_name", S), f("source_url", S), f("media_type", S), f("publisher", S), f("title", S),
            f("published", S), f("dialogue", S), f("acronym", S), f("parties", STRINGS), f("ordinal", I), f("date", S),
            f("place", S), f("host", S), f("next_place", S), f("next_due", S), f("record", S), f("document", S),
            f("participants", DataTypes.createArrayType(PARTICIPANT, false)),
            f("topics", DataTypes.createArrayType(TOPIC, false)),
            f("commitments", DataTypes.createArrayType(COMMITMENT, false)),
            f("references", DataTypes.createArrayType(REFERENCE, false)),
            f("evidence", DataTypes.createArrayType(EVIDENCE, false)));

    private static StructField f(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }

    private static StructType struct(StructField... fields) {
        return DataTypes.createStructType(fields);
    }

    /** Whether a reading is a statement about a round: a dialogue named or a date found, and two parties or more. */
    static boolean aboutARound(RoundRecord r) {
        return (r.dialogue().name() != null || r.round().date() != null) && r.dialogue().parties().size() >= 2;
    }

    /** The statement's row in the {@link #STATEMENT} schema. */
    static Row row(Reading reading) {
        Document d = reading.document();
        RoundRecord r = reading.record();
        List<Row> evidence = new ArrayList<>();
        List<Row> participants = new ArrayList<>();
        int i = 0;
        for (Participant p : r.participants()) {
            participants.add(RowFactory.create(i, p.name(), p.title(), p.party(), p.role().code()));
            for (Evidence e : p.evidence()) evidence.add(evidence("participant", i, e));
            i++;
        }
        List<Row> topics = new ArrayList<>();
        i = 0;
        for (TopicFound t : r.topics()) {
            topics.add(RowFactory.create(i, t.code(), t.label(), t.track()));
            for (Evidence e : t.evidence()) evidence.add(evidence("topic", i, e));
            i++;
        }
        List<Row> commitments = new ArrayList<>();
        i = 0;
        for (Commitment c : r.commitments()) {
            commitments.add(RowFactory.create(i, c.actors().toArray(new String[0]), c.text(), c.trigger(), c.strength(),
                    c.due(), c.place(), c.evidence() == null ? null : c.evidence().quote()));
            if (c.evidence() != null) evidence.add(evidence("commitment", i, c.evidence()));
            i++;
        }
        List<Row> references = new ArrayList<>();
        i = 0;
        for (Reference ref : r.references()) {
            references.add(RowFactory.create(i, ref.name(), ref.kind()));
            for (Evidence e : ref.evidence()) evidence.add(evidence("reference", i, e));
            i++;
        }
        i = 0;
        for (var act : r.acts()) {
            if (act.evidence() != null) evidence.add(evidence("act", i, act.evidence()));
            i++;
        }
        return RowFactory.create(d.sha256(), d.fileName(), d.sourceUrl(), d.mediaType(), r.source().publisher(),
                r.source().title(), r.source().published(), r.dialogue().name(), r.dialogue().acronym(),
                r.dialogue().parties().toArray(new String[0]), r.round().ordinal(), r.round().date(), r.round().place(),
                r.round().host(), r.nextRound() == null ? null : r.nextRound().place(),
                r.nextRound() == null ? null : r.nextRound().due(), Records.write(r), documentJson(reading),
                participants.toArray(new Row[0]), topics.toArray(new Row[0]), commitments.toArray(new Row[0]),
                references.toArray(new Row[0]), evidence.toArray(new Row[0]));
    }

    private static Row evidence(String fact, int position, Evidence e) {
        return RowFactory.create(fact, position, e.start(), e.end(), e.quote());
    }

    /**
     * The line of the {@code records} output: the document (with its text) and the record, which is all that
     * {@code RoundStore.ingest} needs to store the round.
     */
    static String documentJson(Reading reading) {
        return Records.write(reading);
    }
}
