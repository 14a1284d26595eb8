package org.communique.store;

import org.communique.model.Evidence;
import org.communique.model.TextSpan;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

import java.util.List;

/**
 * How rows become the store's records, registered once on the store's Jdbi: each record by its constructor, its
 * columns matched by name (snake_case to camelCase), text[] as {@code List<String>}, timestamptz as {@code Instant},
 * {@code documents.sentences} (int4range[]) as {@code List<TextSpan>}, empty where it is NULL.
 * A query names its columns after the record's components; none copies values out of a ResultSet by hand.
 */
final class StoreRows {
    private StoreRows() {}

    static Jdbi register(Jdbi jdbi) {
        for (Class<?> type : List.of(SeriesRow.class, Placement.class, TrackedRound.class, PersonName.class,
                PersonAlias.class, PostSeen.class, ActRow.class, ReferenceRow.class, Score.class, AuditEntry.class,
                RoundSummary.class, StatementText.class, CommitmentStatus.class, FollowThrough.class, CommitmentStore.Saved.class,
                RoundList.Line.class, CommitmentBoard.Item.class, RecordIndex.DialogueLine.class, RecordIndex.RoundLine.class,
                RecordIndex.CommitmentLine.class, RecordIndex.PersonLine.class, RecordIndex.Attendance.class,
                RecordIndex.Facet.class, org.communique.model.Document.class, AccountStore.User.class, AccountStore.Token.class,
                CorrectionStore.Correction.class)) {
            jdbi.registerRowMapper(ConstructorMapper.factory(type));
        }
        jdbi.registerColumnMapper(SENTENCES, (rs, column, ctx) -> StoredSentences.fromColumn(rs.getString(column)));
        // a commitment's words are optional (a record read before evidence was kept has none): null, not an empty span
        jdbi.registerRowMapper(CommitmentRow.class, (rs, ctx) -> new CommitmentRow(rs.getLong("id"), rs.getLong("round_id"),
                ctx.findColumnMapperFor(STRINGS).orElseThrow().map(rs, "actors", ctx), rs.getString("text"),
                rs.getString("trigger"), rs.getString("strength"), rs.getString("due"), rs.getString("place"),
                rs.getString("quote") == null ? null
                        : new Evidence(rs.getInt("start_offset"), rs.getInt("end_offset"), rs.getString("quote"))));
        return jdbi;
    }

    /** The type a text[] column is read as. */
    static final org.jdbi.v3.core.generic.GenericType<List<String>> STRINGS = new org.jdbi.v3.core.generic.GenericType<>() {};

    /** The type {@code documents.sentences} is read as. */
    static final org.jdbi.v3.core.generic.GenericType<List<TextSpan>> SENTENCES = new org.jdbi.v3.core.generic.GenericType<>() {};
}
