package org.communique.store;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The whole record in one gzip file, and back. A backup is one REPEATABLE READ, read-only transaction
 * (every table as of the same instant), each table's rows in PostgreSQL's COPY text format. The file:
 * <pre>
 * communique-backup 1
 * schema TAB VERSION
 * table TAB NAME TAB ROWS TAB COLUMN,COLUMN,...      (one per table, in an order that restores)
 * end-of-header
 * data TAB NAME
 * ...the table's COPY lines...
 * \.
 * </pre>
 * A restore goes into an empty store only, in one transaction, and sets every sequence past its table's rows.
 */
public final class Backup {
    static final String MAGIC = "communique-backup 1";
    private final Database db;

    public Backup(Database db) {
        this.db = db;
    }

    public record Table(String name, long rows, List<String> columns) {}

    public record Summary(String schemaVersion, List<Table> tables) {
        public long rows() {
            return tables.stream().mapToLong(Table::rows).sum();
        }
    }

    /** A backup holds password hashes and every correction: readable by its owner alone (0600) where files have modes. */
    private static void ownerOnly(Path tmp) throws IOException {
        Files.deleteIfExists(tmp);
        try {
            Files.createFile(tmp, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(tmp); // no POSIX modes on this file system
        }
    }

    /** Writes the backup to {@code file} (through a temporary file beside it, so a failed backup leaves no file). */
    public Summary write(Path file) {
        Path tmp = file.resolveSibling(file.getFileName() + ".partial");
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            try {
                String version = schemaVersion(c);
                List<Table> tables = new ArrayList<>();
                for (String t : tablesInRestoreOrder(c)) tables.add(new Table(t, count(c, t), columns(c, t)));
                CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
                ownerOnly(tmp);
                try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    w.write(MAGIC + "\n");
                    w.write("schema\t" + version + "\n");
                    for (Table t : tables) w.write("table\t" + t.name() + "\t" + t.rows() + "\t" + String.join(",", t.columns()) + "\n");
                    w.write("end-of-header\n");
                    for (Table t : tables) {
                        w.write("data\t" + t.name() + "\n");
                        w.flush();
                        copy.copyOut("COPY " + quote(t.name()) + " (" + columnList(t.columns()) + ") TO STDOUT", out);
                        w.write("\\.\n");
                    }
                    w.flush();
                }
                c.commit();
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return new Summary(version, tables);
            } finally {
                if (!c.getAutoCommit()) c.rollback();
            }
        } catch (SQLException | IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // nothing more to tidy
            }
            throw new StoreException("the backup could not be written to " + file + ": " + Database.firstLine(e));
        }
    }

    /** Restores {@code file} into this store, which must hold no rows; all of it or nothing. */
    public Summary restore(Path file) {
        if (!Files.isRegularFile(file)) throw new StoreException("there is no backup file " + file);
        try (Connection c = db.dataSource().getConnection();
             InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
            c.setAutoCommit(false);
            try {
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
                if (!MAGIC.equals(r.readLine())) throw new StoreException(file + " is not a communique backup");
                String[] schema = r.readLine().split("\t");
                String version = schema.length > 1 ? schema[1] : "";
                String ours = schemaVersion(c);
                if (!version.equals(ours)) {
                    throw new StoreException("the backup " + file + " has schema version " + version
                            + " and this store has " + ours + "; restore it with the communique that wrote it");
                }
                Map<String, Table> tables = new LinkedHashMap<>();
                for (String line = r.readLine(); !"end-of-header".equals(line); line = r.readLine()) {
                    if (line == null) throw new StoreException(file + " is cut short (in its header)");
                    String[] f = line.split("\t", -1);
                    tables.put(f[1], new Table(f[1], Long.parseLong(f[2]), List.of(f[3].split(","))));
                }
                Set<String> here = new LinkedHashSet<>(tablesInRestoreOrder(c));
                for (String t : here) {
                    if (count(c, t) > 0) {
                        throw new StoreException("the store is not empty (table " + t + " has rows): restore only into a new data folder or database");
                    }
                }
                if (!here.equals(tables.keySet())) {
                    throw new StoreException("the backup's tables " + tables.keySet() + " are not this store's " + here);
                }
                CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
                for (int i = 0; i < tables.size(); i++) {
                    String head = r.readLine();
                    if (head == null || !head.startsWith("data\t")) throw new StoreException(file + " is cut short");
                    Table t = tables.get(head.substring(5));
                    if (t == null) throw new StoreException(file + " names a table it did not list: " + head.substring(5));
                    CopyIn ci = copy.copyIn("COPY " + quote(t.name()) + " (" + columnList(t.columns()) + ") FROM STDIN");
                    try {
                        ByteArrayOutputStream buf = new ByteArrayOutputStream(1 << 16);
                        for (String line = r.readLine(); ; line = r.readLine()) {
                            if (line == null) throw new StoreException(file + " is cut short (in table " + t.name() + ")");
                            if (line.equals("\\.")) break;
                            buf.write(line.getBytes(StandardCharsets.UTF_8));
                            buf.write('\n');
                            if (buf.size() > (1 << 16)) {
                                ci.writeToCopy(buf.toByteArray(), 0, buf.size());
                                buf.reset();
                            }
                        }
                        if (buf.size() > 0) ci.writeToCopy(buf.toByteArray(), 0, buf.size());
                        long n = ci.endCopy();
                        if (n != t.rows()) {
                            throw new StoreException(file + " holds " + n + " rows of " + t.name() + " where its header says " + t.rows());
                        }
                    } finally {
                        if (ci.isActive()) ci.cancelCopy();
                    }
                }
                resetSequences(c);
                c.commit();
                return new Summary(version, List.copyOf(tables.values()));
            } catch (RuntimeException | SQLException | IOException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException | IOException e) {
            throw new StoreException("the backup " + file + " could not be restored: " + Database.firstLine(e));
        }
    }

    static String schemaVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL"
                     + " ORDER BY installed_rank DESC LIMIT 1")) {
            return rs.next() ? rs.getString(1) : "none";
        }
    }

    /** The record's tables (not Flyway's), parents before the tables that refer to them. */
    static List<String> tablesInRestoreOrder(Connection c) throws SQLException {
        List<String> all = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
                     + " AND tablename <> 'flyway_schema_history' ORDER BY tablename")) {
            while (rs.next()) all.add(rs.getString(1));
        }
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        for (String t : all) parents.put(t, new LinkedHashSet<>());
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                     SELECT child.relname, parent.relname FROM pg_constraint k
                     JOIN pg_class child ON child.oid = k.conrelid JOIN pg_class parent ON parent.oid = k.confrelid
                     JOIN pg_namespace n ON n.oid = child.relnamespace
                     WHERE k.contype = 'f' AND n.nspname = current_schema()""")) {
            while (rs.next()) {
                if (!rs.getString(1).equals(rs.getString(2)) && parents.containsKey(rs.getString(1))) {
                    parents.get(rs.getString(1)).add(rs.getString(2));
                }
            }
        }
        List<String> order = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        while (order.size() < all.size()) {
            boolean progress = false;
            for (String t : all) {
                if (!done.contains(t) && done.containsAll(parents.get(t))) {
                    order.add(t);
                    done.add(t);
                    progress = true;
                }
            }
            if (!progress) throw new StoreException("the tables refer to each other in a circle; no restore order exists");
        }
        return order;
    }

    static List<String> columns(Connection c, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (var ps = c.prepareStatement("SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema()"
                + " AND table_name = ? AND is_generated = 'NEVER' ORDER BY ordinal_position")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
        }
        return out;
    }

    static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + quote(table))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void resetSequences(Connection c) throws SQLException {
        List<String[]> serials = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                     SELECT table_name, column_name, pg_get_serial_sequence(quote_ident(table_name), column_name)
                     FROM information_schema.columns WHERE table_schema = current_schema()
                     AND pg_get_serial_sequence(quote_ident(table_name), column_name) IS NOT NULL""")) {
            while (rs.next()) serials.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
        }
        try (Statement s = c.createStatement()) {
            for (String[] x : serials) {
                s.execute("SELECT setval('" + x[2].replace("'", "''") + "', COALESCE((SELECT max(" + quote(x[1]) + ") FROM "
                        + quote(x[0]) + "), 0) + 1, false)");
            }
        }
    }

    private static String columnList(List<String> columns) {
        return String.join(", ", columns.stream().map(Backup::quote).toList());
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
