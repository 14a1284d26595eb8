package org.communique.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The PostgreSQL the record lives in: an embedded server under a data folder, or a real one by URL.
 * Opening migrates the schema; closing stops the embedded server cleanly. Connections come from a small
 * pool: opening a PostgreSQL connection starts a server process, which costs more than most queries.
 */
public final class Database implements AutoCloseable {
    /** Connections the pool keeps at most; the web server's threads wait for one beyond that. */
    static final int POOL_SIZE = Integer.getInteger("communique.db.pool", 8);

    /**
     * Whether the embedded server flushes each commit to disk, so that a power cut loses no acknowledged write.
     * On unless {@code -Dcommunique.db.durable=false}, which only throwaway stores should use.
     */
    static final boolean DURABLE = !"false".equals(System.getProperty("communique.db.durable"));

    private final HikariDataSource dataSource;
    private final String url;
    private final EmbeddedPostgres embedded;
    private final Jdbi jdbi;
    private final String description;
    private final Path folder;

    private Database(PGSimpleDataSource server, EmbeddedPostgres embedded, String description, Path folder) {
        this.folder = folder;
        this.url = server.getURL();
        // multi-row INSERTs from JDBC batches: the store writes a statement's rows in batches
        server.setReWriteBatchedInserts(true);
        HikariConfig config = new HikariConfig();
        config.setDataSource(server);
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        config.setPoolName("communique");
        config.setInitializationFailTimeout(-1); // reachability is checked (with a clear sentence) before
        this.dataSource = new HikariDataSource(config);
        this.embedded = embedded;
        this.description = description;
        this.jdbi = StoreRows.register(Jdbi.create(dataSource));
    }

    /** The file in the data folder naming the process that holds it (its PID), while one does. */
    static final String OWNER_FILE = "communique.pid";

    /**
     * Starts (or reuses the files of) an embedded PostgreSQL 17 whose data lives in {@code folder}/pg.
     * A folder left behind by a killed process is recovered: a server it orphaned is stopped (PostgreSQL's
     * own crash recovery replays its write-ahead log on the next start), and a first initialisation that
     * was cut short is started again, since it happens in {@code pg.init} and becomes {@code pg} only when whole.
     */
    public static Database embedded(Path folder) {
        Path pgData = folder.resolve("pg");
        try {
            Files.createDirectories(folder);
        } catch (IOException | SecurityException e) {
            throw new StoreException("the data folder " + folder + " cannot be created");
        }
        if (!Files.isWritable(folder)) {
            throw new StoreException("the data folder " + folder + " is not writable");
        }
        if (Files.exists(pgData) && !Files.isWritable(pgData)) {
            throw new StoreException("the data folder " + folder + " is not writable");
        }
        recoverAfterCrash(folder);
        if (!Files.exists(pgData.resolve("postgresql.conf"))) initialise(folder);
        claim(folder);
        EmbeddedPostgres pg;
        try {
            pg = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    // the embedded server's defaults are for throwaway test databases (fsync off); this one keeps the record
                    .setServerConfig("fsync", DURABLE ? "on" : "off")
                    .setServerConfig("synchronous_commit", DURABLE ? "on" : "off")
                    .start();
        } catch (IOException | RuntimeException e) {
            release(folder);
            throw new StoreException("the embedded PostgreSQL did not start in " + pgData + ": " + firstLine(e));
        }
        PGSimpleDataSource server = new PGSimpleDataSource();
        server.setServerNames(new String[]{"127.0.0.1"});
        server.setPortNumbers(new int[]{pg.getPort()});
        server.setDatabaseName("postgres");
        server.setUser("postgres");
        Database db = new Database(server, pg, "embedded PostgreSQL in " + pgData, folder);
        db.migrate();
        return db;
    }

    /**
     * Makes a data folder usable again after the process that held it was killed. A live holder (its PID in
     * {@value #OWNER_FILE} still running) keeps the folder: that is refused. A PostgreSQL server whose holder is
     * gone is stopped (SIGTERM, then SIGQUIT); a postmaster.pid whose process is gone is removed.
     */
    static void recoverAfterCrash(Path folder) {
        Path pgData = folder.resolve("pg");
        Path pidFile = pgData.resolve("postmaster.pid");
        Path ownerFile = folder.resolve(OWNER_FILE);
        Optional<ProcessHandle> owner = liveOwner(folder);
        if (owner.isPresent()) {
            throw new StoreException("the data folder " + folder + " is in use by another communique process (PID "
                    + owner.get().pid() + ")");
        }
        if (!Files.exists(pidFile)) return;
        Optional<ProcessHandle> postmaster = pidIn(pidFile).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive)
                .filter(Database::isPostgres);
        if (postmaster.isPresent() && !Files.exists(ownerFile)) {
            // no holder on record (a folder from before holders were recorded): a server may be in use
            throw new StoreException("the data folder " + folder + " is in use by a PostgreSQL server (PID "
                    + postmaster.get().pid() + ") that no communique process holds; stop it, then try again");
        }
        if (postmaster.isPresent()) {
            ProcessHandle pm = postmaster.get();
            pm.destroy(); // SIGTERM: PostgreSQL's smart shutdown; the killed process's connections are already gone
            if (!waitFor(pm, Duration.ofSeconds(30))) {
                signal(pm.pid(), "QUIT"); // immediate shutdown: recovery from the WAL at the next start
                if (!waitFor(pm, Duration.ofSeconds(10))) {
                    pm.destroyForcibly();
                    waitFor(pm, Duration.ofSeconds(10));
                }
            }
        }
        try {
            Files.deleteIfExists(pidFile);
            Files.deleteIfExists(ownerFile);
        } catch (IOException e) {
            throw new StoreException("the data folder " + folder + " cannot be recovered: " + firstLine(e));
        }
    }

    /** The communique process holding a data folder, while it runs. */
    private static Optional<ProcessHandle> liveOwner(Path folder) {
        return pidIn(folder.resolve(OWNER_FILE)).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive)
                .filter(h -> h.info().command().map(c -> c.contains("java")).orElse(true)); // not a reused PID
    }

    /**
     * The store in a data folder for work that may go on beside a running server (an online backup, an account
     * command): while another communique process holds the folder, that process's PostgreSQL ({@link #running});
     * otherwise the embedded server, started here as by {@link #embedded}.
     */
    public static Database embeddedOrRunning(Path folder) {
        return running(folder).orElseGet(() -> embedded(folder));
    }

    /**
     * The store of a data folder that a running communique process (a server) holds, reached through the PostgreSQL
     * that process started, over loopback, its schema as it is (a server's schema is migrated by the server alone).
     * Empty when no live process holds the folder.
     */
    public static Optional<Database> running(Path folder) {
        Optional<ProcessHandle> owner = liveOwner(folder);
        if (owner.isEmpty()) return Optional.empty();
        Path pgData = folder.resolve("pg");
        String holder = "communique process " + owner.get().pid();
        int port = runningPort(pgData).orElseThrow(() -> new StoreException("the data folder " + folder + " is in use by "
                + holder + ", whose PostgreSQL is not running; try again once it serves"));
        PGSimpleDataSource server = new PGSimpleDataSource();
        server.setServerNames(new String[]{"127.0.0.1"});
        server.setPortNumbers(new int[]{port});
        server.setDatabaseName("postgres");
        server.setUser("postgres");
        server.setConnectTimeout(10);
        try (Connection ignored = server.getConnection()) {
            // reachable
        } catch (SQLException e) {
            throw new StoreException("the PostgreSQL of " + holder + " (data folder " + folder + ") cannot be reached: " + firstLine(e));
        }
        return Optional.of(new Database(server, null, "the PostgreSQL of " + holder + " in " + pgData, null));
    }

    /** The port of the PostgreSQL running on {@code pgData}, from its postmaster.pid (PID first, port fourth). */
    private static Optional<Integer> runningPort(Path pgData) {
        Path pidFile = pgData.resolve("postmaster.pid");
        boolean running = pidIn(pidFile).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive).filter(Database::isPostgres).isPresent();
        if (!running) return Optional.empty();
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.size() < 4 ? Optional.empty() : Optional.of(Integer.parseInt(lines.get(3).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void initialise(Path folder) {
        Path pgData = folder.resolve("pg");
        Path init = folder.resolve("pg.init");
        try {
            deleteTree(init);
            deleteTree(pgData);
            Files.createDirectories(init);
            EmbeddedPostgres.builder().setDataDirectory(init).setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60)).setServerConfig("listen_addresses", "127.0.0.1")
                    .start().close();
            Files.deleteIfExists(init.resolve("epg-lock"));
            Files.move(init, pgData, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            throw new StoreException("the embedded PostgreSQL could not be set up in " + pgData + ": " + firstLine(e));
        }
    }

    private static void claim(Path folder) {
        try {
            Files.writeString(folder.resolve(OWNER_FILE), ProcessHandle.current().pid() + "\n");
        } catch (IOException e) {
            throw new StoreException("the data folder " + folder + " is not writable");
        }
    }

    private static void release(Path folder) {
        try {
            Files.deleteIfExists(folder.resolve(OWNER_FILE));
        } catch (IOException ignored) {
            // the next start sees a holder that is gone and recovers
        }
    }

    private static Optional<Long> pidIn(Path file) {
        try {
            if (!Files.exists(file)) return Optional.empty();
            String first = Files.readAllLines(file).stream().findFirst().orElse("").strip();
            return Optional.of(Long.parseLong(first));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle h) {
        // a PID may have been reused by another program since the server died
        return h.info().command().map(c -> c.endsWith("postgres") || c.endsWith("postmaster")).orElse(true);
    }

    private static boolean waitFor(ProcessHandle h, Duration d) {
        try {
            h.onExit().get(d.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (Exception e) {
            return !h.isAlive();
        }
    }

    private static void signal(long pid, String name) {
        try {
            new ProcessBuilder("kill", "-" + name, Long.toString(pid)).start().waitFor();
        } catch (IOException | InterruptedException ignored) {
            // the forcible end below follows
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (var walk = Files.walk(p)) {
            for (Path x : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(x);
        }
    }

    /** Connects to a running PostgreSQL server; never starts one. */
    public static Database connect(String url, String user, String password) {
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new StoreException("the database URL must start with jdbc:postgresql: (got " + url + ")");
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        if (user != null) ds.setUser(user);
        if (password != null) ds.setPassword(password);
        ds.setConnectTimeout(10);
        ds.setLoginTimeout(10);
        try (Connection ignored = ds.getConnection()) {
            // reachable
        } catch (SQLException e) {
            throw new StoreException("cannot connect to PostgreSQL at " + url + ": " + firstLine(e));
        }
        Database db = new Database(ds, null, "PostgreSQL at " + url, null);
        db.migrate();
        return db;
    }

    private void migrate() {
        try {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            close();
            throw new StoreException("the schema could not be migrated on " + description + ": " + firstLine(e));
        }
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /**
     * Runs {@code work} on one connection: the repositories it calls on this thread share it (Jdbi's
     * thread-scoped handle) rather than opening one each, which costs more than most of their queries.
     */
    public <T> T inOneConnection(java.util.function.Supplier<T> work) {
        return jdbi.withHandle(h -> work.get());
    }

    /** The bytes the store takes on disk (pg_database_size). */
    public long size() {
        return jdbi.withHandle(h -> h.createQuery("SELECT pg_database_size(current_database())").mapTo(Long.class).one());
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Whether this is the embedded server, which this process alone holds (no one else writes to it). */
    public boolean isEmbedded() {
        return embedded != null;
    }

    /** The JDBC URL of the server, for another process (a Spark job) to reach the same store. */
    public String url() {
        return url;
    }

    public String description() {
        return description;
    }

    @Override
    public void close() {
        dataSource.close();
        if (embedded != null) {
            try {
                embedded.close();
                release(folder);
            } catch (IOException e) {
                throw new StoreException("the embedded PostgreSQL did not stop cleanly: " + firstLine(e));
            }
        }
    }

    static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
