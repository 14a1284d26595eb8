package org.communique.store;

import org.communique.model.Reading;
import org.communique.model.Records;
import org.communique.model.RoundRecord;
import org.communique.model.TextSpan;
import org.jdbi.v3.core.Jdbi;

import java.util.List;
import java.util.Optional;

/** Rounds in and out of PostgreSQL. One document is one transaction: all its rows, or none. */
public final class RoundStore {
    private final Jdbi jdbi;

    public RoundStore(Database db) {
        this.jdbi = db.jdbi();
    }

    public enum Outcome { NEW_ROUND, ALREADY_KNOWN }

    public record Ingested(Outcome outcome, long roundId) {}

    /** Stores the document and its round; the same bytes a second time change nothing. */
    public Ingested ingest(Reading reading) {
        return ingestAll(List.of(reading)).get(0);
    }

    /**
     * Stores many documents in one transaction (all of them, or none, if it fails), with one batched INSERT per
     * table: the way to store a corpus. One outcome per reading, in order; a document already stored, or given
     * twice, is "already known".
     */
    public List<Ingested> ingestAll(List<Reading> readings) {
        if (readings.isEmpty()) return List.of();
        return jdbi.inTransaction(h -> new RoundWriter(h).write(readings));
    }

    /** One line per stored round, oldest meeting first. */
    public List<RoundSummary> rounds() {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT r.id, r.dialogue_key, COALESCE(r.name, s.name) AS dialogue_name, r.ordinal, r.date, r.place,
                               r.host, r.parties, doc.file_name
                          FROM rounds r JOIN documents doc ON doc.id = r.document_id
                          LEFT JOIN round_series rs ON rs.round_id = r.id LEFT JOIN series s ON s.id = rs.series_id
                         ORDER BY r.date NULLS LAST, r.id""")
                .mapTo(RoundSummary.class).list());
    }

    /** Every stored round's id, in order. */
    public List<Long> ids() {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM rounds ORDER BY id").mapTo(Long.class).list());
    }

    /** Every party a stored round's statement names, in order. */
    public List<String> parties() {
        return jdbi.withHandle(h -> h.createQuery("SELECT DISTINCT unnest(parties) FROM rounds ORDER BY 1").mapTo(String.class).list());
    }

    /**
     * The stored record of one round, as the reader produced it, its sentences those of its document (none for a
     * document stored before V10).
     */
    public Optional<RoundRecord> record(long roundId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT r.record::text AS record, doc.sentences
                          FROM rounds r JOIN documents doc ON doc.id = r.document_id WHERE r.id = :id""")
                .bind("id", roundId)
                .map((rs, ctx) -> withSentences(Records.record(rs.getString("record")),
                        ctx.findColumnMapperFor(StoreRows.SENTENCES).orElseThrow().map(rs, "sentences", ctx)))
                .findOne());
    }

    /** The record with these sentences in its source: they are stored with the document, not in the record's JSON. */
    static RoundRecord withSentences(RoundRecord r, List<TextSpan> sentences) {
        return new RoundRecord(r.source() == null ? null : r.source().withSentences(sentences), r.dialogue(), r.round(),
                r.participants(), r.topics(), r.acts(), r.commitments(), r.nextRound(), r.references(), r.warnings());
    }

    /** Row counts of the main tables, for checks and for the user's summary. */
    public long count(String table) {
        if (!table.matches("[a-z_]+")) throw new IllegalArgumentException("not a table name: " + table);
        return jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM " + table).mapTo(Long.class).one());
    }
}
