package org.communique.app;

import picocli.CommandLine;

/** A command whose work is done by its subcommands: given none, it shows its usage. */
abstract class ParentCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
