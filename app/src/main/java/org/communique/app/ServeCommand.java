package org.communique.app;

import org.communique.reader.Reader;
import org.communique.store.Database;
import org.communique.store.AccountStore;
import org.communique.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the record over HTTP (pages and JSON under /api/) until stopped.")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--sample", description = "ingest the project's own sample statements first")
    boolean sample;

    @Option(names = "--port", defaultValue = "8080", description = "port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", description = "address to listen on (default: ${DEFAULT-VALUE})")
    String bind;

    @Option(names = "--private", description = "reading needs signing in too (default: anyone may read; changes always need it)")
    boolean privateReading;

    @Option(names = "--public-url", paramLabel = "URL", description = "the address people reach the server at, e.g. behind"
            + " a TLS proxy; with https://, cookies are Secure and pages send Strict-Transport-Security")
    String publicUrl;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            System.err.println("communique: --port must be between 0 and 65535");
            return Main.USAGE;
        }
        if (publicUrl != null && !publicUrl.matches("(?i)https?://[^/\\s]+(/\\S*)?")) {
            System.err.println("communique: --public-url must be an http:// or https:// address, not '" + publicUrl + "'");
            return Main.USAGE;
        }
        Database db = store.open();
        CountDownLatch stopped = new CountDownLatch(1);
        WebServer server;
        try {
            if (sample) {
                Samples.Tally t = Samples.ingest(db, new Reader());
                System.out.println("sample statements: " + t);
            }
            server = WebServer.start(db, WebServer.Settings.of(bind, port).privately(privateReading).publicUrl(publicUrl));
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            db.close();
            stopped.countDown();
        }));
        if (new AccountStore(db).users().isEmpty()) {
            System.out.println("no users yet: create the first admin with 'communique user add NAME --role admin"
                    + store.sameStore() + "' (this server may keep running) to sign in");
        }
        System.out.println("serving http://" + bind + ":" + server.port() + "/" + (publicUrl == null ? "" : " as " + publicUrl)
                + " from " + db.description() + " (Ctrl-C stops)");
        if (!WebServer.isLoopback(bind)) {
            System.err.println("communique: warning: listening on " + bind + ", reachable from other machines; the server"
                    + " speaks plain HTTP, so put it behind a TLS proxy before anyone signs in over a network");
        }
        stopped.await();
        return Main.OK;
    }
}
