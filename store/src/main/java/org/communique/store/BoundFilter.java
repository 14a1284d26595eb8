package org.communique.store;

import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;
import org.postgresql.PGStatement;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A filter's fields bound by name to a query whose optional conditions read {@code (CAST(:x AS text) IS NULL OR ...)}.
 * Such a query is planned with its values every time: the driver never makes it a server-side prepared statement,
 * whose generic plan, made for any values, would keep a condition left out and could not use a given one's index.
 * (A setting for the whole connection would also re-plan every foreign-key check, one per row stored.)
 */
final class BoundFilter {
    private BoundFilter() {}

    private static final StatementCustomizer PLANNED_WITH_ITS_VALUES = new StatementCustomizer() {
        @Override
        public void beforeExecution(PreparedStatement statement, StatementContext ctx) throws SQLException {
            statement.unwrap(PGStatement.class).setPrepareThreshold(0);
        }
    };

    static Query bind(Query query, Record filter) {
        return query.bindMethods(filter).addCustomizer(PLANNED_WITH_ITS_VALUES);
    }
}
