package org.communique.app;

import org.communique.bench.BenchCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The communique command: one subcommand per job. Exit codes: 0 ok, 1 some inputs refused, 2 usage error. */
@Command(name = "communique", mixinStandardHelpOptions = true, version = "communique 0.1.0",
        description = "The record of strategic dialogues between governments.",
        subcommands = {ReadCommand.class, EvalCommand.class, IngestCommand.class, RoundsCommand.class,
                ShowCommand.class, ServeCommand.class, TrackCommand.class, SeriesCommand.class, CommitmentsCommand.class,
                DiffCommand.class, PeopleCommand.class, UserCommand.class, PlanCommand.class, BriefingCommand.class,
                BackupCommand.class, RestoreCommand.class,
                BenchCommand.class, SparkCommand.class})
public final class Main extends ParentCommand {
    public static final int OK = 0;
    public static final int REFUSED = 1;
    public static final int USAGE = 2;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (tests call this rather than main). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            // a failure we did not foresee still ends in one sentence, not a stack trace
            line.getErr().println("communique: " + Problems.sentence(ex));
            if (System.getenv("COMMUNIQUE_DEBUG") != null) ex.printStackTrace(line.getErr());
            return REFUSED;
        });
        cl.setParameterExceptionHandler((ex, args1) -> {
            ex.getCommandLine().getErr().println("communique: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return USAGE;
        });
        return cl.execute(args);
    }
}
