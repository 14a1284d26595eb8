package org.communique.app;

import picocli.CommandLine.Command;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the record over HTTP.")
final class ServeCommand implements Runnable {
    @Override
    public void run() {
    }
}
