package org.communique.store;

import org.communique.model.Records;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.util.List;
import java.util.Map;

/** Every change a person makes by hand, written in the same transaction as the change itself. */
public final class AuditLog {
    private final Jdbi jdbi;

    public AuditLog(Database db) {
        this.jdbi = db.jdbi();
    }

    static void record(Handle h, String who, String action, Map<String, Object> details) {
        h.createUpdate("INSERT INTO audit_log (who, action, details) VALUES (:who, :action, CAST(:details AS jsonb))")
                .bind("who", who).bind("action", action).bind("details", Records.write(details)).execute();
    }

    /** The log, oldest first. */
    public List<AuditEntry> entries() {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT id, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS at, who, action,
                               details::text AS details
                          FROM audit_log ORDER BY id""")
                .mapTo(AuditEntry.class).list());
    }
}
