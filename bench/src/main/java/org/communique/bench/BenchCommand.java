package org.communique.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code communique bench ...}: the corpus generator and the measurements of reading and storing.
 * The app registers this command; {@link #main} runs it on its own (for the CoreNLP baseline's class path
 * and for the 64 MB heap check, which start a JVM of their own).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Generate a corpus and measure the reader, the store and the server on it.",
        subcommands = {CorpusCommand.class, ReadCommand.class, IngestCommand.class, ServeCommand.class})
public final class BenchCommand implements Runnable {
    static final int OK = 0;
    static final int REFUSED = 1;
    static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs {@code bench} with these arguments: one sentence for a failure, never a stack trace. */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new BenchCommand());
        cl.setCommandName("communique bench");
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println("communique: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            if (System.getenv("COMMUNIQUE_DEBUG") != null) ex.printStackTrace(line.getErr());
            return REFUSED;
        });
        cl.setParameterExceptionHandler((ex, args1) -> {
            ex.getCommandLine().getErr().println("communique: " + ex.getMessage());
            return USAGE;
        });
        return cl.execute(args);
    }
}
